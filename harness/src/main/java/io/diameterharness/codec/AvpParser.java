package io.diameterharness.codec;

import java.util.List;

/** Frames a run of AVPs (a message body or a Grouped value) without recursion. */
final class AvpParser {
    private AvpParser() {
    }

    /**
     * Parses AVPs in {@code b[from, to)} into {@code out}; returns {@code null} on success or the
     * first error (5014 for framing, 3009 for reserved flag bits in strict mode).
     */
    static DecodeError parse(byte[] b, int from, int to, List<Avp> out, MessageDecoder.Options options) {
        int p = from;
        while (p < to) {
            int remaining = to - p;
            if (remaining < 8) {
                Avp partial = Avp.decoded(remaining >= 4 ? Bytes.getInt(b, p) : 0, 0, 0,
                        java.util.Arrays.copyOfRange(b, p, to), 0, 0);
                return new DecodeError(ResultCode.DIAMETER_INVALID_AVP_LENGTH,
                        remaining + " trailing bytes cannot hold an 8-byte AVP header", p,
                        remaining >= 4 ? Integer.toUnsignedLong(Bytes.getInt(b, p)) : -1,
                        remaining >= 4 ? partial : null, null);
            }
            int code = Bytes.getInt(b, p);
            int flags = b[p + 4] & 0xFF;
            int length = Bytes.getUnsignedMedium(b, p + 5);
            boolean vendor = (flags & Avp.FLAG_VENDOR) != 0;
            int headerLength = vendor ? 12 : 8;
            if (vendor && remaining < 12) {
                return lengthError(b, p, to, code, flags, "AVP " + Integer.toUnsignedString(code)
                        + " has the V bit but only " + remaining + " bytes remain for its 12-byte header");
            }
            int vendorId = vendor ? Bytes.getInt(b, p + 8) : 0;
            if (length < headerLength) {
                return lengthError(b, p, to, code, flags, "AVP " + Integer.toUnsignedString(code) + " length "
                        + length + " is shorter than its " + headerLength + "-byte header");
            }
            if (length > remaining) {
                return lengthError(b, p, to, code, flags, "AVP " + Integer.toUnsignedString(code) + " length "
                        + length + " runs past the end of its container (" + remaining + " bytes remain)");
            }
            int padded = (length + 3) & ~3;
            if (padded > remaining) {
                return lengthError(b, p, to, code, flags, "AVP " + Integer.toUnsignedString(code) + " length "
                        + length + " leaves no room for its padding (" + remaining + " bytes remain)");
            }
            Avp avp = Avp.decoded(code, flags, vendorId, b, p + headerLength, length - headerLength);
            if (options.strictReservedBits() && (flags & Avp.RESERVED_FLAGS) != 0) {
                return new DecodeError(ResultCode.DIAMETER_INVALID_AVP_BITS, "AVP " + Integer.toUnsignedString(code)
                        + " has reserved flag bits set: " + Avp.flagString(flags), p,
                        Integer.toUnsignedLong(code), avp, null);
            }
            out.add(avp);
            p += padded;
        }
        return null;
    }

    private static DecodeError lengthError(byte[] b, int p, int to, int code, int flags, String why) {
        // Failed-AVP carries the AVP as far as it can be read: header fields and what bytes remain.
        boolean vendor = (flags & Avp.FLAG_VENDOR) != 0;
        int headerLength = vendor ? 12 : 8;
        int vendorId = vendor && to - p >= 12 ? Bytes.getInt(b, p + 8) : 0;
        int valueStart = Math.min(p + headerLength, to);
        int valueEnd = Math.min(to, valueStart + 64);
        Avp offending = Avp.decoded(code, vendor && to - p < 12 ? flags & ~Avp.FLAG_VENDOR : flags, vendorId,
                java.util.Arrays.copyOfRange(b, valueStart, valueEnd), 0, valueEnd - valueStart);
        return new DecodeError(ResultCode.DIAMETER_INVALID_AVP_LENGTH, why, p, Integer.toUnsignedLong(code),
                offending, null);
    }
}
