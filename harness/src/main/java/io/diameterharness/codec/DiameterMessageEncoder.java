package io.diameterharness.codec;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** Writes {@link DiameterMessage}s to the channel as wire bytes. Stateless and shareable. */
@ChannelHandler.Sharable
public final class DiameterMessageEncoder extends MessageToByteEncoder<DiameterMessage> {
    /** The shared instance. */
    public static final DiameterMessageEncoder INSTANCE = new DiameterMessageEncoder();

    private DiameterMessageEncoder() {
        super(DiameterMessage.class);
    }

    /** Writes the message's wire bytes. */
    @Override
    protected void encode(ChannelHandlerContext ctx, DiameterMessage msg, ByteBuf out) {
        MessageEncoder.encode(msg, out);
    }

    /** A buffer of exactly the message's length. */
    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, DiameterMessage msg, boolean preferDirect) {
        int size = msg.length();
        return preferDirect ? ctx.alloc().ioBuffer(size) : ctx.alloc().heapBuffer(size);
    }
}
