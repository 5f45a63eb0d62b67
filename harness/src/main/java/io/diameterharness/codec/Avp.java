package io.diameterharness.codec;

import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One Diameter AVP (RFC 6733 section 4.1): code, V/M/P flags, optional Vendor-ID and value.
 *
 * <p>An {@code Avp} is immutable. Its value is kept as the exact bytes of the wire (without the
 * padding); the typed accessors ({@link #asUnsigned32()}, {@link #asUtf8String()},
 * {@link #asGrouped()}, ...) interpret those bytes on demand and fail with an
 * {@link InvalidAvpValueException} that carries the RFC Result-Code (5004 or 5014) when the bytes
 * do not fit the type. The codec does not know which type an AVP has: that is the dictionary's job.
 *
 * <p>Build one with {@link #builder(int)}:
 * <pre>{@code
 * Avp msisdn = Avp.builder(444).mandatory().utf8String("41780000001").build();
 * Avp sms = Avp.builder(2000).vendor(10415).mandatory().grouped(dcs, type).build();
 * }</pre>
 */
public final class Avp {

    /** The V bit: a Vendor-ID field is present. */
    public static final int FLAG_VENDOR = 0x80;
    /** The M bit: the receiver must understand the AVP. */
    public static final int FLAG_MANDATORY = 0x40;
    /** The P bit: reserved for end-to-end security (deprecated in RFC 6733, kept for wire fidelity). */
    public static final int FLAG_PROTECTED = 0x20;
    /** Bits that RFC 6733 reserves; they must be zero. */
    public static final int RESERVED_FLAGS = 0x1F;

    private final int code;
    private final int flags;
    private final int vendorId;
    private final byte[] buffer;
    private final int valueOffset;
    private final int valueLength;
    /** Nesting level: 0 for a top-level AVP, 1 inside one Grouped AVP, and so on. */
    private final int depth;
    /** The options this AVP was decoded with (nesting limit, reserved bits); defaults for built AVPs. */
    private final MessageDecoder.Options options;
    private volatile List<Avp> children;

    Avp(int code, int flags, int vendorId, byte[] buffer, int valueOffset, int valueLength) {
        this(code, flags, vendorId, buffer, valueOffset, valueLength, 0, MessageDecoder.DEFAULT_OPTIONS);
    }

    private Avp(int code, int flags, int vendorId, byte[] buffer, int valueOffset, int valueLength, int depth,
                MessageDecoder.Options options) {
        this.code = code;
        this.flags = flags & 0xFF;
        this.vendorId = (flags & FLAG_VENDOR) != 0 ? vendorId : 0;
        this.buffer = buffer;
        this.valueOffset = valueOffset;
        this.valueLength = valueLength;
        this.depth = depth;
        this.options = options;
    }

    private Avp(int code, int flags, int vendorId, byte[] value, List<Avp> children) {
        this(code, flags, vendorId, value, 0, value.length);
        this.children = children;
    }

    /** Starts an AVP with the given code (an unsigned 32-bit number). */
    public static Builder builder(int code) {
        return new Builder(code);
    }

    /** An AVP with the given code, flags, vendor (ignored unless the V flag is set) and raw value. */
    public static Avp of(int code, int flags, int vendorId, byte[] value) {
        return new Avp(code, flags, vendorId, value.clone(), 0, value.length);
    }

    /** The AVP code, an unsigned 32-bit number held in an {@code int}. */
    public int code() {
        return code;
    }

    /** The flags octet as on the wire (V, M, P and reserved bits). */
    public int flags() {
        return flags;
    }

    /** The Vendor-ID, or 0 when the V bit is clear. */
    public int vendorId() {
        return vendorId;
    }

    /** Whether the V bit is set (a Vendor-ID field is present). */
    public boolean isVendorSpecific() {
        return (flags & FLAG_VENDOR) != 0;
    }

    /** Whether the M bit is set. */
    public boolean isMandatory() {
        return (flags & FLAG_MANDATORY) != 0;
    }

    /** Whether the P bit is set. */
    public boolean isProtected() {
        return (flags & FLAG_PROTECTED) != 0;
    }

    /** The AVP Length field: header plus value, without padding. */
    public int length() {
        return headerLength() + valueLength;
    }

    /** The number of bytes this AVP takes on the wire, padding included. */
    public int paddedLength() {
        return (length() + 3) & ~3;
    }

    int headerLength() {
        return isVendorSpecific() ? 12 : 8;
    }

    /** The length of the value in bytes, without padding. */
    public int valueLength() {
        return valueLength;
    }

    /** A copy of the value bytes, without padding. */
    public byte[] value() {
        return Arrays.copyOfRange(buffer, valueOffset, valueOffset + valueLength);
    }

    /** Copies this AVP with a different flags octet (V must stay as it is). */
    public Avp withFlags(int newFlags) {
        if ((newFlags & FLAG_VENDOR) != (flags & FLAG_VENDOR)) {
            throw new IllegalArgumentException("withFlags cannot change the V bit of AVP " + code
                    + ": rebuild the AVP with or without vendor(...)");
        }
        return new Avp(code, newFlags, vendorId, buffer, valueOffset, valueLength, depth, options);
    }

    /** A builder seeded with this AVP's code, flags and vendor, to make an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder(code);
        b.flags = flags;
        b.vendorId = vendorId;
        b.value = value();
        return b;
    }

    // ---------------------------------------------------------------- typed accessors

    /** The value as OctetString. */
    public byte[] asOctetString() {
        return value();
    }

    /** The value as Integer32 (exactly 4 bytes). */
    public int asInteger32() {
        requireLength(4, "Integer32");
        return Bytes.getInt(buffer, valueOffset);
    }

    /** The value as Integer64 (exactly 8 bytes). */
    public long asInteger64() {
        requireLength(8, "Integer64");
        return Bytes.getLong(buffer, valueOffset);
    }

    /** The value as Unsigned32 (exactly 4 bytes), widened to a non-negative {@code long}. */
    public long asUnsigned32() {
        requireLength(4, "Unsigned32");
        return Integer.toUnsignedLong(Bytes.getInt(buffer, valueOffset));
    }

    /** The value as Unsigned64 (exactly 8 bytes), as a non-negative {@link BigInteger}. */
    public BigInteger asUnsigned64() {
        requireLength(8, "Unsigned64");
        long v = Bytes.getLong(buffer, valueOffset);
        BigInteger low = BigInteger.valueOf(v & Long.MAX_VALUE);
        return v < 0 ? low.setBit(63) : low;
    }

    /** The value as Float32 (exactly 4 bytes, IEEE 754). */
    public float asFloat32() {
        requireLength(4, "Float32");
        return Float.intBitsToFloat(Bytes.getInt(buffer, valueOffset));
    }

    /** The value as Float64 (exactly 8 bytes, IEEE 754). */
    public double asFloat64() {
        requireLength(8, "Float64");
        return Double.longBitsToDouble(Bytes.getLong(buffer, valueOffset));
    }

    /** The value as Enumerated (an Integer32). */
    public int asEnumerated() {
        requireLength(4, "Enumerated");
        return Bytes.getInt(buffer, valueOffset);
    }

    /** The value as UTF8String; invalid UTF-8 fails with 5004. */
    public String asUtf8String() {
        return Utf8.decodeStrict(buffer, valueOffset, valueLength, this);
    }

    /**
     * The value as DiameterIdentity (RFC 6733 section 4.3.1): an FQDN or realm in ASCII (an
     * internationalised name travels in its IDNA "xn--" form). Empty or non-ASCII bytes fail with 5004.
     */
    public String asDiameterIdentity() {
        if (valueLength == 0) {
            throw invalid("a DiameterIdentity must not be empty");
        }
        for (int i = 0; i < valueLength; i++) {
            int c = buffer[valueOffset + i];
            if (c <= 0x20 || c == 0x7F) {
                throw invalid("DiameterIdentity byte " + i + " is 0x" + Integer.toHexString(c & 0xFF)
                        + ", not a printable ASCII character");
            }
        }
        return new String(buffer, valueOffset, valueLength, StandardCharsets.US_ASCII);
    }

    /** The value as IPFilterRule (RFC 6733 section 4.3.1), kept as text. */
    public String asIpFilterRule() {
        return asUtf8String();
    }

    /** The value as DiameterURI, parsed. */
    public DiameterUri asDiameterUri() {
        String text = asUtf8String();
        try {
            return DiameterUri.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidAvpValueException(DecodeError.of(ResultCode.DIAMETER_INVALID_AVP_VALUE,
                    "AVP " + Integer.toUnsignedString(code) + " is not a DiameterURI: " + e.getMessage(),
                    -1, this));
        }
    }

    /** The value as Address (2-byte family then address bytes). */
    public AddressValue asAddress() {
        if (valueLength < 2) {
            throw invalid("Address needs at least 2 bytes (AddressType), has " + valueLength);
        }
        int family = Bytes.getUnsignedShort(buffer, valueOffset);
        byte[] raw = Arrays.copyOfRange(buffer, valueOffset + 2, valueOffset + valueLength);
        if ((family == AddressValue.FAMILY_IPV4 && raw.length != 4)
                || (family == AddressValue.FAMILY_IPV6 && raw.length != 16)) {
            throw invalid("Address of family " + family + " has " + raw.length + " address bytes");
        }
        return new AddressValue(family, raw);
    }

    /** The value as Time (NTP seconds, RFC 6733 section 4.3.1, with the 2036 wrap). */
    public Instant asTime() {
        requireLength(4, "Time");
        return DiameterTime.toInstant(Bytes.getInt(buffer, valueOffset));
    }

    /**
     * The value as Grouped (RFC 6733 section 4.4): the AVPs it contains, parsed one level deep on the
     * first call and kept. Fails with 5014 when the contained AVPs are not well framed (the Failed-AVP
     * is this AVP holding only the offending one, as RFC 6733 section 7.5 allows), with 3009 for
     * reserved flag bits in strict mode, and with 5004 when the contained AVPs would be nested deeper
     * than {@link MessageDecoder.Options#maxNestingDepth()}.
     */
    public List<Avp> asGrouped() {
        List<Avp> c = children;
        if (c == null) {
            if (depth >= options.maxNestingDepth()) {
                throw new InvalidAvpValueException(new DecodeError(ResultCode.DIAMETER_INVALID_AVP_VALUE,
                        "Grouped AVP " + Integer.toUnsignedString(code) + " is at nesting level " + depth
                                + "; its contents would exceed the limit of " + options.maxNestingDepth()
                                + " nested levels", valueOffset, Integer.toUnsignedLong(code), emptyCopy(), null));
            }
            List<Avp> parsed = new ArrayList<>();
            DecodeError error = AvpParser.parse(buffer, valueOffset, valueOffset + valueLength, parsed, options,
                    depth + 1);
            if (error != null) {
                Avp failed = error.offendingAvp() == null ? emptyCopy()
                        : new Builder(code).copyHeader(this).grouped(error.offendingAvp()).build();
                throw new InvalidAvpValueException(new DecodeError(error.resultCode(), error.description(),
                        error.offset(), error.avpCode(), failed, null));
            }
            c = Collections.unmodifiableList(parsed);
            children = c;
        }
        return c;
    }

    /** Whether the value parses as a sequence of well-framed AVPs (a probable Grouped value). */
    public boolean looksGrouped() {
        if (valueLength < 8 || depth >= options.maxNestingDepth()) {
            return false;
        }
        if (children != null) {
            return true;
        }
        return AvpParser.parse(buffer, valueOffset, valueOffset + valueLength, new ArrayList<>(), options,
                depth + 1) == null;
    }

    /** The nesting level: 0 for an AVP at the top of a message or built alone, n inside n Grouped AVPs. */
    public int depth() {
        return depth;
    }

    /** This AVP's header with an empty value (a Failed-AVP when the value cannot be trusted). */
    Avp emptyCopy() {
        return new Avp(code, flags, vendorId, new byte[0], 0, 0);
    }

    /**
     * Visits {@code roots} and, where {@code descendInto} says an AVP is Grouped, its contents, depth
     * first in wire order, without recursion. The walk never goes deeper than {@code maxDepth} levels
     * below the roots (a Grouped AVP at that level is visited but not opened) and is also bounded by
     * the decoding options' nesting limit. A Grouped value that does not parse fails with the
     * {@link InvalidAvpValueException} of {@link #asGrouped()}.
     *
     * @param roots       the AVPs to start from, e.g. {@link DiameterMessage#avps()}
     * @param descendInto which AVPs to open as Grouped (the dictionary knows; {@link #looksGrouped()} guesses)
     * @param maxDepth    how many levels below the roots to open, at least 0
     * @param visitor     called with each AVP and its level below the roots (0 for a root)
     */
    public static void walk(List<Avp> roots, java.util.function.Predicate<Avp> descendInto, int maxDepth,
                            Visitor visitor) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must be at least 0: " + maxDepth);
        }
        java.util.ArrayDeque<java.util.Iterator<Avp>> stack = new java.util.ArrayDeque<>();
        stack.push(roots.iterator());
        while (!stack.isEmpty()) {
            java.util.Iterator<Avp> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            Avp avp = it.next();
            int level = stack.size() - 1;
            visitor.visit(avp, level);
            if (level < maxDepth && descendInto.test(avp)) {
                stack.push(avp.asGrouped().iterator());
            }
        }
    }

    /** Receives the AVPs of a {@link #walk walk}. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * Called once per AVP.
         *
         * @param avp   the AVP
         * @param level 0 for a root, n for an AVP inside n Grouped AVPs below the roots
         */
        void visit(Avp avp, int level);
    }

    private void requireLength(int expected, String type) {
        if (valueLength != expected) {
            throw new InvalidAvpValueException(DecodeError.of(ResultCode.DIAMETER_INVALID_AVP_LENGTH,
                    type + " AVP " + Integer.toUnsignedString(code) + " must have " + expected
                            + " value bytes, has " + valueLength, -1, this));
        }
    }

    private InvalidAvpValueException invalid(String why) {
        return new InvalidAvpValueException(DecodeError.of(ResultCode.DIAMETER_INVALID_AVP_VALUE,
                "AVP " + Integer.toUnsignedString(code) + ": " + why, -1, this));
    }

    // ---------------------------------------------------------------- wire

    /** Writes this AVP with padding into {@code out} at {@code offset}; returns the new offset. */
    int writeTo(byte[] out, int offset) {
        int length = length();
        Bytes.putInt(out, offset, code);
        Bytes.putInt(out, offset + 4, (flags << 24) | length);
        int p = offset + 8;
        if (isVendorSpecific()) {
            Bytes.putInt(out, p, vendorId);
            p += 4;
        }
        System.arraycopy(buffer, valueOffset, out, p, valueLength);
        p += valueLength;
        int padded = offset + paddedLength();
        while (p < padded) {
            out[p++] = 0;
        }
        return padded;
    }

    /** The AVP as wire bytes, header and padding included. */
    public byte[] encode() {
        byte[] out = new byte[paddedLength()];
        writeTo(out, 0);
        return out;
    }

    boolean valueEquals(Avp other) {
        return Arrays.equals(buffer, valueOffset, valueOffset + valueLength,
                other.buffer, other.valueOffset, other.valueOffset + other.valueLength);
    }

    byte valueByte(int index) {
        return buffer[valueOffset + index];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Avp)) {
            return false;
        }
        Avp other = (Avp) o;
        return code == other.code && flags == other.flags && vendorId == other.vendorId
                && valueLength == other.valueLength && valueEquals(other);
    }

    @Override
    public int hashCode() {
        int h = 31 * code + flags;
        h = 31 * h + vendorId;
        for (int i = 0; i < valueLength; i++) {
            h = 31 * h + buffer[valueOffset + i];
        }
        return h;
    }

    private boolean isPrintableAscii() {
        for (int i = valueOffset; i < valueOffset + valueLength; i++) {
            if (buffer[i] < 0x20 || buffer[i] > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /**
     * One line: code, vendor, flags, length and the value as hex, followed by the value as quoted text
     * when it is printable ASCII (names come from the dictionary).
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AVP ").append(Integer.toUnsignedString(code));
        if (isVendorSpecific()) {
            sb.append(" vnd=").append(Integer.toUnsignedString(vendorId));
        }
        sb.append(" flags=").append(flagString(flags)).append(" len=").append(length()).append(" val=");
        Hex.append(sb, buffer, valueOffset, Math.min(valueLength, 64));
        if (valueLength > 64) {
            sb.append("...");
        }
        if (valueLength > 0 && valueLength <= 256 && isPrintableAscii()) {
            sb.append(" \"").append(new String(buffer, valueOffset, valueLength, StandardCharsets.US_ASCII))
                    .append('"');
        }
        return sb.toString();
    }

    /** Renders AVP flags as {@code VMP} letters with {@code -} for clear bits, e.g. {@code -M-}. */
    public static String flagString(int flags) {
        return new String(new char[] {
            (flags & FLAG_VENDOR) != 0 ? 'V' : '-',
            (flags & FLAG_MANDATORY) != 0 ? 'M' : '-',
            (flags & FLAG_PROTECTED) != 0 ? 'P' : '-'}) + ((flags & RESERVED_FLAGS) != 0
                ? String.format("+r%02x", flags & RESERVED_FLAGS) : "");
    }

    /**
     * Builds an {@link Avp}. The typed setters encode exactly as RFC 6733 section 4.2 and 4.3
     * describe; the type comes from the setter the dictionary layer or test picks for the AVP.
     */
    public static final class Builder {
        private final int code;
        private int flags;
        private int vendorId;
        private byte[] value = new byte[0];
        private List<Avp> children;

        private Builder(int code) {
            this.code = code;
        }

        /** Sets the Vendor-ID and the V bit. */
        public Builder vendor(int vendorId) {
            this.vendorId = vendorId;
            this.flags |= FLAG_VENDOR;
            return this;
        }

        /** Clears the V bit and the Vendor-ID. */
        public Builder noVendor() {
            this.vendorId = 0;
            this.flags &= ~FLAG_VENDOR;
            return this;
        }

        /** Sets the M bit. */
        public Builder mandatory() {
            flags |= FLAG_MANDATORY;
            return this;
        }

        /** Clears the M bit. */
        public Builder notMandatory() {
            flags &= ~FLAG_MANDATORY;
            return this;
        }

        /** Sets the P bit. */
        public Builder protectedBit() {
            flags |= FLAG_PROTECTED;
            return this;
        }

        Builder copyHeader(Avp from) {
            flags = from.flags;
            vendorId = from.vendorId;
            return this;
        }

        /** Sets the whole flags octet, reserved bits included (for malformed-message tests). */
        public Builder rawFlags(int rawFlags) {
            flags = rawFlags & 0xFF;
            return this;
        }

        /** Raw value bytes (OctetString, or any bytes for malformed-message tests). */
        public Builder octetString(byte[] bytes) {
            value = bytes.clone();
            children = null;
            return this;
        }

        /** UTF8String value. */
        public Builder utf8String(String text) {
            value = text.getBytes(StandardCharsets.UTF_8);
            children = null;
            return this;
        }

        /**
         * DiameterIdentity value: an FQDN or realm in printable ASCII (RFC 6733 section 4.3.1; an
         * internationalised name must be given in its IDNA "xn--" form). Use {@link #octetString} for
         * a deliberately malformed identity.
         */
        public Builder diameterIdentity(String fqdn) {
            if (fqdn.isEmpty()) {
                throw new IllegalArgumentException("DiameterIdentity of AVP " + Integer.toUnsignedString(code)
                        + " must not be empty");
            }
            for (int i = 0; i < fqdn.length(); i++) {
                char c = fqdn.charAt(i);
                if (c <= 0x20 || c >= 0x7F) {
                    throw new IllegalArgumentException("DiameterIdentity \"" + fqdn + "\" of AVP "
                            + Integer.toUnsignedString(code) + " has a character that is not printable ASCII at index "
                            + i + " (use the IDNA xn-- form)");
                }
            }
            value = fqdn.getBytes(StandardCharsets.US_ASCII);
            children = null;
            return this;
        }

        /** IPFilterRule value, as text. */
        public Builder ipFilterRule(String rule) {
            return utf8String(rule);
        }

        /** DiameterURI value. */
        public Builder diameterUri(DiameterUri uri) {
            return utf8String(uri.toString());
        }

        /** Integer32 value. */
        public Builder integer32(int v) {
            value = new byte[4];
            Bytes.putInt(value, 0, v);
            children = null;
            return this;
        }

        /** Enumerated value (an Integer32). */
        public Builder enumerated(int v) {
            return integer32(v);
        }

        /** Integer64 value. */
        public Builder integer64(long v) {
            value = new byte[8];
            Bytes.putLong(value, 0, v);
            children = null;
            return this;
        }

        /** Unsigned32 value, 0 to 4294967295. */
        public Builder unsigned32(long v) {
            if (v < 0 || v > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("Unsigned32 value out of range 0..4294967295: " + v);
            }
            return integer32((int) v);
        }

        /** Unsigned64 value, 0 to 2^64-1. */
        public Builder unsigned64(BigInteger v) {
            if (v.signum() < 0 || v.bitLength() > 64) {
                throw new IllegalArgumentException("Unsigned64 value out of range 0..2^64-1: " + v);
            }
            return integer64(v.longValue());
        }

        /** Unsigned64 value from a non-negative {@code long}. */
        public Builder unsigned64(long v) {
            if (v < 0) {
                throw new IllegalArgumentException("Unsigned64 from a long must be non-negative: " + v
                        + " (use unsigned64(BigInteger) above 2^63-1)");
            }
            return integer64(v);
        }

        /** Float32 value. */
        public Builder float32(float v) {
            return integer32(Float.floatToRawIntBits(v));
        }

        /** Float64 value. */
        public Builder float64(double v) {
            return integer64(Double.doubleToRawLongBits(v));
        }

        /** Time value (NTP seconds, wrapping after 2036 as RFC 6733 section 4.3.1 says). */
        public Builder time(Instant t) {
            return integer32(DiameterTime.toNtpSeconds(t));
        }

        /** Address value from an IPv4 or IPv6 address. */
        public Builder address(InetAddress address) {
            return address(AddressValue.of(address));
        }

        /** Address value of any family. */
        public Builder address(AddressValue address) {
            byte[] raw = address.rawAddress();
            value = new byte[2 + raw.length];
            value[0] = (byte) (address.family() >>> 8);
            value[1] = (byte) address.family();
            System.arraycopy(raw, 0, value, 2, raw.length);
            children = null;
            return this;
        }

        /** Grouped value: the given AVPs in order. */
        public Builder grouped(Avp... avps) {
            return grouped(List.of(avps));
        }

        /** Grouped value: the given AVPs in order. */
        public Builder grouped(List<Avp> avps) {
            List<Avp> copy = List.copyOf(avps);
            int size = 0;
            for (Avp a : copy) {
                size += a.paddedLength();
            }
            byte[] bytes = new byte[size];
            int p = 0;
            for (Avp a : copy) {
                p = a.writeTo(bytes, p);
            }
            value = bytes;
            children = copy;
            return this;
        }

        /** Builds the immutable AVP. */
        public Avp build() {
            if (value.length > 0xFFFFFF - ((flags & FLAG_VENDOR) != 0 ? 12 : 8)) {
                throw new IllegalArgumentException("AVP " + Integer.toUnsignedString(code)
                        + " value of " + value.length + " bytes exceeds the 24-bit AVP Length");
            }
            return new Avp(code, flags, vendorId, value, children);
        }
    }

    static Avp decoded(int code, int flags, int vendorId, byte[] buffer, int valueOffset, int valueLength,
                       int depth, MessageDecoder.Options options) {
        return new Avp(code, flags, vendorId, buffer, valueOffset, valueLength, depth, options);
    }
}
