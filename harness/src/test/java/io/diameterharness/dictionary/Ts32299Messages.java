package io.diameterharness.dictionary;

import static io.diameterharness.dictionary.Avps.AUTH_APPLICATION_ID;
import static io.diameterharness.dictionary.Avps.CC_REQUEST_NUMBER;
import static io.diameterharness.dictionary.Avps.CC_REQUEST_TYPE;
import static io.diameterharness.dictionary.Avps.DESTINATION_REALM;
import static io.diameterharness.dictionary.Avps.ORIGIN_HOST;
import static io.diameterharness.dictionary.Avps.ORIGIN_REALM;
import static io.diameterharness.dictionary.Avps.SERVICE_CONTEXT_ID;
import static io.diameterharness.dictionary.Avps.SESSION_ID;

import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.EnumValues.CcRequestType;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * TS 32.299 Ro messages built from the built-in dictionary by AVP name: each AVP gets the code,
 * vendor and M bit its definition gives (M set only where the flag table says MUST), and its
 * value encoded as its type. A misspelt name fails at once.
 */
final class Ts32299Messages {
    static final Instant CHARGING_TIME = Instant.parse("2026-03-01T10:15:30Z");

    private Ts32299Messages() {
    }

    /** The AVP {@code name} holding {@code value}: a String, Integer, Long, BigInteger, Instant, byte[], InetAddress or child AVPs. */
    static Avp avp(String name, Object value) {
        AvpDefinition d = Dictionary.builtIn().avp(name)
                .orElseThrow(() -> new IllegalArgumentException("no AVP named " + name + " in the built-in dictionary"));
        Avp.Builder b = Avp.builder(d.code());
        if (d.vendorId() != 0) {
            b.vendor(d.vendorId());
        }
        if (d.mandatoryBit() == FlagRule.MUST) {
            b.mandatory();
        }
        switch (d.type()) {
            case UTF8_STRING, DIAMETER_IDENTITY -> b.utf8String((String) value);
            case OCTET_STRING -> b.octetString(value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) value);
            case INTEGER32, ENUMERATED -> b.integer32((Integer) value);
            case UNSIGNED32 -> b.unsigned32(((Number) value).longValue());
            case UNSIGNED64 -> b.unsigned64(value instanceof BigInteger v ? v : BigInteger.valueOf(((Number) value).longValue()));
            case INTEGER64 -> b.integer64(((Number) value).longValue());
            case TIME -> b.time((Instant) value);
            case ADDRESS -> b.address(AddressValue.of((InetAddress) value));
            default -> throw new IllegalArgumentException(name + " is " + d.type().rfcName() + "; use group(...)");
        }
        return b.build();
    }

    /** The Grouped AVP {@code name} holding {@code children}. */
    static Avp group(String name, Avp... children) {
        AvpDefinition d = Dictionary.builtIn().avp(name)
                .orElseThrow(() -> new IllegalArgumentException("no AVP named " + name + " in the built-in dictionary"));
        if (!d.isGrouped()) {
            throw new IllegalArgumentException(name + " is not Grouped");
        }
        Avp.Builder b = Avp.builder(d.code());
        if (d.vendorId() != 0) {
            b.vendor(d.vendorId());
        }
        if (d.mandatoryBit() == FlagRule.MUST) {
            b.mandatory();
        }
        return b.grouped(List.of(children)).build();
    }

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** An Ro CCR-Event (RFC 4006 section 3.1, TS 32.299 section 6.4.2) around {@code serviceInformation}. */
    static DiameterMessage.Builder ccr(Avp serviceInformation) {
        return Commands.CREDIT_CONTROL.request()
                .avp(SESSION_ID.avp("ctf.example;1;32299"))
                .avp(ORIGIN_HOST.avp("ctf.example"))
                .avp(ORIGIN_REALM.avp("example"))
                .avp(DESTINATION_REALM.avp("ocs.example"))
                .avp(AUTH_APPLICATION_ID.avp(4L))
                .avp(SERVICE_CONTEXT_ID.avp("32260@3gpp.org"))
                .avp(CC_REQUEST_TYPE.avp(CcRequestType.EVENT_REQUEST))
                .avp(CC_REQUEST_NUMBER.avp(0L))
                .avp(serviceInformation);
    }

    /** IMS-Information of an originating S-CSCF (TS 32.299 section 7.2, IMS-Information AVP). */
    static Avp imsInformation() {
        return group("IMS-Information",
                group("Event-Type", avp("SIP-Method", "INVITE")),
                avp("Role-Of-Node", 0),
                avp("Node-Functionality", 0),
                avp("User-Session-Id", "a84b4c76e66710@pc33.example"),
                avp("Calling-Party-Address", "sip:alice@example"),
                avp("Called-Party-Address", "tel:+41780000002"),
                group("Time-Stamps", avp("SIP-Request-Timestamp", CHARGING_TIME)),
                avp("IMS-Charging-Identifier", "icid-0001"),
                group("SDP-Media-Component", avp("SDP-Media-Name", "audio 49170 RTP/AVP 0"),
                        avp("SDP-Type", 0)),
                avp("Cause-Code", -1));
    }

    /** PS-Information of a P-GW with one service data container (TS 32.299 section 7.2, PS-Information AVP). */
    static Avp psInformation() {
        return group("PS-Information",
                avp("3GPP-Charging-Id", 0x01020304L),
                avp("3GPP-PDP-Type", 0),
                avp("PDP-Address", ip("10.1.2.3")),
                avp("SGW-Address", ip("192.0.2.10")),
                avp("Called-Station-Id", "internet"),
                avp("3GPP-RAT-Type", new byte[] {6}),
                group("Presence-Reporting-Area-Information",
                        avp("Presence-Reporting-Area-Identifier", new byte[] {0, 0, 1}),
                        avp("Presence-Reporting-Area-Status", 0L)),
                group("Service-Data-Container",
                        avp("Rating-Group", 100L),
                        avp("Accounting-Input-Octets", 1000L),
                        avp("Accounting-Output-Octets", 2000L),
                        avp("Change-Condition", 3),
                        avp("Time-Usage", 60L)),
                group("Traffic-Data-Volumes",
                        avp("Accounting-Input-Octets", 1000L),
                        avp("Change-Condition", 0),
                        group("Enhanced-Diagnostics", avp("RAN-NAS-Release-Cause", new byte[] {0x10, 0x01}))),
                avp("CN-Operator-Selection-Entity", 1),
                group("APN-Rate-Control",
                        group("APN-Rate-Control-Uplink", avp("Rate-Control-Time-Unit", 1L),
                                avp("Rate-Control-Max-Rate", 10L))));
    }

    /** LCS-Information of a location request from a value-added client (TS 32.299 section 7.2, LCS-Information AVP). */
    static Avp lcsInformation() {
        return group("LCS-Information",
                group("LCS-Client-ID",
                        avp("LCS-Client-Type", 1),
                        avp("LCS-Client-External-ID", "client-7"),
                        group("LCS-Client-Name", avp("LCS-Name-String", "Finder"), avp("LCS-Format-Indicator", 0))),
                group("Location-Type", avp("Location-Estimate-Type", 0)),
                avp("Location-Estimate", new byte[] {(byte) 0x90, 0x1f, 0x00}),
                avp("3GPP-IMSI", "228011234567890"));
    }

    /** MMTel-Information of a conference with advice of charge (TS 32.299 section 7.2, MMTel-Information AVP). */
    static Avp mmtelInformation() {
        Avp cost = group("AoC-Cost-Information",
                group("Accumulated-Cost", avp("Value-Digits", 150L), avp("Exponent", -2)),
                avp("Currency-Code", 756L));
        Avp tariff = group("Tariff-Information",
                group("Current-Tariff", avp("Currency-Code", 756L),
                        group("Rate-Element", avp("CC-Unit-Type", 0), group("Unit-Cost", avp("Value-Digits", 5L)))));
        Avp conference = group("Supplementary-Service",
                avp("MMTel-SService-Type", 10L),
                avp("Service-Mode", 0L),
                avp("Number-Of-Participants", 3),
                avp("Participant-Action-Type", 0),
                group("AoC-Information", cost, tariff));
        Avp diversion = group("Supplementary-Service", avp("MMTel-SService-Type", 6L), avp("Number-Of-Diversions", 1L));
        return group("MMTel-Information", conference, diversion);
    }

    /** Service-Information carrying IMS, PS, LCS and MMTel information (TS 32.299 section 7.2, Service-Information AVP). */
    static Avp serviceInformation(Avp... more) {
        Avp[] all = new Avp[4 + more.length];
        all[0] = imsInformation();
        all[1] = psInformation();
        all[2] = lcsInformation();
        all[3] = mmtelInformation();
        System.arraycopy(more, 0, all, 4, more.length);
        return group("Service-Information", all);
    }
}
