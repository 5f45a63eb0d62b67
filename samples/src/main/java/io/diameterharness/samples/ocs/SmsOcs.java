package io.diameterharness.samples.ocs;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A small online charging system for SMS: a Diameter server (RFC 6733 base protocol, RFC 4006
 * Credit-Control) that debits one unit per SMS from prepaid balances. It is the second sample's
 * application under test, written on the SMS sample's own codec ({@code samples.sms.diameter}), not
 * on the harness.
 *
 * <ul>
 *   <li>CER: answered 2001 when it offers Credit-Control (4) or relay, else 5010
 *       DIAMETER_NO_COMMON_APPLICATION and the connection is closed. A connection that sends no CER
 *       within the CER timeout is closed; any other request first is answered 3010
 *       DIAMETER_UNKNOWN_PEER and the connection closed.</li>
 *   <li>Watchdog both ways (RFC 3539): DWR answered; after Tw without traffic a DWR goes out, and the
 *       connection is closed when Tw passes again without any answer.</li>
 *   <li>DPR: answered 2001, then the connection closes.</li>
 *   <li>CCR EVENT_REQUEST: 5005 with a Failed-AVP when a required AVP is missing, 3003 for another
 *       Destination-Realm, 5030 for an unknown subscriber, 4012 when the balance is too low, else
 *       2001 with the units granted and debited.</li>
 *   <li>Malformed requests are answered with the Result-Code of the fault (5014, 5015, 3008...) and
 *       the connection stays up; bytes that cannot be framed close it.</li>
 * </ul>
 */
public final class SmsOcs implements AutoCloseable {

    /** Largest message accepted. */
    static final int MAX_MESSAGE_LENGTH = 1 << 16;

    private final SmsOcsConfig config;
    private final EventLoopGroup group;
    private final ChannelGroup connections;
    private final Channel listener;
    private final Map<String, Long> balances;
    private final long originStateId;

    private SmsOcs(SmsOcsConfig config) {
        this.config = config;
        this.balances = new ConcurrentHashMap<>(config.balances());
        this.originStateId = Instant.now().getEpochSecond() & 0xFFFF_FFFFL;
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("sms-ocs", true),
                NioIoHandler.newFactory());
        this.connections = new DefaultChannelGroup(group.next());
        Channel bound;
        try {
            bound = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            connections.add(ch);
                            // Message Length: the 24 bits after the version octet, counting the whole message.
                            ch.pipeline().addLast("framer",
                                    new LengthFieldBasedFrameDecoder(MAX_MESSAGE_LENGTH, 1, 3, -4, 0));
                            ch.pipeline().addLast("ocs", new OcsConnection(config, SmsOcs.this));
                        }
                    }).bind(new InetSocketAddress(config.bindAddress(), config.port())).syncUninterruptibly()
                    .channel();
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
            throw new IllegalStateException("cannot listen on " + config.bindAddress().getHostAddress() + ":"
                    + config.port() + ": " + e.getMessage(), e);
        }
        this.listener = bound;
    }

    /**
     * Starts listening; returns when the port is bound.
     *
     * @param config the configuration
     * @return the running OCS
     * @throws IllegalStateException if the address cannot be bound
     */
    public static SmsOcs start(SmsOcsConfig config) {
        return new SmsOcs(config);
    }

    /** @return the address the OCS listens on */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    /** @return the Origin-State-Id of this run, sent in CEA, DWR and DWA */
    public long originStateId() {
        return originStateId;
    }

    /** @return the number of open client connections */
    public int connectionCount() {
        return connections.size();
    }

    /**
     * @param msisdn a subscriber
     * @return its balance in SMS units now, or empty if it is not a subscriber
     */
    public OptionalLong balance(String msisdn) {
        Long units = balances.get(msisdn);
        return units == null ? OptionalLong.empty() : OptionalLong.of(units);
    }

    /** The outcome of a debit. */
    enum Debit { DEBITED, UNKNOWN_SUBSCRIBER, CREDIT_LIMIT_REACHED }

    /** Debits {@code units} from a balance, atomically. */
    Debit debit(String msisdn, long units) {
        Debit[] outcome = {Debit.UNKNOWN_SUBSCRIBER};
        balances.computeIfPresent(msisdn, (k, balance) -> {
            if (balance < units) {
                outcome[0] = Debit.CREDIT_LIMIT_REACHED;
                return balance;
            }
            outcome[0] = Debit.DEBITED;
            return balance - units;
        });
        return outcome[0];
    }

    /** Closes every connection (without DPR) and releases the port. Idempotent. */
    @Override
    public void close() {
        listener.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    @Override
    public String toString() {
        return "SmsOcs " + config.originHost() + " on " + listener.localAddress();
    }
}
