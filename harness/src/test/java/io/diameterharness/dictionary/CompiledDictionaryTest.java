package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.internal.CompiledDictionary;
import io.diameterharness.dictionary.internal.XmlDictionaryLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled built-in dictionary ({@code builtin.dict}, written by the build at process-classes):
 * it reads back as exactly what the XML gives, a stale or damaged file is ignored in favour of the
 * XML without an error, and {@link Dictionary#builtIn()} uses it in this build.
 */
@Timeout(120)
class CompiledDictionaryTest {
    private static URL mainXml;
    private static Path dictionaryDir;
    private static byte[] shipped;
    private static Dictionary fromXml;

    @BeforeAll
    static void loadBothForms() throws IOException, URISyntaxException {
        mainXml = Dictionary.class.getResource("dictionary.xml");
        assertNotNull(mainXml, "dictionary.xml on the test classpath");
        assertEquals("file", mainXml.getProtocol(), "tests run from the classes directory");
        dictionaryDir = Path.of(mainXml.toURI()).getParent();
        Path dict = dictionaryDir.resolve(CompiledDictionary.RESOURCE);
        assertTrue(Files.isRegularFile(dict), dict + " is written by the build (exec-maven-plugin at process-classes)");
        shipped = Files.readAllBytes(dict);
        fromXml = Dictionary.builder().load(mainXml).build();
    }

    // ---------------------------------------------------------------- same content as the XML

    @Test
    void compiledFormHoldsEveryDefinitionTheXmlGives() {
        Dictionary compiled = Dictionary.fromCompiled(CompiledDictionary.read(shipped, mainXml).orElseThrow());

        assertEquals(List.copyOf(fromXml.vendors()), List.copyOf(compiled.vendors()));
        assertEquals(fromXml.vendorSymbols(), compiled.vendorSymbols());
        assertEquals(List.copyOf(fromXml.applications()), List.copyOf(compiled.applications()));

        List<AvpDefinition> xmlAvps = List.copyOf(fromXml.avps());
        List<AvpDefinition> compiledAvps = List.copyOf(compiled.avps());
        assertEquals(xmlAvps.size(), compiledAvps.size());
        assertTrue(xmlAvps.size() > 1000, "the built-in dictionary has " + xmlAvps.size() + " AVPs");
        for (int i = 0; i < xmlAvps.size(); i++) {
            AvpDefinition x = xmlAvps.get(i);
            AvpDefinition c = compiledAvps.get(i);
            // equals() covers name, code, vendor, type, flag rules, enum values and grouped rules (names
            // ignoring case); source and the exact spelling of rule names are checked apart.
            assertEquals(x, c, "AVP #" + i);
            assertEquals(x.source(), c.source(), "source of " + x);
            assertEquals(List.copyOf(x.enumValues().entrySet()), List.copyOf(c.enumValues().entrySet()),
                    "enum order of " + x);
            assertEquals(x.groupedContent().map(Abnf::toString), c.groupedContent().map(Abnf::toString), "ABNF of " + x);
            assertEquals(x.groupedContent().map(CompiledDictionaryTest::resolution),
                    c.groupedContent().map(CompiledDictionaryTest::resolution), "resolved rules of " + x);
        }

        List<CommandDefinition> xmlCommands = List.copyOf(fromXml.commands());
        List<CommandDefinition> compiledCommands = List.copyOf(compiled.commands());
        assertEquals(xmlCommands, compiledCommands);
        for (int i = 0; i < xmlCommands.size(); i++) {
            CommandDefinition x = xmlCommands.get(i);
            CommandDefinition c = compiledCommands.get(i);
            assertEquals(x.request().toString() + x.answer(), c.request().toString() + c.answer(), "ABNF of " + x);
            assertEquals(resolution(x.request()) + resolution(x.answer()),
                    resolution(c.request()) + resolution(c.answer()), "resolved rules of " + x);
        }
        assertEquals(fromXml.errorAnswerAbnf(), compiled.errorAnswerAbnf());
    }

    @Test
    void compiledFormAnswersEveryLookupAsTheXmlDoes() {
        Dictionary compiled = Dictionary.fromCompiled(CompiledDictionary.read(shipped, mainXml).orElseThrow());
        for (AvpDefinition d : fromXml.avps()) {
            assertEquals(fromXml.avp(d.name()), compiled.avp(d.name()), d.name());
            assertEquals(fromXml.avp(d.name().toUpperCase()), compiled.avp(d.name().toUpperCase()), d.name());
            assertEquals(fromXml.avp(d.code(), d.vendorId()), compiled.avp(d.code(), d.vendorId()), d.toString());
        }
        for (CommandDefinition c : fromXml.commands()) {
            for (String n : List.of(c.name(), c.requestShortName(), c.answerShortName(), c.fullName(true),
                    c.fullName(false))) {
                assertEquals(fromXml.command(n), compiled.command(n), n);
                assertEquals(fromXml.command(n, c.applicationId()), compiled.command(n, c.applicationId()), n);
            }
        }
        // a user file naming a vendor by the built-in symbol (TGPP) resolves on both
        assertEquals(fromXml.toBuilder().vendorIdOf("TGPP"), compiled.toBuilder().vendorIdOf("TGPP"));
        assertEquals(Optional.of(10415), compiled.toBuilder().vendorIdOf("TGPP"));
    }

    @Test
    void validatesAndRendersMessagesExactlyAsTheXmlDictionary() {
        Dictionary compiled = Dictionary.fromCompiled(CompiledDictionary.read(shipped, mainXml).orElseThrow());
        List<DiameterMessage> messages = new ArrayList<>();
        for (DiameterMessage valid : ValidMessages.of(fromXml)) {
            messages.add(valid);
            // without its first AVP (a fixed Session-Id, a required Origin-Host: 5005 or 5008)
            if (!valid.avps().isEmpty()) {
                DiameterMessage.Builder b = copyHeader(valid);
                valid.avps().stream().skip(1).forEach(b::avp);
                messages.add(b.build());
            }
            // with an AVP no dictionary defines, M bit set (5001), and an undefined enum value (5004)
            DiameterMessage.Builder b = copyHeader(valid);
            valid.avps().forEach(b::avp);
            b.avp(Avp.builder(4242).vendor(99999).mandatory().octetString(new byte[] {1, 2, 3}).build());
            b.avp(Avps.CC_REQUEST_TYPE.avp(77));
            messages.add(b.build());
        }
        int violations = 0;
        for (DiameterMessage m : messages) {
            List<Violation> x = fromXml.validate(m);
            assertEquals(x, compiled.validate(m), () -> fromXml.render(m));
            assertEquals(fromXml.render(m), compiled.render(m));
            violations += x.size();
        }
        assertTrue(messages.size() > 60, messages.size() + " messages");
        assertTrue(violations > messages.size() / 2, violations + " violations: the damaged messages were checked");
    }

    @Test
    void shippedFileIsWhatTheXmlCompilesToNow() throws IOException {
        Dictionary.Builder builder = Dictionary.builder();
        Map<String, Integer> symbols = new LinkedHashMap<>();
        XmlDictionaryLoader.load(mainXml, builder, symbols::put);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledDictionary.write(builder.build(), symbols, mainXml, xmlFileNames(), out);
        assertArrayEquals(shipped, out.toByteArray(), "the build writes the same bytes from the same XML");
        assertTrue(shipped.length < totalXmlBytes(), shipped.length + " bytes, less than the XML's " + totalXmlBytes());
    }

    // ---------------------------------------------------------------- builtIn() uses it

    @Test
    void builtInDictionaryIsReadFromTheCompiledForm() {
        Dictionary builtIn = Dictionary.builtIn();
        assertTrue(Dictionary.builtInIsCompiled(), "Dictionary.builtIn() read builtin.dict, not the XML");
        AvpDefinition sessionId = builtIn.avp("Session-Id").orElseThrow();
        assertEquals(fromXml.avp("Session-Id").orElseThrow().source(), sessionId.source());
        String source = sessionId.source();
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('!')) + 1,
                source.lastIndexOf(':'));
        assertEquals("rfc6733-base.xml", file, source);
    }

    // ---------------------------------------------------------------- stale or damaged: XML instead

    @Test
    void intactCopyNextToItsXmlIsRead(@TempDir Path dir) throws IOException {
        URL copy = copyDictionary(dir);
        assertTrue(CompiledDictionary.read(shipped, copy).isPresent());
        assertTrue(CompiledDictionary.readBuiltIn(copy).isPresent());
    }

    @Test
    void flippedByteAnywhereIsIgnored(@TempDir Path dir) throws IOException {
        URL copy = copyDictionary(dir);
        int step = Math.max(1, shipped.length / 150);
        for (int at = 0; at < shipped.length; at += step) {
            assertIgnored(flip(shipped, at), copy, "byte " + at + " flipped");
        }
        assertIgnored(flip(shipped, shipped.length - 1), copy, "last byte flipped");
    }

    @Test
    void truncatedOrPaddedFileIsIgnored(@TempDir Path dir) throws IOException {
        URL copy = copyDictionary(dir);
        for (int length : new int[] {0, 1, 4, 7, 8, 11, 12, 20, 100, shipped.length / 2, shipped.length - 4,
                shipped.length - 1}) {
            assertIgnored(Arrays.copyOf(shipped, length), copy, "truncated to " + length + " bytes");
        }
        assertIgnored(Arrays.copyOf(shipped, shipped.length + 1), copy, "one byte added");
    }

    @Test
    void otherMagicOrFormatVersionIsIgnored(@TempDir Path dir) throws IOException {
        URL copy = copyDictionary(dir);
        byte[] magic = shipped.clone();
        ByteBuffer.wrap(magic).putInt(0, 0x3C3F786D); // "<?xm": someone copied XML in its place
        assertIgnored(magic, copy, "other magic");
        int version = ByteBuffer.wrap(shipped).getInt(4);
        for (int other : new int[] {version + 1, version - 1, 0}) {
            byte[] b = shipped.clone();
            ByteBuffer.wrap(b).putInt(4, other);
            assertIgnored(b, copy, "format version " + other);
        }
    }

    @Test
    void wrongInputsCrcIsIgnored(@TempDir Path dir) throws IOException {
        URL copy = copyDictionary(dir);
        byte[] b = shipped.clone();
        ByteBuffer buffer = ByteBuffer.wrap(b);
        buffer.putInt(8, buffer.getInt(8) + 1);
        assertIgnored(b, copy, "inputs CRC off by one");
    }

    @Test
    void editedXmlMakesTheCompiledFormStale(@TempDir Path dir) throws IOException {
        URL copy = copyDictionary(dir);
        Path ro = dir.resolve("ts32299-ro.xml");
        Files.writeString(ro, "<!-- edited in an IDE -->\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertIgnored(shipped, copy, "ts32299-ro.xml edited after the build");
        // the XML itself still loads: that is what builtIn() falls back to
        assertEquals(fromXml.avps().size(), Dictionary.builder().load(copy).build().avps().size());
    }

    @Test
    void missingXmlFileMakesTheCompiledFormStale(@TempDir Path dir) throws IOException {
        URL copy = copyDictionary(dir);
        Files.delete(dir.resolve("ts29272-s6a.xml"));
        assertIgnored(shipped, copy, "ts29272-s6a.xml gone");
    }

    @Test
    void damagedPayloadWithMatchingChecksumFailsQuietly(@TempDir Path dir) throws IOException {
        // A payload damaged before its CRC was computed (a writer bug, say): reading must still end in
        // "present" or "empty", never an exception, an endless loop or a huge allocation.
        URL copy = copyDictionary(dir);
        int payloadStart = payloadStart(shipped);
        int payloadLength = ByteBuffer.wrap(shipped).getInt(payloadStart - 4);
        int step = Math.max(1, payloadLength / 120);
        int ignored = 0;
        for (int at = payloadStart; at < payloadStart + payloadLength; at += step) {
            for (byte value : new byte[] {(byte) 0xFF, 0x7F, 0x00}) {
                byte[] b = shipped.clone();
                b[at] = value;
                CRC32 crc = new CRC32();
                crc.update(b, payloadStart, payloadLength);
                ByteBuffer.wrap(b).putInt(payloadStart + payloadLength, (int) crc.getValue());
                Optional<Dictionary> read = assertDoesNotThrow(
                        () -> CompiledDictionary.read(b, copy).map(Dictionary::fromCompiled),
                        "payload byte " + at + " set to " + value);
                if (read.isEmpty()) {
                    ignored++;
                }
            }
        }
        assertTrue(ignored > 0, "some damage is detected by the reader itself");
    }

    @Test
    void builtInFallsBackToTheXmlWhenTheCompiledFormIsMissing(@TempDir Path dir) throws Exception {
        Path classes = copyClasses(dir);
        Files.delete(classes.resolve("io/diameterharness/dictionary/" + CompiledDictionary.RESOURCE));
        assertBuiltInFromXml(classes);
    }

    @Test
    void builtInFallsBackToTheXmlWhenTheCompiledFormIsCorrupt(@TempDir Path dir) throws Exception {
        Path classes = copyClasses(dir);
        Path dict = classes.resolve("io/diameterharness/dictionary/" + CompiledDictionary.RESOURCE);
        Files.write(dict, flip(Files.readAllBytes(dict), shipped.length / 2));
        assertBuiltInFromXml(classes);
    }

    @Test
    void builtInFallsBackToTheXmlWhenTheXmlChangedAfterTheBuild(@TempDir Path dir) throws Exception {
        Path classes = copyClasses(dir);
        Path base = classes.resolve("io/diameterharness/dictionary/rfc6733-base.xml");
        Files.writeString(base, Files.readString(base).replace("name=\"Session-Id\"", "name=\"Session-ID\""));
        Object dictionary = assertBuiltInFromXml(classes);
        Method avp = dictionary.getClass().getMethod("avp", String.class);
        Object sessionId = ((Optional<?>) avp.invoke(dictionary, "session-id")).orElseThrow();
        assertEquals("Session-ID(263)", sessionId.toString(), "the edited XML is what builtIn() holds");
    }

    @Test
    void builtInUsesTheCompiledFormInAFreshClassLoader(@TempDir Path dir) throws Exception {
        Path classes = copyClasses(dir);
        try (URLClassLoader loader = new ChildFirstLoader(classes)) {
            Class<?> dictionary = loader.loadClass(Dictionary.class.getName());
            Object builtIn = dictionary.getMethod("builtIn").invoke(null);
            assertTrue(compiledFlag(dictionary), "a copy of the classes with builtin.dict reads it");
            assertEquals(fromXml.avps().size(), ((Collection<?>) dictionary.getMethod("avps").invoke(builtIn)).size());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String resolution(Abnf abnf) {
        StringBuilder sb = new StringBuilder();
        for (AvpRule r : abnf.rules()) {
            sb.append(r.avpName()).append('=').append(r.isResolved()).append(':').append(r.code()).append(':')
                    .append(r.vendorId()).append(';');
        }
        return sb.toString();
    }

    private static DiameterMessage.Builder copyHeader(DiameterMessage m) {
        DiameterMessage.Builder b = DiameterMessage.builder().commandCode(m.commandCode())
                .applicationId(Integer.toUnsignedLong(m.applicationId())).hopByHopId(m.hopByHopId()).endToEndId(m.endToEndId());
        if (m.isRequest()) {
            b.request();
        }
        if (m.isProxiable()) {
            b.proxiable();
        }
        return b;
    }

    private static void assertIgnored(byte[] bytes, URL main, String what) {
        Optional<Dictionary> read = assertDoesNotThrow(
                () -> CompiledDictionary.read(bytes, main).map(Dictionary::fromCompiled), what);
        assertFalse(read.isPresent(), what + ": the compiled form must be ignored");
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] b = bytes.clone();
        b[at] ^= 0x5A;
        return b;
    }

    /** Where the payload starts: after magic, version, inputs CRC, the file names and the length. */
    private static int payloadStart(byte[] b) {
        ByteBuffer buffer = ByteBuffer.wrap(b);
        int at = 12;
        int files = Short.toUnsignedInt(buffer.getShort(at));
        at += 2;
        for (int i = 0; i < files; i++) {
            at += 2 + Short.toUnsignedInt(buffer.getShort(at));
        }
        return at + 4;
    }

    private static List<String> xmlFileNames() throws IOException {
        try (Stream<Path> files = Files.list(dictionaryDir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList();
        }
    }

    private static long totalXmlBytes() throws IOException {
        long total = 0;
        for (String f : xmlFileNames()) {
            total += Files.size(dictionaryDir.resolve(f));
        }
        return total;
    }

    /** The XML files and builtin.dict in {@code dir}; the URL of the copied dictionary.xml. */
    private static URL copyDictionary(Path dir) throws IOException {
        for (String f : xmlFileNames()) {
            Files.copy(dictionaryDir.resolve(f), dir.resolve(f));
        }
        Files.write(dir.resolve(CompiledDictionary.RESOURCE), shipped);
        return dir.resolve("dictionary.xml").toUri().toURL();
    }

    /** A copy of the harness classes directory (classes, XML and builtin.dict). */
    private static Path copyClasses(Path dir) throws IOException {
        Path root = dictionaryDir.getParent().getParent().getParent();
        Path target = dir.resolve("classes");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(root.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }

    /** Loads Dictionary from {@code classes} in a class loader of its own and checks builtIn() read the XML. */
    private static Object assertBuiltInFromXml(Path classes) throws Exception {
        try (URLClassLoader loader = new ChildFirstLoader(classes)) {
            Class<?> dictionary = loader.loadClass(Dictionary.class.getName());
            Object builtIn = assertDoesNotThrow(() -> dictionary.getMethod("builtIn").invoke(null));
            assertFalse(compiledFlag(dictionary), "builtIn() must have loaded the XML");
            assertEquals(fromXml.avps().size(), ((Collection<?>) dictionary.getMethod("avps").invoke(builtIn)).size());
            return builtIn;
        }
    }

    private static boolean compiledFlag(Class<?> dictionary) throws ReflectiveOperationException {
        Method m = dictionary.getDeclaredMethod("builtInIsCompiled");
        m.setAccessible(true);
        return (Boolean) m.invoke(null);
    }

    /** Our classes and resources from one directory, everything else (JDK, Netty) from the test's loader. */
    private static final class ChildFirstLoader extends URLClassLoader {
        ChildFirstLoader(Path classes) throws IOException {
            super(new URL[] {classes.toUri().toURL()}, CompiledDictionaryTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.diameterharness.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            URL url = getResource(name);
            try {
                return url == null ? null : url.openStream();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
