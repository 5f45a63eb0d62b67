package io.diameterharness.samples.sms.diameter;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One peer connection in an EmbeddedChannel, with frozen time: CER/CEA, watchdog, DWR/DPR, matching. */
class PeerConnectionHandlerTest {

    private static final long TW = 500;
    private static final long CEA_TIMEOUT = 3000;
    private static final long DPA_TIMEOUT = 1000;

    private final RecordingOwner owner = new RecordingOwner();
    private final Identifiers ids = new Identifiers("sms.client.example", 1_700_000_000L, 0);
    private EmbeddedChannel channel;
    private PeerConnectionHandler handler;

    private static DiameterClientConfig.Builder config() {
        return DiameterClientConfig.builder().primary(InetSocketAddress.createUnresolved("ocs1", 3868))
                .originHost("sms.client.example").originRealm("client.example").destinationRealm("ocs.example")
                .watchdogInterval(Duration.ofMillis(TW)).ceaTimeout(Duration.ofMillis(CEA_TIMEOUT))
                .dpaTimeout(Duration.ofMillis(DPA_TIMEOUT));
    }

    private void connect(DiameterClientConfig config, boolean withCodec) {
        channel = new EmbeddedChannel();
        channel.freezeTime();
        if (withCodec) {
            DiameterFrameCodec.addTo(channel.pipeline());
        }
        handler = new PeerConnectionHandler(config, PeerRole.PRIMARY, ids, owner);
        channel.pipeline().addLast(handler);
        channel.pipeline().fireChannelActive();
    }

    @AfterEach
    void finishChannel() {
        if (channel != null) {
            channel.finishAndReleaseAll();
        }
    }

    private Message outbound() {
        Object o = channel.readOutbound();
        assertThat("nothing was written", o, instanceOf(Message.class));
        return (Message) o;
    }

    private void advance(long millis) {
        channel.advanceTimeBy(millis, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        channel.runPendingTasks();
    }

    private static Message answer(Message request, long resultCode, Avp... more) {
        List<Avp> avps = new ArrayList<>();
        avps.add(Avp.unsigned32(Codes.RESULT_CODE, resultCode));
        avps.add(Avp.utf8(Codes.ORIGIN_HOST, "ocs1.ocs.example"));
        avps.add(Avp.utf8(Codes.ORIGIN_REALM, "ocs.example"));
        avps.addAll(List.of(more));
        return Message.answerTo(request, avps);
    }

    private Message openConnection() {
        connect(config().build(), false);
        Message cer = outbound();
        channel.writeInbound(answer(cer, 2001, Avp.unsigned32(Codes.AUTH_APPLICATION_ID, 4)));
        assertThat(handler.state(), is(PeerState.OPEN));
        return cer;
    }

    @Test
    void sendsCerWithItsIdentityAndCreditControlWhenConnected() {
        connect(config().vendorId(99).build(), false);

        Message cer = outbound();

        assertThat(cer.commandCode(), is(257));
        assertThat(cer.isRequest(), is(true));
        assertThat(cer.applicationId(), is(0L));
        assertThat(cer.avp(Codes.ORIGIN_HOST).orElseThrow().asUtf8(), equalTo("sms.client.example"));
        assertThat(cer.avp(Codes.ORIGIN_REALM).orElseThrow().asUtf8(), equalTo("client.example"));
        // an EmbeddedChannel has no IP address: loopback stands in, never the wildcard address
        assertThat(cer.avp(Codes.HOST_IP_ADDRESS).orElseThrow().asAddress(), equalTo(InetAddress.getLoopbackAddress()));
        assertThat(cer.avp(Codes.VENDOR_ID).orElseThrow().asUnsigned32(), is(99L));
        assertThat(cer.avp(Codes.PRODUCT_NAME).orElseThrow().isMandatory(), is(false));
        assertThat(cer.avp(Codes.ORIGIN_STATE_ID).orElseThrow().asUnsigned32(), is(1_700_000_000L));
        assertThat(cer.avp(Codes.SUPPORTED_VENDOR_ID).orElseThrow().asUnsigned32(), is(10415L));
        assertThat(cer.avp(Codes.AUTH_APPLICATION_ID).orElseThrow().asUnsigned32(), is(4L));
        assertThat(owner.states, contains("WAIT_CEA"));
    }

    @Test
    void advertisesTheConfiguredHostIpAddress() throws Exception {
        connect(config().hostIpAddress(InetAddress.getByName("192.0.2.7")).build(), false);

        assertThat(outbound().avp(Codes.HOST_IP_ADDRESS).orElseThrow().asAddress(),
                equalTo(InetAddress.getByName("192.0.2.7")));
    }

    @Test
    void opensOnCeaWith2001AndCreditControl() {
        connect(config().build(), false);
        Message cer = outbound();

        channel.writeInbound(answer(cer, 2001, Avp.grouped(Codes.VENDOR_SPECIFIC_APPLICATION_ID, 0,
                Avp.unsigned32(Codes.VENDOR_ID, 10415), Avp.unsigned32(Codes.AUTH_APPLICATION_ID, 4))));

        assertThat(handler.state(), is(PeerState.OPEN));
        assertThat(owner.states, contains("WAIT_CEA", "OPEN"));
        assertThat(owner.reasons.get(1), containsString("ocs1.ocs.example"));
    }

    @Test
    void waitsForALateCeaUntilTheCeaTimeout() {
        connect(config().build(), false);
        Message cer = outbound();

        advance(CEA_TIMEOUT - 1);
        assertTrue(channel.isOpen(), "closed before the CEA timeout");
        channel.writeInbound(answer(cer, 2001, Avp.unsigned32(Codes.AUTH_APPLICATION_ID, 4)));
        advance(CEA_TIMEOUT);

        assertThat(handler.state(), is(PeerState.OPEN));
        assertTrue(channel.isOpen());
    }

    @Test
    void closesWhenNoCeaArrivesWithinTheCeaTimeout() {
        connect(config().build(), false);
        outbound();

        advance(CEA_TIMEOUT);

        assertFalse(channel.isOpen());
        assertThat(owner.states, contains("WAIT_CEA", "DOWN"));
        assertThat(owner.reasons.get(1), equalTo("no CEA within 3000 ms"));
    }

    @Test
    void closesOnCeaWithAFailureResultCode() {
        connect(config().build(), false);

        channel.writeInbound(answer(outbound(), 5010).withErrorFlag());

        assertFalse(channel.isOpen());
        assertThat(owner.reasons.get(1), equalTo("CEA Result-Code 5010 from 'ocs1.ocs.example'"));
    }

    @Test
    void closesOnCeaThatAdvertisesNeitherCreditControlNorRelay() {
        connect(config().build(), false);

        channel.writeInbound(answer(outbound(), 2001, Avp.unsigned32(Codes.AUTH_APPLICATION_ID, 16777238)));

        assertFalse(channel.isOpen());
        assertThat(owner.reasons.get(1), containsString("advertises neither Credit-Control"));
    }

    @Test
    void acceptsARelayPeer() {
        connect(config().build(), false);

        channel.writeInbound(answer(outbound(), 2001, Avp.unsigned32(Codes.AUTH_APPLICATION_ID, 0xFFFF_FFFFL)));

        assertThat(handler.state(), is(PeerState.OPEN));
    }

    @Test
    void sendsDwrAfterTwWithoutTrafficFromThePeer() {
        openConnection();

        advance(TW - 1);
        assertThat(channel.readOutbound(), nullValue());
        advance(1);

        Message dwr = outbound();
        assertThat(dwr.commandCode(), is(280));
        assertThat(dwr.isRequest(), is(true));
        assertThat(dwr.avp(Codes.ORIGIN_STATE_ID).orElseThrow().asUnsigned32(), is(1_700_000_000L));
    }

    @Test
    void marksThePeerDownWhenNoDwaArrivesWithinTw() {
        openConnection();
        advance(TW);
        outbound();

        advance(TW);

        assertFalse(channel.isOpen());
        assertThat(owner.states, contains("WAIT_CEA", "OPEN", "DOWN"));
        assertThat(owner.reasons.get(2), equalTo("no DWA within Tw=500 ms"));
    }

    @Test
    void keepsThePeerOpenOnADwaWith3004TooBusy() {
        openConnection();
        advance(TW);
        Message dwr = outbound();

        channel.writeInbound(answer(dwr, 3004).withErrorFlag());
        advance(TW - 1);

        assertTrue(channel.isOpen());
        assertThat(handler.state(), is(PeerState.OPEN));
        advance(1);
        assertThat(outbound().commandCode(), is(280));
    }

    @Test
    void postponesTheDwrWhileThePeerSendsTraffic() {
        openConnection();
        Message peerDwr = Message.request(Codes.CMD_DEVICE_WATCHDOG, 0, false,
                List.of(Avp.utf8(Codes.ORIGIN_HOST, "ocs1.ocs.example"), Avp.utf8(Codes.ORIGIN_REALM, "ocs.example")))
                .withHopByHopId(77).withEndToEndId(78);

        advance(TW - 100);
        channel.writeInbound(peerDwr);
        Message dwa = outbound();
        advance(TW - 100);

        assertThat(channel.readOutbound(), nullValue());
        assertThat(dwa.commandCode(), is(280));
        assertThat(dwa.isRequest(), is(false));
        assertThat(dwa.hopByHopId(), is(77));
        assertThat(dwa.endToEndId(), is(78));
        assertThat(dwa.resultCode().orElseThrow(), is(2001L));
    }

    @Test
    void answersDprAndClosesIfThePeerDoesNotCloseWithinTheDpaTimeout() {
        openConnection();
        Message dpr = Message.request(Codes.CMD_DISCONNECT_PEER, 0, false, List.of(
                Avp.utf8(Codes.ORIGIN_HOST, "ocs1.ocs.example"), Avp.utf8(Codes.ORIGIN_REALM, "ocs.example"),
                Avp.unsigned32(Codes.DISCONNECT_CAUSE, 2))).withHopByHopId(5).withEndToEndId(6);

        channel.writeInbound(dpr);
        Message dpa = outbound();

        assertThat(dpa.commandCode(), is(282));
        assertThat(dpa.resultCode().orElseThrow(), is(2001L));
        assertThat(handler.state(), is(PeerState.CLOSING));
        assertThat(owner.reasons.get(2), equalTo("DPR received (Disconnect-Cause 2)"));
        assertTrue(channel.isOpen());
        advance(DPA_TIMEOUT);
        assertFalse(channel.isOpen());
        assertThat(owner.states, contains("WAIT_CEA", "OPEN", "CLOSING", "DOWN"));
    }

    @Test
    void answersAnUnsupportedRequestWith3001() {
        openConnection();
        Message rar = new Message(Message.FLAG_REQUEST | Message.FLAG_PROXIABLE, 258, 4, 9, 10,
                List.of(Avp.utf8(Codes.SESSION_ID, "ocs;1;1")));

        channel.writeInbound(rar);
        Message answer = outbound();

        assertThat(answer.commandCode(), is(258));
        assertThat(answer.isError(), is(true));
        assertThat(answer.isProxiable(), is(true));
        assertThat(answer.resultCode().orElseThrow(), is(3001L));
        assertThat(owner.events.get(0), instanceOf(ClientEvent.ProtocolError.class));
    }

    @Test
    void deliversTheAnswerWhoseHopByHopAndEndToEndMatch() {
        openConnection();
        OutstandingRequest request = new OutstandingRequest(ccr(0x1234));

        Message sent = handler.send(request, request.request);
        Message written = outbound();
        channel.writeInbound(answer(written, 2001));

        assertThat(written.hopByHopId(), is(sent.hopByHopId()));
        assertThat(written.endToEndId(), is(0x1234));
        assertThat(owner.answered, contains(request));
        assertThat(handler.inFlightCount(), is(0));
    }

    @Test
    void discardsAnAnswerThatMatchesNoPendingRequest() {
        openConnection();
        OutstandingRequest request = new OutstandingRequest(ccr(0x1234));
        handler.send(request, request.request);
        Message written = outbound();

        channel.writeInbound(answer(written.withHopByHopId(written.hopByHopId() + 1), 2001));
        channel.writeInbound(answer(written.withEndToEndId(0x9999), 2001));

        assertThat(owner.answered, empty());
        assertThat(owner.events.size(), is(2));
        assertThat(owner.events.get(0), instanceOf(ClientEvent.AnswerDiscarded.class));
        assertThat(handler.inFlightCount(), is(1));
    }

    @Test
    void discardsALateAnswerToAForgottenRequest() {
        openConnection();
        OutstandingRequest request = new OutstandingRequest(ccr(0x1234));
        handler.send(request, request.request);
        Message written = outbound();

        handler.forget(request);
        channel.writeInbound(answer(written, 2001));

        assertThat(owner.answered, empty());
        assertThat(((ClientEvent.AnswerDiscarded) owner.events.get(0)).resultCode(), is(2001L));
    }

    @Test
    void handsInFlightRequestsBackWhenTheConnectionIsLost() {
        openConnection();
        OutstandingRequest request = new OutstandingRequest(ccr(0x1234));
        handler.send(request, request.request);
        outbound();

        channel.close();

        assertThat(owner.lost, contains(request));
        assertThat(owner.reasons.get(2), equalTo("connection closed by the peer"));
    }

    @Test
    void sendsDprOnDisconnectAndClosesOnTheDpa() {
        openConnection();

        handler.disconnect();
        Message dpr = outbound();
        assertTrue(channel.isOpen());
        channel.writeInbound(answer(dpr, 2001));

        assertThat(dpr.commandCode(), is(282));
        assertThat(dpr.avp(Codes.DISCONNECT_CAUSE).orElseThrow().asUnsigned32(), is(0L));
        assertFalse(channel.isOpen());
        assertThat(owner.states, contains("WAIT_CEA", "OPEN", "CLOSING", "DOWN"));
        assertThat(owner.reasons.get(3), equalTo("DPA received"));
    }

    @Test
    void closesAfterTheDpaTimeoutWhenNoDpaArrives() {
        openConnection();
        handler.disconnect();
        outbound();

        advance(DPA_TIMEOUT);

        assertFalse(channel.isOpen());
        assertThat(owner.reasons.get(3), equalTo("no DPA within 1000 ms"));
    }

    @Test
    void readsAHarnessEncodedCeaDeliveredInFragmentsAtEveryOffset() {
        for (int split = 1; split < 100; split += 7) {
            connect(config().build(), true);
            ByteBuf cerBytes = channel.readOutbound();
            Message cer;
            try {
                cer = MessageCodec.decode(cerBytes);
            } catch (MalformedMessageException e) {
                throw new AssertionError(e);
            } finally {
                cerBytes.release();
            }
            byte[] cea = MessageEncoder.encode(DiameterMessage.answerTo(toHarness(cer))
                    .avp(io.diameterharness.codec.Avp.builder(268).mandatory().unsigned32(2001).build())
                    .avp(io.diameterharness.codec.Avp.builder(264).mandatory().diameterIdentity("ocs1").build())
                    .avp(io.diameterharness.codec.Avp.builder(296).mandatory().diameterIdentity("ocs.example").build())
                    .avp(io.diameterharness.codec.Avp.builder(258).mandatory().unsigned32(4).build()).build());
            int cut = Math.min(split, cea.length - 1);
            channel.writeInbound(Unpooled.wrappedBuffer(cea, 0, cut));
            assertThat(handler.state(), is(PeerState.WAIT_CEA));
            channel.writeInbound(Unpooled.wrappedBuffer(cea, cut, cea.length - cut));
            assertThat("split at " + cut, handler.state(), is(PeerState.OPEN));
            assertFalse(channel.finishAndReleaseAll());
            owner.states.clear();
        }
        channel = null;
    }

    @Test
    void failsTheRequestWhoseAnswerIsMalformed() throws Exception {
        connect(config().build(), true);
        ByteBuf cerBytes = channel.readOutbound();
        Message cer = MessageCodec.decode(cerBytes);
        cerBytes.release();
        channel.writeInbound(Unpooled.wrappedBuffer(MessageCodec.encode(answer(cer, 2001,
                Avp.unsigned32(Codes.AUTH_APPLICATION_ID, 4)))));
        OutstandingRequest request = new OutstandingRequest(ccr(0x4321));
        Message sent = handler.send(request, request.request);
        ((ByteBuf) channel.readOutbound()).release();
        byte[] bad = MessageCodec.encode(answer(sent, 2001));
        bad[20 + 7] = 0x30; // Result-Code claims 48 octets

        channel.writeInbound(Unpooled.wrappedBuffer(bad));

        assertThat(owner.malformed, contains(request));
        assertThat(handler.inFlightCount(), is(0));
    }

    private static Message ccr(int endToEnd) {
        return Message.request(Codes.CMD_CREDIT_CONTROL, 4, true, List.of(Avp.utf8(Codes.SESSION_ID, "s;1;2")))
                .withEndToEndId(endToEnd);
    }

    private static DiameterMessage toHarness(Message m) {
        io.diameterharness.codec.DecodeResult r = io.diameterharness.codec.MessageDecoder.decode(MessageCodec.encode(m));
        assertTrue(r.isSuccess(), () -> "the harness cannot decode our " + m + ": " + r);
        return r.message();
    }

    /** Records what the connection reports. */
    static final class RecordingOwner implements PeerConnectionHandler.Owner {
        final List<String> states = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        final List<OutstandingRequest> answered = new ArrayList<>();
        final List<OutstandingRequest> malformed = new ArrayList<>();
        final List<OutstandingRequest> lost = new ArrayList<>();
        final List<ClientEvent> events = new ArrayList<>();

        @Override
        public void stateChanged(PeerConnectionHandler connection, PeerState to, String reason) {
            states.add(to.name());
            reasons.add(reason);
        }

        @Override
        public void answerReceived(PeerConnectionHandler connection, OutstandingRequest request, Message answer) {
            answered.add(request);
        }

        @Override
        public void answerMalformed(PeerConnectionHandler connection, OutstandingRequest request,
                MalformedMessageException error) {
            malformed.add(request);
        }

        @Override
        public void event(ClientEvent event) {
            events.add(event);
        }

        @Override
        public void connectionClosed(PeerConnectionHandler connection, List<OutstandingRequest> inFlight) {
            lost.addAll(inFlight);
        }
    }
}
