package io.diameterharness.samples.ocs;

import io.diameterharness.samples.sms.diameter.Avp;
import io.diameterharness.samples.sms.diameter.Codes;
import io.diameterharness.samples.sms.diameter.MalformedMessageException;
import io.diameterharness.samples.sms.diameter.Message;
import io.diameterharness.samples.sms.diameter.MessageCodec;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** One client connection of the {@link SmsOcs}: CER, watchdog both ways, DPR, CCR. Runs on its event loop. */
final class OcsConnection extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = System.getLogger(SmsOcs.class.getName());

    static final long DIAMETER_APPLICATION_UNSUPPORTED = 3007;
    static final long DIAMETER_REALM_NOT_SERVED = 3003;
    static final long DIAMETER_UNKNOWN_PEER = 3010;
    static final long DIAMETER_INVALID_AVP_VALUE = 5004;
    static final long DIAMETER_NO_COMMON_APPLICATION = 5010;
    static final long DIAMETER_USER_UNKNOWN = 5030;

    private static final int PRODUCT_NAME_NOT_MANDATORY = 0;

    private enum State { WAIT_CER, OPEN, CLOSING }

    private final SmsOcsConfig config;
    private final SmsOcs ocs;
    private ChannelHandlerContext ctx;
    private State state = State.WAIT_CER;
    private ScheduledFuture<?> cerTimer;
    private ScheduledFuture<?> watchdogTimer;
    private boolean dwrPending;
    private int nextHopByHop = ThreadLocalRandom.current().nextInt();
    private int nextEndToEnd = ThreadLocalRandom.current().nextInt();
    private String peer = "?";

    OcsConnection(SmsOcsConfig config, SmsOcs ocs) {
        this.config = config;
        this.ocs = ocs;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        peer = String.valueOf(ctx.channel().remoteAddress());
        long ms = config.cerTimeout().toMillis();
        cerTimer = ctx.executor().schedule(() -> close("no CER within " + ms + " ms"), ms, TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf frame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            if (state == State.OPEN) {
                restartWatchdog(); // RFC 3539: any traffic from the peer proves it alive
            }
            Message m;
            try {
                m = MessageCodec.decode(frame);
            } catch (MalformedMessageException e) {
                onMalformed(frame, e);
                return;
            }
            if (m.isRequest()) {
                onRequest(m);
            } else if (m.commandCode() == Codes.CMD_DEVICE_WATCHDOG) {
                dwrPending = false; // any DWA, whatever its Result-Code, proves the peer alive
            }
        } finally {
            ReferenceCountUtil.release(frame);
        }
    }

    private void onMalformed(ByteBuf frame, MalformedMessageException e) {
        int i = frame.readerIndex();
        if (frame.readableBytes() < 20) {
            close("undecodable message of " + frame.readableBytes() + " octets: " + e.getMessage());
            return;
        }
        int flags = frame.getUnsignedByte(i + 4);
        if ((flags & Message.FLAG_REQUEST) == 0) {
            LOG.log(Level.WARNING, () -> peer + ": malformed answer dropped: " + e.getMessage());
            return;
        }
        int commandCode = frame.getUnsignedMedium(i + 5);
        long applicationId = frame.getUnsignedInt(i + 8);
        int answerFlags = (flags & Message.FLAG_PROXIABLE) | (isProtocolError(e.resultCode()) ? Message.FLAG_ERROR : 0);
        write(new Message(answerFlags, commandCode, applicationId, frame.getInt(i + 12), frame.getInt(i + 16),
                List.of(Avp.utf8(Codes.ORIGIN_HOST, config.originHost()),
                        Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()),
                        Avp.unsigned32(Codes.RESULT_CODE, e.resultCode()),
                        errorMessage(e.getMessage()))));
        if (state == State.WAIT_CER) {
            close("malformed request before CER");
        }
    }

    private void onRequest(Message request) {
        if (state == State.WAIT_CER) {
            if (request.commandCode() == Codes.CMD_CAPABILITIES_EXCHANGE) {
                onCer(request);
            } else {
                // RFC 6733 section 5.6: until the capabilities exchange the sender is no known peer.
                write(error(request, DIAMETER_UNKNOWN_PEER, "request " + request.commandCode() + " before CER"));
                close("request " + request.commandCode() + " before CER");
            }
            return;
        }
        switch (request.commandCode()) {
            case Codes.CMD_CAPABILITIES_EXCHANGE -> write(error(request, 5012, "capabilities already exchanged"));
            case Codes.CMD_DEVICE_WATCHDOG -> write(Message.answerTo(request, List.of(
                    Avp.unsigned32(Codes.RESULT_CODE, Codes.DIAMETER_SUCCESS),
                    Avp.utf8(Codes.ORIGIN_HOST, config.originHost()),
                    Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()),
                    Avp.unsigned32(Codes.ORIGIN_STATE_ID, ocs.originStateId()))));
            case Codes.CMD_DISCONNECT_PEER -> {
                state = State.CLOSING;
                ctx.writeAndFlush(encode(Message.answerTo(request, List.of(
                        Avp.unsigned32(Codes.RESULT_CODE, Codes.DIAMETER_SUCCESS),
                        Avp.utf8(Codes.ORIGIN_HOST, config.originHost()),
                        Avp.utf8(Codes.ORIGIN_REALM, config.originRealm())))))
                        .addListener(f -> close("DPR received"));
            }
            case Codes.CMD_CREDIT_CONTROL -> onCreditControl(request);
            default -> write(error(request, Codes.DIAMETER_COMMAND_UNSUPPORTED,
                    "command " + request.commandCode() + " is not served by this OCS"));
        }
    }

    private void onCer(Message cer) {
        cerTimer.cancel(false);
        Optional<Avp> originHost = cer.avp(Codes.ORIGIN_HOST);
        if (originHost.isEmpty() || cer.avp(Codes.ORIGIN_REALM).isEmpty()) {
            int missing = originHost.isEmpty() ? Codes.ORIGIN_HOST : Codes.ORIGIN_REALM;
            write(withCapabilities(cer, Codes.DIAMETER_MISSING_AVP, failedAvp(Avp.of(missing, true, 0, new byte[0]))));
            close("CER without Origin-Host or Origin-Realm");
            return;
        }
        peer = originHost.get().asUtf8() + " (" + ctx.channel().remoteAddress() + ")";
        if (!offersCreditControl(cer)) {
            write(withCapabilities(cer, DIAMETER_NO_COMMON_APPLICATION, null));
            close("CER from " + peer + " offers neither Credit-Control (4) nor relay");
            return;
        }
        write(withCapabilities(cer, Codes.DIAMETER_SUCCESS, null));
        state = State.OPEN;
        LOG.log(Level.INFO, () -> "peer " + peer + " open");
        restartWatchdog();
    }

    private static boolean offersCreditControl(Message cer) {
        List<Avp> ids = new ArrayList<>(cer.avps(Codes.AUTH_APPLICATION_ID, 0));
        for (Avp vsai : cer.avps(Codes.VENDOR_SPECIFIC_APPLICATION_ID, 0)) {
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

    private Message withCapabilities(Message cer, long resultCode, Avp failedAvp) {
        List<Avp> avps = new ArrayList<>();
        avps.add(Avp.unsigned32(Codes.RESULT_CODE, resultCode));
        avps.add(Avp.utf8(Codes.ORIGIN_HOST, config.originHost()));
        avps.add(Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()));
        avps.add(Avp.address(Codes.HOST_IP_ADDRESS, ((InetSocketAddress) ctx.channel().localAddress()).getAddress()));
        avps.add(Avp.unsigned32(Codes.VENDOR_ID, 0));
        avps.add(Avp.of(Codes.PRODUCT_NAME, false, PRODUCT_NAME_NOT_MANDATORY,
                "sms-ocs-sample".getBytes(StandardCharsets.UTF_8)));
        avps.add(Avp.unsigned32(Codes.ORIGIN_STATE_ID, ocs.originStateId()));
        avps.add(Avp.unsigned32(Codes.AUTH_APPLICATION_ID, Codes.APP_CREDIT_CONTROL));
        if (failedAvp != null) {
            avps.add(failedAvp);
        }
        Message cea = Message.answerTo(cer, avps);
        return isProtocolError(resultCode) ? cea.withErrorFlag() : cea;
    }

    private void onCreditControl(Message ccr) {
        if (ccr.applicationId() != Codes.APP_CREDIT_CONTROL) {
            write(error(ccr, DIAMETER_APPLICATION_UNSUPPORTED, "application " + ccr.applicationId()
                    + " is not served by this OCS"));
            return;
        }
        for (int required : new int[] {Codes.SESSION_ID, Codes.ORIGIN_HOST, Codes.ORIGIN_REALM,
                Codes.DESTINATION_REALM, Codes.AUTH_APPLICATION_ID, Codes.SERVICE_CONTEXT_ID,
                Codes.CC_REQUEST_TYPE, Codes.CC_REQUEST_NUMBER, Codes.SUBSCRIPTION_ID}) {
            if (ccr.avp(required).isEmpty()) {
                // RFC 6733 section 7.5: Failed-AVP holds an example of the missing AVP, value zeroed.
                int size = isUnsigned32(required) ? 4 : 0;
                write(creditControlAnswer(ccr, Codes.DIAMETER_MISSING_AVP,
                        failedAvp(Avp.of(required, true, 0, new byte[size])), null));
                return;
            }
        }
        String realm = ccr.avp(Codes.DESTINATION_REALM).get().asUtf8();
        if (!realm.equalsIgnoreCase(config.originRealm())) {
            write(error(ccr, DIAMETER_REALM_NOT_SERVED, "Destination-Realm " + realm + " is not "
                    + config.originRealm()));
            return;
        }
        Avp requestType = ccr.avp(Codes.CC_REQUEST_TYPE).get();
        if (requestType.dataLength() != 4 || requestType.asUnsigned32() != Codes.EVENT_REQUEST) {
            write(creditControlAnswer(ccr, DIAMETER_INVALID_AVP_VALUE, failedAvp(requestType),
                    "this OCS charges SMS as events only (CC-Request-Type 4)"));
            return;
        }
        Optional<String> msisdn = e164(ccr);
        if (msisdn.isEmpty()) {
            write(creditControlAnswer(ccr, DIAMETER_INVALID_AVP_VALUE, failedAvp(ccr.avp(Codes.SUBSCRIPTION_ID).get()),
                    "no Subscription-Id of type END_USER_E164"));
            return;
        }
        long units = requestedUnits(ccr);
        switch (ocs.debit(msisdn.get(), units)) {
            case DEBITED -> write(creditControlAnswer(ccr, Codes.DIAMETER_SUCCESS, Avp.grouped(
                    Codes.MULTIPLE_SERVICES_CREDIT_CONTROL, 0,
                    Avp.grouped(Codes.GRANTED_SERVICE_UNIT, 0,
                            Avp.unsigned64(Codes.CC_SERVICE_SPECIFIC_UNITS, units)),
                    Avp.unsigned32(Codes.RESULT_CODE, Codes.DIAMETER_SUCCESS)), null));
            case CREDIT_LIMIT_REACHED -> write(creditControlAnswer(ccr, Codes.DIAMETER_CREDIT_LIMIT_REACHED, null,
                    null));
            case UNKNOWN_SUBSCRIBER -> write(creditControlAnswer(ccr, DIAMETER_USER_UNKNOWN, null,
                    "no subscriber " + msisdn.get()));
        }
    }

    private static boolean isUnsigned32(int code) {
        return code == Codes.AUTH_APPLICATION_ID || code == Codes.CC_REQUEST_TYPE || code == Codes.CC_REQUEST_NUMBER;
    }

    private static Optional<String> e164(Message ccr) {
        for (Avp id : ccr.avps(Codes.SUBSCRIPTION_ID, 0)) {
            Optional<Avp> type = id.child(Codes.SUBSCRIPTION_ID_TYPE, 0);
            Optional<Avp> data = id.child(Codes.SUBSCRIPTION_ID_DATA, 0);
            if (type.isPresent() && type.get().dataLength() == 4 && type.get().asUnsigned32() == Codes.END_USER_E164
                    && data.isPresent()) {
                return Optional.of(data.get().asUtf8());
            }
        }
        return Optional.empty();
    }

    /** MSCC / Requested-Service-Unit / CC-Service-Specific-Units, else 1. */
    private static long requestedUnits(Message ccr) {
        return ccr.avp(Codes.MULTIPLE_SERVICES_CREDIT_CONTROL)
                .flatMap(m -> m.child(Codes.REQUESTED_SERVICE_UNIT, 0))
                .flatMap(r -> r.child(Codes.CC_SERVICE_SPECIFIC_UNITS, 0))
                .filter(u -> u.dataLength() == 8)
                .map(Avp::asUnsigned64)
                .filter(u -> u.signum() > 0 && u.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0)
                .map(BigInteger::longValue)
                .orElse(1L);
    }

    private Message creditControlAnswer(Message ccr, long resultCode, Avp extra, String errorMessage) {
        List<Avp> avps = new ArrayList<>();
        ccr.avp(Codes.SESSION_ID).ifPresent(avps::add);
        avps.add(Avp.unsigned32(Codes.RESULT_CODE, resultCode));
        avps.add(Avp.utf8(Codes.ORIGIN_HOST, config.originHost()));
        avps.add(Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()));
        avps.add(Avp.unsigned32(Codes.AUTH_APPLICATION_ID, Codes.APP_CREDIT_CONTROL));
        ccr.avp(Codes.CC_REQUEST_TYPE).ifPresent(avps::add);
        ccr.avp(Codes.CC_REQUEST_NUMBER).ifPresent(avps::add);
        if (extra != null) {
            avps.add(extra);
        }
        if (errorMessage != null) {
            avps.add(errorMessage(errorMessage));
        }
        return Message.answerTo(ccr, avps);
    }

    /** An answer with the E flag (protocol errors, 3xxx) or without (5xxx), carrying Error-Message. */
    private Message error(Message request, long resultCode, String text) {
        List<Avp> avps = new ArrayList<>();
        request.avp(Codes.SESSION_ID).ifPresent(avps::add);
        avps.add(Avp.unsigned32(Codes.RESULT_CODE, resultCode));
        avps.add(Avp.utf8(Codes.ORIGIN_HOST, config.originHost()));
        avps.add(Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()));
        avps.add(errorMessage(text));
        Message answer = Message.answerTo(request, avps);
        return isProtocolError(resultCode) ? answer.withErrorFlag() : answer;
    }

    private static boolean isProtocolError(long resultCode) {
        return resultCode >= 3000 && resultCode < 4000;
    }

    private static Avp failedAvp(Avp offending) {
        return Avp.grouped(Codes.FAILED_AVP, 0, offending);
    }

    private static Avp errorMessage(String text) {
        // Error-Message must not carry the M flag (RFC 6733 section 7.3).
        return Avp.of(Codes.ERROR_MESSAGE, false, 0, text.getBytes(StandardCharsets.UTF_8));
    }

    private void restartWatchdog() {
        if (watchdogTimer != null) {
            watchdogTimer.cancel(false);
        }
        long tw = config.watchdogInterval().toMillis();
        watchdogTimer = ctx.executor().schedule(this::onWatchdogTimer, tw, TimeUnit.MILLISECONDS);
    }

    private void onWatchdogTimer() {
        if (state != State.OPEN) {
            return;
        }
        long tw = config.watchdogInterval().toMillis();
        if (dwrPending) {
            close("no DWA from " + peer + " within Tw=" + tw + " ms");
            return;
        }
        dwrPending = true;
        write(new Message(Message.FLAG_REQUEST, Codes.CMD_DEVICE_WATCHDOG, Codes.APP_COMMON, nextHopByHop++,
                nextEndToEnd++, List.of(Avp.utf8(Codes.ORIGIN_HOST, config.originHost()),
                        Avp.utf8(Codes.ORIGIN_REALM, config.originRealm()),
                        Avp.unsigned32(Codes.ORIGIN_STATE_ID, ocs.originStateId()))));
        watchdogTimer = ctx.executor().schedule(this::onWatchdogTimer, tw, TimeUnit.MILLISECONDS);
    }

    private ByteBuf encode(Message message) {
        byte[] bytes = MessageCodec.encode(message);
        return ctx.alloc().buffer(bytes.length).writeBytes(bytes);
    }

    private void write(Message message) {
        ctx.writeAndFlush(encode(message)).addListener(ChannelFutureListener.FIRE_EXCEPTION_ON_FAILURE);
    }

    private void close(String reason) {
        if (ctx.channel().isOpen()) {
            LOG.log(Level.INFO, () -> "closing connection of " + peer + ": " + reason);
            state = State.CLOSING;
            // Written answers go out first: flush, then close.
            ctx.writeAndFlush(ctx.alloc().buffer(0)).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        close("I/O or framing error: " + cause);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        for (ScheduledFuture<?> t : new ScheduledFuture<?>[] {cerTimer, watchdogTimer}) {
            if (t != null) {
                t.cancel(false);
            }
        }
        ctx.fireChannelInactive();
    }
}
