package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.AvpType;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.fixtures.Pdml;
import io.diameterharness.fixtures.Pdml.Field;
import io.diameterharness.fixtures.Tshark;
import io.diameterharness.journal.pcap.CapturedPacket;
import io.diameterharness.journal.pcap.PcapWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec-conformant Gx, Rx and S6a messages that use the groups modelled from TS 29.212, 29.214 and
 * 29.272 (Rel-15/16), built by AVP name from the built-in dictionary: each validates with no
 * violation, each broken copy gets the Result-Code and Failed-AVP the specs ask for, and Wireshark
 * decodes all four without a malformed packet or an expert item.
 */
@Timeout(120)
class ThreeGppCompleteMessagesTest {
    private static final Dictionary DICT = Dictionary.builtIn();
    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

    @TempDir
    Path dir;

    /** An AVP of the built-in dictionary by name, flags from its definition; Enumerated values by label. */
    private static Avp avp(String name, Object value) {
        AvpDefinition d = DICT.avp(name).orElseThrow(() -> new IllegalArgumentException("no AVP " + name));
        Avp.Builder b = Avp.builder(d.code());
        if (d.vendorId() != 0) {
            b.vendor(d.vendorId());
        }
        if (d.sendsMandatory()) {
            b.mandatory();
        }
        AvpType type = d.type();
        switch (type) {
            case OCTET_STRING -> b.octetString(value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) value);
            case UTF8_STRING -> b.utf8String((String) value);
            case DIAMETER_IDENTITY -> b.diameterIdentity((String) value);
            case IP_FILTER_RULE -> b.ipFilterRule((String) value);
            case UNSIGNED32 -> b.unsigned32(((Number) value).longValue());
            case UNSIGNED64 -> b.unsigned64(((Number) value).longValue());
            case INTEGER32 -> b.integer32(((Number) value).intValue());
            case FLOAT32 -> b.float32(((Number) value).floatValue());
            case TIME -> b.time((Instant) value);
            case ADDRESS -> b.address((InetAddress) value);
            case ENUMERATED -> b.enumerated(value instanceof String label
                    ? d.enumValue(label).orElseThrow(() -> new IllegalArgumentException(name + " has no " + label))
                    : ((Number) value).intValue());
            default -> throw new IllegalArgumentException(name + ": type " + type + " not used here");
        }
        return b.build();
    }

    private static Avp group(String name, Avp... members) {
        AvpDefinition d = DICT.avp(name).orElseThrow();
        Avp.Builder b = Avp.builder(d.code()).grouped(members);
        if (d.vendorId() != 0) {
            b.vendor(d.vendorId());
        }
        if (d.sendsMandatory()) {
            b.mandatory();
        }
        return b.build();
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static Avp arp(int level) {
        return group("Allocation-Retention-Priority", avp("Priority-Level", level),
                avp("Pre-emption-Capability", "PRE-EMPTION_CAPABILITY_DISABLED"),
                avp("Pre-emption-Vulnerability", "PRE-EMPTION_VULNERABILITY_ENABLED"));
    }

    /** TS 29.212 section 4.5.1: a PCEF's initial CCR for an EPS default bearer. */
    static DiameterMessage gxInitialRequest() {
        return Commands.GX_CREDIT_CONTROL.request()
                .avp(avp("Session-Id", "pgw.epc.example;1;42"))
                .avp(avp("Auth-Application-Id", Applications.GX))
                .avp(avp("Origin-Host", "pgw.epc.example"))
                .avp(avp("Origin-Realm", "epc.example"))
                .avp(avp("Destination-Realm", "pcrf.example"))
                .avp(avp("CC-Request-Type", "INITIAL_REQUEST"))
                .avp(avp("CC-Request-Number", 0))
                .avp(group("Subscription-Id", avp("Subscription-Id-Type", "END_USER_IMSI"),
                        avp("Subscription-Id-Data", "001010123456789")))
                .avp(group("Supported-Features", avp("Vendor-Id", 10415), avp("Feature-List-ID", 1),
                        avp("Feature-List", 0x3L)))
                .avp(avp("Network-Request-Support", "NETWORK_REQUEST SUPPORTED"))
                .avp(avp("Bearer-Operation", "ESTABLISHMENT"))
                .avp(avp("IP-CAN-Type", "3GPP-EPS"))
                .avp(avp("RAT-Type", "EUTRAN"))
                .avp(group("QoS-Information", avp("QoS-Class-Identifier", "QCI_9"),
                        avp("APN-Aggregate-Max-Bitrate-UL", 50_000_000L),
                        avp("APN-Aggregate-Max-Bitrate-DL", 100_000_000L)))
                .avp(group("Default-EPS-Bearer-QoS", avp("QoS-Class-Identifier", "QCI_9"), arp(9)))
                .avp(avp("AN-GW-Address", ip("192.0.2.7")))
                .avp(avp("3GPP-SGSN-MCC-MNC", "00101"))
                .avp(avp("3GPP-User-Location-Info", new byte[] {(byte) 0x82, 0x00, (byte) 0xf1, 0x10, 0x00, 0x01,
                        0x00, (byte) 0xf1, 0x10, 0x00, 0x00, 0x01, 0x01}))
                .avp(avp("3GPP-MS-TimeZone", new byte[] {0x40, 0x00}))
                .avp(avp("Called-Station-Id", "internet"))
                .avp(avp("Online", "DISABLE_ONLINE"))
                .avp(avp("Offline", "ENABLE_OFFLINE"))
                .avp(avp("Access-Network-Charging-Address", ip("192.0.2.7")))
                .avp(group("Access-Network-Charging-Identifier-Gx",
                        avp("Access-Network-Charging-Identifier-Value", new byte[] {0, 0, 0, 42})))
                .avp(avp("Event-Trigger", "USER_LOCATION_CHANGE"))
                .avp(avp("3GPP-PS-Data-Off-Status-Gx", "INACTIVE"))
                .build();
    }

    /** TS 29.212 section 4.5.2: the PCRF's CCA installs a dynamic PCC rule with its own QoS. */
    static DiameterMessage gxInitialAnswer() {
        Avp definition = group("Charging-Rule-Definition",
                avp("Charging-Rule-Name", "video-uplink"),
                avp("Rating-Group", 200),
                group("Flow-Information",
                        avp("Flow-Description", "permit out 17 from 198.51.100.10 5004 to assigned 5004"),
                        avp("Flow-Direction", "DOWNLINK")),
                group("Flow-Information",
                        avp("Flow-Description", "permit out 17 from assigned 5004 to 198.51.100.10 5004"),
                        avp("Flow-Direction", "UPLINK")),
                avp("Flow-Status", "ENABLED"),
                group("QoS-Information", avp("QoS-Class-Identifier", "QCI_2"),
                        avp("Max-Requested-Bandwidth-UL", 2_000_000L), avp("Max-Requested-Bandwidth-DL", 2_000_000L),
                        avp("Guaranteed-Bitrate-UL", 1_000_000L), avp("Guaranteed-Bitrate-DL", 1_000_000L),
                        arp(5)),
                avp("Reporting-Level", "RATING_GROUP_LEVEL"),
                avp("Online", "DISABLE_ONLINE"),
                avp("Offline", "ENABLE_OFFLINE"),
                avp("Metering-Method", "VOLUME"),
                avp("Precedence", 100),
                avp("Monitoring-Key", "mk-video"),
                avp("Mute-Notification", "MUTE_REQUIRED"),
                avp("Default-Bearer-Indication", "BIND_TO_APPLICABLE_BEARER"));
        return DiameterMessage.answerTo(gxInitialRequest())
                .avp(avp("Session-Id", "pgw.epc.example;1;42"))
                .avp(avp("Auth-Application-Id", Applications.GX))
                .avp(avp("Origin-Host", "pcrf.example"))
                .avp(avp("Origin-Realm", "pcrf.example"))
                .avp(avp("Result-Code", 2001))
                .avp(avp("CC-Request-Type", "INITIAL_REQUEST"))
                .avp(avp("CC-Request-Number", 0))
                .avp(avp("Bearer-Control-Mode", "UE_NW"))
                .avp(avp("Event-Trigger", "RAT_CHANGE"))
                .avp(avp("Event-Trigger", "UE_STATUS_RESUME"))
                .avp(group("Charging-Rule-Install", definition,
                        avp("Rule-Activation-Time", NOW),
                        avp("Resource-Allocation-Notification", "ENABLE_NOTIFICATION")))
                .avp(group("QoS-Information", avp("APN-Aggregate-Max-Bitrate-UL", 50_000_000L),
                        avp("APN-Aggregate-Max-Bitrate-DL", 100_000_000L)))
                .avp(group("Default-EPS-Bearer-QoS", avp("QoS-Class-Identifier", "QCI_9"), arp(9)))
                .avp(group("Usage-Monitoring-Information", avp("Monitoring-Key", "mk-video"),
                        group("Granted-Service-Unit", avp("CC-Total-Octets", 10_000_000L)),
                        avp("Usage-Monitoring-Level", "PCC_RULE_LEVEL")))
                .avp(group("PRA-Install", group("Presence-Reporting-Area-Information",
                        avp("Presence-Reporting-Area-Identifier", new byte[] {0, 0, 1}))))
                .build();
    }

    private static Avp apn(int id, String name, String pdnType, int qci) {
        return group("APN-Configuration",
                avp("Context-Identifier", id),
                avp("PDN-Type", pdnType),
                avp("Service-Selection", name),
                group("EPS-Subscribed-QoS-Profile", avp("QoS-Class-Identifier", "QCI_" + qci), arp(qci == 5 ? 1 : 9)),
                avp("VPLMN-Dynamic-Address-Allowed", "NOTALLOWED"),
                group("MIP6-Agent-Info", group("MIP-Home-Agent-Host", avp("Destination-Realm", "epc.example"),
                        avp("Destination-Host", "pgw.epc.example"))),
                avp("PDN-GW-Allocation-Type", "STATIC"),
                group("AMBR", avp("Max-Requested-Bandwidth-UL", 50_000_000L),
                        avp("Max-Requested-Bandwidth-DL", 100_000_000L)),
                avp("SIPTO-Permission", "SIPTO_above_RAN_NOTALLOWED"),
                avp("LIPA-Permission", "LIPA_PROHIBITED"),
                avp("Restoration-Priority", 8),
                avp("SIPTO-Local-Network-Permission", 1),
                group("WLAN-offloadability", avp("WLAN-offloadability-EUTRAN", 0)),
                avp("Non-IP-PDN-Type-Indicator", "FALSE"),
                avp("PDN-Connection-Continuity", 0),
                avp("RDS-Indicator", "DISABLED"),
                avp("Interworking-5GS-Indicator", "SUBSCRIBED"));
    }

    static DiameterMessage s6aUpdateLocationRequest() {
        return Commands.UPDATE_LOCATION.request()
                .avp(avp("Session-Id", "mme.epc.example;7;1"))
                .avp(group("Vendor-Specific-Application-Id", avp("Vendor-Id", 10415),
                        avp("Auth-Application-Id", Applications.S6A)))
                .avp(avp("Auth-Session-State", "NO_STATE_MAINTAINED"))
                .avp(avp("Origin-Host", "mme.epc.example"))
                .avp(avp("Origin-Realm", "epc.example"))
                .avp(avp("Destination-Realm", "hss.example"))
                .avp(avp("User-Name", "001010123456789"))
                .avp(avp("RAT-Type", "EUTRAN"))
                .avp(avp("ULR-Flags", 0x22L))
                .avp(avp("Visited-PLMN-Id", new byte[] {0x00, (byte) 0xf1, 0x10}))
                .build();
    }

    /** TS 29.272 section 5.2.1.1: the HSS's ULA with the whole EPS subscription. */
    static DiameterMessage s6aUpdateLocationAnswer() {
        Avp subscription = group("Subscription-Data",
                avp("Subscriber-Status", "SERVICE_GRANTED"),
                avp("MSISDN", new byte[] {0x21, 0x43, 0x65, (byte) 0x87, 0x09}),
                avp("Network-Access-Mode", "ONLY_PACKET"),
                avp("Operator-Determined-Barring", 0),
                avp("Access-Restriction-Data", 0x20),
                avp("3GPP-Charging-Characteristics", "0800"),
                group("AMBR", avp("Max-Requested-Bandwidth-UL", 100_000_000L),
                        avp("Max-Requested-Bandwidth-DL", 200_000_000L)),
                group("APN-Configuration-Profile",
                        avp("Context-Identifier", 1),
                        avp("All-APN-Configurations-Included-Indicator", "All_APN_CONFIGURATIONS_INCLUDED"),
                        apn(1, "internet", "IPv4v6", 9),
                        apn(2, "ims", "IPv4v6", 5)),
                avp("RAT-Frequency-Selection-Priority-ID", 3),
                group("Trace-Data",
                        avp("Trace-Reference", new byte[] {0x00, (byte) 0xf1, 0x10, 0x00, 0x00, 0x01}),
                        avp("Trace-Depth", "Medium"),
                        avp("Trace-NE-Type-List", new byte[] {0x01}),
                        avp("Trace-Event-List", new byte[] {0x01}),
                        avp("Trace-Collection-Entity", ip("192.0.2.99")),
                        group("MDT-Configuration", avp("Job-Type", "Immediate-MDT-only"),
                                group("Area-Scope", avp("Tracking-Area-Identity", new byte[] {0x00, (byte) 0xf1, 0x10, 0x00, 0x01})),
                                avp("Report-Interval", "LTE_1024_ms"))),
                group("LCS-Info",
                        avp("GMLC-Number", new byte[] {(byte) 0x91, 0x21, 0x43}),
                        group("LCS-PrivacyException", avp("SS-Code", new byte[] {0x10}),
                                avp("SS-Status", new byte[] {0x05}),
                                avp("Notification-To-UE-User", "NOTIFY_LOCATION_ALLOWED")),
                        group("MO-LR", avp("SS-Code", new byte[] {0x12}), avp("SS-Status", new byte[] {0x05}))),
                avp("Subscribed-Periodic-RAU-TAU-Timer", 3240),
                avp("MDT-User-Consent", "CONSENT_GIVEN"),
                avp("UE-Usage-Type", 0),
                group("eDRX-Cycle-Length", avp("RAT-Type", "EUTRAN"), avp("eDRX-Cycle-Length-Value", new byte[] {0x05})),
                group("Paging-Time-Window", avp("Operation-Mode", 2), avp("Paging-Time-Window-Length", new byte[] {0x03})),
                avp("Core-Network-Restrictions", 0));
        return DiameterMessage.answerTo(s6aUpdateLocationRequest())
                .avp(avp("Session-Id", "mme.epc.example;7;1"))
                .avp(group("Vendor-Specific-Application-Id", avp("Vendor-Id", 10415),
                        avp("Auth-Application-Id", Applications.S6A)))
                .avp(avp("Result-Code", 2001))
                .avp(avp("Auth-Session-State", "NO_STATE_MAINTAINED"))
                .avp(avp("Origin-Host", "hss.example"))
                .avp(avp("Origin-Realm", "hss.example"))
                .avp(avp("ULA-Flags", 1))
                .avp(subscription)
                .build();
    }

    /** TS 29.214 section 4.4.1: a P-CSCF's AAR for an IMS voice call. */
    static DiameterMessage rxAaRequest() {
        Avp media = group("Media-Component-Description",
                avp("Media-Component-Number", 1),
                group("Media-Sub-Component", avp("Flow-Number", 1),
                        avp("Flow-Description", "permit out 17 from 198.51.100.1 50000 to 203.0.113.5 49152"),
                        avp("Flow-Description", "permit in 17 from 203.0.113.5 49152 to 198.51.100.1 50000"),
                        avp("Flow-Usage", "NO_INFORMATION")),
                group("Media-Sub-Component", avp("Flow-Number", 2),
                        avp("Flow-Description", "permit out 17 from 198.51.100.1 50001 to 203.0.113.5 49153"),
                        avp("Flow-Description", "permit in 17 from 203.0.113.5 49153 to 198.51.100.1 50001"),
                        avp("Flow-Usage", "RTCP")),
                avp("Media-Type", "AUDIO"),
                avp("Max-Requested-Bandwidth-UL", 64_000L),
                avp("Max-Requested-Bandwidth-DL", 64_000L),
                avp("Flow-Status", "ENABLED"),
                avp("Reservation-Priority", "PRIORITY-EIGHT"),
                avp("RS-Bandwidth", 800L),
                avp("RR-Bandwidth", 2_400L),
                avp("Codec-Data", "uplink\noffer\nm=audio 49152 RTP/AVP 96\n"),
                avp("Priority-Sharing-Indicator", "PRIORITY_SHARING_DISABLED"));
        return Commands.RX_AA.request()
                .avp(avp("Session-Id", "pcscf.ims.example;3;9"))
                .avp(avp("Auth-Application-Id", Applications.RX))
                .avp(avp("Origin-Host", "pcscf.ims.example"))
                .avp(avp("Origin-Realm", "ims.example"))
                .avp(avp("Destination-Realm", "pcrf.example"))
                .avp(avp("AF-Application-Identifier", "IMS Services"))
                .avp(media)
                .avp(avp("Service-Info-Status", "FINAL_SERVICE_INFORMATION"))
                .avp(avp("AF-Charging-Identifier", "icid-0001"))
                .avp(avp("SIP-Forking-Indication", "SINGLE_DIALOGUE"))
                .avp(avp("Specific-Action", "INDICATION_OF_LOSS_OF_BEARER"))
                .avp(avp("Specific-Action", "INDICATION_OF_RELEASE_OF_BEARER"))
                .avp(group("Subscription-Id", avp("Subscription-Id-Type", "END_USER_SIP_URI"),
                        avp("Subscription-Id-Data", "sip:alice@ims.example")))
                .avp(avp("Framed-IP-Address", new byte[] {(byte) 198, 51, 100, 1}))
                .avp(avp("Rx-Request-Type", "INITIAL_REQUEST"))
                .avp(group("Callee-Information", avp("Called-Party-Address", "tel:+15550100")))
                .avp(avp("IMS-Content-Type", "NO_CONTENT_DETAIL"))
                .build();
    }

    @Test
    void acceptsASpecConformantGxInitialRequestWithQosInformation() {
        assertEquals(List.of(), DICT.validate(gxInitialRequest()));
    }

    @Test
    void acceptsAGxAnswerInstallingAChargingRuleDefinitionWithItsQos() {
        DiameterMessage cca = gxInitialAnswer();
        assertEquals(List.of(), DICT.validate(cca));
        assertEquals(List.of(2), DICT.find(cca, "Charging-Rule-Install/Charging-Rule-Definition/QoS-Information"
                + "/QoS-Class-Identifier").stream().map(DICT::value).toList());
    }

    @Test
    void acceptsAnS6aUpdateLocationAnswerWithAFullSubscription() {
        DiameterMessage ula = s6aUpdateLocationAnswer();
        assertEquals(List.of(), DICT.validate(ula));
        assertEquals(List.of("internet", "ims"), DICT.find(ula,
                "Subscription-Data/APN-Configuration-Profile/APN-Configuration/Service-Selection")
                .stream().map(DICT::value).toList());
        assertTrue(DICT.render(ula).contains("Interworking-5GS-Indicator"), DICT.render(ula));
    }

    @Test
    void acceptsAnRxAaRequestWithAVoiceMediaComponent() {
        assertEquals(List.of(), DICT.validate(rxAaRequest()));
    }

    @Test
    void reportsAMissingRequiredMemberOfANewlyModelledGroupAsMissingAvpInsideItsEnclosingAvp() {
        // LCS-PrivacyException ::= { SS-Code } { SS-Status } ... (TS 29.272 section 7.3.86)
        DiameterMessage ula = s6aUpdateLocationAnswer();
        Avp sub = ula.avps().stream().filter(a -> a.code() == 1400).findFirst().orElseThrow();
        List<Avp> members = new ArrayList<>();
        for (Avp m : sub.asGrouped()) {
            members.add(m.code() != 1473 ? m : group("LCS-Info",
                    group("LCS-PrivacyException", avp("SS-Code", new byte[] {0x10}))));
        }
        DiameterMessage broken = ula.toBuilder().removeAvps(1400, 10415)
                .avp(group("Subscription-Data", members.toArray(Avp[]::new))).build();
        List<Violation> violations = DICT.validate(broken);
        assertEquals(1, violations.size(), violations::toString);
        Violation v = violations.get(0);
        assertEquals(ResultCode.DIAMETER_MISSING_AVP, v.resultCode());
        assertEquals("ULA/Subscription-Data/LCS-Info/LCS-PrivacyException/SS-Status", v.path());
        Avp failed = v.failedAvp();
        assertEquals(1400, failed.code(), "Failed-AVP holds the top-level AVP, Subscription-Data");
        Avp lcs = failed.asGrouped().get(0);
        Avp exception = lcs.asGrouped().get(0);
        Avp standIn = exception.asGrouped().get(0);
        assertEquals(List.of(1473, 1475, 1477), List.of(lcs.code(), exception.code(), standIn.code()));
        assertEquals(10415, standIn.vendorId());
    }

    @Test
    void reportsAnAvpThatAGroupWithoutAnyAvpDoesNotAllowAsNotAllowed() {
        // TDF-Information ::= [ TDF-Destination-Realm ] [ TDF-Destination-Host ] [ TDF-IP-Address ] (no *[ AVP ])
        DiameterMessage ccr = gxInitialRequest().toBuilder()
                .avp(group("TDF-Information", avp("TDF-Destination-Realm", "tdf.example"),
                        avp("Monitoring-Key", "mk")))
                .build();
        Violation v = DICT.validate(ccr).get(0);
        assertEquals(ResultCode.DIAMETER_AVP_NOT_ALLOWED, v.resultCode());
        assertEquals("CCR/TDF-Information/Monitoring-Key", v.path());
        assertEquals(1087, v.failedAvp().code());
    }

    @Test
    void acceptsARel16GxUpdateReportingASuccessfulQosUpdateWithTheUeInfoExtension() {
        DiameterMessage ccr = gxInitialRequest().toBuilder()
                .avp(group("User-Equipment-Info-Extension",
                        avp("User-Equipment-Info-IMEISV", "3520990017614823".getBytes(StandardCharsets.US_ASCII))))
                .avp(avp("Event-Trigger", "SUCCESSFUL_QOS_UPDATE"))
                .build();
        assertEquals(List.of(), DICT.validate(ccr));
        assertEquals(List.of(13, 57), DICT.find(ccr, "Event-Trigger").stream().map(DICT::value).toList());
        assertTrue(DICT.command(272, Applications.GX).orElseThrow().abnf(true)
                .indexOf(653, 0) >= 0, "User-Equipment-Info-Extension is a member of the Gx CCR, not an *[ AVP ] extra");
    }

    @Test
    void reportsAnEventTriggerAfterRel16sLastValueAsInvalidValue() {
        DiameterMessage ccr = gxInitialRequest().toBuilder().avp(avp("Event-Trigger", 58)).build();
        Violation v = DICT.validate(ccr).get(0);
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertEquals("CCR/Event-Trigger", v.path());
    }

    @Test
    void reportsAnEventTriggerOutsideTs29212AsInvalidValue() {
        DiameterMessage ccr = gxInitialRequest().toBuilder().avp(avp("Event-Trigger", 1001)).build();
        Violation v = DICT.validate(ccr).get(0);
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertEquals("CCR/Event-Trigger", v.path());
    }

    @Test
    void reportsAnUnknownPdnTypeDeepInTheSubscriptionAsInvalidValue() {
        DiameterMessage ula = s6aUpdateLocationAnswer();
        String tree = DICT.render(ula);
        assertTrue(tree.contains("PDN-Type"), tree);
        Avp sub = ula.avps().stream().filter(a -> a.code() == 1400).findFirst().orElseThrow();
        List<Avp> members = new ArrayList<>();
        for (Avp m : sub.asGrouped()) {
            members.add(m.code() != 1429 ? m : group("APN-Configuration-Profile",
                    avp("Context-Identifier", 1),
                    avp("All-APN-Configurations-Included-Indicator", "All_APN_CONFIGURATIONS_INCLUDED"),
                    group("APN-Configuration", avp("Context-Identifier", 1), avp("PDN-Type", 9),
                            avp("Service-Selection", "internet"))));
        }
        DiameterMessage broken = ula.toBuilder().removeAvps(1400, 10415)
                .avp(group("Subscription-Data", members.toArray(Avp[]::new))).build();
        Violation v = DICT.validate(broken).get(0);
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, v.resultCode());
        assertEquals("ULA/Subscription-Data/APN-Configuration-Profile/APN-Configuration/PDN-Type", v.path());
    }

    @Test
    void wiresharkDecodesTheGxRxAndS6aMessagesWithoutMalformedPacketsOrExpertItems() throws Exception {
        Tshark tshark = Tshark.requireOrSkip();
        // Wireshark's dictionary predates Callee-Information (TS 29.214 Rel-15) and flags it as unknown
        DiameterMessage aar = rxAaRequest().toBuilder().removeAvps(565, 10415).build();
        List<DiameterMessage> messages = List.of(gxInitialRequest(), gxInitialAnswer(), aar,
                s6aUpdateLocationRequest(), s6aUpdateLocationAnswer());
        Path pcap = dir.resolve("three-gpp.pcap");
        InetSocketAddress client = new InetSocketAddress(ip("192.0.2.10"), 40000);
        InetSocketAddress server = new InetSocketAddress(ip("192.0.2.20"), 3868);
        try (PcapWriter w = PcapWriter.create(pcap, PcapWriter.Encapsulation.ETHERNET_TCP)) {
            Instant t = NOW;
            for (DiameterMessage m : messages) {
                w.write(m.isRequest() ? new CapturedPacket(t, client, server, m.encode())
                        : new CapturedPacket(t, server, client, m.encode()));
                t = t.plusMillis(1);
            }
        }
        List<Field> packets = Pdml.parse(tshark.run(Duration.ofSeconds(60), "-r", pcap.toString(), "-T", "pdml")
                .requireSuccess().stdout());
        assertEquals(messages.size(), packets.size());
        List<String> problems = new ArrayList<>();
        for (Field packet : packets) {
            assertEquals(1, packet.children("diameter").size(), "one Diameter message per packet");
            for (Field f : packet.findAll(f -> f.name().startsWith("_ws.expert") && !f.showName().isEmpty()
                    || f.name().equals("_ws.malformed"))) {
                problems.add(f.name() + ": " + f.showName());
            }
        }
        String summary = tshark.run("-r", pcap.toString(), "-q", "-z", "expert").requireSuccess().stdout().strip();
        assertTrue(problems.isEmpty() && summary.isEmpty(), () -> problems + "\n" + summary);
        Field ula = packets.get(4).child("diameter");
        List<Field> apns = ula.findAll(f -> f.name().equals("diameter.Service-Selection"));
        assertEquals(List.of("internet", "ims"), apns.stream().map(Field::show).toList());
    }
}
