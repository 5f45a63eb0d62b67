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

    /**
     * Decoder settings.
     *
     * @param maxMessageSize      the largest Message Length accepted (5015 above it)
     * @param strictReservedBits  whether reserved header bits (3008) and reserved AVP bits (3009)
     *                            are errors; RFC 6733 says they must be zero
     */
    public record Options(int maxMessageSize, boolean strictReservedBits) {
        /** Checks the values. */
        public Options {
            if (maxMessageSize < DiameterMessage.HEADER_LENGTH || maxMessageSize > 0xFFFFFF) {
                throw new IllegalArgumentException("maxMessageSize must be between 20 and 16777215: "
                        + maxMessageSize);
            }
        }

        /** These options with another maximum message size. */
        public Options withMaxMessageSize(int size) {
            return new Options(size, strictReservedBits);
        }

        /** These options with reserved bits checked or ignored. */
        public Options withStrictReservedBits(boolean strict) {
            return new Options(maxMessageSize, strict);
        }
    }

    /** 1 MiB maximum, reserved bits checked. */
    public static final Options DEFAULT_OPTIONS = new Options(DEFAULT_MAX_MESSAGE_SIZE, true);

    private MessageDecoder() {
    }

    /** Decodes a whole message with the default options. */
    public static DecodeResult decode(byte[] frame) {
        return decode(frame, DEFAULT_OPTIONS);
    }

    /** Decodes the readable bytes of {@code frame} (not consumed, not released). */
    public static DecodeResult decode(ByteBuf frame, Options options) {
        byte[] copy = new byte[frame.readableBytes()];
        frame.getBytes(frame.readerIndex(), copy);
        return decodeOwned(copy, options);
    }

    /** Decodes a whole message; the array is copied. */
    public static DecodeResult decode(byte[] frame, Options options) {
        return decodeOwned(frame.clone(), options);
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
        DiameterMessage header = new DiameterMessage(version, flags, commandCode, applicationId, hopByHop,
                endToEnd, List.of());
        if (length != n) {
            return DecodeResult.failure(new DecodeError(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH,
                    "Message Length " + length + " does not match the " + n + " bytes received", 1, -1, null,
                    null));
        }
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
        if (options.strictReservedBits() && (flags & DiameterMessage.RESERVED_FLAGS) != 0) {
            return DecodeResult.failure(new DecodeError(ResultCode.DIAMETER_INVALID_HDR_BITS,
                    "reserved header flag bits are set: " + DiameterMessage.flagString(flags), 4, -1, null,
                    header));
        }
        List<Avp> avps = new ArrayList<>();
        DecodeError error = AvpParser.parse(b, DiameterMessage.HEADER_LENGTH, n, avps, options);
        if (error != null) {
            return DecodeResult.failure(error.withPartial(new DiameterMessage(version, flags, commandCode,
                    applicationId, hopByHop, endToEnd, Collections.unmodifiableList(avps))));
        }
        return DecodeResult.success(new DiameterMessage(version, flags, commandCode, applicationId, hopByHop,
                endToEnd, Collections.unmodifiableList(avps)));
    }
}
