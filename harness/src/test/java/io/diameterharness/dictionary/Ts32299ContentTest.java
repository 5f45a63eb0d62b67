package io.diameterharness.dictionary;

import static io.diameterharness.codec.ResultCode.DIAMETER_AVP_NOT_ALLOWED;
import static io.diameterharness.codec.ResultCode.DIAMETER_AVP_OCCURS_TOO_MANY_TIMES;
import static io.diameterharness.codec.ResultCode.DIAMETER_INVALID_AVP_BITS;
import static io.diameterharness.codec.ResultCode.DIAMETER_INVALID_AVP_VALUE;
import static io.diameterharness.codec.ResultCode.DIAMETER_MISSING_AVP;
import static io.diameterharness.dictionary.Ts32299Messages.avp;
import static io.diameterharness.dictionary.Ts32299Messages.ccr;
import static io.diameterharness.dictionary.Ts32299Messages.group;
import static io.diameterharness.dictionary.Ts32299Messages.ip;
import static io.diameterharness.dictionary.Ts32299Messages.serviceInformation;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.AvpType;
import io.diameterharness.codec.DiameterMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TS 32.299 content of the built-in dictionary at work: Ro requests carrying the
 * Service-Information subtrees validate as the spec's ABNF says, a missing required member deep
 * inside one is answered 5005 with its path, an unknown enumerated value 5004, a Rel-11+ AVP with
 * its M bit set 3009.
 */
class Ts32299ContentTest {
    private final Dictionary dict = Dictionary.builtIn();

    private static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
        return violations.get(0);
    }

    /** The chain of AVP codes from {@code top} down through the first child at each level. */
    private static List<Integer> codesDown(Avp top) {
        List<Integer> codes = new java.util.ArrayList<>();
        Avp a = top;
        while (true) {
            codes.add(a.code());
            if (a.valueLength() == 0 || !Dictionary.builtIn().avp(a.code(), a.vendorId()).orElseThrow().isGrouped()) {
                return codes;
            }
            List<Avp> children = a.asGrouped();
            assertEquals(1, children.size(), () -> "Failed-AVP keeps only the offending branch under " + top.code());
            a = children.get(0);
        }
    }

    @Test
    void acceptsARoCcrCarryingImsPsLcsAndMmtelInformation() {
        DiameterMessage m = ccr(serviceInformation()).build();
        assertEquals(List.of(), dict.validate(m));
    }

    @Test
    void acceptsEveryOtherServiceInformationSubtreeWithItsMembers() {
        Avp si = serviceInformation(
                group("PoC-Information", avp("PoC-Server-Role", 1), avp("PoC-Session-Type", 2),
                        group("PoC-User-Role", avp("PoC-User-Role-IDs", "dispatcher-1"), avp("PoC-User-Role-info-Units", 2)),
                        group("Participant-Group", avp("Called-Party-Address", "sip:bob@example"),
                                avp("Participant-Access-Priority", 3), avp("User-Participating-Type", 0)),
                        group("Talk-Burst-Exchange", avp("PoC-Change-Time", Ts32299Messages.CHARGING_TIME),
                                avp("Number-Of-Talk-Bursts", 4L), avp("PoC-Change-Condition", 2)),
                        avp("PoC-Session-Id", "poc-1")),
                group("MBMS-Information", avp("TMGI", new byte[] {1, 2, 3, 4, 5, 6}), avp("MBMS-Service-Type", 1),
                        avp("MBMS-User-Service-Type", 2), avp("MBMS-2G-3G-Indicator", 2),
                        avp("MBMS-GW-Address", ip("192.0.2.30")), avp("MBMS-Charged-Party", 0)),
                group("VCS-Information", avp("Bearer-Capability", new byte[] {(byte) 0x80, (byte) 0x90}),
                        avp("MSC-Address", new byte[] {0x14, (byte) 0x87}),
                        group("Basic-Service-Code", avp("Teleservice", new byte[] {0x11})),
                        avp("Forwarding-Pending", 1),
                        group("ISUP-Cause", avp("ISUP-Cause-Value", 16L), avp("ISUP-Cause-Location", new byte[] {0})),
                        avp("Start-of-Charging", Ts32299Messages.CHARGING_TIME)),
                group("ProSe-Information", avp("Role-Of-ProSe-Function", 0), avp("ProSe-App-Id", "app.example"),
                        avp("ProSe-Event-Type", 2), avp("ProSe-Direct-Discovery-Model", 1),
                        avp("ProSe-Function-IP-Address", ip("2001:db8::1")), avp("Proximity-Alert-Indication", 0)),
                group("Service-Generic-Information", avp("Application-Server-ID", "as-1"),
                        avp("Application-Service-Type", "100"), avp("Delivery-Status", "delivered")),
                group("IM-Information", avp("Total-Number-Of-Messages-Sent", 5L),
                        avp("Number-Of-Messages-Successfully-Sent", 4L)),
                group("DCD-Information", avp("Content-ID", "c-1"), avp("Content-provider-ID", "cp-1")),
                group("AoC-Information",
                        group("AoC-Subscription-Information",
                                group("AoC-Service", avp("AoC-Service-Obligatory-Type", 1), avp("AoC-Service-Type", 2)),
                                avp("AoC-Format", 0))));
        assertEquals(List.of(), dict.validate(ccr(si).build()));
    }

    /** TS 29.343's MAC-Address (3806), which shares its name with RFC 5777's (524). */
    private static Avp tgppMacAddress(String mac) {
        return Avp.builder(3806).vendor(10415).mandatory().utf8String(mac).build();
    }

    private static Avp proseWithMembersOfOtherSpecs(Avp... extra) {
        List<Avp> members = new java.util.ArrayList<>(List.of(
                group("Supported-Features", avp("Vendor-Id", 10415L), avp("Feature-List-ID", 1L), avp("Feature-List", 1L)),
                avp("Role-Of-ProSe-Function", 0), avp("ProSe-App-Id", "app.example"),
                avp("ProSe-Event-Type", 2), avp("ProSe-Function-ID", "prose-fn.epc.example"),
                avp("ProSe-Validity-Timer", 600L), avp("Origin-App-Layer-User-Id", "alice@app.example"),
                group("WLAN-Link-Layer-Id", tgppMacAddress("00-10-A4-23-19-C0")),
                avp("Requesting-EPUID", "epuid-1"), avp("Target-App-Layer-User-Id", "bob@app.example"),
                avp("Time-Window", 120L)));
        members.addAll(List.of(extra));
        return group("ProSe-Information", members.toArray(new Avp[0]));
    }

    @Test
    void acceptsAProSeInformationWithTheMembersTheProSeInterfaceSpecsDefine() {
        Avp prose = proseWithMembersOfOtherSpecs();
        assertEquals(List.of(), dict.validate(ccr(serviceInformation(prose)).build()));
        Abnf content = dict.avp("ProSe-Information").orElseThrow().groupedContent().orElseThrow();
        for (int code : new int[] {628, 3600, 3601, 3602, 3811, 3815, 3816, 3818, 3821}) {
            assertTrue(content.indexOf(code, 10415) >= 0, code + " is a listed member, not an *[ AVP ] extra");
        }
        assertEquals(AvpType.UTF8_STRING, dict.avp("Origin-App-Layer-User-Id").orElseThrow().type());
        assertEquals(AvpType.UNSIGNED32, dict.avp("Time-Window").orElseThrow().type());
        assertEquals(AvpType.OCTET_STRING, dict.avp("ProSe-Function-ID").orElseThrow().type());
    }

    @Test
    void resolvesMacAddressInsideWlanLinkLayerIdToTs29343sAndTheBareNameToRfc5777s() {
        Abnf wlan = dict.avp("WLAN-Link-Layer-Id").orElseThrow().groupedContent().orElseThrow();
        assertTrue(wlan.indexOf(3806, 10415) >= 0, wlan.toString());
        assertTrue(wlan.indexOf(524, 0) < 0, wlan.toString());
        assertEquals(524, dict.avp("MAC-Address").orElseThrow().code());
        Abnf fromSpec = dict.avp("From-Spec").orElseThrow().groupedContent().orElseThrow();
        assertTrue(fromSpec.indexOf(524, 0) >= 0 && fromSpec.indexOf(3806, 10415) < 0,
                "RFC 5777's groups keep RFC 5777's MAC-Address: " + fromSpec);
        Violation v = only(dict.validate(ccr(serviceInformation(group("ProSe-Information",
                group("WLAN-Link-Layer-Id", tgppMacAddress("00-10-A4-23-19-C0"), tgppMacAddress("00-10-A4-23-19-C1"))))).build()));
        assertEquals(DIAMETER_AVP_OCCURS_TOO_MANY_TIMES, v.resultCode(), "one [ MAC-Address ], even with *[ AVP ]: " + v);
        assertEquals("CCR/Service-Information/ProSe-Information/WLAN-Link-Layer-Id/MAC-Address", v.path());
    }

    @Test
    void answersASecondTimeWindowInsideProSeInformationWith5009() {
        Avp second = avp("Time-Window", 60L);
        Violation v = only(dict.validate(ccr(serviceInformation(proseWithMembersOfOtherSpecs(second))).build()));
        assertEquals(DIAMETER_AVP_OCCURS_TOO_MANY_TIMES, v.resultCode());
        assertEquals("CCR/Service-Information/ProSe-Information/Time-Window", v.path());
        assertEquals(List.of(873, 3447, 3818), codesDown(v.failedAvp()));
    }

    @Test
    void answersAProSeValidityTimerWithoutItsMBitWith3009BecauseTs29343SaysMust() {
        Avp clear = Avp.builder(3815).vendor(10415).unsigned32(600L).build();
        Violation v = only(dict.validate(ccr(serviceInformation(group("ProSe-Information", clear))).build()));
        assertEquals(DIAMETER_INVALID_AVP_BITS, v.resultCode());
        assertEquals("CCR/Service-Information/ProSe-Information/ProSe-Validity-Timer", v.path());
    }

    @Test
    void acceptsCpdtInformationForANiddSubmission() {
        Avp cpdt = group("CPDT-Information", avp("External-Identifier", "device-7@iot.example"),
                avp("SCEF-ID", "scef.epc.example"), avp("Serving-Node-Identity", "mme1.epc.example"),
                avp("SGW-Change", 1),
                group("NIDD-Submission", avp("Submission-Time", Ts32299Messages.CHARGING_TIME),
                        avp("Event-Timestamp", Ts32299Messages.CHARGING_TIME),
                        avp("Accounting-Input-Octets", 120L), avp("Accounting-Output-Octets", 0L),
                        avp("Change-Condition", 0)));
        DiameterMessage m = ccr(group("Service-Information", cpdt)).build();
        assertEquals(List.of(), dict.validate(m));
        assertTrue(dict.render(m).contains("NIDD-Submission (3928)"), dict.render(m));
    }

    @Test
    void answersAnAvpThatNiddSubmissionDoesNotListWith5008() {
        Avp nidd = group("NIDD-Submission", avp("Accounting-Input-Octets", 120L), avp("Rating-Group", 7L));
        Violation v = only(dict.validate(ccr(group("Service-Information", group("CPDT-Information", nidd))).build()));
        assertEquals(DIAMETER_AVP_NOT_ALLOWED, v.resultCode());
        assertEquals("CCR/Service-Information/CPDT-Information/NIDD-Submission/Rating-Group", v.path());
        assertEquals(List.of(873, 3927, 3928, 432), codesDown(v.failedAvp()));
    }

    @Test
    void answersAMissingTmgiInsideMbmsInformationWith5005AndItsPath() {
        Avp mbms = group("MBMS-Information", avp("MBMS-Service-Type", 0), avp("MBMS-User-Service-Type", 1));
        Violation v = only(dict.validate(ccr(serviceInformation(mbms)).build()));
        assertEquals(DIAMETER_MISSING_AVP, v.resultCode());
        assertEquals("CCR/Service-Information/MBMS-Information/TMGI", v.path());
        assertEquals(900, v.offendingAvp().code());
        assertEquals(10415, v.offendingAvp().vendorId());
        assertEquals(List.of(873, 880, 900), codesDown(v.failedAvp()),
                "Failed-AVP: Service-Information holding MBMS-Information holding the missing TMGI");
    }

    @Test
    void answersATalkBurstExchangeWithoutItsChangeTimeWith5005ThreeGroupsDeep() {
        Avp poc = group("PoC-Information",
                group("Talk-Burst-Exchange", avp("Number-Of-Talk-Bursts", 1L), avp("Talk-Burst-Volume", 200L)));
        Violation v = only(dict.validate(ccr(serviceInformation(poc)).build()));
        assertEquals(DIAMETER_MISSING_AVP, v.resultCode());
        assertEquals("CCR/Service-Information/PoC-Information/Talk-Burst-Exchange/PoC-Change-Time", v.path());
        assertEquals(List.of(873, 879, 1255, 1262), codesDown(v.failedAvp()));
        Avp standIn = v.offendingAvp();
        assertEquals(AvpType.TIME, dict.avp(standIn.code(), standIn.vendorId()).orElseThrow().type());
        assertArrayEquals(new byte[4], standIn.value(), "a Time stand-in of 4 zero bytes (RFC 6733 section 7.5)");
    }

    @Test
    void answersATariffWithoutItsCurrentTariffInsideMmtelWith5005() {
        Avp mmtel = group("MMTel-Information", group("Supplementary-Service",
                group("AoC-Information", group("Tariff-Information", avp("Tariff-Time-Change", Ts32299Messages.CHARGING_TIME)))));
        Violation v = only(dict.validate(ccr(group("Service-Information", mmtel)).build()));
        assertEquals(DIAMETER_MISSING_AVP, v.resultCode());
        assertEquals("CCR/Service-Information/MMTel-Information/Supplementary-Service/AoC-Information"
                + "/Tariff-Information/Current-Tariff", v.path());
        assertEquals(List.of(873, 2030, 2048, 2054, 2060, 2056), codesDown(v.failedAvp()));
    }

    @Test
    void answersAnUnknownLcsClientTypeWith5004() {
        Avp bad = avp("LCS-Client-Type", 9);
        Avp lcs = group("LCS-Information", group("LCS-Client-ID", bad));
        Violation v = only(dict.validate(ccr(group("Service-Information", lcs)).build()));
        assertEquals(DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertEquals("CCR/Service-Information/LCS-Information/LCS-Client-ID/LCS-Client-Type", v.path());
        assertEquals(bad, v.offendingAvp(), "the offending AVP as received");
        assertTrue(v.description().contains("9"), v.description());
    }

    @Test
    void answersAnUnknownPocServerRoleWith5004() {
        Avp poc = group("PoC-Information", avp("PoC-Server-Role", 2));
        Violation v = only(dict.validate(ccr(group("Service-Information", poc)).build()));
        assertEquals(DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertEquals("CCR/Service-Information/PoC-Information/PoC-Server-Role", v.path());
    }

    @Test
    void acceptsAChangeConditionOutsideItsLabelsBecauseTheSpecTypesItInteger32() {
        Avp tdv = group("Traffic-Data-Volumes", avp("Change-Condition", 4711));
        Avp ps = group("PS-Information", tdv);
        assertEquals(List.of(), dict.validate(ccr(group("Service-Information", ps)).build()));
        assertEquals("Service Data Volume Limit", dict.enumLabel(avp("Change-Condition", 18)).orElseThrow());
        assertTrue(dict.enumLabel(avp("Change-Condition", 4711)).isEmpty());
    }

    @Test
    void answersARel11VcsInformationSentWithItsMBitWith3009() {
        Avp vcsWithM = Avp.builder(3410).vendor(10415).mandatory().grouped(List.of(avp("VLR-Number", new byte[] {0x14}))).build();
        Violation v = only(dict.validate(ccr(group("Service-Information", vcsWithM)).build()));
        assertEquals(DIAMETER_INVALID_AVP_BITS, v.resultCode());
        assertEquals("CCR/Service-Information/VCS-Information", v.path());
    }

    @Test
    void carriesThe3gpp2BsidOfVendor5535InsidePsInformation() {
        Avp bsid = avp("3GPP2-BSID", "0x1234:0x56:0x789");
        assertEquals(5535, bsid.vendorId());
        assertEquals("3GPP2", dict.vendor(5535).orElseThrow().name());
        Avp ps = group("PS-Information", bsid, group("Fixed-User-Location-Info", avp("SSID", "cafe-wifi"),
                avp("Logical-Access-ID", new byte[] {1, 2}), avp("Physical-Access-ID", "port-7")));
        DiameterMessage m = ccr(group("Service-Information", ps)).build();
        assertEquals(List.of(), dict.validate(m));
        String tree = dict.render(m);
        assertTrue(tree.contains("3GPP2-BSID (9010) vendor 3GPP2(5535)"), tree);
        assertTrue(tree.contains("Logical-Access-ID (302) vendor ETSI(13019)"), tree);
    }

    @Test
    void everyServiceInformationSubtreeListsItsMembers() {
        AvpDefinition si = dict.avp("Service-Information").orElseThrow();
        List<String> subtrees = List.of("AoC-Information", "PS-Information", "IMS-Information", "MMS-Information",
                "LCS-Information", "PoC-Information", "MBMS-Information", "SMS-Information", "VCS-Information",
                "MMTel-Information", "ProSe-Information", "Service-Generic-Information", "IM-Information",
                "DCD-Information", "CPDT-Information");
        for (String name : subtrees) {
            AvpDefinition d = dict.avp(name).orElseThrow();
            assertTrue(si.groupedContent().orElseThrow().indexOf(d.code(), d.vendorId()) >= 0, name + " in Service-Information");
            Abnf content = d.groupedContent().orElseThrow();
            assertFalse(content.rules().isEmpty(), name + " lists its members");
            for (AvpRule r : content.rules()) {
                assertTrue(r.isResolved(), name + ": member " + r.avpName() + " is defined");
            }
        }
    }
}
