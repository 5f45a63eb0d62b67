package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.diameterharness.demo.ExampleMessages;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The codec handlers over real loopback TCP: a client encodes, a server frames and decodes. */
@Timeout(30)
class CodecLoopbackTest {
    private EventLoopGroup group;

    @BeforeEach
    void startLoop() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterEach
    void stopLoop() throws Exception {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void messagesSentOverTcpArriveDecodedInOrder(String host) throws Exception {
        LinkedBlockingQueue<ReceivedFrame> received = new LinkedBlockingQueue<>();
        Channel server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new DiameterFrameDecoder(),
                                new SimpleChannelInboundHandler<ReceivedFrame>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, ReceivedFrame f) {
                                        received.add(f);
                                    }
                                });
                    }
                })
                .bind(new InetSocketAddress(InetAddress.getByName(host), 0)).sync().channel();
        Channel client = null;
        try {
            client = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(DiameterMessageEncoder.INSTANCE);
                        }
                    })
                    .connect(server.localAddress()).sync().channel();
            List<DiameterMessage> sent = List.of(ExampleMessages.capabilitiesExchangeRequest(),
                    ExampleMessages.creditControlRequest(), ExampleMessages.deviceWatchdogRequest(),
                    ExampleMessages.disconnectPeerRequest());
            for (DiameterMessage m : sent) {
                client.write(m);
            }
            client.flush();
            List<DiameterMessage> got = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                ReceivedFrame f = received.poll(10, TimeUnit.SECONDS);
                if (f == null) {
                    throw new AssertionError("only " + got.size() + " of " + sent.size() + " messages arrived: " + got);
                }
                got.add(f.message());
            }
            assertEquals(sent, got);
        } finally {
            if (client != null) {
                client.close().sync();
            }
            server.close().sync();
        }
    }
}
