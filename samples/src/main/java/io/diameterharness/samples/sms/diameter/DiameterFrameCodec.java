package io.diameterharness.samples.sms.diameter;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.MessageToMessageCodec;
import java.util.List;

/**
 * Turns whole Diameter frames into {@link Message}s and back. A frame that does not decode becomes a
 * {@link MalformedFrame} so the connection handler can decide what to do with it.
 */
final class DiameterFrameCodec extends MessageToMessageCodec<ByteBuf, Message> {

    /** Largest message accepted from a peer. */
    static final int MAX_MESSAGE_LENGTH = 1 << 20;

    /**
     * A frame that is not a well-formed message.
     *
     * @param flags the command flags octet, if the header was readable (else 0)
     * @param commandCode the command code, if the header was readable (else -1)
     * @param applicationId the Application-Id, if the header was readable
     * @param hopByHopId the Hop-by-Hop Identifier, if the header was readable
     * @param endToEndId the End-to-End Identifier, if the header was readable
     * @param error what is wrong
     */
    record MalformedFrame(int flags, int commandCode, long applicationId, int hopByHopId, int endToEndId,
            MalformedMessageException error) {
        boolean headerReadable() {
            return commandCode >= 0;
        }
    }

    /**
     * Adds the framing and message codec to a pipeline.
     *
     * @param pipeline the pipeline of one peer connection
     */
    static void addTo(ChannelPipeline pipeline) {
        // Message Length is the 24 bits after the version octet and counts the whole message.
        pipeline.addLast("diameter-framer", new LengthFieldBasedFrameDecoder(MAX_MESSAGE_LENGTH, 1, 3, -4, 0));
        pipeline.addLast("diameter-codec", new DiameterFrameCodec());
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Message msg, List<Object> out) {
        byte[] bytes = MessageCodec.encode(msg);
        out.add(ctx.alloc().buffer(bytes.length).writeBytes(bytes));
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        try {
            out.add(MessageCodec.decode(frame));
        } catch (MalformedMessageException e) {
            if (frame.readableBytes() >= MessageCodec.HEADER_LENGTH && frame.getUnsignedByte(frame.readerIndex()) == 1) {
                int i = frame.readerIndex();
                out.add(new MalformedFrame(frame.getUnsignedByte(i + 4), frame.getUnsignedMedium(i + 5),
                        frame.getUnsignedInt(i + 8), frame.getInt(i + 12), frame.getInt(i + 16), e));
            } else {
                out.add(new MalformedFrame(0, -1, 0, 0, 0, e));
            }
        }
    }
}
