package io.diameterharness.benchmarks.load;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The raw baseline: a plain Netty server that reads length-prefixed frames (the Diameter
 * header's 24-bit length) and answers each with a frame of the size of a Credit-Control-Answer,
 * carrying the request's Hop-by-Hop and End-to-End identifiers. No decoding, no state, no
 * Diameter logic: what this machine's loopback and Netty cost for this traffic. Runs on as many
 * event-loop threads as the harness's shared group.
 */
public final class EchoServer implements AutoCloseable {
    private final EventLoopGroup group;
    private final Channel channel;

    private EchoServer(int threads) {
        group = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("echo", true),
                NioIoHandler.newFactory());
        byte[] answer = Traffic.creditControlAnswer("echo." + Traffic.SERVER_REALM);
        ChannelHandler handler = new Handler(answer);
        channel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(1 << 20, 1, 3, -4, 0), handler);
                    }
                })
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).syncUninterruptibly().channel();
    }

    /** Starts the server on an ephemeral loopback port with {@code threads} event-loop threads. */
    public static EchoServer start(int threads) {
        return new EchoServer(threads);
    }

    /** Where it listens. */
    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
    }

    @ChannelHandler.Sharable
    private static final class Handler extends ChannelInboundHandlerAdapter {
        private final byte[] answer;

        Handler(byte[] answer) {
            this.answer = answer;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf frame = (ByteBuf) msg;
            try {
                ByteBuf out = ctx.alloc().ioBuffer(answer.length).writeBytes(answer);
                out.setMedium(5, frame.getUnsignedMedium(5)); // command code (a CER gets a "CEA")
                out.setInt(12, frame.getInt(12));
                out.setInt(16, frame.getInt(16));
                ctx.write(out, ctx.voidPromise());
            } finally {
                frame.release();
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
