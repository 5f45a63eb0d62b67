package io.diameterharness.peer;

import io.diameterharness.journal.Journal;
import io.diameterharness.transport.DiameterTransport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Diameter server peer: listens (loopback and an ephemeral port by default), accepts any number of
 * connections, answers CER, DWR and DPR by default, and passes every request through the
 * configured {@link RequestHandler}.
 *
 * <pre>{@code
 * try (ServerPeer ocs = new ServerPeer(PeerConfig.builder().originHost("ocs.example").originRealm("example")
 *         .authApplicationIds(4).build()).start()) {
 *     connectTheApplicationTo(ocs.address());
 *     ocs.awaitOpenConnection(Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class ServerPeer implements Peer {
    private static final Duration BIND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final PeerCore core;
    private volatile Channel listener;
    private volatile boolean started;
    private volatile boolean closed;

    /** A server peer with this configuration; nothing happens until {@link #start()}. */
    public ServerPeer(PeerConfig config) {
        this.core = new PeerCore(config, true);
    }

    @Override
    public synchronized ServerPeer start() {
        if (closed) {
            throw new IllegalStateException("server peer " + core.config.originHost() + " is closed; create a new one");
        }
        if (started) {
            throw new IllegalStateException("server peer " + core.config.originHost() + " is already started on "
                    + address());
        }
        core.newOriginStateId();
        ChannelFuture f = DiameterTransport.listen(core.config.transport(), core.config.originHost(),
                ch -> ch.pipeline().addLast("diameter-peer", new Connection(core, ch, false, false)));
        if (!f.awaitUninterruptibly(BIND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            f.channel().close();
            throw new IllegalStateException("server peer " + core.config.originHost() + " could not listen on "
                    + core.config.transport() + " within " + BIND_TIMEOUT.toSeconds() + " s");
        }
        if (!f.isSuccess()) {
            throw new IllegalStateException("server peer " + core.config.originHost() + " cannot listen on "
                    + core.config.transport() + ": " + f.cause(), f.cause());
        }
        listener = f.channel();
        started = true;
        return this;
    }

    /** The address the server listens on (with the real port when 0 was configured). */
    public InetSocketAddress address() {
        Channel l = listener;
        if (l == null) {
            throw new IllegalStateException("server peer " + core.config.originHost()
                    + " has no address before start()");
        }
        return (InetSocketAddress) l.localAddress();
    }

    /** The port the server listens on. */
    public int port() {
        return address().getPort();
    }

    @Override
    public PeerConfig config() {
        return core.config;
    }

    @Override
    public Journal journal() {
        return core.journal;
    }

    @Override
    public List<PeerConnection> connections() {
        return new ArrayList<>(core.connections);
    }

    @Override
    public long originStateId() {
        return core.originStateId();
    }

    @Override
    public boolean isRunning() {
        return started && !closed;
    }

    /**
     * Waits for a connection that has completed CER/CEA.
     *
     * @param timeout how long to wait
     * @return the connection
     * @throws AssertionError when none opens in time, listing the connections there are
     */
    public PeerConnection awaitOpenConnection(Duration timeout) {
        return awaitConnection(c -> c.state() == ConnectionState.OPEN, timeout, "open connection");
    }

    /**
     * Waits for a connection that matches.
     *
     * @param filter  which connections qualify
     * @param timeout how long to wait
     * @param what    how the wanted connection is described in a failure
     * @return the connection
     */
    public PeerConnection awaitConnection(Predicate<PeerConnection> filter, Duration timeout, String what) {
        return core.awaitConnection(filter, timeout, what);
    }

    /** Closes every connection, takes a new Origin-State-Id, and keeps listening on the same port. */
    @Override
    public void restart() {
        if (!isRunning()) {
            throw new IllegalStateException("server peer " + core.config.originHost() + " is not running");
        }
        closeConnections("server peer restarting");
        core.newOriginStateId();
    }

    private void closeConnections(String reason) {
        List<CompletableFuture<String>> all = new ArrayList<>();
        for (Connection c : new ArrayList<>(core.connections)) {
            c.closeWithReason(reason);
            all.add(c.closeFuture());
        }
        await(all);
    }

    private void await(List<CompletableFuture<String>> all) {
        try {
            CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0]))
                    .get(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("server peer " + core.config.originHost()
                    + ": connections did not close within " + CLOSE_TIMEOUT.toSeconds() + " s: "
                    + core.describeConnections(), e);
        }
    }

    @Override
    public void close() {
        Channel l;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            core.closing = true;
            l = listener;
        }
        if (l != null) {
            l.close().awaitUninterruptibly(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        closeConnections("server peer closed");
    }

    @Override
    public String toString() {
        Channel l = listener;
        return "ServerPeer[" + core.config.originHost() + (l != null ? " on " + l.localAddress() : "")
                + (closed ? ", closed" : "") + "]";
    }
}
