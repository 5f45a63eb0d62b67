package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.AvpType;
import io.diameterharness.fixtures.realpeers.FreeDiameterDictionary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * freeDiameter's dictionary (Debian's freediameter-extensions: NASREQ, DCCA, RFC 5777 and the 3GPP
 * DCCA AVPs, printed by libfdcore's {@code fd_dict_dump}) as a third reader of the specs, after
 * our XML and Wireshark's: for every AVP both define, the name, the type, the M and V bit rules
 * where one says must and the other must not, the members freeDiameter lists in a Grouped AVP and
 * the values it gives an enumeration. Each difference is fixed in our XML or listed, with the
 * spec's word, in {@code freediameter-differences/<our file>.txt}; stale lines fail too. Needs
 * gcc and libfreediameter-dev (skipped with the reason when missing, unless
 * {@code -Ddiameter.require.realpeers=true}).
 */
@Timeout(120)
class FreeDiameterDictionaryTest {
    private static final Pattern VENDOR = Pattern.compile("\\): VENDOR p:\\S+ data: (\\d+)\\s+\"");
    private static final Pattern AVP = Pattern.compile(
            "\\(@(0x[0-9a-f]+)\\): AVP p:(\\S+) data: v/m:(\\S\\S)/(\\S\\S),\\s+(\\w+), (\\d+)\\s+\"([^\"]*)\"");
    private static final Pattern RULE = Pattern.compile(
            "\\): RULE p:(0x[0-9a-f]+) data: pos:(\\d) ord:\\d+ m/M:\\s*(-?\\d+)/\\s*(-?\\d+) avp:\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\(@(0x[0-9a-f]+)\\): TYPE p:\\S+ data: (\\w+)\\s+\"([^\"]*)\"");
    private static final Pattern ENUMVAL = Pattern.compile(
            "\\): ENUMVAL p:(0x[0-9a-f]+) data: \\(\\s*\\w+\\s*\\) \"(.*)\" -> (-?\\d+)");

    /** One AVP as freeDiameter defines it. */
    record FdAvp(String name, int code, int vendorId, String basicType, String typeName, String value,
                 String mask, List<String> members) {
        FlagRule bit(char flag) {
            if (mask.indexOf(flag) < 0) {
                return FlagRule.MAY;
            }
            return value.indexOf(flag) >= 0 ? FlagRule.MUST : FlagRule.MUST_NOT;
        }
    }

    private static final Map<Long, FdAvp> AVPS = new HashMap<>();
    private static final Map<String, Map<Integer, String>> ENUMS = new HashMap<>();

    @BeforeAll
    static void dumpFreeDiametersDictionary(@TempDir Path work) {
        String dump = FreeDiameterDictionary.dump(work);
        Map<String, FdAvp> byAddress = new HashMap<>();
        Map<String, String> typeNames = new HashMap<>();
        int vendor = 0;
        for (String line : dump.split("\n")) {
            Matcher m;
            if ((m = VENDOR.matcher(line)).find()) {
                vendor = Integer.parseUnsignedInt(m.group(1));
            } else if ((m = AVP.matcher(line)).find()) {
                FdAvp a = new FdAvp(m.group(7), Integer.parseUnsignedInt(m.group(6)), vendor, m.group(5),
                        m.group(2), m.group(3), m.group(4), new ArrayList<>());
                byAddress.put(m.group(1), a);
                AVPS.put(((long) a.vendorId() << 32) | Integer.toUnsignedLong(a.code()), a);
            } else if ((m = RULE.matcher(line)).find()) {
                FdAvp parent = byAddress.get(m.group(1));
                if (parent != null) {
                    parent.members().add(m.group(5));
                }
            } else if ((m = TYPE.matcher(line)).find()) {
                typeNames.put(m.group(1), m.group(3));
            } else if ((m = ENUMVAL.matcher(line)).find()) {
                ENUMS.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(Integer.parseInt(m.group(3)), m.group(2));
            }
        }
        // an AVP's "p:" is its derived type (UTF8String, Address, Enumerated(...)); resolve the names
        for (Map.Entry<Long, FdAvp> e : new ArrayList<>(AVPS.entrySet())) {
            FdAvp a = e.getValue();
            String typeName = typeNames.get(a.typeName());
            Map<Integer, String> values = ENUMS.remove(a.typeName());
            if (values != null) {
                ENUMS.put("avp:" + e.getKey(), values);
            }
            e.setValue(new FdAvp(a.name(), a.code(), a.vendorId(), a.basicType(), typeName, a.value(), a.mask(),
                    a.members()));
        }
    }

    @Test
    void freeDiametersDictionaryHasTheBaseCreditControlAnd3gppAvps() {
        assertTrue(AVPS.size() > 900, () -> "freeDiameter AVPs: " + AVPS.size());
        FdAvp sub = AVPS.get(443L);
        assertEquals("Subscription-Id", sub.name());
        assertEquals(Set.of("Subscription-Id-Type", "Subscription-Id-Data"), Set.copyOf(sub.members()));
        FdAvp sms = AVPS.get((10415L << 32) | 2000);
        assertEquals("SMS-Information", sms.name());
        assertEquals(FlagRule.MUST, sms.bit('V'));
    }

    @Test
    void agreesWithFreeDiameterOnEveryAvpBothDefineExceptTheListedDifferences() throws IOException {
        Dictionary ours = Dictionary.builtIn();
        Map<String, Set<String>> actualByFile = new TreeMap<>();
        for (AvpDefinition o : ours.avps()) {
            long key = ((long) o.vendorId() << 32) | Integer.toUnsignedLong(o.code());
            FdAvp fd = AVPS.get(key);
            if (fd == null) {
                continue;
            }
            Set<String> actual = actualByFile.computeIfAbsent(WiresharkContentTest.fileOf(o), k -> new TreeSet<>());
            String k = WiresharkContentTest.key(o);
            if (!fd.name().equalsIgnoreCase(o.name())) {
                actual.add(k + " name: freeDiameter " + fd.name());
            }
            AvpType theirs = type(fd);
            if (theirs != null && theirs != o.type() && !sameWireForm(theirs, o.type())) {
                actual.add(k + " type: ours " + o.type().rfcName() + ", freeDiameter " + theirs.rfcName());
            }
            if (WiresharkContentTest.hardConflict(o.mandatoryBit(), fd.bit('M'))) {
                actual.add(k + " M bit: ours " + o.mandatoryBit().xmlName() + ", freeDiameter " + fd.bit('M').xmlName());
            }
            if (WiresharkContentTest.hardConflict(o.vendorBit(), fd.bit('V'))) {
                actual.add(k + " V bit: ours " + o.vendorBit().xmlName() + ", freeDiameter " + fd.bit('V').xmlName());
            }
            if (o.isGrouped()) {
                Abnf mine = o.groupedContent().orElseThrow();
                for (String member : fd.members()) {
                    FdAvp m = byName(member);
                    boolean present = m != null ? mine.indexOf(m.code(), m.vendorId()) >= 0 : mine.rule(member) != null;
                    if (!present) {
                        actual.add(k + " lacks member " + member);
                    }
                }
            }
            Map<Integer, String> values = ENUMS.getOrDefault("avp:" + key, Map.of());
            if (o.type() == AvpType.ENUMERATED || !o.enumValues().isEmpty()) {
                values.forEach((value, label) -> {
                    if (!o.enumValues().containsKey(value)) {
                        actual.add(k + " lacks value " + value + " (freeDiameter: " + label + ")");
                    }
                });
            }
        }
        StringBuilder failures = new StringBuilder();
        Set<String> files = new TreeSet<>(actualByFile.keySet());
        for (String list : WiresharkContentTest.PER_FILE_LISTS) {
            files.add(list.substring(list.indexOf('/') + 1).replace(".txt", ".xml"));
        }
        for (String file : files) {
            String list = "freediameter-differences/" + file.replace(".xml", ".txt");
            Set<String> actual = actualByFile.getOrDefault(file, Set.of());
            failures.append(WiresharkContentTest.mismatch(file, list, actual, WiresharkContentTest.listed(list)));
        }
        assertTrue(failures.length() == 0, failures::toString);
    }

    /** A member of a freeDiameter rule, by its name (freeDiameter's names are unique per dictionary). */
    private static FdAvp byName(String name) {
        return AVPS.values().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    private static AvpType type(FdAvp fd) {
        if (fd.typeName() != null) {
            if (fd.typeName().contains("Enumerated(")) {
                return fd.basicType().equals("INTEGER32") ? AvpType.ENUMERATED : null;
            }
            try {
                return AvpType.fromName(fd.typeName());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        switch (fd.basicType()) {
            case "OCTETSTRING": return AvpType.OCTET_STRING;
            case "INTEGER32": return AvpType.INTEGER32;
            case "INTEGER64": return AvpType.INTEGER64;
            case "UNSIGNED32": return AvpType.UNSIGNED32;
            case "UNSIGNED64": return AvpType.UNSIGNED64;
            case "FLOAT32": return AvpType.FLOAT32;
            case "FLOAT64": return AvpType.FLOAT64;
            case "GROUPED": return AvpType.GROUPED;
            default: return null;
        }
    }

    /** freeDiameter gives an enumeration's labels to some Unsigned32 AVPs; that is no type difference. */
    private static boolean sameWireForm(AvpType theirs, AvpType ours) {
        return theirs == AvpType.UNSIGNED32 && ours == AvpType.UNSIGNED32;
    }
}
