package io.diameterharness.samples.sms.diameter;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One Diameter AVP (RFC 6733 section 4.1) as this application's client stack sees it: code, flags,
 * optional Vendor-Id and the raw value. Values are typed only when read ({@link #asUnsigned32()},
 * {@link #asUtf8()}, {@link #asGrouped()}...), so an AVP with an unexpected value does not make
 * the whole message undecodable. Immutable.
 */
public final class Avp {

    /** The V (Vendor-Specific) flag bit. */
    public static final int FLAG_VENDOR = 0x80;
    /** The M (Mandatory) flag bit. */
    public static final int FLAG_MANDATORY = 0x40;

    private static final long SECONDS_1900_TO_1970 = 2_208_988_800L;

    private final int code;
    private final int flags;
    private final long vendorId;
    private final byte[] data;

    private Avp(int code, int flags, long vendorId, byte[] data) {
        this.code = code;
        this.flags = flags & 0xFF;
        this.vendorId = vendorId;
        this.data = data;
    }

    /**
     * An AVP from its parts. The V flag is set exactly when {@code vendorId} is not 0.
     *
     * @param code the AVP code
     * @param mandatory whether the M flag is set
     * @param vendorId the Vendor-Id (0 for IETF AVPs)
     * @param data the value octets, copied
     * @return the AVP
     */
    public static Avp of(int code, boolean mandatory, long vendorId, byte[] data) {
        if (vendorId < 0 || vendorId > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Vendor-Id " + vendorId + " is not an Unsigned32");
        }
        int flags = (mandatory ? FLAG_MANDATORY : 0) | (vendorId != 0 ? FLAG_VENDOR : 0);
        return new Avp(code, flags, vendorId, data.clone());
    }

    /**
     * An AVP with exactly the given flag octet, as read from the wire.
     *
     * @param code the AVP code
     * @param flags the flag octet
     * @param vendorId the Vendor-Id, meaningful only when the V flag is set
     * @param data the value octets, copied
     * @return the AVP
     */
    public static Avp raw(int code, int flags, long vendorId, byte[] data) {
        return new Avp(code, flags, vendorId, data.clone());
    }

    /**
     * A mandatory IETF UTF8String / DiameterIdentity AVP.
     *
     * @param code the AVP code
     * @param value the text
     * @return the AVP
     */
    public static Avp utf8(int code, String value) {
        return utf8(code, 0, value);
    }

    /**
     * A mandatory UTF8String / DiameterIdentity AVP of a vendor.
     *
     * @param code the AVP code
     * @param vendorId the Vendor-Id (0 for IETF AVPs)
     * @param value the text
     * @return the AVP
     */
    public static Avp utf8(int code, long vendorId, String value) {
        return of(code, true, vendorId, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A mandatory IETF Unsigned32 (or Enumerated, for non-negative values) AVP.
     *
     * @param code the AVP code
     * @param value the value, 0 to 2^32-1
     * @return the AVP
     */
    public static Avp unsigned32(int code, long value) {
        return unsigned32(code, 0, value);
    }

    /**
     * A mandatory Unsigned32 AVP of a vendor.
     *
     * @param code the AVP code
     * @param vendorId the Vendor-Id (0 for IETF AVPs)
     * @param value the value, 0 to 2^32-1
     * @return the AVP
     */
    public static Avp unsigned32(int code, long vendorId, long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("AVP " + code + ": " + value + " is not an Unsigned32");
        }
        return of(code, true, vendorId, ByteBuffer.allocate(4).putInt((int) value).array());
    }

    /**
     * A mandatory Integer32 or Enumerated AVP of a vendor.
     *
     * @param code the AVP code
     * @param vendorId the Vendor-Id (0 for IETF AVPs)
     * @param value the value
     * @return the AVP
     */
    public static Avp integer32(int code, long vendorId, int value) {
        return of(code, true, vendorId, ByteBuffer.allocate(4).putInt(value).array());
    }

    /**
     * A mandatory IETF Unsigned64 AVP.
     *
     * @param code the AVP code
     * @param value the value, not negative
     * @return the AVP
     */
    public static Avp unsigned64(int code, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("AVP " + code + ": " + value + " is negative, not an Unsigned64");
        }
        return of(code, true, 0, ByteBuffer.allocate(8).putLong(value).array());
    }

    /**
     * A mandatory IETF Time AVP (seconds since 1900-01-01 UTC, RFC 6733 section 4.3.1).
     *
     * @param code the AVP code
     * @param time the instant, truncated to seconds
     * @return the AVP
     */
    public static Avp time(int code, Instant time) {
        long seconds = time.getEpochSecond() + SECONDS_1900_TO_1970;
        return of(code, true, 0, ByteBuffer.allocate(4).putInt((int) seconds).array());
    }

    /**
     * A mandatory IETF Address AVP (two octets of address family, then the address).
     *
     * @param code the AVP code
     * @param address an IPv4 or IPv6 address
     * @return the AVP
     */
    public static Avp address(int code, InetAddress address) {
        byte[] raw = address.getAddress();
        int family = raw.length == 4 ? 1 : 2;
        return of(code, true, 0, ByteBuffer.allocate(2 + raw.length).putShort((short) family).put(raw).array());
    }

    /**
     * A mandatory grouped AVP.
     *
     * @param code the AVP code
     * @param vendorId the Vendor-Id (0 for IETF AVPs)
     * @param children the AVPs inside, in order
     * @return the AVP
     */
    public static Avp grouped(int code, long vendorId, Avp... children) {
        return of(code, true, vendorId, MessageCodec.encodeAvps(List.of(children)));
    }

    /** @return the AVP code */
    public int code() {
        return code;
    }

    /** @return the flag octet */
    public int flags() {
        return flags;
    }

    /** @return whether the V flag is set */
    public boolean isVendorSpecific() {
        return (flags & FLAG_VENDOR) != 0;
    }

    /** @return whether the M flag is set */
    public boolean isMandatory() {
        return (flags & FLAG_MANDATORY) != 0;
    }

    /** @return the Vendor-Id, 0 when the V flag is not set */
    public long vendorId() {
        return isVendorSpecific() ? vendorId : 0;
    }

    /** @return a copy of the value octets */
    public byte[] data() {
        return data.clone();
    }

    /** @return the number of value octets, without copying them */
    public int dataLength() {
        return data.length;
    }

    byte[] dataUnsafe() {
        return data;
    }

    /**
     * Reads the value as UTF8String, DiameterIdentity or OctetString text.
     *
     * @return the text
     */
    public String asUtf8() {
        return new String(data, StandardCharsets.UTF_8);
    }

    /**
     * Reads the value as Unsigned32.
     *
     * @return the value
     * @throws IllegalStateException if the value is not 4 octets long
     */
    public long asUnsigned32() {
        requireLength(4, "Unsigned32");
        return Integer.toUnsignedLong(ByteBuffer.wrap(data).getInt());
    }

    /**
     * Reads the value as Integer32 or Enumerated.
     *
     * @return the value
     * @throws IllegalStateException if the value is not 4 octets long
     */
    public int asInteger32() {
        requireLength(4, "Integer32");
        return ByteBuffer.wrap(data).getInt();
    }

    /**
     * Reads the value as Unsigned64.
     *
     * @return the value
     * @throws IllegalStateException if the value is not 8 octets long
     */
    public BigInteger asUnsigned64() {
        requireLength(8, "Unsigned64");
        return new BigInteger(1, data);
    }

    /**
     * Reads the value as Time.
     *
     * @return the instant
     * @throws IllegalStateException if the value is not 4 octets long
     */
    public Instant asTime() {
        requireLength(4, "Time");
        long seconds = Integer.toUnsignedLong(ByteBuffer.wrap(data).getInt());
        // RFC 6733 4.3.1: values with the high bit clear are after 2036-02-07 (NTP era 1)
        if (seconds < 0x8000_0000L) {
            seconds += 0x1_0000_0000L;
        }
        return Instant.ofEpochSecond(seconds - SECONDS_1900_TO_1970);
    }

    /**
     * Reads the value as an Address of family 1 (IPv4) or 2 (IPv6).
     *
     * @return the address
     * @throws IllegalStateException if the family or length is not an IP address
     */
    public InetAddress asAddress() {
        if (data.length != 6 && data.length != 18) {
            throw new IllegalStateException("AVP " + code + " holds " + data.length + " octets, not an IP Address");
        }
        int family = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
        if ((family == 1 && data.length != 6) || (family == 2 && data.length != 18) || family > 2 || family == 0) {
            throw new IllegalStateException("AVP " + code + " has address family " + family + " with "
                    + (data.length - 2) + " address octets");
        }
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(data, 2, data.length));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("AVP " + code + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the value as a Grouped AVP.
     *
     * @return the AVPs inside, in order
     * @throws MalformedMessageException if the value is not a sequence of whole AVPs
     */
    public List<Avp> asGrouped() throws MalformedMessageException {
        return MessageCodec.decodeAvps(data, 0, data.length);
    }

    /**
     * The first AVP with the given code and vendor inside this grouped AVP.
     *
     * @param childCode the child's code
     * @param childVendorId the child's Vendor-Id (0 for IETF AVPs)
     * @return the child, or empty when absent or when this AVP is not a well-formed group
     */
    public Optional<Avp> child(int childCode, long childVendorId) {
        try {
            return find(asGrouped(), childCode, childVendorId);
        } catch (MalformedMessageException e) {
            return Optional.empty();
        }
    }

    static Optional<Avp> find(List<Avp> avps, int code, long vendorId) {
        for (Avp avp : avps) {
            if (avp.code == code && avp.vendorId() == vendorId) {
                return Optional.of(avp);
            }
        }
        return Optional.empty();
    }

    static List<Avp> findAll(List<Avp> avps, int code, long vendorId) {
        List<Avp> found = new ArrayList<>();
        for (Avp avp : avps) {
            if (avp.code == code && avp.vendorId() == vendorId) {
                found.add(avp);
            }
        }
        return found;
    }

    private void requireLength(int expected, String type) {
        if (data.length != expected) {
            throw new IllegalStateException("AVP " + code + " holds " + data.length + " octets, an " + type
                    + " needs " + expected);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Avp other && code == other.code && flags == other.flags
                && vendorId() == other.vendorId() && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return (code * 31 + flags) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AVP ").append(code);
        if (isVendorSpecific()) {
            sb.append(" vendor ").append(vendorId);
        }
        sb.append(isMandatory() ? " M" : "").append(" [").append(data.length).append(" octets]");
        return sb.toString();
    }
}
