package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.AvpType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's own Diameter dictionary, as Debian's wireshark-common installs it, loaded by our
 * loader (with all its entity includes), and held against our built-in definitions. Skipped with
 * a reason when the files are missing, unless {@code -Ddiameter.require.tshark=true} (CI installs
 * tshark, which brings them).
 */
class WiresharkDictionaryTest {
    /** Where Debian's wireshark-common puts the dictionary; override with -Ddiameter.wireshark.dictionary. */
    static final Path WIRESHARK = Path.of(System.getProperty("diameter.wireshark.dictionary",
            "/usr/share/wireshark/diameter/dictionary.xml"));
    private static final String DIFFERENCES = "wireshark-differences.txt";

    private static Dictionary wireshark;

    @BeforeAll
    static void loadWiresharksDictionary() {
        if (!Files.isRegularFile(WIRESHARK)) {
            String reason = WIRESHARK + " is missing (Debian: apt-get install tshark, which brings wireshark-common;"
                    + " .ci/run does it)";
            if (Boolean.getBoolean("diameter.require.tshark")) {
                throw new AssertionError(reason + ", and -Ddiameter.require.tshark=true requires it");
            }
            Assumptions.abort(reason + "; skipping (set -Ddiameter.require.tshark=true to make this a failure)");
        }
        wireshark = Dictionary.builder().load(WIRESHARK).lenientReferences().build();
    }

    @Test
    void loadsWiresharksDictionaryWithAllItsIncludes() {
        // counts as of Debian's wireshark-common 4.x: thousands of AVPs over dozens of vendors
        assertTrue(wireshark.avps().size() > 2500, () -> "AVPs: " + wireshark.avps().size());
        assertTrue(wireshark.vendors().size() > 30, () -> "vendors: " + wireshark.vendors().size());
        assertTrue(wireshark.applications().size() > 100, () -> "applications: " + wireshark.applications().size());
        assertTrue(wireshark.commands().size() > 90, () -> "commands: " + wireshark.commands().size());

        AvpDefinition type = wireshark.avp(416, 0).orElseThrow();
        assertEquals("CC-Request-Type", type.name());
        assertEquals(AvpType.ENUMERATED, type.type());
        assertEquals("EVENT_REQUEST", type.enumLabel(4).orElseThrow());

        AvpDefinition sub = wireshark.avp("Subscription-Id").orElseThrow();
        assertTrue(sub.isGrouped());
        AvpRule data = sub.groupedContent().orElseThrow().rule(444, 0);
        assertEquals("Subscription-Id-Data", data.avpName(), "gavp names resolve to their AVPs");

        AvpDefinition sms = wireshark.avp(2000, 10415).orElseThrow();
        assertEquals("SMS-Information", sms.name());
        assertEquals("3GPP", wireshark.vendor(10415).orElseThrow().name());
        assertEquals(AvpType.ADDRESS, wireshark.avp("Host-IP-Address").orElseThrow().type());
        assertEquals("Credit-Control", wireshark.command(272, 4).orElseThrow().name());
        assertEquals("Diameter Credit Control Application", wireshark.application(4).orElseThrow().name());
        assertTrue(wireshark.application(16777238).isPresent(), "Gx from an included file");
    }

    @Test
    void validatesAndRendersWithWiresharksDictionary() {
        var ccr = io.diameterharness.demo.ExampleMessages.creditControlRequest();
        String tree = wireshark.render(ccr);
        assertTrue(tree.contains("SMS-Information (2000) vendor 3GPP(10415) VM-"), tree);
        assertEquals(List.of(), wireshark.validate(ccr), "Wireshark's commands and gavp lists are lenient");
    }

    /**
     * Every AVP that both dictionaries define (by name, or by code and vendor) must have the same
     * code, vendor, type and name, or the difference must be listed, with its reason, in
     * {@value #DIFFERENCES} or in the per-file list of the built-in file that defines the AVP
     * ({@code wireshark-differences/<file>.txt}). The lists must also hold nothing stale.
     */
    @Test
    void agreesWithWiresharkOnEveryAvpBothDefineExceptTheListedDifferences() throws IOException {
        Map<String, List<AvpDefinition>> theirsByName = new HashMap<>();
        for (AvpDefinition d : wireshark.avps()) {
            theirsByName.computeIfAbsent(d.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(d);
        }
        Set<String> actual = new TreeSet<>();
        for (AvpDefinition ours : Dictionary.builtIn().avps()) {
            wireshark.avp(ours.code(), ours.vendorId()).ifPresent(theirs -> {
                if (!theirs.name().equalsIgnoreCase(ours.name())) {
                    actual.add(key(ours) + " name: ours " + ours.name() + ", Wireshark " + theirs.name());
                }
                if (theirs.type() != ours.type()) {
                    actual.add(key(ours) + " type: ours " + ours.type().rfcName() + ", Wireshark "
                            + theirs.type().rfcName());
                }
            });
            List<AvpDefinition> sameName = theirsByName.getOrDefault(ours.name().toLowerCase(Locale.ROOT), List.of());
            boolean sameKey = sameName.stream().anyMatch(t -> t.code() == ours.code() && t.vendorId() == ours.vendorId());
            if (!sameName.isEmpty() && !sameKey) {
                for (AvpDefinition theirs : sameName) {
                    actual.add(key(ours) + " code: Wireshark's " + theirs.name() + " is " + key(theirs));
                }
            }
        }
        Set<String> listed = listedDifferences();
        for (String perFile : WiresharkContentTest.PER_FILE_LISTS) {
            for (String line : WiresharkContentTest.listed(perFile)) {
                if (!WiresharkContentTest.isContentDifference(line)) {
                    listed.add(line);
                }
            }
        }
        String mismatch = WiresharkContentTest.mismatch("definitions of AVPs both define", DIFFERENCES + " or a per-file list",
                actual, listed);
        assertTrue(mismatch.isEmpty(), mismatch);
    }

    private static String key(AvpDefinition d) {
        return Integer.toUnsignedString(d.code()) + ":" + Integer.toUnsignedString(d.vendorId()) + " " + d.name();
    }

    private static Set<String> listedDifferences() throws IOException {
        return WiresharkContentTest.listed(DIFFERENCES);
    }
}
