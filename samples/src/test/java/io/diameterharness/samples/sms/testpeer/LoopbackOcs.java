package io.diameterharness.samples.sms.testpeer;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterFrameDecoder;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.DiameterMessageEncoder;
import io.diameterharness.codec.ReceivedFrame;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A scripted online charging system on 127.0.0.1, for the sample's own tests until the harness's
 * fake peers exist. It speaks through the harness codec (not the sample's), so the two encoders and
 * decoders check each other. Answers CER, DWR and DPR by default; CCRs go to a replaceable function.
 */
public final class LoopbackOcs implements AutoCloseable {

    private final String originHost;
    private final EventLoopGroup group;
    private final ChannelGroup connections;
    private final Channel server;
    private final BlockingQueue<DiameterMessage> received = new LinkedBlockingQueue<>();

    /** Result-Code of the CEA. */
    public volatile long ceaResultCode = 2001;
    /** Delay before the CEA is sent, in milliseconds. */
    public volatile long ceaDelayMillis;
    /** Whether DWRs are answered. */
    public volatile boolean answerDwr = true;
    /** Result-Code of DWAs. */
    public volatile long dwaResultCode = 2001;
    /** Delay before a CCA is sent, in milliseconds. */
    public volatile long ccaDelayMillis;
    /** The CCA for a CCR, or empty to stay silent. Default: 2001. */
    public volatile Function<DiameterMessage, Optional<DiameterMessage>> onCcr = ccr -> Optional.of(answer(ccr, 2001));

    private LoopbackOcs(String originHost) throws InterruptedException {
        this.originHost = originHost;
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("loopback-ocs-" + originHost, true),
                NioIoHandler.newFactory());
        this.connections = new DefaultChannelGroup(group.next());
        this.server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline().addLast(new DiameterFrameDecoder(), DiameterMessageEncoder.INSTANCE,
                                new Responder());
                    }
                }).bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    /**
     * @param originHost the Origin-Host of this fake OCS
     * @return a started fake OCS on an ephemeral loopback port
     * @throws InterruptedException if interrupted while binding
     */
    public static LoopbackOcs start(String originHost) throws InterruptedException {
        return new LoopbackOcs(originHost);
    }

    /** @return {@code 127.0.0.1:<port>} for the {@code ocs.primary}/{@code ocs.secondary} keys */
    public String hostPort() {
        return "127.0.0.1:" + address().getPort();
    }

    /** @return the listening address */
    public InetSocketAddress address() {
        return (InetSocketAddress) server.localAddress();
    }

    /**
     * An answer to {@code request} from this OCS with the given Result-Code.
     *
     * @param request the request
     * @param resultCode the Result-Code
     * @return the answer (E flag set for 3xxx)
     */
    public DiameterMessage answer(DiameterMessage request, long resultCode) {
        DiameterMessage.Builder b = DiameterMessage.answerTo(request);
        request.avp(263).ifPresent(b::avp);
        if (resultCode >= 3000 && resultCode < 4000) {
            b.error();
        }
        return b.avp(Avp.builder(268).mandatory().unsigned32(resultCode).build())
                .avp(Avp.builder(264).mandatory().diameterIdentity(originHost).build())
                .avp(Avp.builder(296).mandatory().diameterIdentity("ocs.example").build()).build();
    }

    /**
     * Waits for the next received message with this command code and R flag, skipping others.
     *
     * @param commandCode the command code
     * @param timeout how long to wait at most
     * @return the request
     * @throws AssertionError if none arrives in time, listing what did
     * @throws InterruptedException if interrupted
     */
    public DiameterMessage awaitRequest(int commandCode, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> skipped = new ArrayList<>();
        while (true) {
            DiameterMessage m = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new AssertionError(originHost + ": no request " + commandCode + " within " + timeout
                        + "; skipped " + skipped);
            }
            if (m.isRequest() && m.commandCode() == commandCode) {
                return m;
            }
            skipped.add(m.toString());
        }
    }

    /**
     * Waits for the next received message (request or answer) that matches, skipping others.
     *
     * @param condition what to wait for
     * @param timeout how long to wait at most
     * @return the message
     * @throws InterruptedException if interrupted
     */
    public DiameterMessage drainReceivedUntil(java.util.function.Predicate<DiameterMessage> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> skipped = new ArrayList<>();
        while (true) {
            DiameterMessage m = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new AssertionError(originHost + ": nothing matching within " + timeout + "; skipped " + skipped);
            }
            if (condition.test(m)) {
                return m;
            }
            skipped.add(m.toString());
        }
    }

    /** @return the messages received and not yet taken */
    public List<DiameterMessage> drainReceived() {
        List<DiameterMessage> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    /**
     * Sends a message to every connected client.
     *
     * @param message the message
     */
    public void sendToClients(DiameterMessage message) {
        connections.writeAndFlush(message);
    }

    /** Closes every client connection with a TCP RST (SO_LINGER 0). */
    public void resetConnections() {
        for (Channel ch : connections) {
            ch.config().setOption(ChannelOption.SO_LINGER, 0);
            ch.close();
        }
    }

    /** Closes every client connection normally (FIN). */
    public void closeConnections() {
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    private final class Responder extends SimpleChannelInboundHandler<ReceivedFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ReceivedFrame frame) {
            if (frame.decoded().isEmpty()) {
                throw new IllegalStateException(originHost + " received an undecodable message: " + frame);
            }
            DiameterMessage m = frame.message();
            received.add(m);
            if (!m.isRequest()) {
                return;
            }
            switch (m.commandCode()) {
                case 257 -> {
                    DiameterMessage cea = DiameterMessage.answerTo(m)
                            .avp(Avp.builder(268).mandatory().unsigned32(ceaResultCode).build())
                            .avp(Avp.builder(264).mandatory().diameterIdentity(originHost).build())
                            .avp(Avp.builder(296).mandatory().diameterIdentity("ocs.example").build())
                            .avp(Avp.builder(258).mandatory().unsigned32(4).build()).build();
                    later(ctx, cea, ceaDelayMillis);
                }
                case 280 -> {
                    if (answerDwr) {
                        ctx.writeAndFlush(answer(m, dwaResultCode));
                    }
                }
                case 282 -> ctx.writeAndFlush(answer(m, 2001)).addListener(f -> ctx.close());
                case 272 -> onCcr.apply(m).ifPresent(cca -> later(ctx, cca, ccaDelayMillis));
                default -> ctx.writeAndFlush(answer(m, 3001));
            }
        }

        private void later(ChannelHandlerContext ctx, DiameterMessage m, long delayMillis) {
            if (delayMillis <= 0) {
                ctx.writeAndFlush(m);
            } else {
                ctx.executor().schedule(() -> ctx.writeAndFlush(m), delayMillis, TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
