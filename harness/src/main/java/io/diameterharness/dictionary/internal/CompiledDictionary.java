package io.diameterharness.dictionary.internal;

import io.diameterharness.codec.AvpType;
import io.diameterharness.dictionary.Abnf;
import io.diameterharness.dictionary.ApplicationDefinition;
import io.diameterharness.dictionary.AvpDefinition;
import io.diameterharness.dictionary.AvpRule;
import io.diameterharness.dictionary.CommandDefinition;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.dictionary.FlagRule;
import io.diameterharness.dictionary.VendorDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The built-in dictionary in a compact binary form, so that {@link Dictionary#builtIn()} does not
 * parse some 300 KB of XML (SAX setup and all, in interpreted code) in the first test of every JVM.
 *
 * <p>The XML stays the one source that people edit. The build (module {@code harness}, phase
 * {@code process-classes}) runs {@link #main(String[])}, which loads the built-in XML exactly as
 * {@code builtIn()} would and writes {@value #RESOURCE} next to {@code dictionary.xml}. At run time
 * {@link #readBuiltIn(URL)} reads it back as {@link Contents}: the definitions of that build in their
 * order, with the ABNF rules as it resolved them, which {@code Dictionary} freezes with the same code
 * as {@link Dictionary.Builder#build()} minus the (already done) resolution. Storing the resolved
 * rules rather than resolving again saves a sixth of the read; {@code CompiledDictionaryTest} checks
 * the result equals the XML's, definition by definition, lookup by lookup and message by message.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic {@code DHDC}, format version, a CRC32 of
 * the inputs, the names of the XML files (relative to the directory of {@code dictionary.xml}), the
 * payload length, the payload, and a CRC32 of the payload. The inputs are the bytes of those XML
 * files and of the loader's classes ({@link XmlDictionaryLoader}, {@link AbnfParser}): when any of
 * them differs at read time (an IDE recompiled the loader or copied edited XML without running the
 * build step), the binary is stale and {@link #readBuiltIn(URL)} returns empty, so the caller loads
 * the XML. The payload holds a string table, then vendors, vendor symbols, applications, AVP
 * definitions and commands; sources are stored relative to the dictionary directory and rebuilt with
 * the directory's display name at read time, so they read exactly as an XML load would give them.
 */
public final class CompiledDictionary {
    /** The resource name of the compiled form, next to {@code dictionary.xml}. */
    public static final String RESOURCE = "builtin.dict";

    /** The main XML file of the built-in dictionary. */
    static final String MAIN_XML = "dictionary.xml";

    static final int MAGIC = 0x44484443; // "DHDC"
    static final int FORMAT_VERSION = 1;

    /** Class files (next to this class) whose code turns the XML into definitions. */
    private static final List<String> LOADER_CLASS_FILES = List.of("XmlDictionaryLoader.class",
            "XmlDictionaryLoader$Handler.class", "AbnfParser.class");

    /** More than any sane dictionary holds; a corrupt count fails before it allocates. */
    private static final int MAX_COUNT = 1 << 20;

    private static final byte SOURCE_NONE = 0;
    private static final byte SOURCE_RELATIVE = 1;
    private static final byte SOURCE_VERBATIM = 2;

    private CompiledDictionary() {
    }

    /**
     * What the compiled form holds: the definitions of a built dictionary in its order, ABNF rules as
     * that build resolved them, and the vendor symbols its files registered.
     *
     * @param vendors       every vendor, IETF first
     * @param vendorSymbols file symbols to vendor ids ({@code TGPP} to 10415)
     * @param applications  every application
     * @param avps          every AVP definition, in load order
     * @param commands      every command definition, in load order
     */
    public record Contents(List<VendorDefinition> vendors, Map<String, Integer> vendorSymbols,
                           List<ApplicationDefinition> applications, List<AvpDefinition> avps,
                           List<CommandDefinition> commands) {
    }

    /**
     * Writes {@value #RESOURCE} for the built-in XML of a classes directory: loads
     * {@code <classes>/io/diameterharness/dictionary/dictionary.xml} as {@link Dictionary#builtIn()}
     * does and writes the compiled form next to it. The Maven build runs it at {@code process-classes}.
     *
     * @param args one argument, the classes directory
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompiledDictionary <classes directory>, not "
                    + String.join(" ", args));
        }
        Path dir = Path.of(args[0]).resolve("io/diameterharness/dictionary");
        Path mainXml = dir.resolve(MAIN_XML);
        if (!Files.isRegularFile(mainXml)) {
            throw new IllegalArgumentException("no built-in dictionary at " + mainXml);
        }
        byte[] compiled = compile(mainXml.toUri().toURL(), xmlFilesIn(dir));
        Path tmp = dir.resolve(RESOURCE + ".tmp");
        Files.write(tmp, compiled);
        Files.move(tmp, dir.resolve(RESOURCE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The {@code .xml} files under {@code dir}, as sorted relative names with {@code /}. */
    static List<String> xmlFilesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".xml"))
                    .map(f -> dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Loads the dictionary at {@code mainXml} and returns its compiled form, with {@code xmlFiles}
     * (names relative to the directory of {@code mainXml}) as the XML inputs whose CRC it records.
     */
    static byte[] compile(URL mainXml, List<String> xmlFiles) throws IOException {
        Dictionary.Builder builder = Dictionary.builder();
        Map<String, Integer> symbols = new LinkedHashMap<>();
        XmlDictionaryLoader.load(mainXml, builder, symbols::put);
        Dictionary dictionary = builder.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 10);
        write(dictionary, symbols, mainXml, xmlFiles, out);
        return out.toByteArray();
    }

    /**
     * Writes {@code dictionary} in the compiled form.
     *
     * @param dictionary    a dictionary loaded from {@code mainXml}
     * @param vendorSymbols the vendor symbols its files registered ({@code TGPP} to 10415)
     * @param mainXml       the main XML file, whose directory sources are made relative to
     * @param xmlFiles      the XML inputs (relative to that directory) whose CRC is recorded
     * @param out           where to write; not closed
     * @throws IOException when an input cannot be read or {@code out} fails
     */
    public static void write(Dictionary dictionary, Map<String, Integer> vendorSymbols, URL mainXml,
                             List<String> xmlFiles, OutputStream out) throws IOException {
        Writer w = new Writer(sourcePrefix(mainXml));
        w.payload(dictionary, vendorSymbols);
        byte[] payload = w.finish();
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(FORMAT_VERSION);
        d.writeInt(inputsCrc(mainXml, xmlFiles));
        d.writeShort(xmlFiles.size());
        for (String f : xmlFiles) {
            d.writeUTF(f);
        }
        d.writeInt(payload.length);
        d.write(payload);
        CRC32 crc = new CRC32();
        crc.update(payload);
        d.writeInt((int) crc.getValue());
        d.flush();
    }

    /**
     * The built-in definitions from {@value #RESOURCE} next to {@code mainXml}, or empty when that
     * file is absent, of another format version, corrupt, or stale (the XML or the loader changed
     * since it was written). Never throws: the caller then loads the XML.
     */
    public static Optional<Contents> readBuiltIn(URL mainXml) {
        byte[] bytes;
        try (InputStream in = new URL(mainXml, RESOURCE).openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return read(bytes, mainXml);
    }

    /**
     * The definitions in {@code compiled}, checked against the XML next to {@code mainXml} and the
     * loader's classes; empty when the bytes are not a current, intact compiled form of them.
     */
    public static Optional<Contents> read(byte[] compiled, URL mainXml) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(compiled));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION) {
                return Optional.empty();
            }
            int inputsCrc = in.readInt();
            int files = in.readUnsignedShort();
            List<String> xmlFiles = new ArrayList<>(files);
            for (int i = 0; i < files; i++) {
                xmlFiles.add(in.readUTF());
            }
            int length = in.readInt();
            if (length < 0 || length > in.available() - 4) {
                return Optional.empty();
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            CRC32 crc = new CRC32();
            crc.update(payload);
            if (in.readInt() != (int) crc.getValue() || in.available() != 0) {
                return Optional.empty();
            }
            if (inputsCrc(mainXml, xmlFiles) != inputsCrc) {
                return Optional.empty();
            }
            return Optional.of(new Reader(payload, sourcePrefix(mainXml)).contents());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** CRC32 of the XML files (relative to {@code mainXml}'s directory) and of the loader's class files. */
    static int inputsCrc(URL mainXml, List<String> xmlFiles) throws IOException {
        CRC32 crc = new CRC32();
        for (String f : xmlFiles) {
            try (InputStream in = new URL(mainXml, f).openStream()) {
                crc.update(in.readAllBytes());
            }
        }
        for (String c : LOADER_CLASS_FILES) {
            try (InputStream in = CompiledDictionary.class.getResourceAsStream(c)) {
                if (in == null) {
                    throw new IOException("class file " + c + " not found next to " + CompiledDictionary.class);
                }
                crc.update(in.readAllBytes());
            }
        }
        return (int) crc.getValue();
    }

    /** What an XML load puts before a file name in a source: the display form of the dictionary's directory. */
    private static String sourcePrefix(URL mainXml) {
        String main = SourceNames.display(mainXml.toExternalForm());
        if (!main.endsWith(MAIN_XML)) {
            throw new IllegalArgumentException("the built-in dictionary must be named " + MAIN_XML + ", not " + main);
        }
        return main.substring(0, main.length() - MAIN_XML.length());
    }

    // ---------------------------------------------------------------- writing

    private static final class Writer {
        private final String prefix;
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 << 10);
        private final DataOutputStream out = new DataOutputStream(body);

        Writer(String prefix) {
            this.prefix = prefix;
        }

        void payload(Dictionary d, Map<String, Integer> vendorSymbols) throws IOException {
            count(d.vendors().size());
            for (VendorDefinition v : d.vendors()) {
                out.writeInt(v.id());
                string(v.name());
            }
            count(vendorSymbols.size());
            for (Map.Entry<String, Integer> e : vendorSymbols.entrySet()) {
                string(e.getKey());
                out.writeInt(e.getValue());
            }
            count(d.applications().size());
            for (ApplicationDefinition a : d.applications()) {
                out.writeInt((int) a.id());
                string(a.name());
                out.writeInt(a.vendorId());
                string(a.kind().name());
            }
            count(d.avps().size());
            for (AvpDefinition a : d.avps()) {
                string(a.name());
                out.writeInt(a.code());
                out.writeInt(a.vendorId());
                string(a.type().name());
                string(a.mandatoryBit().name());
                string(a.protectedBit().name());
                string(a.vendorBit().name());
                count(a.enumValues().size());
                for (Map.Entry<Integer, String> e : a.enumValues().entrySet()) {
                    out.writeInt(e.getKey());
                    string(e.getValue());
                }
                if (a.isGrouped()) {
                    abnf(a.groupedContent().orElseThrow());
                }
                source(a.source());
            }
            count(d.commands().size());
            for (CommandDefinition c : d.commands()) {
                out.writeInt(c.code());
                string(c.name());
                string(c.requestShortName());
                string(c.answerShortName());
                out.writeInt((int) c.applicationId());
                out.writeBoolean(c.proxiable());
                abnf(c.request());
                abnf(c.answer());
                source(c.source());
            }
        }

        private void abnf(Abnf abnf) throws IOException {
            out.writeBoolean(abnf.anyAvpAllowed());
            count(abnf.rules().size());
            for (AvpRule r : abnf.rules()) {
                string(r.position().name());
                string(r.avpName());
                out.writeInt(r.min());
                out.writeInt(r.max());
                out.writeBoolean(r.isResolved());
                if (r.isResolved()) {
                    out.writeInt(r.code());
                    out.writeInt(r.vendorId());
                }
            }
        }

        private void source(String source) throws IOException {
            if (source == null) {
                out.writeByte(SOURCE_NONE);
                return;
            }
            int colon = source.lastIndexOf(':');
            if (source.startsWith(prefix) && colon > prefix.length() && isDigits(source.substring(colon + 1))) {
                out.writeByte(SOURCE_RELATIVE);
                string(source.substring(prefix.length(), colon));
                out.writeInt(Integer.parseInt(source.substring(colon + 1)));
            } else {
                out.writeByte(SOURCE_VERBATIM);
                string(source);
            }
        }

        private static boolean isDigits(String s) {
            return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        }

        private void count(int n) throws IOException {
            out.writeInt(n);
        }

        private void string(String s) throws IOException {
            Integer index = strings.get(s);
            if (index == null) {
                index = strings.size();
                strings.put(s, index);
            }
            out.writeInt(index);
        }

        /** The string table, then the body. */
        byte[] finish() throws IOException {
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + 32 * strings.size());
            DataOutputStream d = new DataOutputStream(all);
            d.writeInt(strings.size());
            for (String s : strings.keySet()) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                d.writeInt(utf8.length);
                d.write(utf8);
            }
            body.writeTo(d);
            d.flush();
            return all.toByteArray();
        }
    }

    // ---------------------------------------------------------------- reading

    /** Reads the payload with a {@link ByteBuffer} (big-endian, as {@link DataOutputStream} wrote it): fast in cold code. */
    private static final class Reader {
        private final ByteBuffer in;
        private final String prefix;
        private final String[] strings;

        Reader(byte[] payload, String prefix) throws IOException {
            this.in = ByteBuffer.wrap(payload);
            this.prefix = prefix;
            int n = count();
            strings = new String[n];
            for (int i = 0; i < n; i++) {
                int length = count();
                if (length > in.remaining()) {
                    throw new IOException("string of " + length + " bytes past the end");
                }
                strings[i] = new String(payload, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
            }
        }

        Contents contents() throws IOException {
            List<VendorDefinition> vendors = new ArrayList<>();
            for (int i = 0, n = count(); i < n; i++) {
                vendors.add(new VendorDefinition(in.getInt(), string()));
            }
            Map<String, Integer> symbols = new LinkedHashMap<>();
            for (int i = 0, n = count(); i < n; i++) {
                symbols.put(string(), in.getInt());
            }
            List<ApplicationDefinition> applications = new ArrayList<>();
            for (int i = 0, n = count(); i < n; i++) {
                applications.add(new ApplicationDefinition(Integer.toUnsignedLong(in.getInt()), string(), in.getInt(),
                        ApplicationDefinition.Kind.valueOf(string())));
            }
            int avpCount = count();
            List<AvpDefinition> avps = new ArrayList<>(avpCount);
            for (int i = 0; i < avpCount; i++) {
                String name = string();
                AvpDefinition.Builder a = AvpDefinition.builder(name, in.getInt()).vendorId(in.getInt());
                AvpType type = AvpType.valueOf(string());
                a.type(type).mandatoryBit(FlagRule.valueOf(string())).protectedBit(FlagRule.valueOf(string()))
                        .vendorBit(FlagRule.valueOf(string()));
                for (int e = 0, enums = count(); e < enums; e++) {
                    a.enumValue(in.getInt(), string());
                }
                if (type == AvpType.GROUPED) {
                    a.groupedContent(abnf());
                }
                avps.add(a.source(source()).build());
            }
            List<CommandDefinition> commands = new ArrayList<>();
            for (int i = 0, n = count(); i < n; i++) {
                int code = in.getInt();
                String name = string();
                String requestShort = string();
                String answerShort = string();
                long applicationId = Integer.toUnsignedLong(in.getInt());
                boolean proxiable = (in.get() != 0);
                Abnf request = abnf();
                Abnf answer = abnf();
                commands.add(new CommandDefinition(code, name, requestShort, answerShort, applicationId, proxiable, request,
                        answer, source()));
            }
            if (in.hasRemaining()) {
                throw new IOException(in.remaining() + " bytes after the last command");
            }
            return new Contents(List.copyOf(vendors), Collections.unmodifiableMap(symbols), List.copyOf(applications),
                    List.copyOf(avps), List.copyOf(commands));
        }

        private Abnf abnf() throws IOException {
            boolean any = (in.get() != 0);
            int n = count();
            List<AvpRule> rules = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                AvpRule.Position position = AvpRule.Position.valueOf(string());
                AvpRule r = AvpRule.of(position, string(), in.getInt(), in.getInt());
                if ((in.get() != 0)) {
                    r = r.resolvedTo(r.avpName(), in.getInt(), in.getInt());
                }
                rules.add(r);
            }
            return n == 0 && any ? Abnf.anyAvp() : n == 0 ? Abnf.empty() : Abnf.of(rules, any);
        }

        private String source() throws IOException {
            byte kind = in.get();
            switch (kind) {
                case SOURCE_NONE:
                    return null;
                case SOURCE_RELATIVE:
                    return prefix + string() + ":" + in.getInt();
                case SOURCE_VERBATIM:
                    return string();
                default:
                    throw new IOException("unknown source kind " + kind);
            }
        }

        private int count() throws IOException {
            int n = in.getInt();
            if (n < 0 || n > MAX_COUNT) {
                throw new IOException("count " + n + " out of range");
            }
            return n;
        }

        private String string() throws IOException {
            int i = in.getInt();
            if (i < 0 || i >= strings.length) {
                throw new IOException("string index " + i + " out of range");
            }
            return strings[i];
        }
    }
}
