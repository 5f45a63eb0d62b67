package io.diameterharness.dictionary;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.internal.CompiledDictionary;
import io.diameterharness.dictionary.internal.MessageRenderer;
import io.diameterharness.dictionary.internal.MessageValidator;
import io.diameterharness.dictionary.internal.TypedValues;
import io.diameterharness.dictionary.internal.XmlDictionaryLoader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Applications, commands, AVPs and vendors, with lookups by code and by name, validation of
 * messages against their command ABNF, a Wireshark-like tree rendering, AVP path resolution and
 * typed value reading. Immutable and thread-safe.
 *
 * <p>{@link #builtIn()} holds RFC 6733 (base), RFC 4006 / RFC 8506 (credit control) and the 3GPP
 * applications and AVPs most used in tests (TS 32.299 Ro/Gy, TS 29.212 Gx, TS 29.214 Rx,
 * TS 29.272 S6a/S6d), written in Wireshark's dictionary XML format under
 * {@code io/diameterharness/dictionary/} in the jar. Users add or override definitions with their
 * own files in the same format:
 *
 * <pre>{@code
 * Dictionary dict = Dictionary.builtIn().extendedWith(Path.of("my-ocs.xml"));
 * List<Violation> problems = dict.validate(ccr);
 * System.out.println(dict.render(ccr));
 * List<Avp> msisdns = dict.find(ccr, "Subscription-Id/Subscription-Id-Data");
 * }</pre>
 *
 * <h2>Merge rule</h2>
 * When several sources define the same thing, the <b>later source wins, whole definition for whole
 * definition</b>: an AVP with the same (code, vendor id) replaces the earlier AVP entirely (name,
 * type, flags, enum values, grouped content), a command with the same (code, application id)
 * replaces the earlier command, an application or vendor with the same id replaces the earlier one.
 * A name looks up the latest AVP that uses it; an AVP displaced from its name stays reachable by
 * code. A command short name or name ({@code CCR}) looks up the command with the lowest
 * Application-Id that uses it (so {@code CCR} is RFC 4006's, not Gx's, whatever the load order);
 * use {@link #command(String, long)} for another application's.
 *
 * <h2>Names</h2>
 * Lookups by name ignore case; definitions keep the spelling of their source for display.
 */
public final class Dictionary {
    /** The default limit of Grouped AVP nesting that {@link #validate(DiameterMessage)} descends into. */
    public static final int DEFAULT_MAX_DEPTH = 16;

    private static volatile Dictionary builtIn;
    /** Whether {@link #builtIn} came from the compiled form rather than the XML (tests check the build made one). */
    private static volatile boolean builtInCompiled;

    private final Map<Long, AvpDefinition> avpsByKey;
    private final Map<String, AvpDefinition> avpsByName;
    private final Map<Long, CommandDefinition> commandsByKey;
    private final Map<String, CommandDefinition> commandsByName;
    private final Map<Long, ApplicationDefinition> applications;
    private final Map<Integer, VendorDefinition> vendors;
    private final Map<String, Integer> vendorSymbols;
    private final Abnf errorAnswer;
    /** Code to the one vendor-specific AVP with that code (see {@link #soleVendorAvp}); built on first use. */
    private volatile Map<Integer, AvpDefinition> soleVendorAvpByCode;
    private final IntFunction<AvpDefinition> soleVendorAvpLookup = this::soleVendorAvp;

    private Dictionary(Map<Long, AvpDefinition> avpsByKey, Map<String, AvpDefinition> avpsByName,
                       Map<Long, CommandDefinition> commandsByKey, Map<String, CommandDefinition> commandsByName,
                       Map<Long, ApplicationDefinition> applications, Map<Integer, VendorDefinition> vendors,
                       Map<String, Integer> vendorSymbols, Abnf errorAnswer) {
        this.avpsByKey = avpsByKey;
        this.avpsByName = avpsByName;
        this.commandsByKey = commandsByKey;
        this.commandsByName = commandsByName;
        this.applications = applications;
        this.vendors = vendors;
        this.vendorSymbols = vendorSymbols;
        this.errorAnswer = errorAnswer;
    }

    /**
     * The built-in dictionary (loaded once, then shared): RFC 6733, RFC 4006/8506, TS 32.299,
     * TS 29.212, TS 29.214 and TS 29.272 content. It is read from a compiled form of the XML that the
     * build puts next to it, or from the XML itself when that form is missing or out of date.
     */
    public static Dictionary builtIn() {
        Dictionary d = builtIn;
        if (d == null) {
            synchronized (Dictionary.class) {
                d = builtIn;
                if (d == null) {
                    URL main = Dictionary.class.getResource("dictionary.xml");
                    if (main == null) {
                        throw new IllegalStateException("built-in dictionary resource "
                                + "io/diameterharness/dictionary/dictionary.xml is missing from the classpath");
                    }
                    // The build writes a compiled form next to the XML; without it (or when it is stale,
                    // e.g. an IDE that did not run the build step) we parse the XML.
                    d = compiledBuiltIn(main);
                    builtInCompiled = d != null;
                    if (d == null) {
                        d = builder().load(main).build();
                    }
                    builtIn = d;
                }
            }
        }
        return d;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding everything in this dictionary, to add or override definitions. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.addAll(this);
        return b;
    }

    /**
     * This dictionary extended (and overridden, see the merge rule above) by the given files in
     * Wireshark's dictionary XML format.
     *
     * @throws DictionaryLoadException naming the file, the line and the problem
     */
    public Dictionary extendedWith(Path... files) {
        Builder b = toBuilder();
        for (Path f : files) {
            b.load(f);
        }
        return b.build();
    }

    /**
     * This dictionary with extra content requirements on top of the specs' ABNF, e.g. "this OCS
     * also requires Originator-Address in SMS-Information". {@link #validate} checks them like
     * any other rule.
     *
     * @throws IllegalArgumentException when a requirement names an unknown command or AVP
     */
    public Dictionary withRequirements(Requirement... requirements) {
        Builder b = toBuilder();
        for (Requirement r : requirements) {
            b.require(r);
        }
        return b.build();
    }

    // ---------------------------------------------------------------- lookups

    /** The AVP with this code and vendor id (0 for IETF). */
    public Optional<AvpDefinition> avp(int code, int vendorId) {
        return Optional.ofNullable(avpsByKey.get(Abnf.key(code, vendorId)));
    }

    /** The AVP with this name, ignoring case. */
    public Optional<AvpDefinition> avp(String name) {
        return Optional.ofNullable(avpsByName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The definition of the AVP a typed key stands for. */
    public Optional<AvpDefinition> avp(AvpKey<?> key) {
        return avp(key.code(), key.vendorId());
    }

    /** Every AVP definition, in load order. */
    public Collection<AvpDefinition> avps() {
        return avpsByKey.values();
    }

    /**
     * The command with this code in this application; when the application does not define it, the
     * base protocol's (application 0) command with that code, as RFC 6733 lets applications reuse
     * base commands (STR, RAR, ASR).
     */
    public Optional<CommandDefinition> command(int code, long applicationId) {
        CommandDefinition c = commandsByKey.get(commandKey(code, applicationId));
        if (c == null) {
            c = commandsByKey.get(commandKey(code, 0));
        }
        return Optional.ofNullable(c);
    }

    /**
     * The command with this name ({@code Credit-Control}, {@code Credit-Control-Request}) or short
     * name ({@code CCR}, {@code CCA}), ignoring case; the lowest Application-Id wins when several
     * applications use the name.
     */
    public Optional<CommandDefinition> command(String nameOrShortName) {
        return Optional.ofNullable(commandsByName.get(nameOrShortName.toLowerCase(Locale.ROOT)));
    }

    /** The command with this name or short name in this application (e.g. {@code CCR} of Gx). */
    public Optional<CommandDefinition> command(String nameOrShortName, long applicationId) {
        for (CommandDefinition c : commandsByKey.values()) {
            if (c.applicationId() == applicationId && namesOf(c).contains(nameOrShortName.toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Every command definition, in load order. */
    public Collection<CommandDefinition> commands() {
        return commandsByKey.values();
    }

    /** The application with this id. */
    public Optional<ApplicationDefinition> application(long id) {
        return Optional.ofNullable(applications.get(id));
    }

    /** Every application definition. */
    public Collection<ApplicationDefinition> applications() {
        return applications.values();
    }

    /** The vendor with this id. */
    public Optional<VendorDefinition> vendor(int id) {
        return Optional.ofNullable(vendors.get(id));
    }

    /** Every vendor definition. */
    public Collection<VendorDefinition> vendors() {
        return vendors.values();
    }

    /** The generic error answer ABNF of RFC 6733 section 7.2, used for answers with the E bit. */
    public Abnf errorAnswerAbnf() {
        return errorAnswer;
    }

    /**
     * The vendor-specific AVP with this code when exactly one is defined, else {@code null}: an
     * AVP that arrives without its V bit is read as vendor 0, and this names what it was meant to
     * be (3009 rather than "unknown"). The index is built once, on the first such AVP.
     */
    private AvpDefinition soleVendorAvp(int code) {
        Map<Integer, AvpDefinition> index = soleVendorAvpByCode;
        if (index == null) {
            Map<Integer, AvpDefinition> built = new HashMap<>();
            Set<Integer> shared = new HashSet<>();
            for (AvpDefinition d : avpsByKey.values()) {
                if (d.vendorId() != 0 && built.putIfAbsent(d.code(), d) != null) {
                    shared.add(d.code());
                }
            }
            shared.forEach(built::remove);
            index = Map.copyOf(built);
            soleVendorAvpByCode = index;
        }
        return index.get(code);
    }

    // ---------------------------------------------------------------- validation, display, values

    /**
     * Checks a message against its command's ABNF, recursively into Grouped AVPs (up to
     * {@link #DEFAULT_MAX_DEPTH} levels), plus flag rules, enum values and value formats. An empty
     * list means the message is valid. See {@link #validate(DiameterMessage, int)}.
     */
    public List<Violation> validate(DiameterMessage message) {
        return validate(message, DEFAULT_MAX_DEPTH);
    }

    /**
     * Checks a message as {@link #validate(DiameterMessage)} does, descending at most
     * {@code maxDepth} levels of Grouped AVPs (a deeper group is a 5004 violation).
     *
     * <p>Result-Codes: 3007 unknown application, 3001 unknown command, 5005 missing AVP, 5009 too many,
     * 5008 not allowed (no rule and no {@code *[ AVP ]}, or a fixed AVP out of place), 5001 unknown
     * AVP with the M bit, 5004 bad value (undefined enum value, bad UTF-8, bad Address, wrong value
     * length for the type, unparsable Grouped value, nesting too deep), 3009 M/V/P or reserved bits
     * that contradict the definition (also a vendor AVP that arrives without its V bit, when it is
     * the only AVP with that code), 3008 a header P bit that contradicts the command's proxiable flag. Answers with the E bit are checked against RFC 6733 section 7.2's
     * generic error answer ABNF.
     *
     * <p>Failed-AVP of a missing AVP (RFC 6733 section 7.5): an AVP with the missing code, vendor id
     * (V bit set for a vendor AVP) and the definition's M bit, and a zero-filled value of the minimum
     * length of its type. A missing <b>Grouped</b> AVP gets an <b>empty</b> value (header only): the
     * minimum length of Grouped is 0, an empty group is well framed, and it names the missing AVP
     * without inventing children that a peer could mistake for received content.
     */
    public List<Violation> validate(DiameterMessage message, int maxDepth) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must be >= 0, not " + maxDepth);
        }
        return MessageValidator.validate(this, message, maxDepth, soleVendorAvpLookup);
    }

    /**
     * A Wireshark-like tree of the message: a header line (short name, name, code, application,
     * flags, identifiers) then one AVP per line with name, code, vendor, flags and typed value (enum
     * labels included), Grouped children indented; unknown AVPs by code with their raw bytes, and as
     * a probable group when their bytes parse as AVPs.
     */
    public String render(DiameterMessage message) {
        return MessageRenderer.render(this, message);
    }

    /** One AVP (and its children) rendered as in {@link #render(DiameterMessage)}, without a trailing newline. */
    public String render(Avp avp) {
        return MessageRenderer.render(this, avp);
    }

    /**
     * The value of an AVP as the Java type of its dictionary type (see {@link AvpKey} for the table:
     * String, Integer, Long, BigInteger, Float, Double, AddressValue, Instant, DiameterUri,
     * {@code byte[]}, {@code List<Avp>}); an unknown AVP's raw {@code byte[]}.
     *
     * @throws io.diameterharness.codec.InvalidAvpValueException when the bytes do not fit the type
     */
    public Object value(Avp avp) {
        return TypedValues.value(avp(avp.code(), avp.vendorId()).orElse(null), avp);
    }

    /** The label of an Enumerated AVP's value ({@code EVENT_REQUEST}), when the dictionary names it. */
    public Optional<String> enumLabel(Avp avp) {
        Optional<AvpDefinition> def = avp(avp.code(), avp.vendorId());
        if (def.isEmpty() || def.get().enumValues().isEmpty() || avp.valueLength() != 4) {
            return Optional.empty();
        }
        return def.get().enumLabel(avp.asInteger32());
    }

    /** The value as display text: {@code "abc"}, {@code 4 (EVENT_REQUEST)}, {@code 0x0102}, an ISO instant. */
    public String displayValue(Avp avp) {
        return TypedValues.display(avp(avp.code(), avp.vendorId()).orElse(null), avp);
    }

    /**
     * Parses an AVP path such as {@code Subscription-Id/Subscription-Id-Data}: AVP names (any case)
     * separated by {@code /}, each naming a child of the previous Grouped AVP. A segment may also be a
     * code ({@code 443}) or code and vendor ({@code 2000:10415}) for AVPs the dictionary lacks.
     *
     * @throws IllegalArgumentException naming the segment that is not a known AVP
     */
    public AvpPath<Object> path(String path) {
        return AvpPath.parse(this, path);
    }

    /** Every AVP of {@code message} at {@code path} (all occurrences, in message order). */
    public List<Avp> find(DiameterMessage message, String path) {
        return path(path).resolve(message);
    }

    // ---------------------------------------------------------------- internals

    private static Dictionary compiledBuiltIn(URL main) {
        try {
            return CompiledDictionary.readBuiltIn(main).map(Dictionary::fromCompiled).orElse(null);
        } catch (RuntimeException e) {
            return null; // a damaged compiled form must never cost more than the XML load
        }
    }

    /** The dictionary that the compiled built-in form holds (its ABNF rules already resolved). */
    static Dictionary fromCompiled(CompiledDictionary.Contents contents) {
        Builder b = builder();
        for (VendorDefinition v : contents.vendors()) {
            b.add(v);
        }
        for (Map.Entry<String, Integer> e : contents.vendorSymbols().entrySet()) {
            b.vendorSymbol(e.getKey(), e.getValue());
        }
        for (ApplicationDefinition a : contents.applications()) {
            b.add(a);
        }
        for (AvpDefinition a : contents.avps()) {
            b.add(a);
        }
        for (CommandDefinition c : contents.commands()) {
            b.add(c);
        }
        return b.buildResolved();
    }

    /** Whether {@link #builtIn()} was read from the compiled form (false before the first call). */
    static boolean builtInIsCompiled() {
        return builtInCompiled;
    }

    static long commandKey(int code, long applicationId) {
        return (applicationId << 24) | (code & 0xFFFFFFL);
    }

    Map<String, Integer> vendorSymbols() {
        return vendorSymbols;
    }

    private static List<String> namesOf(CommandDefinition c) {
        List<String> names = new ArrayList<>(5);
        names.add(c.name().toLowerCase(Locale.ROOT));
        names.add(c.fullName(true).toLowerCase(Locale.ROOT));
        names.add(c.fullName(false).toLowerCase(Locale.ROOT));
        names.add(c.requestShortName().toLowerCase(Locale.ROOT));
        names.add(c.answerShortName().toLowerCase(Locale.ROOT));
        return names;
    }

    /**
     * Collects definitions from code and files; {@link #build()} resolves the AVP names in ABNF rules
     * and freezes the result. Later additions override earlier ones (see the merge rule on
     * {@link Dictionary}).
     */
    public static final class Builder {
        private final LinkedHashMap<Long, AvpDefinition> avps = new LinkedHashMap<>();
        private final LinkedHashMap<Long, CommandDefinition> commands = new LinkedHashMap<>();
        private final LinkedHashMap<Long, ApplicationDefinition> applications = new LinkedHashMap<>();
        private final LinkedHashMap<Integer, VendorDefinition> vendors = new LinkedHashMap<>();
        private final Map<String, Integer> vendorSymbols = new HashMap<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private boolean lenientReferences;

        private Builder() {
            vendors.put(0, new VendorDefinition(0, "IETF"));
        }

        /** Adds (or replaces, by code and vendor) an AVP. */
        public Builder add(AvpDefinition avp) {
            long k = Abnf.key(avp.code(), avp.vendorId());
            avps.remove(k);
            avps.put(k, avp);
            return this;
        }

        /** Adds (or replaces, by code and application) a command. */
        public Builder add(CommandDefinition command) {
            long k = commandKey(command.code(), command.applicationId());
            commands.remove(k);
            commands.put(k, command);
            return this;
        }

        /** Adds (or replaces, by id) an application. */
        public Builder add(ApplicationDefinition application) {
            applications.put(application.id(), application);
            return this;
        }

        /** Adds (or replaces, by id) a vendor. */
        public Builder add(VendorDefinition vendor) {
            vendors.put(vendor.id(), vendor);
            return this;
        }

        /** Registers the symbol a dictionary file uses for a vendor ({@code TGPP} for 10415). */
        public Builder vendorSymbol(String symbol, int vendorId) {
            vendorSymbols.put(symbol.toLowerCase(Locale.ROOT), vendorId);
            return this;
        }

        /** The vendor id a file's {@code vendor-id} symbol or number stands for, if known. */
        public Optional<Integer> vendorIdOf(String symbolOrNumber) {
            String s = symbolOrNumber.trim();
            if (!s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return Optional.of((int) Long.parseLong(s));
            }
            Integer id = vendorSymbols.get(s.toLowerCase(Locale.ROOT));
            if (id != null) {
                return Optional.of(id);
            }
            for (VendorDefinition v : vendors.values()) {
                if (v.name().equalsIgnoreCase(s)) {
                    return Optional.of(v.id());
                }
            }
            return Optional.empty();
        }

        /** Adds everything from another dictionary (its definitions override ours on conflict). */
        public Builder addAll(Dictionary other) {
            other.vendors.values().forEach(this::add);
            other.applications.values().forEach(this::add);
            other.avpsByKey.values().forEach(this::add);
            other.commandsByKey.values().forEach(this::add);
            vendorSymbols.putAll(other.vendorSymbols);
            return this;
        }

        /**
         * Loads a dictionary file in Wireshark's format (with its external entity includes, which
         * must be files in the same directory or below).
         *
         * @throws DictionaryLoadException naming the file, the line and the problem
         */
        public Builder load(Path file) {
            XmlDictionaryLoader.load(file, this);
            return this;
        }

        /** Loads a dictionary file from a URL ({@code file:} or {@code jar:}, e.g. a classpath resource). */
        public Builder load(URL file) {
            XmlDictionaryLoader.load(file, this);
            return this;
        }

        /** Adds an extra content requirement (checked when building). */
        public Builder require(Requirement requirement) {
            requirements.add(Objects.requireNonNull(requirement, "requirement"));
            return this;
        }

        /**
         * Accepts ABNF rules that name AVPs no source defines (they are then ignored by validation);
         * Wireshark's own files need this. By default such a rule fails {@link #build()}.
         */
        public Builder lenientReferences() {
            this.lenientReferences = true;
            return this;
        }

        /**
         * Resolves every ABNF rule to its AVP and freezes the dictionary.
         *
         * @throws IllegalArgumentException listing rules that name unknown AVPs (unless lenient) and
         *                                  requirements that name unknown commands or AVPs
         */
        public Dictionary build() {
            Map<String, List<AvpDefinition>> byName = byName();
            List<String> unresolved = new ArrayList<>();
            LinkedHashMap<Long, AvpDefinition> resolvedAvps = new LinkedHashMap<>();
            for (Map.Entry<Long, AvpDefinition> e : avps.entrySet()) {
                AvpDefinition d = e.getValue();
                if (d.isGrouped()) {
                    String where = "Grouped AVP " + d.name() + (d.source() != null ? " (" + d.source() + ")" : "");
                    d = d.withGroupedContent(resolve(d.groupedContent().get(), d.vendorId(), byName, unresolved,
                            where));
                }
                resolvedAvps.put(e.getKey(), d);
            }
            LinkedHashMap<Long, CommandDefinition> resolvedCommands = new LinkedHashMap<>();
            for (Map.Entry<Long, CommandDefinition> e : commands.entrySet()) {
                CommandDefinition c = e.getValue();
                ApplicationDefinition app = applications.get(c.applicationId());
                int vendor = app == null ? 0 : app.vendorId();
                String where = "command " + c.name() + (c.source() != null ? " (" + c.source() + ")" : "");
                c = c.withAbnf(resolve(c.request(), vendor, byName, unresolved, where + " request"),
                        resolve(c.answer(), vendor, byName, unresolved, where + " answer"));
                resolvedCommands.put(e.getKey(), c);
            }
            if (!unresolved.isEmpty() && !lenientReferences) {
                throw new IllegalArgumentException("ABNF rules name AVPs that no dictionary source defines: "
                        + String.join("; ", unresolved));
            }
            return freeze(resolvedAvps, resolvedCommands, byName);
        }

        /**
         * Freezes definitions whose ABNF rules another {@link #build()} has already resolved, as the
         * compiled built-in dictionary stores them: the same as {@code build()} without resolving again.
         */
        Dictionary buildResolved() {
            return freeze(avps, commands, byName());
        }

        private Map<String, List<AvpDefinition>> byName() {
            Map<String, List<AvpDefinition>> byName = new HashMap<>();
            for (AvpDefinition d : avps.values()) {
                byName.computeIfAbsent(d.name().toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(d);
            }
            return byName;
        }

        private Dictionary freeze(LinkedHashMap<Long, AvpDefinition> resolvedAvps,
                                  LinkedHashMap<Long, CommandDefinition> resolvedCommands,
                                  Map<String, List<AvpDefinition>> byName) {
            Map<String, AvpDefinition> latestByName = new HashMap<>();
            for (AvpDefinition d : resolvedAvps.values()) {
                latestByName.put(d.name().toLowerCase(Locale.ROOT), d);
            }
            Map<String, CommandDefinition> commandNames = new HashMap<>();
            for (CommandDefinition c : resolvedCommands.values()) {
                for (String n : namesOf(c)) {
                    CommandDefinition prev = commandNames.get(n);
                    if (prev == null || Long.compareUnsigned(c.applicationId(), prev.applicationId()) < 0) {
                        commandNames.put(n, c);
                    }
                }
            }
            Abnf error = resolve(Abnf.parse(ERROR_ANSWER), 0, byName, new ArrayList<>(), "error answer");
            Dictionary d = new Dictionary(Collections.unmodifiableMap(new LinkedHashMap<>(resolvedAvps)),
                    Collections.unmodifiableMap(latestByName),
                    Collections.unmodifiableMap(new LinkedHashMap<>(resolvedCommands)),
                    Collections.unmodifiableMap(commandNames), Collections.unmodifiableMap(new LinkedHashMap<>(
                    applications)), Collections.unmodifiableMap(new LinkedHashMap<>(vendors)),
                    Collections.unmodifiableMap(new HashMap<>(vendorSymbols)), error);
            if (requirements.isEmpty()) {
                return d;
            }
            for (Requirement r : requirements) {
                d = r.applyTo(d);
            }
            return d;
        }

        private static Abnf resolve(Abnf abnf, int preferredVendor, Map<String, List<AvpDefinition>> byName,
                                    List<String> unresolved, String where) {
            return abnf.mapRules(r -> {
                List<AvpDefinition> candidates = byName.get(r.avpName().toLowerCase(Locale.ROOT));
                if (candidates == null) {
                    unresolved.add(where + " names unknown AVP '" + r.avpName() + "'");
                    return r.isResolved() ? r : r;
                }
                AvpDefinition pick = null;
                for (AvpDefinition c : candidates) {
                    if (c.vendorId() == preferredVendor) {
                        pick = c;
                    }
                }
                if (pick == null) {
                    for (AvpDefinition c : candidates) {
                        if (c.vendorId() == 0) {
                            pick = c;
                        }
                    }
                }
                if (pick == null) {
                    pick = candidates.get(candidates.size() - 1);
                }
                return r.resolvedTo(pick.name(), pick.code(), pick.vendorId());
            });
        }
    }

    /** RFC 6733 section 7.2: the answer with the E bit set. */
    private static final String ERROR_ANSWER = String.join("\n",
            "0*1< Session-Id >",
            "{ Origin-Host }",
            "{ Origin-Realm }",
            "{ Result-Code }",
            "[ Origin-State-Id ]",
            "[ Error-Message ]",
            "[ Error-Reporting-Host ]",
            "[ Failed-AVP ]",
            "[ Experimental-Result ]",
            "*[ Proxy-Info ]",
            "*[ AVP ]");

    // package access for Requirement
    Dictionary replacing(AvpDefinition avp) {
        Map<Long, AvpDefinition> m = new LinkedHashMap<>(avpsByKey);
        m.put(Abnf.key(avp.code(), avp.vendorId()), avp);
        Map<String, AvpDefinition> names = new HashMap<>(avpsByName);
        names.put(avp.name().toLowerCase(Locale.ROOT), avp);
        return new Dictionary(Collections.unmodifiableMap(m), Collections.unmodifiableMap(names), commandsByKey,
                commandsByName, applications, vendors, vendorSymbols, errorAnswer);
    }

    Dictionary replacing(CommandDefinition command) {
        Map<Long, CommandDefinition> m = new LinkedHashMap<>(commandsByKey);
        m.put(commandKey(command.code(), command.applicationId()), command);
        Map<String, CommandDefinition> names = new HashMap<>();
        for (Map.Entry<String, CommandDefinition> e : commandsByName.entrySet()) {
            CommandDefinition c = e.getValue();
            names.put(e.getKey(), c.code() == command.code() && c.applicationId() == command.applicationId()
                    ? command : c);
        }
        return new Dictionary(avpsByKey, avpsByName, Collections.unmodifiableMap(m),
                Collections.unmodifiableMap(names), applications, vendors, vendorSymbols, errorAnswer);
    }
}
