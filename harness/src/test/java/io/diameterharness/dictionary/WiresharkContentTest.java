package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The content of our built-in dictionary held against Wireshark's, as a second reader of the
 * specs: every member Wireshark lists in a Grouped AVP we also define, every value it gives an
 * Enumerated AVP, and every M-bit rule where one says MUST and the other MUST NOT. Each
 * difference is either fixed in our XML or listed, with the spec's word for it, in the file
 * {@code wireshark-differences/<our file>.txt} of the built-in file that defines the AVP; a
 * listed difference that no longer exists fails too. Groups that accept any AVP and list no
 * member at all are allowed only where the spec says so.
 */
class WiresharkContentTest {
    /** Grouped AVPs whose ABNF is "any AVP" by their spec, not by our omission. */
    private static final Set<String> ANY_CONTENT_BY_SPEC = Set.of(
            "Failed-AVP",     // RFC 6733 section 7.5: 1* {AVP}
            "E2E-Sequence",   // RFC 6733 section 6.15: 2* [ AVP ]
            "QoS-Parameters"); // RFC 5777 section 5.5: *[ AVP ], its members depend on the QoS profile

    /** The per-file lists, one for each built-in file; they may also hold definition differences (name, type, code). */
    static final List<String> PER_FILE_LISTS = List.of("common-extensions", "rfc4006-credit-control",
            "rfc5777-classifiers", "rfc6733-base", "ts29212-gx", "ts29214-rx", "ts29272-s6a", "ts32299-ro").stream()
            .map(f -> "wireshark-differences/" + f + ".txt").toList();

    private static Dictionary wireshark;

    @BeforeAll
    static void loadWiresharksDictionary() {
        WiresharkDictionaryTest.loadWiresharksDictionary();
        wireshark = Dictionary.builder().load(WiresharkDictionaryTest.WIRESHARK).lenientReferences().build();
    }

    @Test
    void everyGroupedAvpListsItsMembersUnlessItsSpecSaysAnyAvp() {
        List<String> open = new ArrayList<>();
        for (AvpDefinition d : Dictionary.builtIn().avps()) {
            Abnf content = d.groupedContent().orElse(null);
            if (content != null && content.rules().isEmpty() && !ANY_CONTENT_BY_SPEC.contains(d.name())) {
                open.add(d.name() + " (" + d.source() + ")");
            }
        }
        assertTrue(open.isEmpty(), () -> "Grouped AVPs that accept any AVP and list none of their members:\n  "
                + String.join("\n  ", open));
    }

    @Test
    void agreesWithWiresharkOnGroupMembersEnumValuesAndMandatoryBitsExceptTheListedDifferences() throws IOException {
        Dictionary ours = Dictionary.builtIn();
        Map<String, Set<String>> actualByFile = new TreeMap<>();
        for (AvpDefinition o : ours.avps()) {
            AvpDefinition w = wireshark.avp(o.code(), o.vendorId()).orElse(null);
            if (w == null) {
                continue;
            }
            Set<String> actual = actualByFile.computeIfAbsent(fileOf(o), k -> new TreeSet<>());
            if (o.isGrouped() && w.isGrouped()) {
                Abnf mine = o.groupedContent().orElseThrow();
                for (AvpRule r : w.groupedContent().orElseThrow().rules()) {
                    if (r.isResolved() && mine.indexOf(r.code(), r.vendorId()) < 0) {
                        actual.add(key(o) + " lacks member " + r.avpName() + " ("
                                + Integer.toUnsignedString(r.code()) + ":" + Integer.toUnsignedString(r.vendorId()) + ")");
                    }
                }
            }
            if (o.type() == w.type() || !o.enumValues().isEmpty()) {
                w.enumValues().forEach((value, label) -> {
                    if (!o.enumValues().containsKey(value)) {
                        actual.add(key(o) + " lacks value " + value + " (Wireshark: " + label + ")");
                    }
                });
            }
            if (hardConflict(o.mandatoryBit(), w.mandatoryBit())) {
                actual.add(key(o) + " M bit: ours " + o.mandatoryBit().xmlName() + ", Wireshark "
                        + w.mandatoryBit().xmlName());
            }
        }
        StringBuilder failures = new StringBuilder();
        Set<String> files = ourFiles(ours);
        assertTrue(PER_FILE_LISTS.stream().allMatch(l -> files.contains(l.substring(l.indexOf('/') + 1).replace(".txt", ".xml"))),
                () -> "PER_FILE_LISTS names a file that is not built in: " + files);
        for (String file : files) {
            Set<String> actual = actualByFile.getOrDefault(file, Set.of());
            String list = "wireshark-differences/" + file.replace(".xml", ".txt");
            Set<String> listed = new TreeSet<>(listed(list));
            listed.removeIf(l -> !isContentDifference(l));
            failures.append(mismatch(file, list, actual, listed));
        }
        assertTrue(failures.length() == 0, failures::toString);
    }

    /** Whether a listed line is one of this test's kinds (a member, a value, an M bit), not a definition difference. */
    static boolean isContentDifference(String line) {
        return line.contains(" lacks member ") || line.contains(" lacks value ") || line.contains(" M bit: ");
    }

    /**
     * What {@code actual} has that {@code listed} lacks, and what {@code listed} holds that is no
     * longer {@code actual}, as a failure paragraph about {@code what}; empty when they agree.
     */
    static String mismatch(String what, String list, Set<String> actual, Set<String> listed) {
        List<String> unexplained = new ArrayList<>(actual);
        unexplained.removeAll(listed);
        List<String> stale = new ArrayList<>(listed);
        stale.removeAll(actual);
        if (unexplained.isEmpty() && stale.isEmpty()) {
            return "";
        }
        return "\n" + what + ": not listed in " + list + ":\n  " + String.join("\n  ", unexplained)
                + "\nlisted but gone:\n  " + String.join("\n  ", stale);
    }

    /** Whether one rule says MUST where the other says MUST NOT (MAY and SHOULD NOT conflict with neither). */
    static boolean hardConflict(FlagRule a, FlagRule b) {
        return (a == FlagRule.MUST && b == FlagRule.MUST_NOT) || (a == FlagRule.MUST_NOT && b == FlagRule.MUST);
    }

    private static Set<String> ourFiles(Dictionary ours) {
        Set<String> files = new TreeSet<>();
        ours.avps().forEach(d -> files.add(fileOf(d)));
        return files;
    }

    /** The built-in file that defines an AVP: its source without the folder and line. */
    static String fileOf(AvpDefinition d) {
        String s = d.source() == null ? "unknown" : d.source();
        int colon = s.lastIndexOf(':');
        if (colon > 0 && s.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            s = s.substring(0, colon);
        }
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('!')) + 1);
    }

    static String key(AvpDefinition d) {
        return Integer.toUnsignedString(d.code()) + ":" + Integer.toUnsignedString(d.vendorId()) + " " + d.name();
    }

    /** Lines of a differences file without their "  -- reason" part; # starts a comment. */
    static Set<String> listed(String resource) throws IOException {
        Set<String> out = new TreeSet<>();
        try (InputStream in = WiresharkContentTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int reason = l.indexOf("  -- ");
                if (reason < 0 || l.substring(reason + 5).isBlank()) {
                    throw new AssertionError(resource + ": every difference needs '  -- reason': " + l);
                }
                out.add(l.substring(0, reason).strip());
            }
        }
        return out;
    }
}
