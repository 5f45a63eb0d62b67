package io.diameterharness.codec;

import java.util.List;

/** Frames a run of AVPs (a message body or one Grouped value) without recursion. */
final class AvpParser {
    private AvpParser() {
    }

    /**
     * Parses AVPs in {@code b[from, to)} into {@code out}; returns {@code null} on success or the
     * first error (5014 for framing, 3009 for reserved flag bits in strict mode). The AVPs keep
     * references into {@code b}; {@code depth} is their nesting level.
     *
     * <p>Failed-AVP (RFC 6733 section 7.5): when the AVP Length cannot be trusted, the offending AVP
     * is its header with an empty value (the codec does not know the type, so the dictionary layer may
     * widen it to the type's minimum length); a header cut short is padded with zeros to the minimum
     * header length.
     */
    static DecodeError parse(byte[] b, int from, int to, List<Avp> out, MessageDecoder.Options options, int depth) {
        int p = from;
        while (p < to) {
            int remaining = to - p;
            int flags = remaining > 4 ? b[p + 4] & 0xFF : 0;
            boolean vendor = (flags & Avp.FLAG_VENDOR) != 0;
            int headerLength = vendor ? 12 : 8;
            if (remaining < headerLength) {
                byte[] header = new byte[headerLength];
                System.arraycopy(b, p, header, 0, remaining);
                int code = Bytes.getInt(header, 0);
                return error(code, flags, vendor ? Bytes.getInt(header, 8) : 0, p,
                        remaining + " bytes remain, too few for " + (vendor ? "a 12-byte vendor" : "an 8-byte")
                                + " AVP header" + (remaining >= 4 ? " (AVP " + Integer.toUnsignedString(code) + ")" : ""));
            }
            int code = Bytes.getInt(b, p);
            int length = Bytes.getUnsignedMedium(b, p + 5);
            int vendorId = vendor ? Bytes.getInt(b, p + 8) : 0;
            if (length < headerLength) {
                return error(code, flags, vendorId, p, "AVP " + Integer.toUnsignedString(code) + " length "
                        + length + " is shorter than its " + headerLength + "-byte header");
            }
            if (length > remaining) {
                return error(code, flags, vendorId, p, "AVP " + Integer.toUnsignedString(code) + " length "
                        + length + " runs past the end of its container (" + remaining + " bytes remain)");
            }
            int padded = (length + 3) & ~3;
            if (padded > remaining) {
                return error(code, flags, vendorId, p, "AVP " + Integer.toUnsignedString(code) + " length "
                        + length + " leaves no room for its " + (padded - length) + " padding bytes ("
                        + remaining + " bytes remain)");
            }
            Avp avp = Avp.decoded(code, flags, vendorId, b, p + headerLength, length - headerLength, depth, options);
            if (options.strictReservedBits() && (flags & Avp.RESERVED_FLAGS) != 0) {
                return new DecodeError(ResultCode.DIAMETER_INVALID_AVP_BITS, "AVP " + Integer.toUnsignedString(code)
                        + " has reserved flag bits set: " + Avp.flagString(flags), p + 4,
                        Integer.toUnsignedLong(code), avp, null);
            }
            out.add(avp);
            p += padded;
        }
        return null;
    }

    private static DecodeError error(int code, int flags, int vendorId, int offset, String why) {
        Avp offending = Avp.decoded(code, flags, vendorId, new byte[0], 0, 0, 0, MessageDecoder.DEFAULT_OPTIONS);
        return new DecodeError(ResultCode.DIAMETER_INVALID_AVP_LENGTH, why, offset, Integer.toUnsignedLong(code),
                offending, null);
    }
}
