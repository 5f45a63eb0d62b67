package io.diameterharness.codec;

/**
 * The AVP data formats of RFC 6733 section 4.2 (basic) and 4.3 (derived), plus the two common
 * extras of RFC 4006 and 3GPP dictionaries. The dictionary assigns one to each AVP; the codec uses
 * it to check and render values.
 */
public enum AvpType {
    /** Arbitrary bytes. */
    OCTET_STRING("OctetString", 0),
    /** 32-bit signed. */
    INTEGER32("Integer32", 4),
    /** 64-bit signed. */
    INTEGER64("Integer64", 8),
    /** 32-bit unsigned. */
    UNSIGNED32("Unsigned32", 4),
    /** 64-bit unsigned. */
    UNSIGNED64("Unsigned64", 8),
    /** IEEE 754 single. */
    FLOAT32("Float32", 4),
    /** IEEE 754 double. */
    FLOAT64("Float64", 8),
    /** A sequence of AVPs. */
    GROUPED("Grouped", 0),
    /** Address family and bytes. */
    ADDRESS("Address", 6),
    /** NTP seconds. */
    TIME("Time", 4),
    /** UTF-8 text. */
    UTF8_STRING("UTF8String", 0),
    /** An FQDN. */
    DIAMETER_IDENTITY("DiameterIdentity", 0),
    /** aaa:// or aaas:// URI. */
    DIAMETER_URI("DiameterURI", 0),
    /** An Integer32 with named values. */
    ENUMERATED("Enumerated", 4),
    /** An IP filter rule as text. */
    IP_FILTER_RULE("IPFilterRule", 0),
    /** Deprecated QoS filter rule (RFC 4005), as text. */
    QOS_FILTER_RULE("QoSFilterRule", 0);

    private final String rfcName;
    private final int minimumLength;

    AvpType(String rfcName, int minimumLength) {
        this.rfcName = rfcName;
        this.minimumLength = minimumLength;
    }

    /** The name as the RFC writes it, e.g. {@code Unsigned32}. */
    public String rfcName() {
        return rfcName;
    }

    /**
     * The minimum value length of the type; a missing AVP's Failed-AVP carries this many zero bytes
     * (RFC 6733 section 7.5). Address: family plus an IPv4 address.
     */
    public int minimumLength() {
        return minimumLength;
    }

    /**
     * Checks that the value of {@code avp} is well formed for this type; returns {@code null} when it
     * is, or the error (5014 for a wrong fixed length, 5004 for a bad value) with {@code avp} as the
     * offending AVP. Grouped values are checked for framing only, one level deep.
     */
    public DecodeError check(Avp avp) {
        try {
            switch (this) {
                case INTEGER32: avp.asInteger32(); break;
                case INTEGER64: avp.asInteger64(); break;
                case UNSIGNED32: avp.asUnsigned32(); break;
                case UNSIGNED64: avp.asUnsigned64(); break;
                case FLOAT32: avp.asFloat32(); break;
                case FLOAT64: avp.asFloat64(); break;
                case ENUMERATED: avp.asEnumerated(); break;
                case TIME: avp.asTime(); break;
                case ADDRESS: avp.asAddress(); break;
                case UTF8_STRING: case IP_FILTER_RULE: case QOS_FILTER_RULE:
                    avp.asUtf8String(); break;
                case DIAMETER_IDENTITY: avp.asDiameterIdentity(); break;
                case DIAMETER_URI: avp.asDiameterUri(); break;
                case GROUPED: avp.asGrouped(); break;
                default: break;
            }
            return null;
        } catch (InvalidAvpValueException e) {
            return e.error();
        }
    }

    /** The type with this RFC name (case-insensitive), also accepting Wireshark's spellings. */
    public static AvpType fromName(String name) {
        String n = name.trim();
        for (AvpType t : values()) {
            if (t.rfcName.equalsIgnoreCase(n) || t.name().equalsIgnoreCase(n)) {
                return t;
            }
        }
        switch (n.toLowerCase(java.util.Locale.ROOT)) {
            case "ipaddress": case "address": return ADDRESS;
            case "appid": case "vendorid": return UNSIGNED32;
            case "utf8string": return UTF8_STRING;
            case "ipfilterrule": return IP_FILTER_RULE;
            case "qosfilterrule": return QOS_FILTER_RULE;
            case "diameteruri": return DIAMETER_URI;
            case "diameteridentity": return DIAMETER_IDENTITY;
            case "mipregistrationrequest": case "octetstring": return OCTET_STRING;
            default: throw new IllegalArgumentException("unknown AVP type: " + name);
        }
    }
}
