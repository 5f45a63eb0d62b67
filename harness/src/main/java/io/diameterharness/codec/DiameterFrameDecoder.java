package io.diameterharness.codec;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Frames a Diameter byte stream by the 24-bit Message Length and decodes each frame, emitting one
 * {@link ReceivedFrame} per message. A length that cannot be trusted (below 20, not a multiple of 4,
 * or above the configured maximum) is reported once as a frame with {@code framingLost}, and all
 * further input is discarded: the stream is not guessed back into sync.
 */
public final class DiameterFrameDecoder extends ByteToMessageDecoder {
    private final MessageDecoder.Options options;
    private boolean lost;

    /** A decoder with the default options (1 MiB maximum). */
    public DiameterFrameDecoder() {
        this(MessageDecoder.DEFAULT_OPTIONS);
    }

    /** A decoder with the given options (maximum message size, reserved bits, nesting limit). */
    public DiameterFrameDecoder(MessageDecoder.Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    /** A decoder that accepts messages up to {@code maxMessageSize} bytes, other options default. */
    public static DiameterFrameDecoder withMaxMessageSize(int maxMessageSize) {
        return new DiameterFrameDecoder(MessageDecoder.DEFAULT_OPTIONS.withMaxMessageSize(maxMessageSize));
    }

    /** Frames and decodes what has arrived. */
    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (lost) {
            in.skipBytes(in.readableBytes());
            return;
        }
        while (in.readableBytes() >= 4) {
            int start = in.readerIndex();
            int length = in.getUnsignedMedium(start + 1);
            String distrust = null;
            if (length < DiameterMessage.HEADER_LENGTH) {
                distrust = "Message Length " + length + " is shorter than the 20-byte header";
            } else if (length % 4 != 0) {
                distrust = "Message Length " + length + " is not a multiple of 4";
            } else if (length > options.maxMessageSize()) {
                distrust = "Message Length " + length + " exceeds the maximum message size of "
                        + options.maxMessageSize();
            }
            if (distrust != null) {
                byte[] seen = new byte[Math.min(in.readableBytes(), DiameterMessage.HEADER_LENGTH)];
                in.getBytes(start, seen);
                in.skipBytes(in.readableBytes());
                lost = true;
                out.add(new ReceivedFrame(seen, null, new DecodeError(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH,
                        distrust + "; framing lost", 1, -1, null, null), true));
                return;
            }
            if (in.readableBytes() < length) {
                return;
            }
            byte[] frame = new byte[length];
            in.readBytes(frame);
            DecodeResult r = MessageDecoder.decodeOwnedArray(frame, options);
            out.add(r.isSuccess() ? new ReceivedFrame(frame, r.message(), null, false)
                    : new ReceivedFrame(frame, null, r.error(), false));
        }
    }

    /**
     * At end of stream, bytes of an incomplete message are reported as one frame with 5015 and
     * {@code framingLost} (the peer closed mid-message), never dropped silently.
     */
    /** At the end of the stream, reports a message cut short (5015). */
    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        decode(ctx, in, out);
        if (!lost && in.isReadable()) {
            int have = in.readableBytes();
            String expected = have >= 4 ? " of the " + in.getUnsignedMedium(in.readerIndex() + 1) + " announced" : "";
            byte[] seen = new byte[Math.min(have, DiameterMessage.HEADER_LENGTH)];
            in.getBytes(in.readerIndex(), seen);
            in.skipBytes(have);
            lost = true;
            out.add(new ReceivedFrame(seen, null, new DecodeError(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH,
                    "stream ended after " + have + expected + " bytes of a message", 0, -1, null, null), true));
        }
    }

    /** Whether a frame that could not be trusted has been seen (the rest of the stream is discarded). */
    public boolean isFramingLost() {
        return lost;
    }
}
