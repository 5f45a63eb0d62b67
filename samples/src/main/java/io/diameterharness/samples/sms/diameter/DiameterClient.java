package io.diameterharness.samples.sms.diameter;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application's Diameter client: one connection to a primary and optionally one to a secondary
 * peer, over TCP.
 *
 * <ul>
 *   <li>Each connection does CER/CEA (waiting up to the CEA timeout), runs the RFC 3539 watchdog
 *       (DWR after Tw without traffic from the peer, connection closed when no DWA arrives within
 *       Tw of that DWR), answers DWR and DPR from the peer, and is re-established after the
 *       reconnect interval Tc when lost (after a DPR with BUSY or DO_NOT_WANT_TO_TALK_TO_YOU, only
 *       once a request finds no open peer, RFC 6733 section 5.4.3).</li>
 *   <li>Requests go to the primary while it is open, else to the secondary. While no peer is
 *       open they wait (within their timeout) for one to open.</li>
 *   <li>When a connection is lost or a request gets no answer within the request timeout, the
 *       request is retransmitted once, with the T flag and the same End-to-End Identifier, to the
 *       other peer if it is open (a request whose connection was lost waits for any peer). A
 *       Destination-Host AVP is dropped when the retransmission goes to a different peer.
 *       Answers that arrive after their request timed out or failed over are discarded.</li>
 *   <li>{@link #close()} fails what is still outstanding, sends DPR to open peers and waits for
 *       their DPA (up to the DPA timeout).</li>
 * </ul>
 *
 * <p>Every peer state change and every request transmission is reported to the
 * {@link DiameterClientListener} and logged. All protocol work runs on one I/O thread owned by the
 * client.
 */
public final class DiameterClient implements AutoCloseable {

    /** A request is transmitted at most this many times (the original and one retransmission). */
    public static final int MAX_TRANSMISSIONS = 2;

    private static final Logger LOG = System.getLogger(DiameterClient.class.getName());

    private final DiameterClientConfig config;
    private final DiameterClientListener listener;
    private final EventLoopGroup group;
    private final EventLoop loop;
    private final Identifiers ids;
    private final Map<PeerRole, PeerSlot> peers = new EnumMap<>(PeerRole.class);
    private final Deque<OutstandingRequest> queued = new ArrayDeque<>();
    private final Set<OutstandingRequest> outstanding = new LinkedHashSet<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object stateMonitor = new Object();
    private final Owner owner = new Owner();
    private boolean closing;

    private final class PeerSlot {
        final PeerRole role;
        final InetSocketAddress address;
        volatile PeerState state = PeerState.DOWN;
        PeerConnectionHandler connection;
        Channel channel;
        ScheduledFuture<?> reconnect;
        /** Set after a DPR with BUSY or DO_NOT_WANT_TO_TALK_TO_YOU: reconnect only when no peer is open. */
        boolean dormant;

        PeerSlot(PeerRole role, InetSocketAddress address) {
            this.role = role;
            this.address = address;
        }

        boolean isOpen() {
            return connection != null && connection.isOpen();
        }
    }

    private DiameterClient(DiameterClientConfig config, DiameterClientListener listener) {
        this.config = config;
        this.listener = listener;
        long originStateId = Instant.now().getEpochSecond() & 0xFFFF_FFFFL;
        this.ids = new Identifiers(config.originHost(), originStateId, System.currentTimeMillis());
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("sms-diameter-client", true),
                NioIoHandler.newFactory());
        this.loop = group.next();
        peers.put(PeerRole.PRIMARY, new PeerSlot(PeerRole.PRIMARY, config.primary()));
        config.secondary().ifPresent(a -> peers.put(PeerRole.SECONDARY, new PeerSlot(PeerRole.SECONDARY, a)));
    }

    /**
     * Creates the client and starts connecting to every configured peer. Returns at once; requests
     * sent before a peer is open wait for one.
     *
     * @param config peers, identity and timers
     * @param listener receives peer state changes and request routing, on the I/O thread
     * @return the running client
     */
    public static DiameterClient start(DiameterClientConfig config, DiameterClientListener listener) {
        DiameterClient client = new DiameterClient(config, listener == null ? DiameterClientListener.NONE : listener);
        client.loop.execute(() -> client.peers.values().forEach(client::connect));
        return client;
    }

    /** @return the configuration the client runs with */
    public DiameterClientConfig config() {
        return config;
    }

    /** @return the Origin-State-Id of this client instance, sent in CER, DWR, DWA and requests */
    public long originStateId() {
        return ids.originStateId();
    }

    /** @return a new, unique Session-Id in the RFC 6733 section 8.8 format */
    public String newSessionId() {
        return ids.nextSessionId();
    }

    /**
     * @param role which peer
     * @return its connection state now
     * @throws IllegalArgumentException if that peer is not configured
     */
    public PeerState peerState(PeerRole role) {
        return slot(role).state;
    }

    /**
     * Waits until a peer reaches a state.
     *
     * @param role which peer
     * @param state the state to wait for
     * @param timeout how long to wait at most
     * @return whether the peer was in that state before the timeout
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitPeerState(PeerRole role, PeerState state, Duration timeout) throws InterruptedException {
        PeerSlot slot = slot(role);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (stateMonitor) {
            while (slot.state != state) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(stateMonitor, left);
            }
            return true;
        }
    }

    /**
     * Sends an application request. The client assigns the End-to-End and Hop-by-Hop Identifiers;
     * everything else (Session-Id, Origin-Host, Destination-Realm...) is the caller's.
     *
     * @param request a request (R flag set)
     * @return completes with the answer (which may carry any Result-Code) and the peer that sent it, or exceptionally with a
     *         {@link DiameterRequestException}
     * @throws IllegalArgumentException if {@code request} is an answer
     */
    public CompletableFuture<Answer> send(Message request) {
        if (!request.isRequest()) {
            throw new IllegalArgumentException("send() takes a request, got an answer: " + request);
        }
        OutstandingRequest r = new OutstandingRequest(request.withEndToEndId(ids.nextEndToEnd()));
        try {
            loop.execute(() -> submit(r));
        } catch (RejectedExecutionException e) {
            r.answer.completeExceptionally(new DiameterRequestException(DiameterRequestException.Reason.CLIENT_CLOSED,
                    "the client is closed"));
        }
        return r.answer;
    }

    private void submit(OutstandingRequest r) {
        if (closing) {
            r.answer.completeExceptionally(new DiameterRequestException(DiameterRequestException.Reason.CLIENT_CLOSED,
                    "the client is closing"));
            return;
        }
        outstanding.add(r);
        restartTimer(r);
        dispatch(r);
    }

    private void dispatch(OutstandingRequest r) {
        PeerSlot target = choose(r);
        if (target == null) {
            queued.add(r);
            // RFC 6733 5.4.3: a peer that said BUSY or DO_NOT_WANT_TO_TALK_TO_YOU is reconnected only
            // for a reason; a request with nowhere else to go is one.
            for (PeerSlot slot : peers.values()) {
                if (slot.dormant && slot.connection == null && slot.reconnect == null) {
                    connect(slot);
                }
            }
        } else {
            transmit(r, target);
        }
    }

    /** An open peer, preferring one this request has not been sent to, and the primary over the secondary. */
    private PeerSlot choose(OutstandingRequest r) {
        PeerSlot fallback = null;
        for (PeerSlot slot : peers.values()) {
            if (slot.isOpen()) {
                if (!r.triedPeers.contains(slot.role)) {
                    return slot;
                }
                if (fallback == null) {
                    fallback = slot;
                }
            }
        }
        return fallback;
    }

    private PeerSlot untriedOpenPeer(OutstandingRequest r) {
        for (PeerSlot slot : peers.values()) {
            if (slot.isOpen() && !r.triedPeers.contains(slot.role)) {
                return slot;
            }
        }
        return null;
    }

    private void transmit(OutstandingRequest r, PeerSlot slot) {
        Message message = r.request;
        boolean retransmission = r.transmissions > 0;
        if (retransmission) {
            message = message.withRetransmissionFlag();
            if (!r.triedPeers.contains(slot.role)) {
                message = message.withoutAvp(Codes.DESTINATION_HOST);
            }
        }
        r.transmissions++;
        r.triedPeers.add(slot.role);
        Message sent = slot.connection.send(r, message);
        restartTimer(r);
        String sessionId = sent.avp(Codes.SESSION_ID).map(Avp::asUtf8).orElse("");
        LOG.log(Level.DEBUG, () -> "sent to " + slot.role + ": " + sent);
        fire(new ClientEvent.RequestSent(slot.role, sent.commandCode(), sent.hopByHopId(), sent.endToEndId(),
                retransmission, sessionId));
    }

    private void restartTimer(OutstandingRequest r) {
        if (r.timer != null) {
            r.timer.cancel(false);
        }
        r.timer = loop.schedule(() -> onTimeout(r), config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onTimeout(OutstandingRequest r) {
        if (r.answer.isDone()) {
            return;
        }
        long ms = config.requestTimeout().toMillis();
        if (r.inFlight()) {
            PeerRole silent = r.connection.role();
            r.connection.forget(r);
            PeerSlot alternative = r.transmissions < MAX_TRANSMISSIONS ? untriedOpenPeer(r) : null;
            fire(new ClientEvent.RequestTimedOut(silent, r.request.endToEndId(), alternative != null));
            if (alternative != null) {
                transmit(r, alternative);
            } else {
                fail(r, DiameterRequestException.Reason.TIMEOUT, "no answer within " + ms + " ms from "
                        + r.triedPeers);
            }
        } else {
            queued.remove(r);
            if (r.transmissions == 0) {
                fail(r, DiameterRequestException.Reason.NO_PEER, "no peer open within " + ms + " ms");
            } else {
                fail(r, DiameterRequestException.Reason.TIMEOUT, "no peer open to retransmit to within " + ms
                        + " ms after " + r.triedPeers + " went down");
            }
        }
    }

    private void fail(OutstandingRequest r, DiameterRequestException.Reason reason, String message) {
        if (r.timer != null) {
            r.timer.cancel(false);
        }
        outstanding.remove(r);
        r.answer.completeExceptionally(new DiameterRequestException(reason, message + " (End-to-End 0x"
                + Integer.toHexString(r.request.endToEndId()) + ")"));
    }

    private void connect(PeerSlot slot) {
        slot.reconnect = null;
        slot.dormant = false;
        if (closing) {
            return;
        }
        PeerConnectionHandler handler = new PeerConnectionHandler(config, slot.role, ids, owner);
        slot.connection = handler;
        changeState(slot, PeerState.CONNECTING, "connecting to " + slot.address);
        Bootstrap bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        config.ceaTimeout().toMillis()))
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        DiameterFrameCodec.addTo(ch.pipeline());
                        ch.pipeline().addLast("peer", handler);
                    }
                });
        ChannelFuture connected = bootstrap.connect(slot.address);
        slot.channel = connected.channel();
        connected.addListener(f -> {
            if (!f.isSuccess() && slot.connection == handler) {
                slot.connection = null;
                changeState(slot, closing ? PeerState.CLOSED : PeerState.DOWN, "connect failed: " + f.cause());
                scheduleReconnect(slot);
            }
        });
    }

    private void scheduleReconnect(PeerSlot slot) {
        if (!closing && slot.reconnect == null) {
            slot.reconnect = loop.schedule(() -> connect(slot), config.reconnectInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void changeState(PeerSlot slot, PeerState to, String reason) {
        PeerState from = slot.state;
        if (from == to) {
            return;
        }
        synchronized (stateMonitor) {
            slot.state = to;
            stateMonitor.notifyAll();
        }
        LOG.log(to == PeerState.DOWN ? Level.WARNING : Level.INFO,
                () -> slot.role + " peer " + slot.address + ": " + from + " -> " + to + " (" + reason + ")");
        fire(new ClientEvent.PeerStateChanged(slot.role, slot.address, from, to, reason));
    }

    private void fire(ClientEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "listener failed on " + event, e);
        }
    }

    private PeerSlot slot(PeerRole role) {
        PeerSlot slot = peers.get(role);
        if (slot == null) {
            throw new IllegalArgumentException("no " + role + " peer is configured");
        }
        return slot;
    }

    /** Receives what the connections report; always on the I/O thread. */
    private final class Owner implements PeerConnectionHandler.Owner {
        @Override
        public void stateChanged(PeerConnectionHandler connection, PeerState to, String reason) {
            PeerSlot slot = peers.get(connection.role());
            if (slot.connection != connection) {
                return;
            }
            if (to == PeerState.DOWN && closing) {
                to = PeerState.CLOSED;
            }
            changeState(slot, to, reason);
            if (to == PeerState.OPEN) {
                drainQueue(slot);
            }
        }

        @Override
        public void answerReceived(PeerConnectionHandler connection, OutstandingRequest request, Message answer) {
            if (request.timer != null) {
                request.timer.cancel(false);
            }
            outstanding.remove(request);
            request.answer.complete(new Answer(answer, connection.role(), request.transmissions));
        }

        @Override
        public void answerMalformed(PeerConnectionHandler connection, OutstandingRequest request,
                MalformedMessageException error) {
            fail(request, DiameterRequestException.Reason.MALFORMED_ANSWER, "from " + connection.role() + ": "
                    + error.getMessage());
        }

        @Override
        public void event(ClientEvent event) {
            if (event instanceof ClientEvent.AnswerDiscarded || event instanceof ClientEvent.ProtocolError) {
                LOG.log(Level.WARNING, () -> event.toString());
            }
            fire(event);
        }

        @Override
        public void connectionClosed(PeerConnectionHandler connection, List<OutstandingRequest> inFlight) {
            PeerSlot slot = peers.get(connection.role());
            if (slot.connection == connection) {
                slot.connection = null;
                long cause = connection.disconnectCause();
                slot.dormant = cause == Codes.DISCONNECT_BUSY || cause == Codes.DISCONNECT_DO_NOT_WANT_TO_TALK_TO_YOU;
                if (!slot.dormant) {
                    scheduleReconnect(slot);
                }
            }
            for (OutstandingRequest r : inFlight) {
                if (r.answer.isDone()) {
                    continue;
                }
                if (closing) {
                    fail(r, DiameterRequestException.Reason.CLIENT_CLOSED, "the client is closing");
                } else if (r.transmissions >= MAX_TRANSMISSIONS) {
                    fail(r, DiameterRequestException.Reason.CONNECTION_LOST, "connection to " + connection.role()
                            + " lost after " + r.transmissions + " transmissions");
                } else {
                    dispatch(r);
                }
            }
        }
    }

    private void drainQueue(PeerSlot slot) {
        while (!queued.isEmpty() && slot.isOpen()) {
            transmit(queued.poll(), slot);
        }
    }

    /**
     * Fails outstanding requests with {@link DiameterRequestException.Reason#CLIENT_CLOSED}, sends DPR
     * to every open peer, waits for the DPAs (at most the DPA timeout) and stops the I/O thread.
     * Idempotent.
     */
    @Override
    public void close() {
        if (loop.inEventLoop()) {
            throw new IllegalStateException("close() blocks; do not call it from a listener on the I/O thread");
        }
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        CountDownLatch channelsClosed = new CountDownLatch(1);
        try {
            loop.execute(() -> beginClose(channelsClosed));
            channelsClosed.await(config.dpaTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // already stopped
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private void beginClose(CountDownLatch channelsClosed) {
        closing = true;
        for (OutstandingRequest r : new ArrayList<>(outstanding)) {
            if (r.connection != null) {
                r.connection.forget(r);
            }
            fail(r, DiameterRequestException.Reason.CLIENT_CLOSED, "the client is closing");
        }
        queued.clear();
        List<ChannelFuture> closing = new ArrayList<>();
        for (PeerSlot slot : peers.values()) {
            if (slot.reconnect != null) {
                slot.reconnect.cancel(false);
                slot.reconnect = null;
            }
            if (slot.connection != null && slot.channel != null && slot.channel.isOpen()) {
                closing.add(slot.connection.disconnect());
            } else {
                changeState(slot, PeerState.CLOSED, "client closed");
            }
        }
        if (closing.isEmpty()) {
            channelsClosed.countDown();
            return;
        }
        int[] left = {closing.size()};
        for (ChannelFuture f : closing) {
            f.addListener(x -> {
                if (--left[0] == 0) {
                    channelsClosed.countDown();
                }
            });
        }
    }
}
