package io.diameterharness.dictionary;

import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.AvpType;
import io.diameterharness.codec.DiameterUri;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A typed handle on one AVP definition: name, code, vendor, type, and whether the M bit is set when
 * we send it. {@code SESSION_ID.avp("client;1;2")} builds the AVP with the right flags and encoding,
 * and {@code SESSION_ID.read(avp)} reads its value as the Java type of its Diameter type:
 *
 * <table>
 * <caption>Java types</caption>
 * <tr><td>UTF8String, DiameterIdentity, IPFilterRule, QoSFilterRule</td><td>{@link String}</td></tr>
 * <tr><td>Integer32, Enumerated</td><td>{@link Integer}</td></tr>
 * <tr><td>Unsigned32, Integer64</td><td>{@link Long}</td></tr>
 * <tr><td>Unsigned64</td><td>{@link BigInteger}</td></tr>
 * <tr><td>Float32 / Float64</td><td>{@link Float} / {@link Double}</td></tr>
 * <tr><td>Address</td><td>{@link AddressValue}</td></tr>
 * <tr><td>Time</td><td>{@link Instant}</td></tr>
 * <tr><td>DiameterURI</td><td>{@link DiameterUri}</td></tr>
 * <tr><td>OctetString</td><td>{@code byte[]}</td></tr>
 * <tr><td>Grouped</td><td>{@code List<Avp>}</td></tr>
 * </table>
 *
 * @param <T> the Java type of the value
 */
public final class AvpKey<T> {
    private final String name;
    private final int code;
    private final int vendorId;
    private final AvpType type;
    private final boolean mandatory;

    private AvpKey(String name, int code, int vendorId, AvpType type, boolean mandatory) {
        this.name = Objects.requireNonNull(name, "name");
        this.code = code;
        this.vendorId = vendorId;
        this.type = Objects.requireNonNull(type, "type");
        this.mandatory = mandatory;
    }

    // Factories, one per Java type, so that a constant's type parameter matches its Diameter type.

    /** UTF8String, DiameterIdentity, IPFilterRule or QoSFilterRule. */
    public static AvpKey<String> text(String name, int code, int vendorId, AvpType type, boolean mandatory) {
        requireType(type, AvpType.UTF8_STRING, AvpType.DIAMETER_IDENTITY, AvpType.IP_FILTER_RULE,
                AvpType.QOS_FILTER_RULE);
        return new AvpKey<>(name, code, vendorId, type, mandatory);
    }

    /** Integer32 or Enumerated. */
    public static AvpKey<Integer> int32(String name, int code, int vendorId, AvpType type, boolean mandatory) {
        requireType(type, AvpType.INTEGER32, AvpType.ENUMERATED);
        return new AvpKey<>(name, code, vendorId, type, mandatory);
    }

    /** Unsigned32 or Integer64. */
    public static AvpKey<Long> int64(String name, int code, int vendorId, AvpType type, boolean mandatory) {
        requireType(type, AvpType.UNSIGNED32, AvpType.INTEGER64);
        return new AvpKey<>(name, code, vendorId, type, mandatory);
    }

    /** Unsigned64. */
    public static AvpKey<BigInteger> unsigned64(String name, int code, int vendorId, boolean mandatory) {
        return new AvpKey<>(name, code, vendorId, AvpType.UNSIGNED64, mandatory);
    }

    /** Float32. */
    public static AvpKey<Float> float32(String name, int code, int vendorId, boolean mandatory) {
        return new AvpKey<>(name, code, vendorId, AvpType.FLOAT32, mandatory);
    }

    /** Float64. */
    public static AvpKey<Double> float64(String name, int code, int vendorId, boolean mandatory) {
        return new AvpKey<>(name, code, vendorId, AvpType.FLOAT64, mandatory);
    }

    /** Address. */
    public static AvpKey<AddressValue> address(String name, int code, int vendorId, boolean mandatory) {
        return new AvpKey<>(name, code, vendorId, AvpType.ADDRESS, mandatory);
    }

    /** Time. */
    public static AvpKey<Instant> time(String name, int code, int vendorId, boolean mandatory) {
        return new AvpKey<>(name, code, vendorId, AvpType.TIME, mandatory);
    }

    /** DiameterURI. */
    public static AvpKey<DiameterUri> uri(String name, int code, int vendorId, boolean mandatory) {
        return new AvpKey<>(name, code, vendorId, AvpType.DIAMETER_URI, mandatory);
    }

    /** OctetString. */
    public static AvpKey<byte[]> octets(String name, int code, int vendorId, boolean mandatory) {
        return new AvpKey<>(name, code, vendorId, AvpType.OCTET_STRING, mandatory);
    }

    /** Grouped. */
    public static AvpKey<List<Avp>> grouped(String name, int code, int vendorId, boolean mandatory) {
        return new AvpKey<>(name, code, vendorId, AvpType.GROUPED, mandatory);
    }

    private static void requireType(AvpType type, AvpType... allowed) {
        for (AvpType a : allowed) {
            if (a == type) {
                return;
            }
        }
        throw new IllegalArgumentException("type " + type + " does not fit this key factory; allowed: "
                + List.of(allowed));
    }

    /** The AVP name as the spec writes it, e.g. {@code Session-Id}. */
    public String name() {
        return name;
    }

    /** The AVP code. */
    public int code() {
        return code;
    }

    /** The Vendor-ID, 0 for IETF AVPs (sent without the V bit). */
    public int vendorId() {
        return vendorId;
    }

    /** The Diameter type. */
    public AvpType type() {
        return type;
    }

    /** Whether we set the M bit when sending it. */
    public boolean mandatory() {
        return mandatory;
    }

    /** Whether {@code avp} has this key's code and vendor. */
    public boolean matches(Avp avp) {
        return avp.code() == code && avp.vendorId() == vendorId;
    }

    /** A builder for this AVP with its code, V bit and vendor, and M bit set. */
    public Avp.Builder builder() {
        Avp.Builder b = Avp.builder(code);
        if (vendorId != 0) {
            b.vendor(vendorId);
        }
        if (mandatory) {
            b.mandatory();
        }
        return b;
    }

    /** The AVP with this value, encoded as the key's type. */
    @SuppressWarnings("unchecked")
    public Avp avp(T value) {
        Objects.requireNonNull(value, () -> name + " value");
        Avp.Builder b = builder();
        switch (type) {
            case UTF8_STRING: case DIAMETER_IDENTITY: case IP_FILTER_RULE: case QOS_FILTER_RULE:
                b.utf8String((String) value); break;
            case INTEGER32: case ENUMERATED: b.integer32((Integer) value); break;
            case UNSIGNED32: b.unsigned32((Long) value); break;
            case INTEGER64: b.integer64((Long) value); break;
            case UNSIGNED64: b.unsigned64((BigInteger) value); break;
            case FLOAT32: b.float32((Float) value); break;
            case FLOAT64: b.float64((Double) value); break;
            case ADDRESS: b.address((AddressValue) value); break;
            case TIME: b.time((Instant) value); break;
            case DIAMETER_URI: b.diameterUri((DiameterUri) value); break;
            case OCTET_STRING: b.octetString((byte[]) value); break;
            case GROUPED: b.grouped((List<Avp>) value); break;
            default: throw new IllegalStateException("unhandled type " + type);
        }
        return b.build();
    }

    /** A Grouped AVP of these children (only for Grouped keys). */
    @SuppressWarnings("unchecked")
    public Avp avp(Avp... children) {
        if (type != AvpType.GROUPED) {
            throw new IllegalStateException(name + " is " + type.rfcName() + ", not Grouped");
        }
        return avp((T) List.of(children));
    }

    /** The value of {@code avp} read as this key's type; fails with the codec's error if malformed. */
    @SuppressWarnings("unchecked")
    public T read(Avp avp) {
        switch (type) {
            case UTF8_STRING: case DIAMETER_IDENTITY: case IP_FILTER_RULE: case QOS_FILTER_RULE:
                return (T) avp.asUtf8String();
            case INTEGER32: case ENUMERATED: return (T) Integer.valueOf(avp.asInteger32());
            case UNSIGNED32: return (T) Long.valueOf(avp.asUnsigned32());
            case INTEGER64: return (T) Long.valueOf(avp.asInteger64());
            case UNSIGNED64: return (T) avp.asUnsigned64();
            case FLOAT32: return (T) Float.valueOf(avp.asFloat32());
            case FLOAT64: return (T) Double.valueOf(avp.asFloat64());
            case ADDRESS: return (T) avp.asAddress();
            case TIME: return (T) avp.asTime();
            case DIAMETER_URI: return (T) avp.asDiameterUri();
            case OCTET_STRING: return (T) avp.asOctetString();
            case GROUPED: return (T) avp.asGrouped();
            default: throw new IllegalStateException("unhandled type " + type);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AvpKey && ((AvpKey<?>) o).code == code && ((AvpKey<?>) o).vendorId == vendorId;
    }

    @Override
    public int hashCode() {
        return 31 * code + vendorId;
    }

    /** {@code Session-Id(263)} or {@code SMS-Information(2000, vendor 10415)}. */
    @Override
    public String toString() {
        return name + "(" + Integer.toUnsignedString(code)
                + (vendorId != 0 ? ", vendor " + Integer.toUnsignedString(vendorId) : "") + ")";
    }
}
