package io.diameterharness.codec;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decodes one framed message into a {@link DiameterMessage}, or a {@link DecodeError} that carries
 * the RFC 6733 Result-Code. Never throws on bad input, never loops, and allocates at most one copy
 * of the frame plus one object per AVP. Grouped values are parsed lazily, one level at a time, by
 * {@link Avp#asGrouped()}, so nesting depth costs nothing here.
 */
public final class MessageDecoder {
    /** The default largest message accepted: 1 MiB. */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 1 << 20;

    /** The default nesting limit for Grouped AVPs; real applications nest fewer than 10 levels. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

    /**
     * Decoder settings.
     *
     * <p>Reserved command flag bits are always accepted and kept in {@link DiameterMessage#flags()}:
     * RFC 6733 section 3 says the receiver ignores them. Reserved AVP flag bits are an error (3009)
     * in strict mode, as RFC 6733 section 4.1 recommends for unrecognised bits.
     *
     * @param maxMessageSize      the largest Message Length accepted (5015 above it), 20 to 16777215
     * @param strictReservedBits  whether reserved AVP flag bits are an error (3009)
     * @param maxNestingDepth     how many Grouped levels {@link Avp#asGrouped()} opens before failing
     *                            with 5004, at least 1
     */
    public record Options(int maxMessageSize, boolean strictReservedBits, int maxNestingDepth) {
        /** Checks the values. */
        public Options {
            if (maxMessageSize < DiameterMessage.HEADER_LENGTH || maxMessageSize > 0xFFFFFF) {
                throw new IllegalArgumentException("maxMessageSize must be between 20 and 16777215: "
                        + maxMessageSize);
            }
            if (maxNestingDepth < 1) {
                throw new IllegalArgumentException("maxNestingDepth must be at least 1: " + maxNestingDepth);
            }
        }

        /** Options with the default nesting limit. */
        public Options(int maxMessageSize, boolean strictReservedBits) {
            this(maxMessageSize, strictReservedBits, DEFAULT_MAX_NESTING_DEPTH);
        }

        /** These options with another maximum message size. */
        public Options withMaxMessageSize(int size) {
            return new Options(size, strictReservedBits, maxNestingDepth);
        }

        /** These options with reserved AVP flag bits checked or ignored. */
        public Options withStrictReservedBits(boolean strict) {
            return new Options(maxMessageSize, strict, maxNestingDepth);
        }

        /** These options with another Grouped nesting limit. */
        public Options withMaxNestingDepth(int depth) {
            return new Options(maxMessageSize, strictReservedBits, depth);
        }
    }

    /** 1 MiB maximum, reserved AVP bits checked, 32 Grouped levels. */
    public static final Options DEFAULT_OPTIONS = new Options(DEFAULT_MAX_MESSAGE_SIZE, true,
            DEFAULT_MAX_NESTING_DEPTH);

    private MessageDecoder() {
    }

    /** Decodes a whole message with the default options. */
    public static DecodeResult decode(byte[] frame) {
        return decode(frame, DEFAULT_OPTIONS);
    }

    /** Decodes the readable bytes of {@code frame} (not consumed, not released). */
    public static DecodeResult decode(ByteBuf frame, Options options) {
        if (frame.readableBytes() > options.maxMessageSize()) {
            return tooLong(frame.readableBytes(), options);
        }
        byte[] copy = new byte[frame.readableBytes()];
        frame.getBytes(frame.readerIndex(), copy);
        return decodeOwned(copy, options);
    }

    /** Decodes a whole message; the array is copied (the message keeps the copy, not the caller's array). */
    public static DecodeResult decode(byte[] frame, Options options) {
        if (frame.length > options.maxMessageSize()) {
            return tooLong(frame.length, options);
        }
        return decodeOwned(frame.clone(), options);
    }

    /**
     * Decodes a whole message that the caller hands over: {@code frame} is not copied, so it must not
     * be changed afterwards (the frame decoder uses this for the array it just filled).
     */
    static DecodeResult decodeOwnedArray(byte[] frame, Options options) {
        if (frame.length > options.maxMessageSize()) {
            return tooLong(frame.length, options);
        }
        return decodeOwned(frame, options);
    }

    private static DecodeResult tooLong(int n, Options options) {
        return DecodeResult.failure(new DecodeError(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH,
                "message of " + n + " bytes exceeds the maximum of " + options.maxMessageSize(), 0, -1, null,
                null));
    }

    private static DecodeResult decodeOwned(byte[] b, Options options) {
        int n = b.length;
        if (n < DiameterMessage.HEADER_LENGTH) {
            return DecodeResult.failure(new DecodeError(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH,
                    "message of " + n + " bytes is shorter than the 20-byte header", 0, -1, null, null));
        }
        int version = b[0] & 0xFF;
        int length = Bytes.getUnsignedMedium(b, 1);
        int flags = b[4] & 0xFF;
        int commandCode = Bytes.getUnsignedMedium(b, 5);
        int applicationId = Bytes.getInt(b, 8);
        int hopByHop = Bytes.getInt(b, 12);
        int endToEnd = Bytes.getInt(b, 16);
        if (length != n) {
            return DecodeResult.failure(new DecodeError(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH,
                    "Message Length " + length + " does not match the " + n + " bytes received", 1, -1, null,
                    null));
        }
        if (version != 1 || length % 4 != 0 || length > options.maxMessageSize()
                || ((flags & DiameterMessage.FLAG_REQUEST) != 0 && (flags & DiameterMessage.FLAG_ERROR) != 0)) {
            return headerError(version, length, flags, options, new DiameterMessage(version, flags, commandCode,
                    applicationId, hopByHop, endToEnd, List.of()));
        }
        List<Avp> avps = new ArrayList<>(16);
        DecodeError error = AvpParser.parse(b, DiameterMessage.HEADER_LENGTH, n, avps, options, 0);
        if (error != null) {
            return DecodeResult.failure(error.withPartial(new DiameterMessage(version, flags, commandCode,
                    applicationId, hopByHop, endToEnd, Collections.unmodifiableList(avps))));
        }
        return DecodeResult.success(new DiameterMessage(version, flags, commandCode, applicationId, hopByHop,
                endToEnd, Collections.unmodifiableList(avps), b));
    }

    private static DecodeResult headerError(int version, int length, int flags, Options options,
                                            DiameterMessage header) {
        if (version != 1) {
            return DecodeResult.failure(new DecodeError(ResultCode.DIAMETER_UNSUPPORTED_VERSION,
                    "version " + version + " is not 1", 0, -1, null, header));
        }
        if (length % 4 != 0) {
            return DecodeResult.failure(new DecodeError(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH,
                    "Message Length " + length + " is not a multiple of 4", 1, -1, null, header));
        }
        if (length > options.maxMessageSize()) {
            return DecodeResult.failure(new DecodeError(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH,
                    "Message Length " + length + " exceeds the maximum of " + options.maxMessageSize(), 1, -1,
                    null, header));
        }
        if ((flags & DiameterMessage.FLAG_REQUEST) != 0 && (flags & DiameterMessage.FLAG_ERROR) != 0) {
            return DecodeResult.failure(new DecodeError(ResultCode.DIAMETER_INVALID_HDR_BITS,
                    "a request must not have the E bit: flags " + DiameterMessage.flagString(flags), 4, -1,
                    null, header));
        }
        throw new IllegalStateException("no header error in a header that failed its checks");
    }
}
