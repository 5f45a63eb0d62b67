package io.diameterharness.samples.sms.diameter;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One connection to one peer: capabilities exchange, the RFC 3539 watchdog, DWR and DPR from the
 * peer, hop-by-hop matching of answers, and DPR on disconnect. Runs only on the channel's event loop.
 * Request timeouts and failover belong to {@link DiameterClient}, which owns the requests.
 */
final class PeerConnectionHandler extends ChannelInboundHandlerAdapter {

    /** What the connection tells its owner. Called on the event loop. */
    interface Owner {
        void stateChanged(PeerConnectionHandler connection, PeerState to, String reason);

        void answerReceived(PeerConnectionHandler connection, OutstandingRequest request, Message answer);

        void answerMalformed(PeerConnectionHandler connection, OutstandingRequest request,
                MalformedMessageException error);

        void event(ClientEvent event);

        void connectionClosed(PeerConnectionHandler connection, List<OutstandingRequest> inFlight);
    }

    private final DiameterClientConfig config;
    private final PeerRole role;
    private final Identifiers ids;
    private final Owner owner;
    private final Map<Integer, OutstandingRequest> inFlight = new LinkedHashMap<>();

    private ChannelHandlerContext ctx;
    private PeerState state = PeerState.CONNECTING;
    private int cerHopByHop;
    private int dwrHopByHop;
    private int dprHopByHop;
    private boolean dwrPending;
    private boolean dprSent;
    private String closeReason;
    private String peerOriginHost = "";
    private long disconnectCause = -1;
    private ScheduledFuture<?> ceaTimer;
    private ScheduledFuture<?> watchdogTimer;
    private ScheduledFuture<?> closeTimer;

    PeerConnectionHandler(DiameterClientConfig config, PeerRole role, Identifiers ids, Owner owner) {
        this.config = config;
        this.role = role;
        this.ids = ids;
        this.owner = owner;
    }

    PeerRole role() {
        return role;
    }

    PeerState state() {
        return state;
    }

    String peerOriginHost() {
        return peerOriginHost;
    }

    /** @return the Disconnect-Cause of a DPR the peer sent, or -1 if it sent none */
    long disconnectCause() {
        return disconnectCause;
    }

    boolean isOpen() {
        return state == PeerState.OPEN;
    }

    int inFlightCount() {
        return inFlight.size();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        setState(PeerState.WAIT_CEA, "connected " + ctx.channel().localAddress() + " -> " + ctx.channel().remoteAddress());
        cerHopByHop = ids.nextHopByHop();
        Message cer = new Message(Message.FLAG_REQUEST, Codes.CMD_CAPABILITIES_EXCHANGE, Codes.APP_COMMON,
                cerHopByHop, ids.nextEndToEnd(), capabilities(ctx.channel().localAddress()));
        write(cer);
        long ms = config.ceaTimeout().toMillis();
        ceaTimer = ctx.executor().schedule(() -> closeWith("no CEA within " + ms + " ms"), ms, TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    private List<Avp> capabilities(SocketAddress local) {
        List<Avp> avps = new ArrayList<>();
        avps.add(Avp.utf8(Codes.ORIGIN_HOST, config.originHost()));
        avps.add(Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()));
        avps.add(Avp.address(Codes.HOST_IP_ADDRESS, hostIpAddress(local)));
        avps.add(Avp.unsigned32(Codes.VENDOR_ID, config.vendorId()));
        // Product-Name must not carry the M flag (RFC 6733 section 5.3.7).
        avps.add(Avp.of(Codes.PRODUCT_NAME, false, 0, config.productName().getBytes(StandardCharsets.UTF_8)));
        avps.add(Avp.unsigned32(Codes.ORIGIN_STATE_ID, ids.originStateId()));
        avps.add(Avp.unsigned32(Codes.SUPPORTED_VENDOR_ID, Codes.VENDOR_3GPP));
        avps.add(Avp.unsigned32(Codes.AUTH_APPLICATION_ID, Codes.APP_CREDIT_CONTROL));
        return avps;
    }

    /**
     * The configured Host-IP-Address, else the connection's real local address (never the wildcard
     * address the socket may have been bound to), else loopback for channels without an IP address.
     */
    private InetAddress hostIpAddress(SocketAddress local) {
        if (config.hostIpAddress().isPresent()) {
            return config.hostIpAddress().get();
        }
        if (local instanceof InetSocketAddress inet && inet.getAddress() != null
                && !inet.getAddress().isAnyLocalAddress()) {
            return inet.getAddress();
        }
        return InetAddress.getLoopbackAddress();
    }

    /**
     * Sends an application request on this open connection with a fresh Hop-by-Hop Identifier.
     *
     * @return the message as written
     */
    Message send(OutstandingRequest request, Message message) {
        if (state != PeerState.OPEN) {
            throw new IllegalStateException("connection to " + role + " is " + state + ", not OPEN");
        }
        int hopByHop = ids.nextHopByHop();
        Message out = message.withHopByHopId(hopByHop);
        request.hopByHop = hopByHop;
        request.connection = this;
        inFlight.put(hopByHop, request);
        write(out);
        return out;
    }

    /** Stops waiting for the answer to {@code request} here; a late answer will be discarded. */
    void forget(OutstandingRequest request) {
        inFlight.remove(request.hopByHop, request);
        request.connection = null;
    }

    /** Sends DPR when open and closes when the DPA arrives (or the DPA timeout passes); else closes. */
    ChannelFuture disconnect() {
        if (state == PeerState.OPEN) {
            dprSent = true;
            dprHopByHop = ids.nextHopByHop();
            setState(PeerState.CLOSING, "DPR sent");
            write(new Message(Message.FLAG_REQUEST, Codes.CMD_DISCONNECT_PEER, Codes.APP_COMMON, dprHopByHop,
                    ids.nextEndToEnd(), List.of(Avp.utf8(Codes.ORIGIN_HOST, config.originHost()),
                            Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()),
                            Avp.unsigned32(Codes.DISCONNECT_CAUSE, Codes.DISCONNECT_REBOOTING))));
            long ms = config.dpaTimeout().toMillis();
            scheduleClose("no DPA within " + ms + " ms", ms);
        } else if (!dprSent) {
            closeWith("closed by the client in state " + state);
        }
        return ctx.channel().closeFuture();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Message message) {
            if (state == PeerState.OPEN) {
                restartWatchdog();
            }
            if (message.isRequest()) {
                onRequest(message);
            } else {
                onAnswer(message);
            }
        } else if (msg instanceof DiameterFrameCodec.MalformedFrame frame) {
            onMalformed(frame);
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private void onRequest(Message request) {
        switch (request.commandCode()) {
            case Codes.CMD_DEVICE_WATCHDOG -> write(Message.answerTo(request, List.of(
                    Avp.unsigned32(Codes.RESULT_CODE, Codes.DIAMETER_SUCCESS),
                    Avp.utf8(Codes.ORIGIN_HOST, config.originHost()),
                    Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()),
                    Avp.unsigned32(Codes.ORIGIN_STATE_ID, ids.originStateId()))));
            case Codes.CMD_DISCONNECT_PEER -> {
                write(Message.answerTo(request, List.of(
                        Avp.unsigned32(Codes.RESULT_CODE, Codes.DIAMETER_SUCCESS),
                        Avp.utf8(Codes.ORIGIN_HOST, config.originHost()),
                        Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()))));
                disconnectCause = request.avp(Codes.DISCONNECT_CAUSE).filter(a -> a.dataLength() == 4)
                        .map(Avp::asUnsigned32).orElse((long) Codes.DISCONNECT_REBOOTING);
                String cause = request.avp(Codes.DISCONNECT_CAUSE)
                        .map(a -> a.dataLength() == 4 ? String.valueOf(a.asUnsigned32()) : "malformed")
                        .orElse("absent");
                String reason = "DPR received (Disconnect-Cause " + cause + ")";
                setState(PeerState.CLOSING, reason);
                closeReason = reason;
                // The DPR sender closes after our DPA; close ourselves if it does not.
                scheduleClose(reason + ", peer did not close", config.dpaTimeout().toMillis());
            }
            default -> {
                owner.event(new ClientEvent.ProtocolError(role, "unsupported request " + request));
                answerError(request.commandCode(), request.applicationId(), request.flags(), request.hopByHopId(),
                        request.endToEndId(), Codes.DIAMETER_COMMAND_UNSUPPORTED);
            }
        }
    }

    private void onAnswer(Message answer) {
        int command = answer.commandCode();
        if (command == Codes.CMD_CAPABILITIES_EXCHANGE && state == PeerState.WAIT_CEA
                && answer.hopByHopId() == cerHopByHop) {
            onCea(answer);
        } else if (state == PeerState.WAIT_CEA) {
            owner.event(new ClientEvent.ProtocolError(role, "discarded before CEA: " + answer));
        } else if (command == Codes.CMD_DEVICE_WATCHDOG && dwrPending && answer.hopByHopId() == dwrHopByHop) {
            // RFC 3539: any DWA proves the peer alive, whatever its Result-Code (e.g. 3004 TOO_BUSY).
            dwrPending = false;
        } else if (command == Codes.CMD_DISCONNECT_PEER && dprSent && answer.hopByHopId() == dprHopByHop) {
            closeWith("DPA received");
        } else {
            OutstandingRequest request = inFlight.get(answer.hopByHopId());
            if (request != null && request.request.endToEndId() == answer.endToEndId()
                    && request.request.commandCode() == command) {
                inFlight.remove(answer.hopByHopId());
                request.connection = null;
                owner.answerReceived(this, request, answer);
            } else {
                owner.event(new ClientEvent.AnswerDiscarded(role, command, answer.hopByHopId(), answer.endToEndId(),
                        answer.resultCode().orElse(-1L)));
            }
        }
    }

    private void onCea(Message cea) {
        ceaTimer.cancel(false);
        peerOriginHost = cea.avp(Codes.ORIGIN_HOST).map(Avp::asUtf8).orElse("");
        long resultCode = cea.resultCode().orElse(-1L);
        if (resultCode != Codes.DIAMETER_SUCCESS) {
            closeWith("CEA Result-Code " + resultCode + " from '" + peerOriginHost + "'");
            return;
        }
        if (!advertisesCreditControl(cea)) {
            closeWith("CEA from '" + peerOriginHost + "' advertises neither Credit-Control (4) nor relay");
            return;
        }
        setState(PeerState.OPEN, "CEA " + resultCode + " from '" + peerOriginHost + "'");
        restartWatchdog();
    }

    private static boolean advertisesCreditControl(Message cea) {
        List<Avp> ids = new ArrayList<>(cea.avps(Codes.AUTH_APPLICATION_ID, 0));
        for (Avp vsai : cea.avps(Codes.VENDOR_SPECIFIC_APPLICATION_ID, 0)) {
            vsai.child(Codes.AUTH_APPLICATION_ID, 0).ifPresent(ids::add);
        }
        for (Avp id : ids) {
            if (id.dataLength() == 4 && (id.asUnsigned32() == Codes.APP_CREDIT_CONTROL
                    || id.asUnsigned32() == Codes.APP_RELAY)) {
                return true;
            }
        }
        return false;
    }

    private void onMalformed(DiameterFrameCodec.MalformedFrame frame) {
        owner.event(new ClientEvent.ProtocolError(role, "malformed message: " + frame.error().getMessage()));
        if (!frame.headerReadable()) {
            return;
        }
        boolean request = (frame.flags() & Message.FLAG_REQUEST) != 0;
        if (request) {
            answerError(frame.commandCode(), frame.applicationId(), frame.flags(), frame.hopByHopId(),
                    frame.endToEndId(), frame.error().resultCode());
        } else {
            OutstandingRequest pending = inFlight.get(frame.hopByHopId());
            if (pending != null && pending.request.endToEndId() == frame.endToEndId()) {
                inFlight.remove(frame.hopByHopId());
                pending.connection = null;
                owner.answerMalformed(this, pending, frame.error());
            }
        }
    }

    private void answerError(int commandCode, long applicationId, int requestFlags, int hopByHop, int endToEnd,
            long resultCode) {
        int flags = (requestFlags & Message.FLAG_PROXIABLE) | (resultCode >= 3000 && resultCode < 4000
                ? Message.FLAG_ERROR : 0);
        write(new Message(flags, commandCode, applicationId, hopByHop, endToEnd, List.of(
                Avp.utf8(Codes.ORIGIN_HOST, config.originHost()),
                Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()),
                Avp.unsigned32(Codes.RESULT_CODE, resultCode))));
    }

    private void restartWatchdog() {
        if (watchdogTimer != null) {
            watchdogTimer.cancel(false);
        }
        long tw = config.watchdogInterval().toMillis();
        watchdogTimer = ctx.executor().schedule(this::onWatchdogTimer, tw, TimeUnit.MILLISECONDS);
    }

    private void onWatchdogTimer() {
        if (state != PeerState.OPEN) {
            return;
        }
        if (dwrPending) {
            closeWith("no DWA within Tw=" + config.watchdogInterval().toMillis() + " ms");
            return;
        }
        dwrPending = true;
        dwrHopByHop = ids.nextHopByHop();
        write(new Message(Message.FLAG_REQUEST, Codes.CMD_DEVICE_WATCHDOG, Codes.APP_COMMON, dwrHopByHop,
                ids.nextEndToEnd(), List.of(Avp.utf8(Codes.ORIGIN_HOST, config.originHost()),
                        Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()),
                        Avp.unsigned32(Codes.ORIGIN_STATE_ID, ids.originStateId()))));
        long tw = config.watchdogInterval().toMillis();
        watchdogTimer = ctx.executor().schedule(this::onWatchdogTimer, tw, TimeUnit.MILLISECONDS);
    }

    private void scheduleClose(String reason, long delayMillis) {
        if (closeTimer == null) {
            closeTimer = ctx.executor().schedule(() -> closeWith(reason), delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void write(Message message) {
        ctx.writeAndFlush(message).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                closeWith("write failed: " + f.cause());
            }
        });
    }

    void closeWith(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        ctx.close();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException || cause.getCause() instanceof TooLongFrameException) {
            closeWith("message longer than " + DiameterFrameCodec.MAX_MESSAGE_LENGTH + " octets");
        } else {
            closeWith("I/O error: " + cause);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        for (ScheduledFuture<?> timer : new ScheduledFuture<?>[] {ceaTimer, watchdogTimer, closeTimer}) {
            if (timer != null) {
                timer.cancel(false);
            }
        }
        setState(PeerState.DOWN, closeReason != null ? closeReason : "connection closed by the peer");
        List<OutstandingRequest> pending = new ArrayList<>(inFlight.values());
        inFlight.clear();
        for (OutstandingRequest request : pending) {
            request.connection = null;
        }
        owner.connectionClosed(this, pending);
        ctx.fireChannelInactive();
    }

    private void setState(PeerState to, String reason) {
        if (state != to) {
            state = to;
            owner.stateChanged(this, to, reason);
        }
    }
}
