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

    /** A decoder with the given options. */
    public DiameterFrameDecoder(MessageDecoder.Options options) {
        this.options = options;
    }

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
            DecodeResult r = MessageDecoder.decode(frame, options);
            out.add(r.isSuccess() ? new ReceivedFrame(frame, r.message(), null, false)
                    : new ReceivedFrame(frame, null, r.error(), false));
        }
    }

    /** Whether a frame that could not be trusted has been seen (the rest of the stream is discarded). */
    public boolean isFramingLost() {
        return lost;
    }
}
