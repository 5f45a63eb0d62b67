package io.diameterharness.dictionary.internal;

import io.diameterharness.codec.AvpType;
import io.diameterharness.dictionary.Abnf;
import io.diameterharness.dictionary.ApplicationDefinition;
import io.diameterharness.dictionary.AvpDefinition;
import io.diameterharness.dictionary.AvpRule;
import io.diameterharness.dictionary.CommandDefinition;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.dictionary.DictionaryLoadException;
import io.diameterharness.dictionary.FlagRule;
import io.diameterharness.dictionary.VendorDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Loads dictionaries in Wireshark's Diameter dictionary XML format, and the few additions our
 * built-in files use (all optional, so Wireshark's files load unchanged):
 * <ul>
 * <li>{@code <application type="auth|acct" vendor-id="...">}: how the application is advertised, and its vendor;</li>
 * <li>{@code <command short="CC" proxiable="true" application="4">} with {@code <request>} and
 *     {@code <answer>} children holding RFC 6733 ABNF text (a CDATA section reads best);</li>
 * <li>{@code <grouped>} holding ABNF text instead of (or besides) {@code <gavp>} elements.</li>
 * </ul>
 *
 * <p>Wireshark's {@code <gavp>} lists carry no qualifiers: each becomes {@code *[ name ]} and the
 * group also accepts {@code *[ AVP ]}. Commands without ABNF accept any AVP.
 *
 * <p>Parsing is safe: no DTD is fetched, external entities are only resolved to files in the
 * directory of the main file (or below it), anything else (network, other directories) fails the
 * load, and the JDK's secure-processing limits on entity expansion apply.
 */
public final class XmlDictionaryLoader {

    private XmlDictionaryLoader() {
    }

    /** Loads {@code file} into {@code builder}. */
    public static void load(Path file, Dictionary.Builder builder) {
        if (!Files.isRegularFile(file)) {
            throw new DictionaryLoadException(file.toString(), -1, "no such dictionary file", null);
        }
        try {
            load(file.toAbsolutePath().normalize().toUri().toURL(), builder);
        } catch (MalformedURLException e) {
            throw new DictionaryLoadException(file.toString(), -1, "cannot make a URL of the path: " + e.getMessage(), e);
        }
    }

    /** Loads the file at {@code url} ({@code file:} or {@code jar:}) into {@code builder}. */
    public static void load(URL url, Dictionary.Builder builder) {
        load(url, builder, (symbol, id) -> { });
    }

    /**
     * Loads the file at {@code url} into {@code builder}, also telling {@code vendorSymbols} each
     * {@code <vendor vendor-id="TGPP" code="10415">} symbol as it registers it (the compiled form of the
     * built-in dictionary stores them).
     */
    public static void load(URL url, Dictionary.Builder builder, BiConsumer<String, Integer> vendorSymbols) {
        String main = url.toExternalForm();
        String protocol = url.getProtocol();
        if (!protocol.equals("file") && !protocol.equals("jar")) {
            throw new DictionaryLoadException(main, -1, "only file: and jar: dictionaries can be loaded, not "
                    + protocol + ":", null);
        }
        String dir = main.substring(0, main.lastIndexOf('/') + 1);
        Handler handler = new Handler(builder, dir, vendorSymbols);
        try (InputStream in = url.openStream()) {
            InputSource source = new InputSource(in);
            source.setSystemId(main);
            SAXParser parser = newParser();
            parser.parse(source, handler);
        } catch (Failure f) {
            throw f.exception;
        } catch (SAXParseException e) {
            if (e.getException() instanceof Failure) {
                throw ((Failure) e.getException()).exception;
            }
            throw new DictionaryLoadException(display(e.getSystemId() != null ? e.getSystemId() : main),
                    e.getLineNumber(), "not well-formed XML: " + e.getMessage(), e);
        } catch (SAXException e) {
            if (e.getException() instanceof Failure) {
                throw ((Failure) e.getException()).exception;
            }
            throw new DictionaryLoadException(display(main), -1, e.getMessage(), e);
        } catch (IOException e) {
            throw new DictionaryLoadException(display(main), -1, "cannot read: " + e, e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser refuses a safe configuration", e);
        }
        handler.finish();
    }

    /** The most text that included files may add up to. */
    private static final int MAX_ENTITY_TEXT = 64 << 20;

    private static SAXParser newParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(false);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", true);
        SAXParser p = f.newSAXParser();
        // Our entity resolver opens included files itself after checking them; the parser fetches nothing.
        p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Included files count as entities. JDK 24+ caps their accumulated size at 100,000 characters,
        // less than our own built-in files and Wireshark's set; allow up to 64 MiB of included text (the
        // expansion-count limit that stops "billion laughs" stays at the JDK default).
        p.setProperty("http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", String.valueOf(MAX_ENTITY_TEXT));
        p.setProperty("http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit",
                String.valueOf(MAX_ENTITY_TEXT));
        return p;
    }

    /** A short display name: the file path for {@code file:} URLs, the entry for {@code jar:} ones. */
    static String display(String systemId) {
        return SourceNames.display(systemId);
    }

    /** Carries a {@link DictionaryLoadException} through the SAX parser. */
    private static final class Failure extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient DictionaryLoadException exception;

        Failure(DictionaryLoadException exception) {
            super(exception.getMessage());
            this.exception = exception;
        }
    }

    private record Where(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private static final class PendingAvp {
        String name;
        String code;
        String vendor;
        String mandatory;
        String protectedBit;
        String vendorBit;
        String typeName;
        final Map<Integer, String> enums = new java.util.LinkedHashMap<>();
        final Set<String> gavps = new LinkedHashSet<>();
        String abnf;
        int abnfLine;
        boolean grouped;
        Where where;
    }

    private static final class PendingCommand {
        String name;
        String code;
        String shortName;
        String proxiable;
        long applicationId;
        String request;
        int requestLine;
        String answer;
        int answerLine;
        Where where;
    }

    private static final class Handler extends DefaultHandler {
        private final Dictionary.Builder builder;
        private final String allowedPrefix;
        private final BiConsumer<String, Integer> vendorSymbols;
        private Locator locator;
        private final Deque<String> elements = new ArrayDeque<>();
        private final Map<String, String> typeParents = new HashMap<>();
        private final List<PendingAvp> avps = new ArrayList<>();
        private final List<PendingCommand> commands = new ArrayList<>();
        private final List<Object[]> applications = new ArrayList<>();
        private Long applicationId;
        private PendingAvp avp;
        private PendingCommand command;
        private StringBuilder text;
        private int textLine;

        Handler(Dictionary.Builder builder, String allowedPrefix, BiConsumer<String, Integer> vendorSymbols) {
            this.builder = builder;
            this.allowedPrefix = allowedPrefix;
            this.vendorSymbols = vendorSymbols;
        }

        @Override
        public void setDocumentLocator(Locator l) {
            this.locator = l;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException, IOException {
            if (systemId == null) {
                throw fail("external entity without a system id is not allowed");
            }
            String normalized;
            try {
                URI uri = new URI(systemId);
                normalized = uri.isOpaque() ? systemId : uri.normalize().toString();
            } catch (URISyntaxException e) {
                normalized = systemId;
            }
            if (normalized.endsWith(".dtd")) {
                InputSource empty = new InputSource(new ByteArrayInputStream(new byte[0]));
                empty.setSystemId(normalized);
                return empty;
            }
            if (!normalized.startsWith(allowedPrefix) || normalized.contains("/../") || normalized.contains("!/..")) {
                throw fail("external entity '" + systemId + "' refused: a dictionary may only include files in its "
                        + "own directory (" + display(allowedPrefix) + ")");
            }
            InputSource s = new InputSource(new URL(normalized).openStream());
            s.setSystemId(normalized);
            return s;
        }

        private Where where() {
            return new Where(display(locator == null ? null : locator.getSystemId()),
                    locator == null ? -1 : locator.getLineNumber());
        }

        private Failure fail(String problem) {
            Where w = where();
            return new Failure(new DictionaryLoadException(w.file, w.line, problem, null));
        }

        private static Failure fail(Where w, String problem) {
            return new Failure(new DictionaryLoadException(w.file, w.line, problem, null));
        }

        private String req(Attributes a, String name, String element) throws Failure {
            String v = a.getValue(name);
            if (v == null || v.isBlank()) {
                throw fail("<" + element + "> needs a " + name + " attribute");
            }
            return v.trim();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
            String parent = elements.peek();
            elements.push(qName);
            switch (qName) {
                case "dictionary":
                    break;
                case "base":
                    applicationId = 0L;
                    break;
                case "application": {
                    String id = req(a, "id", qName);
                    long appId = number(id, "application id");
                    applicationId = appId;
                    String type = a.getValue("type");
                    ApplicationDefinition.Kind kind = ApplicationDefinition.Kind.AUTH;
                    if (type != null && type.trim().equalsIgnoreCase("acct")) {
                        kind = ApplicationDefinition.Kind.ACCT;
                    } else if (type != null && !type.trim().equalsIgnoreCase("auth")) {
                        throw fail("<application id=\"" + id + "\"> type must be auth or acct, not '" + type + "'");
                    }
                    String name = a.getValue("name") != null ? a.getValue("name").trim() : "Application " + id;
                    applications.add(new Object[] {appId, name, a.getValue("vendor-id"), kind, where()});
                    break;
                }
                case "vendor": {
                    String symbol = req(a, "vendor-id", qName);
                    long code = number(req(a, "code", qName), "vendor code");
                    String name = a.getValue("name") != null ? a.getValue("name").trim() : symbol;
                    builder.vendorSymbol(symbol, (int) code);
                    vendorSymbols.accept(symbol, (int) code);
                    if (code != 0) {
                        builder.add(new VendorDefinition((int) code, name));
                    }
                    break;
                }
                case "typedefn":
                    typeParents.put(req(a, "type-name", qName).toLowerCase(Locale.ROOT),
                            a.getValue("type-parent") == null ? null : a.getValue("type-parent").trim());
                    break;
                case "command": {
                    PendingCommand c = new PendingCommand();
                    c.name = req(a, "name", qName);
                    c.code = req(a, "code", qName);
                    c.shortName = a.getValue("short");
                    c.proxiable = a.getValue("proxiable");
                    c.applicationId = a.getValue("application") != null
                            ? number(a.getValue("application"), "command application")
                            : applicationId == null ? 0 : applicationId;
                    c.where = where();
                    command = c;
                    commands.add(c);
                    break;
                }
                case "request":
                case "answer":
                    if (!"command".equals(parent)) {
                        throw fail("<" + qName + "> belongs inside <command>");
                    }
                    text = new StringBuilder();
                    textLine = locator.getLineNumber();
                    break;
                case "avp": {
                    PendingAvp p = new PendingAvp();
                    p.name = req(a, "name", qName);
                    p.code = req(a, "code", qName);
                    p.vendor = a.getValue("vendor-id");
                    p.mandatory = a.getValue("mandatory");
                    p.protectedBit = a.getValue("protected");
                    p.vendorBit = a.getValue("vendor-bit");
                    p.where = where();
                    avp = p;
                    avps.add(p);
                    break;
                }
                case "type":
                    if (avp == null) {
                        throw fail("<type> belongs inside <avp>");
                    }
                    avp.typeName = req(a, "type-name", qName);
                    break;
                case "grouped":
                    if (avp == null) {
                        throw fail("<grouped> belongs inside <avp>");
                    }
                    avp.grouped = true;
                    text = new StringBuilder();
                    textLine = locator.getLineNumber();
                    break;
                case "gavp":
                    if (avp == null || !"grouped".equals(parent)) {
                        throw fail("<gavp> belongs inside <grouped>");
                    }
                    avp.gavps.add(req(a, "name", qName));
                    break;
                case "enum": {
                    if (avp == null) {
                        throw fail("<enum> belongs inside <avp>");
                    }
                    String label = req(a, "name", qName);
                    long value = number(req(a, "code", qName), "enum code");
                    avp.enums.put((int) value, label);
                    break;
                }
                default:
                    throw fail("unknown element <" + qName + "> (expected dictionary, base, application, vendor, "
                            + "typedefn, command, request, answer, avp, type, grouped, gavp, enum)");
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            elements.pop();
            switch (qName) {
                case "request":
                    command.request = text.toString();
                    command.requestLine = textLine;
                    text = null;
                    break;
                case "answer":
                    command.answer = text.toString();
                    command.answerLine = textLine;
                    text = null;
                    break;
                case "grouped":
                    avp.abnf = text.toString();
                    avp.abnfLine = textLine;
                    text = null;
                    break;
                case "avp":
                    avp = null;
                    break;
                case "command":
                    command = null;
                    break;
                case "application":
                case "base":
                    applicationId = null;
                    break;
                default:
                    break;
            }
        }

        private long number(String s, String what) throws Failure {
            try {
                return Long.decode(s.trim());
            } catch (NumberFormatException e) {
                throw fail(what + " '" + s + "' is not a number");
            }
        }

        private static long number(String s, String what, Where w) {
            try {
                return Long.decode(s.trim());
            } catch (NumberFormatException e) {
                throw new DictionaryLoadException(w.file, w.line, what + " '" + s + "' is not a number", null);
            }
        }

        private int vendor(String symbol, Where w, String what) {
            if (symbol == null || symbol.isBlank() || symbol.trim().equalsIgnoreCase("None")) {
                return 0;
            }
            return builder.vendorIdOf(symbol).orElseThrow(() -> new DictionaryLoadException(w.file, w.line,
                    what + " names vendor '" + symbol + "', which no <vendor vendor-id=\"" + symbol
                            + "\" code=\"...\"/> defines", null));
        }

        private AvpType type(String name, Where w, String avpName) {
            String n = name;
            for (int hops = 0; hops < 16 && n != null; hops++) {
                try {
                    return AvpType.fromName(n);
                } catch (IllegalArgumentException e) {
                    n = typeParents.get(n.toLowerCase(Locale.ROOT));
                }
            }
            throw new DictionaryLoadException(w.file, w.line, "AVP " + avpName + ": unknown type '" + name
                    + "' (not a Diameter type and no <typedefn> derives it from one)", null);
        }

        private static FlagRule flag(String value, FlagRule dflt, Where w, String avpName, String attribute) {
            if (value == null) {
                return dflt;
            }
            try {
                return FlagRule.parse(value);
            } catch (IllegalArgumentException e) {
                throw new DictionaryLoadException(w.file, w.line, "AVP " + avpName + ": " + attribute + " "
                        + e.getMessage(), null);
            }
        }

        void finish() {
            for (Object[] a : applications) {
                Where w = (Where) a[4];
                builder.add(new ApplicationDefinition((Long) a[0], (String) a[1],
                        vendor((String) a[2], w, "application " + a[0]), (ApplicationDefinition.Kind) a[3]));
            }
            for (PendingAvp p : avps) {
                Where w = p.where;
                int code = (int) number(p.code, "AVP " + p.name + " code", w);
                int vendor = vendor(p.vendor, w, "AVP " + p.name);
                AvpDefinition.Builder b = AvpDefinition.builder(p.name, code).vendorId(vendor).source(w.toString());
                if (p.grouped) {
                    if (p.typeName != null) {
                        throw new DictionaryLoadException(w.file, w.line, "AVP " + p.name
                                + " has both <type> and <grouped>", null);
                    }
                    b.type(AvpType.GROUPED);
                    b.groupedContent(groupedAbnf(p));
                } else if (p.typeName == null) {
                    throw new DictionaryLoadException(w.file, w.line, "AVP " + p.name + " has neither <type> nor "
                            + "<grouped>", null);
                } else {
                    b.type(type(p.typeName, w, p.name));
                }
                b.mandatoryBit(flag(p.mandatory, FlagRule.MAY, w, p.name, "mandatory"));
                b.protectedBit(flag(p.protectedBit, FlagRule.MAY, w, p.name, "protected"));
                // A vendor AVP always carries the V bit, whatever the attribute says.
                b.vendorBit(vendor != 0 ? FlagRule.MUST : flag(p.vendorBit, FlagRule.MUST_NOT, w, p.name, "vendor-bit"));
                p.enums.forEach((v, label) -> b.enumValue(v, label));
                try {
                    builder.add(b.build());
                } catch (IllegalArgumentException e) {
                    throw new DictionaryLoadException(w.file, w.line, e.getMessage(), e);
                }
            }
            for (PendingCommand c : commands) {
                Where w = c.where;
                int code = (int) number(c.code, "command " + c.name + " code", w);
                String shortName = c.shortName;
                boolean proxiable = c.proxiable == null || Boolean.parseBoolean(c.proxiable.trim());
                Abnf request = Abnf.anyAvp();
                Abnf answer = Abnf.anyAvp();
                if (c.request != null) {
                    AbnfParser.Result r = parseAbnf(c.request, c.requestLine, w, "command " + c.name + " request");
                    request = r.abnf();
                    if (r.headerCode() != null) {
                        if (r.headerCode() != code) {
                            throw new DictionaryLoadException(w.file, c.requestLine, "command " + c.name + " has code "
                                    + code + " but its request header says " + r.headerCode(), null);
                        }
                        if (!r.headerRequest()) {
                            throw new DictionaryLoadException(w.file, c.requestLine, "command " + c.name
                                    + ": the request header must have REQ", null);
                        }
                        if (c.proxiable == null) {
                            proxiable = r.headerProxiable();
                        }
                    }
                    if (shortName == null) {
                        shortName = headerShortName(c.request);
                    }
                }
                if (c.answer != null) {
                    AbnfParser.Result r = parseAbnf(c.answer, c.answerLine, w, "command " + c.name + " answer");
                    answer = r.abnf();
                    if (r.headerCode() != null && r.headerCode() != code) {
                        throw new DictionaryLoadException(w.file, c.answerLine, "command " + c.name + " has code "
                                + code + " but its answer header says " + r.headerCode(), null);
                    }
                }
                if (shortName == null) {
                    StringBuilder initials = new StringBuilder();
                    for (String part : c.name.split("[- ]+")) {
                        if (!part.isEmpty()) {
                            initials.append(Character.toUpperCase(part.charAt(0)));
                        }
                    }
                    shortName = initials.toString();
                }
                builder.add(new CommandDefinition(code, c.name, shortName + "R", shortName + "A", c.applicationId,
                        proxiable, request, answer, w.toString()));
            }
        }

        private static final java.util.regex.Pattern HEADER_SHORT_NAME =
                java.util.regex.Pattern.compile("<\\s*([A-Za-z0-9-]+)R\\s*>\\s*::=");

        private static String headerShortName(String abnf) {
            // "<CCR> ::= ..." gives CC
            java.util.regex.Matcher m = HEADER_SHORT_NAME.matcher(abnf);
            return m.find() ? m.group(1) : null;
        }

        private static AbnfParser.Result parseAbnf(String text, int line, Where w, String what) {
            try {
                return AbnfParser.parse(text, line);
            } catch (IllegalArgumentException e) {
                String msg = e.getMessage();
                int reported = line;
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^line (\\d+): (.*)$",
                        java.util.regex.Pattern.DOTALL).matcher(msg);
                if (m.matches()) {
                    reported = Integer.parseInt(m.group(1));
                    msg = m.group(2);
                }
                throw new DictionaryLoadException(w.file, reported, what + ": " + msg, e);
            }
        }

        private static Abnf groupedAbnf(PendingAvp p) {
            Abnf fromText = null;
            if (p.abnf != null && !p.abnf.isBlank()) {
                fromText = parseAbnf(p.abnf, p.abnfLine, p.where, "Grouped AVP " + p.name).abnf();
            }
            if (p.gavps.isEmpty()) {
                return fromText != null ? fromText : Abnf.anyAvp();
            }
            // Wireshark's <gavp> lists say nothing of occurrences: each is *[ name ], and others are allowed.
            List<AvpRule> rules = new ArrayList<>(fromText != null ? fromText.rules() : List.of());
            for (String g : p.gavps) {
                boolean already = rules.stream().anyMatch(r -> r.avpName().equalsIgnoreCase(g));
                if (!already) {
                    rules.add(AvpRule.of(AvpRule.Position.OPTIONAL, g, 0, AvpRule.UNBOUNDED));
                }
            }
            return Abnf.of(rules, true);
        }
    }
}
