package io.diameterharness.transport.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.sctp.SctpMessage;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * Adapters between SCTP messages and the byte stream the Diameter frame decoder reads. Inbound,
 * every complete SCTP message's payload goes up (whatever the stream and payload protocol id, as
 * peers differ); outbound, bytes go out on stream 0 with payload protocol identifier 46 (Diameter,
 * RFC 6733 section 2.1.1).
 */
public final class SctpFraming {
    /** The IANA SCTP payload protocol identifier of Diameter. */
    public static final int DIAMETER_PPID = 46;

    private SctpFraming() {
    }

    /** SCTP message payloads to bytes. */
    @ChannelHandler.Sharable
    public static final class Inbound extends MessageToMessageDecoder<SctpMessage> {
        /** The shared instance. */
        public static final Inbound INSTANCE = new Inbound();

        private Inbound() {
            super(SctpMessage.class);
        }

        @Override
        protected void decode(ChannelHandlerContext ctx, SctpMessage msg, List<Object> out) {
            out.add(msg.content().retain());
        }
    }

    /** Bytes to SCTP messages on stream 0, PPID 46. */
    @ChannelHandler.Sharable
    public static final class Outbound extends MessageToMessageEncoder<ByteBuf> {
        /** The shared instance. */
        public static final Outbound INSTANCE = new Outbound();

        private Outbound() {
            super(ByteBuf.class);
        }

        @Override
        protected void encode(ChannelHandlerContext ctx, ByteBuf msg, List<Object> out) {
            out.add(new SctpMessage(DIAMETER_PPID, 0, msg.retain()));
        }
    }
}
