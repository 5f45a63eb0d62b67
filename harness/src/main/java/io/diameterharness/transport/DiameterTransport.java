package io.diameterharness.transport;

import io.diameterharness.codec.DiameterFrameDecoder;
import io.diameterharness.transport.internal.SctpFraming;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.sctp.SctpChannelOption;
import io.netty.channel.sctp.nio.NioSctpChannel;
import io.netty.channel.sctp.nio.NioSctpServerChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.codec.sctp.SctpMessageCompletionHandler;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds Diameter channels: a listening server channel whose accepted connections, and a client
 * connection, each get the transport handlers (TLS, SCTP framing), then the
 * {@link DiameterFrameDecoder}, then whatever the caller adds in its initializer. The pipeline after
 * the caller's handlers reads {@link io.diameterharness.codec.ReceivedFrame}s and writes
 * {@link io.netty.buffer.ByteBuf}s of encoded messages.
 *
 * <p>Names: each pipeline's last transport handler is {@value #FRAME_DECODER}; the TLS handler is
 * {@value #TLS_HANDLER}.
 */
public final class DiameterTransport {
    /** Pipeline name of the frame decoder. */
    public static final String FRAME_DECODER = "diameter-frames";
    /** Pipeline name of the TLS handler. */
    public static final String TLS_HANDLER = "tls";

    private DiameterTransport() {
    }

    /**
     * Starts listening. The returned future completes when the socket is bound (or failed).
     *
     * @param settings  protocol, bind address, port, TLS
     * @param hostName  the name a generated certificate carries
     * @param childInit adds the caller's handlers to each accepted connection
     * @return the bind future; its channel is the listening channel
     */
    public static ChannelFuture listen(TransportSettings settings, String hostName, Consumer<Channel> childInit) {
        SslContext ssl = settings.isTls() ? settings.tls().newContext(true, hostName) : null;
        ServerBootstrap b = new ServerBootstrap().group(EventLoops.shared())
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        addTransportHandlers(ch, settings, ssl, false, null);
                        childInit.accept(ch);
                    }
                });
        if (settings.protocol() == TransportProtocol.SCTP) {
            requireSctp();
            b.channel(NioSctpServerChannel.class).childOption(SctpChannelOption.SCTP_NODELAY, true);
        } else {
            b.channel(NioServerSocketChannel.class).option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true);
        }
        b.childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, waterMark(settings));
        return b.bind(new InetSocketAddress(settings.bindAddress(), settings.port()));
    }

    /**
     * Connects to a server. The returned future completes when the transport connection is up
     * (before any TLS handshake; see {@link #tlsHandshake(Channel)}).
     *
     * @param settings protocol, TLS, connect timeout (the bind address is used as the local address
     *                 unless it is a loopback address and the remote one is not)
     * @param hostName the name a generated client certificate carries
     * @param remote   the server's address
     * @param init     adds the caller's handlers
     * @return the connect future
     */
    public static ChannelFuture connect(TransportSettings settings, String hostName, InetSocketAddress remote,
                                        Consumer<Channel> init) {
        SslContext ssl = settings.isTls() ? settings.tls().newContext(false, hostName) : null;
        Bootstrap b = new Bootstrap().group(EventLoops.shared())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        addTransportHandlers(ch, settings, ssl, true, remote);
                        init.accept(ch);
                    }
                });
        if (settings.protocol() == TransportProtocol.SCTP) {
            requireSctp();
            b.channel(NioSctpChannel.class).option(SctpChannelOption.SCTP_NODELAY, true);
        } else {
            b.channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true);
        }
        b.option(ChannelOption.WRITE_BUFFER_WATER_MARK, waterMark(settings));
        boolean bindLocal = !settings.bindAddress().isLoopbackAddress() || remote.getAddress() == null
                || remote.getAddress().isLoopbackAddress();
        if (bindLocal && remote.getAddress() != null
                && remote.getAddress().getAddress().length == settings.bindAddress().getAddress().length) {
            return b.connect(remote, new InetSocketAddress(settings.bindAddress(), 0));
        }
        return b.connect(remote);
    }

    /** The TLS handler of a channel, when it runs TLS. */
    public static Optional<SslHandler> tls(Channel channel) {
        return Optional.ofNullable((SslHandler) channel.pipeline().get(TLS_HANDLER));
    }

    /**
     * The future of the TLS handshake of a channel, or {@code null} when it has no TLS. Listeners run
     * on the channel's event loop.
     */
    public static io.netty.util.concurrent.Future<Channel> tlsHandshake(Channel channel) {
        return tls(channel).map(SslHandler::handshakeFuture).orElse(null);
    }

    /** Whether an event is the end of a TLS handshake. */
    public static boolean isHandshakeEvent(Object event) {
        return event instanceof SslHandshakeCompletionEvent;
    }

    private static void addTransportHandlers(Channel ch, TransportSettings settings, SslContext ssl, boolean client,
                                             InetSocketAddress remote) {
        ChannelPipeline p = ch.pipeline();
        if (settings.protocol() == TransportProtocol.SCTP) {
            p.addLast("sctp-completion", new SctpMessageCompletionHandler());
            p.addLast("sctp-in", SctpFraming.Inbound.INSTANCE);
            p.addLast("sctp-out", SctpFraming.Outbound.INSTANCE);
        } else if (ssl != null) {
            SslHandler h = client && remote != null
                    ? ssl.newHandler(ch.alloc(), remote.getHostString(), remote.getPort())
                    : ssl.newHandler(ch.alloc());
            p.addLast(TLS_HANDLER, h);
        }
        p.addLast(FRAME_DECODER, new DiameterFrameDecoder(settings.decoderOptions()));
    }

    private static WriteBufferWaterMark waterMark(TransportSettings settings) {
        return new WriteBufferWaterMark(settings.writeBufferLowWaterMark(), settings.writeBufferHighWaterMark());
    }

    private static void requireSctp() {
        if (!SctpSupport.isAvailable()) {
            throw new IllegalStateException("SCTP transport requested but unavailable: "
                    + SctpSupport.unavailableReason().orElse("?"));
        }
    }
}
