package io.diameterharness.peer;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.journal.Journal;
import io.diameterharness.transport.DiameterTransport;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Diameter client peer: connects to a server, sends CER, and is started once a 2001 CEA arrived.
 * Requests from the server (DWR, DPR, anything else) go through the configured
 * {@link RequestHandler}.
 *
 * <pre>{@code
 * try (ClientPeer pcef = new ClientPeer(PeerConfig.builder().authApplicationIds(16777238).build(),
 *         server.address()).start()) {
 *     DiameterMessage answer = pcef.send(ccr).get(5, SECONDS);
 * }
 * }</pre>
 */
public final class ClientPeer implements Peer {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final PeerCore core;
    private final InetSocketAddress server;
    private volatile Connection connection;
    private volatile boolean started;
    private volatile boolean closed;
    private Scheduler.Timer reconnectTimer;

    /**
     * A client peer that will connect to {@code server}; nothing happens until {@link #start()}.
     *
     * @param config the configuration
     * @param server the server's address
     */
    public ClientPeer(PeerConfig config, InetSocketAddress server) {
        this.core = new PeerCore(config, false);
        this.server = Objects.requireNonNull(server, "server");
    }

    /**
     * Connects, sends CER and waits for the CEA.
     *
     * @return this peer
     * @throws CapabilitiesExchangeException when the CEA is not 2001 or does not come within the CEA timeout
     * @throws IllegalStateException when the connection cannot be established
     */
    @Override
    public synchronized ClientPeer start() {
        if (closed) {
            throw new IllegalStateException("client peer " + core.config.originHost() + " is closed; create a new one");
        }
        if (started) {
            throw new IllegalStateException("client peer " + core.config.originHost() + " is already started");
        }
        core.newOriginStateId();
        connect(false);
        started = true;
        return this;
    }

    private void connect(boolean reopen) {
        Connection[] made = new Connection[1];
        ChannelFuture f = DiameterTransport.connect(core.config.transport(), core.config.originHost(), server, ch -> {
            made[0] = new Connection(core, ch, true, reopen);
            ch.pipeline().addLast("diameter-peer", made[0]);
        });
        Duration connectTimeout = core.config.transport().connectTimeout();
        if (!f.awaitUninterruptibly(connectTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS) || !f.isSuccess()) {
            f.channel().close().awaitUninterruptibly(CLOSE_TIMEOUT.toMillis());
            throw new IllegalStateException("client peer " + core.config.originHost() + " cannot connect to "
                    + server + " within " + connectTimeout.toMillis() + " ms: "
                    + (f.cause() != null ? f.cause() : "timed out"), f.cause());
        }
        Connection c = made[0];
        connection = c;
        c.closeFuture().thenRun(() -> onClosed(c));
        try {
            c.openFuture().get(core.config.ceaTimeout().toMillis() + CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            c.closeWithReason("capabilities exchange failed");
            c.closeFuture().completeOnTimeout(null, CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            c.closeWithReason("capabilities exchange did not finish");
            throw new CapabilitiesExchangeException("no CEA from " + server + " within "
                    + core.config.ceaTimeout().toMillis() + " ms (the scheduler did not fire the CEA timeout)", null, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            c.closeWithReason("interrupted during the capabilities exchange");
            throw new IllegalStateException("interrupted while waiting for CEA", e);
        }
    }

    private void onClosed(Connection c) {
        Duration delay = core.config.reconnectDelay().orElse(null);
        if (delay == null || !started || closed || c.deliberate || c != connection
                || c.peerDisconnectCause == DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU.value()) {
            return;
        }
        scheduleReconnect(c.eventLoop(), delay);
    }

    private synchronized void scheduleReconnect(io.netty.channel.EventLoop loop, Duration delay) {
        if (closed) {
            return;
        }
        reconnectTimer = core.scheduler.schedule(loop, delay, () -> reconnectNow(loop, delay));
    }

    private void reconnectNow(io.netty.channel.EventLoop loop, Duration delay) {
        if (closed) {
            return;
        }
        Connection[] made = new Connection[1];
        ChannelFuture f = DiameterTransport.connect(core.config.transport(), core.config.originHost(), server, ch -> {
            made[0] = new Connection(core, ch, true, true);
            ch.pipeline().addLast("diameter-peer", made[0]);
        });
        f.addListener(done -> {
            if (!done.isSuccess()) {
                scheduleReconnect(loop, delay);
                return;
            }
            Connection c = made[0];
            connection = c;
            c.closeFuture().thenRun(() -> onClosed(c));
        });
    }

    /** The server's address this client connects to. */
    public InetSocketAddress serverAddress() {
        return server;
    }

    /** The current connection. */
    public PeerConnection connection() {
        Connection c = connection;
        if (c == null) {
            throw new IllegalStateException("client peer " + core.config.originHost() + " has no connection before start()");
        }
        return c;
    }

    /** Sends a request on the current connection; see {@link PeerConnection#send(DiameterMessage)}. */
    public CompletableFuture<DiameterMessage> send(DiameterMessage request) {
        return connection().send(request);
    }

    /** A request builder with our Origin-Host and Origin-Realm. */
    public DiameterMessage.Builder newRequest(int commandCode, long applicationId) {
        return connection().newRequest(commandCode, applicationId);
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
        return List.copyOf(core.connections);
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
     * Simulates a reboot: closes the connection, takes a new Origin-State-Id, reconnects and redoes
     * CER/CEA; the new connection's watchdog starts in REOPEN (RFC 3539 section 3.4.1).
     */
    @Override
    public synchronized void restart() {
        if (!isRunning()) {
            throw new IllegalStateException("client peer " + core.config.originHost() + " is not running");
        }
        Connection c = connection;
        if (c != null) {
            c.deliberate = true;
            c.closeWithReason("client peer restarting");
            awaitClosed(c);
        }
        core.newOriginStateId();
        connect(true);
    }

    private static void awaitClosed(Connection c) {
        try {
            c.closeFuture().get(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(c + " did not close within " + CLOSE_TIMEOUT.toSeconds() + " s", e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            core.closing = true;
            if (reconnectTimer != null) {
                reconnectTimer.cancel();
            }
        }
        for (Connection c : List.copyOf(core.connections)) {
            c.deliberate = true;
            c.closeWithReason("client peer closed");
            awaitClosed(c);
        }
        Connection c = connection;
        if (c != null) {
            c.deliberate = true;
            c.closeWithReason("client peer closed");
            awaitClosed(c);
        }
    }

    @Override
    public String toString() {
        return "ClientPeer[" + core.config.originHost() + " -> " + server + (closed ? ", closed" : "") + "]";
    }
}
