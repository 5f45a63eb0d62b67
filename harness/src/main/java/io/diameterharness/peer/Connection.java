package io.diameterharness.peer;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DecodeError;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.codec.MessageEncoder;
import io.diameterharness.codec.ReceivedFrame;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.journal.ConnectionInfo;
import io.diameterharness.journal.Direction;
import io.diameterharness.transport.DiameterTransport;
import io.diameterharness.transport.TransportProtocol;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection's protocol state and its pipeline handler. Everything that changes state runs on
 * the channel's event loop; public methods hop onto it.
 */
final class Connection extends ChannelInboundHandlerAdapter implements PeerConnection {
    private static final AtomicLong IDS = new AtomicLong();

    private final PeerCore core;
    private final Channel channel;
    private final boolean initiator;
    private final boolean reopen;
    private final long id = IDS.incrementAndGet();
    private final long originStateId;
    private final Watchdog watchdog;
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final CompletableFuture<PeerConnection> opened = new CompletableFuture<>();
    private final Map<Integer, Pending> pending = new HashMap<>();
    private volatile ConnectionInfo info;
    private volatile ConnectionState state = ConnectionState.WAIT_CAPABILITIES;
    private volatile DiameterMessage peerCapabilities;
    private volatile String peerHost;
    private volatile String peerRealm;
    private volatile String closeReason;
    /** Whether this side's API (close, reset, disconnect, the peer's close or restart) ended the connection. */
    volatile boolean deliberate;
    /** The Disconnect-Cause of a DPR the peer sent us, or -1. */
    volatile int peerDisconnectCause = -1;
    private boolean inRead;
    private boolean flushNeeded;
    private boolean flushScheduled;
    /** The CEA timer of a client connection, the CER timer of a server connection. */
    private Scheduler.Timer ceaTimer;
    /** Whether the API (stopReading) paused reading; back-pressure pauses it too, and resumes only if not. */
    private boolean pausedByUser;
    /** Whether back-pressure (outbound buffer above its high water mark) paused reading. */
    private boolean pausedByBackPressure;
    private final java.util.Set<Scheduler.Timer> delayed = new java.util.HashSet<>();

    Connection(PeerCore core, Channel channel, boolean initiator, boolean reopen) {
        this.core = core;
        this.channel = channel;
        this.initiator = initiator;
        this.reopen = reopen;
        this.originStateId = core.originStateId();
        this.watchdog = new Watchdog(this, core.config, core.scheduler);
    }

    PeerCore core() {
        return core;
    }

    EventLoop eventLoop() {
        return channel.eventLoop();
    }

    /**
     * The real local addresses of this connection for Host-IP-Address: every address an SCTP
     * association is bound to (RFC 6733 section 5.3.1), or the TCP socket's local address; never
     * the unspecified address.
     */
    List<java.net.InetAddress> localIpAddresses() {
        List<java.net.InetAddress> out = new ArrayList<>();
        if (channel instanceof io.netty.channel.sctp.SctpChannel) {
            for (InetSocketAddress a : ((io.netty.channel.sctp.SctpChannel) channel).allLocalAddresses()) {
                if (a.getAddress() != null && !a.getAddress().isAnyLocalAddress()) {
                    out.add(a.getAddress());
                }
            }
        }
        if (out.isEmpty()) {
            java.net.InetAddress local = localAddress().getAddress();
            out.add(local == null || local.isAnyLocalAddress() ? java.net.InetAddress.getLoopbackAddress() : local);
        }
        return out;
    }

    CompletableFuture<PeerConnection> openFuture() {
        return opened;
    }

    // ================================================================== pipeline events

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        info = new ConnectionInfo(id, (InetSocketAddress) channel.localAddress(),
                (InetSocketAddress) channel.remoteAddress(), core.config.originHost(), null);
        core.register(this);
        String proto = core.config.transport().protocol() == TransportProtocol.SCTP ? "SCTP"
                : isTls() ? "TCP+TLS" : "TCP";
        event(ConnectionEvent.Kind.OPENED, (initiator ? "connected to " : "accepted from ")
                + info.remoteAddress() + " over " + proto);
        if (core.closing) {
            deliberate = true;
            closeWithReason(initiator ? "client peer closed" : "server peer closed");
            ctx.fireChannelActive();
            return;
        }
        if (initiator) {
            Duration timeout = core.config.ceaTimeout();
            ceaTimer = core.scheduler.schedule(channel.eventLoop(), timeout, () -> {
                if (state == ConnectionState.WAIT_CAPABILITIES && channel.isOpen()) {
                    String why = "no CEA within " + timeout.toMillis() + " ms of the connection being established";
                    event(ConnectionEvent.Kind.CAPABILITIES_FAILED, why);
                    opened.completeExceptionally(new CapabilitiesExchangeException(why + " to "
                            + info.remoteAddress(), null, -1));
                    closeWithReason(why);
                }
            });
            if (!isTls()) {
                sendCapabilitiesExchangeRequest();
            }
        } else {
            Duration timeout = core.config.cerTimeout();
            ceaTimer = core.scheduler.schedule(channel.eventLoop(), timeout, () -> {
                if (state == ConnectionState.WAIT_CAPABILITIES && channel.isOpen()) {
                    String why = "no CER within " + timeout.toMillis()
                            + " ms of accepting the connection (cerTimeout)";
                    event(ConnectionEvent.Kind.LIMIT, why);
                    closeWithReason(why);
                }
            });
        }
        ctx.fireChannelActive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent) {
            SslHandshakeCompletionEvent e = (SslHandshakeCompletionEvent) evt;
            if (e.isSuccess()) {
                SslHandler h = DiameterTransport.tls(channel).orElseThrow();
                event(ConnectionEvent.Kind.TLS_ESTABLISHED, h.engine().getSession().getProtocol() + " "
                        + h.engine().getSession().getCipherSuite());
                if (initiator) {
                    sendCapabilitiesExchangeRequest();
                }
            } else {
                String why = "TLS handshake failed: " + e.cause();
                event(ConnectionEvent.Kind.ERROR, why);
                if (initiator) {
                    opened.completeExceptionally(new CapabilitiesExchangeException(why, null, -1));
                }
                closeWithReason(why);
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ReceivedFrame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        inRead = true;
        try {
            onFrame((ReceivedFrame) msg);
        } catch (RuntimeException e) {
            event(ConnectionEvent.Kind.ERROR, "failure handling a message: " + e);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        inRead = false;
        if (flushNeeded) {
            flushNeeded = false;
            channel.flush();
        }
        ctx.fireChannelReadComplete();
    }

    /**
     * Back-pressure on connections a server accepted: while more than the high water mark of bytes
     * waits to be written (the remote side does not read its answers), stop reading its requests, so
     * answers cannot pile up in memory; read again once the buffer has drained below the low water
     * mark. A client connection never pauses this way: what piles up there are the requests its own
     * user sends, and if both ends paused, each could wait for the other to read.
     */
    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (initiator) {
            ctx.fireChannelWritabilityChanged();
            return;
        }
        if (!channel.isWritable()) {
            if (!pausedByBackPressure && channel.isActive()) {
                pausedByBackPressure = true;
                channel.config().setAutoRead(false);
                event(ConnectionEvent.Kind.LIMIT, channel.unsafe().outboundBuffer() == null ? "write buffer full"
                        : "write buffer above its high water mark of "
                        + core.config.transport().writeBufferHighWaterMark() + " bytes ("
                        + channel.unsafe().outboundBuffer().totalPendingWriteBytes()
                        + " pending, the peer is not reading): reading paused");
            }
        } else if (pausedByBackPressure) {
            pausedByBackPressure = false;
            event(ConnectionEvent.Kind.LIMIT, "write buffer below its low water mark of "
                    + core.config.transport().writeBufferLowWaterMark() + " bytes: "
                    + (pausedByUser ? "reading stays paused (stopReading)" : "reading resumed"));
            if (!pausedByUser && channel.isActive()) {
                channel.config().setAutoRead(true);
                channel.read();
            }
        }
        ctx.fireChannelWritabilityChanged();
    }

    /** Bytes waiting in this connection's outbound buffer (0 once closed). */
    long pendingOutboundBytes() {
        io.netty.channel.ChannelOutboundBuffer b = channel.unsafe().outboundBuffer();
        return b == null ? 0 : b.totalPendingWriteBytes();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        finish();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable c = cause instanceof io.netty.handler.codec.DecoderException && cause.getCause() != null
                ? cause.getCause() : cause;
        String why = c instanceof java.io.IOException ? "I/O error: " + c.getMessage() : "error: " + c;
        event(ConnectionEvent.Kind.ERROR, why);
        if (initiator && !opened.isDone()) {
            opened.completeExceptionally(new CapabilitiesExchangeException(why, null, -1));
        }
        closeWithReason(why);
    }

    private void finish() {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        state = ConnectionState.CLOSED;
        String reason = closeReason != null ? closeReason : "closed by the peer";
        closeReason = reason;
        if (ceaTimer != null) {
            ceaTimer.cancel();
        }
        watchdog.onClosed();
        for (Scheduler.Timer t : delayed) {
            t.cancel();
        }
        delayed.clear();
        List<Pending> left = new ArrayList<>(pending.values());
        pending.clear();
        for (Pending p : left) {
            if (p.timer != null) {
                p.timer.cancel();
            }
            p.future.completeExceptionally(new IllegalStateException("connection #" + id
                    + " closed before the answer: " + reason));
        }
        if (!opened.isDone()) {
            opened.completeExceptionally(new CapabilitiesExchangeException("connection #" + id
                    + " closed before CER/CEA completed: " + reason, null, -1));
        }
        if (info != null) {
            event(ConnectionEvent.Kind.CLOSED, reason);
        }
        core.unregister(this);
        closed.complete(reason);
    }

    // ================================================================== inbound

    private void onFrame(ReceivedFrame f) {
        DiameterMessage m = f.message();
        long now = core.scheduler.nanoTime(); // before the journal shows the message: a test may move the clock then
        record(Direction.INBOUND, m, f.bytes(), f.error());
        if (f.framingLost()) {
            int max = core.config.transport().decoderOptions().maxMessageSize();
            byte[] seen = f.bytes();
            int announced = seen.length >= 4 ? ((seen[1] & 0xFF) << 16) | ((seen[2] & 0xFF) << 8) | (seen[3] & 0xFF)
                    : 0;
            if (announced > max) {
                event(ConnectionEvent.Kind.LIMIT, "Message Length " + announced + " above maxMessageSize " + max
                        + ": connection closed");
            }
            closeWithReason("framing lost: " + f.error());
            return;
        }
        if (m == null) {
            onMalformed(f.error());
            return;
        }
        watchdog.onReceive(m, now);
        if (m.isRequest()) {
            onRequest(m, f.bytes());
        } else {
            onAnswer(m);
        }
    }

    private void onMalformed(DecodeError e) {
        DiameterMessage partial = e.partialMessage().orElse(null);
        if (partial == null) {
            closeWithReason("undecodable message with an untrusted header: " + e);
            return;
        }
        if (partial.isRequest()) {
            write(Answers.error(partial, core.config.originHost(), core.config.originRealm(), e.resultCode(),
                    e.description(), e.failedAvp().map(List::of).orElse(List.of())));
            if (partial.commandCode() == BaseProtocol.CAPABILITIES_EXCHANGE && !initiator
                    && state == ConnectionState.WAIT_CAPABILITIES) {
                event(ConnectionEvent.Kind.CAPABILITIES_FAILED, "malformed CER: " + e);
                closeAfterWrites("malformed CER: " + e);
            }
        } else {
            Pending p = pending.remove(partial.hopByHopId());
            String why = "malformed " + BaseProtocol.name(partial.commandCode(), false) + ": " + e;
            if (p != null) {
                p.cancelTimer();
                p.future.completeExceptionally(new IllegalStateException(why));
            } else {
                event(ConnectionEvent.Kind.ERROR, why);
            }
            if (initiator && state == ConnectionState.WAIT_CAPABILITIES
                    && partial.commandCode() == BaseProtocol.CAPABILITIES_EXCHANGE) {
                opened.completeExceptionally(new CapabilitiesExchangeException(why, null, -1));
                closeWithReason(why);
            }
        }
    }

    private void onRequest(DiameterMessage m, byte[] bytes) {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        if (!initiator && state == ConnectionState.WAIT_CAPABILITIES
                && m.commandCode() != BaseProtocol.CAPABILITIES_EXCHANGE) {
            // RFC 6733 section 5.6: until CER the connection belongs to no known peer.
            write(Answers.error(m, core.config.originHost(), core.config.originRealm(),
                    ResultCode.DIAMETER_UNKNOWN_PEER, "request " + m.commandCode()
                            + " received before the capabilities exchange (CER)", List.of()));
            closeAfterWrites("request " + m.commandCode() + " received before CER");
            return;
        }
        if (core.config.routingChecks() && !BaseProtocol.isBase(m.commandCode())) {
            DiameterMessage routingError = routingError(m);
            if (routingError != null) {
                write(routingError);
                return;
            }
        }
        Exchange x = new Exchange(m, bytes, core.scheduler.nanoTime());
        try {
            core.config.requestHandler().handle(x);
        } catch (RuntimeException e) {
            event(ConnectionEvent.Kind.ERROR, "request handler failed on " + BaseProtocol.name(m.commandCode(), true)
                    + ": " + e);
            if (!x.handled) {
                x.answer(x.errorAnswer(ResultCode.DIAMETER_UNABLE_TO_COMPLY, "request handler failed: " + e,
                        List.of()));
            }
        }
    }

    private DiameterMessage routingError(DiameterMessage m) {
        try {
            Optional<Avp> realm = m.avp(Avps.DESTINATION_REALM.code());
            if (realm.isPresent() && !Avps.DESTINATION_REALM.read(realm.get())
                    .equalsIgnoreCase(core.config.originRealm())) {
                return Answers.error(m, core.config.originHost(), core.config.originRealm(),
                        ResultCode.DIAMETER_REALM_NOT_SERVED, "Destination-Realm "
                                + Avps.DESTINATION_REALM.read(realm.get()) + " is not served here ("
                                + core.config.originRealm() + ")", List.of());
            }
            Optional<Avp> host = m.avp(Avps.DESTINATION_HOST.code());
            if (host.isPresent() && !Avps.DESTINATION_HOST.read(host.get())
                    .equalsIgnoreCase(core.config.originHost())) {
                return Answers.error(m, core.config.originHost(), core.config.originRealm(),
                        ResultCode.DIAMETER_UNABLE_TO_DELIVER, "Destination-Host "
                                + Avps.DESTINATION_HOST.read(host.get()) + " is not this peer ("
                                + core.config.originHost() + ")", List.of());
            }
            return null;
        } catch (InvalidAvpValueException e) {
            return Answers.error(m, core.config.originHost(), core.config.originRealm(), e.error().resultCode(),
                    e.error().description(), e.error().failedAvp().map(List::of).orElse(List.of()));
        }
    }

    private void onAnswer(DiameterMessage m) {
        if (m.commandCode() == BaseProtocol.CAPABILITIES_EXCHANGE && initiator
                && state == ConnectionState.WAIT_CAPABILITIES) {
            pending.remove(m.hopByHopId());
            onCapabilitiesExchangeAnswer(m);
            return;
        }
        Pending p = pending.remove(m.hopByHopId());
        if (p != null) {
            p.cancelTimer();
            p.future.complete(m);
        } else {
            event(ConnectionEvent.Kind.ERROR, "answer " + m.commandCode() + String.format(" with Hop-by-Hop id 0x%08x",
                    m.hopByHopId()) + " matches no request sent on this connection");
        }
        if (m.commandCode() == BaseProtocol.DISCONNECT_PEER && state == ConnectionState.CLOSING) {
            closeWithReason("DPA received (result " + Answers.resultCode(m) + ")");
        }
    }

    private void onCapabilitiesExchangeAnswer(DiameterMessage cea) {
        if (ceaTimer != null) {
            ceaTimer.cancel();
        }
        long rc = Answers.resultCode(cea);
        if (rc == ResultCode.DIAMETER_SUCCESS) {
            learnPeer(cea);
            state = ConnectionState.OPEN;
            event(ConnectionEvent.Kind.CAPABILITIES_EXCHANGED, "CEA 2001 from " + peerHost);
            core.onOpen(this);
            watchdog.start(reopen);
            opened.complete(this);
        } else {
            String text = cea.avp(Avps.ERROR_MESSAGE.code()).map(a -> ": " + a.asUtf8String()).orElse("");
            String why = "CEA with Result-Code " + rc + " " + ResultCode.name((int) rc) + text;
            event(ConnectionEvent.Kind.CAPABILITIES_FAILED, why);
            opened.completeExceptionally(new CapabilitiesExchangeException(why + " from "
                    + info.remoteAddress(), cea, rc));
            closeWithReason(why);
        }
    }

    private void learnPeer(DiameterMessage capabilities) {
        peerCapabilities = capabilities;
        try {
            peerHost = capabilities.avp(Avps.ORIGIN_HOST.code()).map(Avps.ORIGIN_HOST::read).orElse(null);
            peerRealm = capabilities.avp(Avps.ORIGIN_REALM.code()).map(Avps.ORIGIN_REALM::read).orElse(null);
        } catch (InvalidAvpValueException e) {
            event(ConnectionEvent.Kind.ERROR, "unreadable identity in capabilities: " + e.error());
        }
        if (peerHost != null) {
            info = info.withPeerHost(peerHost);
        }
    }

    // ================================================================== outbound

    private void sendCapabilitiesExchangeRequest() {
        write(core.capabilitiesExchangeRequest(this));
    }

    /** Writes an answer and applies its effects on the connection (open, close after failed CEA or DPA). */
    void writeAnswer(DiameterMessage request, DiameterMessage answer) {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        write(answer);
        int cmd = request.commandCode();
        if (cmd == BaseProtocol.CAPABILITIES_EXCHANGE && answer.commandCode() == cmd && !initiator
                && state == ConnectionState.WAIT_CAPABILITIES) {
            long rc = Answers.resultCode(answer);
            if (rc == ResultCode.DIAMETER_SUCCESS) {
                learnPeer(request);
                state = ConnectionState.OPEN;
                if (ceaTimer != null) {
                    ceaTimer.cancel();
                }
                event(ConnectionEvent.Kind.CAPABILITIES_EXCHANGED, "CER from " + peerHost + " answered 2001");
                core.onOpen(this);
                watchdog.start(false);
                opened.complete(this);
            } else {
                String why = "CEA with Result-Code " + rc + " " + ResultCode.name((int) rc) + " sent";
                event(ConnectionEvent.Kind.CAPABILITIES_FAILED, why);
                closeAfterWrites(why);
            }
        } else if (cmd == BaseProtocol.DISCONNECT_PEER && answer.commandCode() == cmd) {
            state = ConnectionState.CLOSING;
            String cause = request.avp(Avps.DISCONNECT_CAUSE.code()).filter(a -> a.valueLength() == 4)
                    .map(a -> String.valueOf(a.asInteger32())).orElse("absent");
            peerDisconnectCause = cause.equals("absent") ? -1 : Integer.parseInt(cause);
            closeAfterWrites("DPA sent for DPR with Disconnect-Cause " + cause);
        }
    }

    /** Sends a request the peer itself originates (DWR, DPR); the answer completes its future. */
    CompletableFuture<DiameterMessage> sendInternal(DiameterMessage request) {
        CompletableFuture<DiameterMessage> f = new CompletableFuture<>();
        DiameterMessage m = request.toBuilder().hopByHopId(core.ids.nextHopByHopId())
                .endToEndId(request.endToEndId() != 0 ? request.endToEndId() : core.ids.nextEndToEndId()).build();
        pending.put(m.hopByHopId(), new Pending(f));
        write(m);
        return f;
    }

    void write(DiameterMessage m) {
        if (!channel.isActive()) {
            return;
        }
        ByteBuf buf;
        if (core.journal.isEnabled()) {
            byte[] bytes = m.encode();
            record(Direction.OUTBOUND, m, bytes, null);
            buf = Unpooled.wrappedBuffer(bytes);
        } else {
            buf = channel.alloc().ioBuffer(m.length());
            MessageEncoder.encode(m, buf);
        }
        channel.write(buf, channel.voidPromise());
        flushSoon();
    }

    void writeBytes(byte[] bytes) {
        if (!channel.isActive()) {
            return;
        }
        byte[] copy = bytes.clone();
        if (core.journal.isEnabled() && copy.length > 0) {
            io.diameterharness.codec.DecodeResult r = io.diameterharness.codec.MessageDecoder.decode(copy);
            record(Direction.OUTBOUND, r.isSuccess() ? r.message() : null, copy, r.isSuccess() ? null : r.error());
        }
        channel.write(Unpooled.wrappedBuffer(copy), channel.voidPromise());
        flushSoon();
    }

    private void flushSoon() {
        if (inRead) {
            flushNeeded = true;
        } else if (!flushScheduled) {
            flushScheduled = true;
            channel.eventLoop().execute(() -> {
                flushScheduled = false;
                channel.flush();
            });
        }
    }

    private void closeAfterWrites(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        if (core.config.transport().protocol() == TransportProtocol.SCTP) {
            channel.flush();
            channel.close();
        } else {
            channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
    }

    void closeWithReason(String reason) {
        onLoop(() -> {
            if (closeReason == null) {
                closeReason = reason;
            }
            channel.flush();
            channel.close();
        });
    }

    void resetWithReason(String reason) {
        onLoop(() -> {
            if (closeReason == null) {
                closeReason = reason;
            }
            try {
                channel.config().setOption(ChannelOption.SO_LINGER, 0);
            } catch (RuntimeException e) {
                event(ConnectionEvent.Kind.ERROR, "cannot set SO_LINGER 0 for a reset: " + e);
            }
            channel.close();
        });
    }

    private void onLoop(Runnable r) {
        if (channel.eventLoop().inEventLoop()) {
            r.run();
        } else {
            try {
                channel.eventLoop().execute(r);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                channel.close();
            }
        }
    }

    void event(ConnectionEvent.Kind kind, String detail) {
        ConnectionInfo i = info;
        if (i != null) {
            core.journal.recordEvent(i, core.scheduler.nanoTime(), core.scheduler.now(), kind, detail);
        }
    }

    private void record(Direction d, DiameterMessage m, byte[] bytes, DecodeError error) {
        if (core.journal.isEnabled()) {
            core.journal.recordMessage(d, info, core.scheduler.nanoTime(), core.scheduler.now(), m, bytes, error);
        }
    }

    // ================================================================== PeerConnection

    @Override
    public long id() {
        return id;
    }

    @Override
    public boolean isInitiator() {
        return initiator;
    }

    @Override
    public InetSocketAddress localAddress() {
        ConnectionInfo i = info;
        return i != null ? i.localAddress() : (InetSocketAddress) channel.localAddress();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        ConnectionInfo i = info;
        return i != null ? i.remoteAddress() : (InetSocketAddress) channel.remoteAddress();
    }

    @Override
    public String localHost() {
        return core.config.originHost();
    }

    @Override
    public Optional<String> peerHost() {
        return Optional.ofNullable(peerHost);
    }

    @Override
    public Optional<String> peerRealm() {
        return Optional.ofNullable(peerRealm);
    }

    @Override
    public Optional<DiameterMessage> peerCapabilities() {
        return Optional.ofNullable(peerCapabilities);
    }

    @Override
    public long originStateId() {
        return originStateId;
    }

    @Override
    public boolean isTls() {
        return core.config.transport().isTls();
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    @Override
    public WatchdogState watchdogState() {
        return watchdog.state();
    }

    @Override
    public List<WatchdogTransition> watchdogTransitions() {
        return watchdog.transitions();
    }

    @Override
    public Optional<String> closeReason() {
        return state == ConnectionState.CLOSED ? Optional.ofNullable(closeReason) : Optional.empty();
    }

    @Override
    public CompletableFuture<String> closeFuture() {
        return closed.copy();
    }

    @Override
    public DiameterMessage.Builder newRequest(int commandCode, long applicationId) {
        return DiameterMessage.request(commandCode, applicationId)
                .avp(Avps.ORIGIN_HOST.avp(core.config.originHost()))
                .avp(Avps.ORIGIN_REALM.avp(core.config.originRealm()));
    }

    @Override
    public CompletableFuture<DiameterMessage> send(DiameterMessage request) {
        return send(request, null);
    }

    @Override
    public CompletableFuture<DiameterMessage> send(DiameterMessage request, Duration timeout) {
        if (!request.isRequest()) {
            throw new IllegalArgumentException("send needs a request (R bit set); command " + request.commandCode()
                    + " has flags " + DiameterMessage.flagString(request.flags()));
        }
        CompletableFuture<DiameterMessage> f = new CompletableFuture<>();
        onLoop(() -> {
            if (state == ConnectionState.CLOSED || !channel.isActive()) {
                f.completeExceptionally(new IllegalStateException("connection #" + id + " is closed: " + closeReason));
                return;
            }
            DiameterMessage m = request.toBuilder().hopByHopId(core.ids.nextHopByHopId())
                    .endToEndId(request.endToEndId() != 0 ? request.endToEndId() : core.ids.nextEndToEndId()).build();
            Pending p = new Pending(f);
            if (timeout != null) {
                int hbh = m.hopByHopId();
                p.timer = core.scheduler.schedule(channel.eventLoop(), timeout, () -> {
                    if (pending.remove(hbh) != null) {
                        f.completeExceptionally(new TimeoutException("no answer to "
                                + BaseProtocol.name(m.commandCode(), true) + String.format(" (hbh 0x%08x)", hbh)
                                + " within " + timeout.toMillis() + " ms on connection #" + id));
                    }
                });
            }
            pending.put(m.hopByHopId(), p);
            write(m);
        });
        return f;
    }

    @Override
    public void writeRaw(byte[] bytes) {
        byte[] copy = bytes.clone();
        onLoop(() -> writeBytes(copy));
    }

    @Override
    public CompletableFuture<DiameterMessage> disconnect(DisconnectCause cause) {
        DiameterMessage dpr = newRequest(BaseProtocol.DISCONNECT_PEER, 0)
                .avp(Avps.DISCONNECT_CAUSE.avp(cause.value())).build();
        CompletableFuture<DiameterMessage> f = new CompletableFuture<>();
        deliberate = true;
        onLoop(() -> {
            if (state == ConnectionState.CLOSED) {
                f.completeExceptionally(new IllegalStateException("connection #" + id + " is closed: " + closeReason));
                return;
            }
            state = ConnectionState.CLOSING;
            watchdog.stop();
            sendInternal(dpr).whenComplete((a, e) -> {
                if (e != null) {
                    f.completeExceptionally(e);
                } else {
                    f.complete(a);
                }
            });
        });
        return f;
    }

    @Override
    public CompletableFuture<String> close() {
        deliberate = true;
        closeWithReason("closed by this peer");
        return closeFuture();
    }

    @Override
    public CompletableFuture<String> reset() {
        deliberate = true;
        resetWithReason("reset by this peer");
        return closeFuture();
    }

    @Override
    public void stopReading() {
        onLoop(() -> {
            pausedByUser = true;
            channel.config().setAutoRead(false);
        });
    }

    @Override
    public void resumeReading() {
        onLoop(() -> {
            pausedByUser = false;
            if (!pausedByBackPressure) {
                channel.config().setAutoRead(true);
                channel.read();
            }
        });
    }

    @Override
    public String toString() {
        return "connection #" + id + " " + localAddress() + " <-> " + remoteAddress()
                + (peerHost != null ? " (" + peerHost + ")" : "") + " " + state;
    }

    // ================================================================== helpers

    private static final class Pending {
        final CompletableFuture<DiameterMessage> future;
        Scheduler.Timer timer;

        Pending(CompletableFuture<DiameterMessage> future) {
            this.future = future;
        }

        void cancelTimer() {
            if (timer != null) {
                timer.cancel();
            }
        }
    }

    /** One inbound request and the actions on it. */
    private final class Exchange implements InboundRequest {
        private final DiameterMessage request;
        private final byte[] bytes;
        private final long receivedNanos;
        private volatile boolean handled;

        Exchange(DiameterMessage request, byte[] bytes, long receivedNanos) {
            this.request = request;
            this.bytes = bytes;
            this.receivedNanos = receivedNanos;
        }

        @Override
        public DiameterMessage message() {
            return request;
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public PeerConnection connection() {
            return Connection.this;
        }

        @Override
        public long receivedNanos() {
            return receivedNanos;
        }

        @Override
        public DiameterMessage.Builder answerBuilder(long resultCode) {
            return Answers.answer(request, core.config.originHost(), core.config.originRealm(), resultCode);
        }

        @Override
        public DiameterMessage errorAnswer(long resultCode, String errorMessage, List<Avp> failedAvps) {
            return Answers.error(request, core.config.originHost(), core.config.originRealm(), resultCode,
                    errorMessage, failedAvps);
        }

        @Override
        public DiameterMessage defaultAnswer() {
            return core.defaultAnswer(Connection.this, request);
        }

        @Override
        public void answerByDefault() {
            handled = true;
            if (channel.eventLoop().inEventLoop()) {
                writeAnswer(request, defaultAnswer());
            } else {
                onLoop(() -> writeAnswer(request, defaultAnswer()));
            }
        }

        @Override
        public void answer(DiameterMessage answer) {
            handled = true;
            onLoop(() -> writeAnswer(request, answer));
        }

        @Override
        public void answerAfter(Duration delay, DiameterMessage answer) {
            later(delay, () -> writeAnswer(request, answer));
        }

        @Override
        public void later(Duration delay, Runnable task) {
            handled = true;
            onLoop(() -> {
                if (state == ConnectionState.CLOSED) {
                    return;
                }
                Scheduler.Timer[] self = new Scheduler.Timer[1];
                self[0] = core.scheduler.schedule(channel.eventLoop(), delay, () -> {
                    delayed.remove(self[0]);
                    if (state != ConnectionState.CLOSED) {
                        task.run();
                    }
                });
                delayed.add(self[0]);
            });
        }

        @Override
        public void reportError(String detail) {
            event(ConnectionEvent.Kind.ERROR, detail);
        }

        @Override
        public void drop() {
            // nothing is sent
        }

        @Override
        public void close() {
            handled = true;
            closeWithReason("closed by the request handler on " + BaseProtocol.name(request.commandCode(), true));
        }

        @Override
        public void reset() {
            handled = true;
            resetWithReason("reset by the request handler on " + BaseProtocol.name(request.commandCode(), true));
        }

        @Override
        public void stopReading() {
            handled = true;
            Connection.this.stopReading();
        }

        @Override
        public void writeRaw(byte[] raw) {
            handled = true;
            Connection.this.writeRaw(raw);
        }

        @Override
        public boolean isHandled() {
            return handled;
        }

        @Override
        public String toString() {
            return "inbound " + BaseProtocol.name(request.commandCode(), true) + " on connection #" + id;
        }
    }
}
