package io.diameterharness.samples.sms.diameter;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.samples.sms.testpeer.LoopbackOcs;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client stack over real loopback TCP against two scripted OCS peers speaking the harness codec. */
@Timeout(30)
class DiameterClientTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private LoopbackOcs primary;
    private LoopbackOcs secondary;
    private DiameterClient client;
    private final BlockingQueue<ClientEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void startPeers() throws InterruptedException {
        primary = LoopbackOcs.start("ocs1.ocs.example");
        secondary = LoopbackOcs.start("ocs2.ocs.example");
    }

    @AfterEach
    void closeAll() {
        if (client != null) {
            client.close();
        }
        primary.close();
        secondary.close();
    }

    private DiameterClientConfig.Builder config() {
        return DiameterClientConfig.builder().primary(primary.address()).secondary(secondary.address())
                .originHost("sms.client.example").originRealm("client.example").destinationRealm("ocs.example")
                .requestTimeout(Duration.ofMillis(1000)).watchdogInterval(Duration.ofSeconds(30))
                .ceaTimeout(Duration.ofSeconds(2)).dpaTimeout(Duration.ofSeconds(1))
                .reconnectInterval(Duration.ofMillis(200));
    }

    private void startClient(DiameterClientConfig config) throws InterruptedException {
        client = DiameterClient.start(config, events::add);
        for (PeerRole role : PeerRole.values()) {
            if (role == PeerRole.PRIMARY || config.secondary().isPresent()) {
                assertTrue(client.awaitPeerState(role, PeerState.OPEN, WAIT), role + " did not open");
            }
        }
    }

    private Message ccr() {
        return Message.request(Codes.CMD_CREDIT_CONTROL, Codes.APP_CREDIT_CONTROL, true, List.of(
                Avp.utf8(Codes.SESSION_ID, client.newSessionId()),
                Avp.utf8(Codes.ORIGIN_HOST, "sms.client.example"), Avp.utf8(Codes.ORIGIN_REALM, "client.example"),
                Avp.utf8(Codes.DESTINATION_REALM, "ocs.example"), Avp.utf8(Codes.DESTINATION_HOST, "ocs1.ocs.example"),
                Avp.unsigned32(Codes.AUTH_APPLICATION_ID, 4)));
    }

    @SuppressWarnings("unchecked")
    private <T extends ClientEvent> T awaitEvent(Class<T> type, Predicate<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<ClientEvent> seen = new ArrayList<>();
        while (true) {
            ClientEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no matching " + type.getSimpleName() + " within " + WAIT + "; saw " + seen);
            }
            if (type.isInstance(e) && condition.test((T) e)) {
                return (T) e;
            }
            seen.add(e);
        }
    }

    private static Predicate<ClientEvent.PeerStateChanged> went(PeerRole role, PeerState to) {
        return e -> e.peer() == role && e.to() == to;
    }

    @Test
    void sendsRequestsToThePrimaryWhileItIsOpen() throws Exception {
        startClient(config().build());

        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);
        DiameterMessage received = primary.awaitRequest(272, WAIT);

        assertThat(answer.peer(), is(PeerRole.PRIMARY));
        assertThat(answer.transmissions(), is(1));
        assertThat(answer.message().resultCode().orElseThrow(), is(2001L));
        assertThat(received.endToEndId(), is(answer.message().endToEndId()));
        assertFalse(received.isRetransmission());
        ClientEvent.RequestSent sent = awaitEvent(ClientEvent.RequestSent.class, e -> true);
        assertThat(sent.peer(), is(PeerRole.PRIMARY));
        assertThat(sent.retransmission(), is(false));
    }

    @Test
    void advertisesTheRealLocalAddressInCerNotTheWildcard() throws Exception {
        startClient(config().build());

        DiameterMessage cer = primary.awaitRequest(257, WAIT);

        assertThat(cer.avp(257).orElseThrow().asAddress().toInetAddress(), equalTo(InetAddress.getByName("127.0.0.1")));
    }

    @Test
    void retransmitsToTheSecondaryWithTheTFlagWhenThePrimaryTimesOut() throws Exception {
        primary.onCcr = ccr -> Optional.empty();
        startClient(config().build());

        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);
        DiameterMessage original = primary.awaitRequest(272, WAIT);
        DiameterMessage retransmitted = secondary.awaitRequest(272, WAIT);

        assertThat(answer.peer(), is(PeerRole.SECONDARY));
        assertThat(answer.transmissions(), is(2));
        assertFalse(original.isRetransmission());
        assertTrue(retransmitted.isRetransmission());
        assertThat(retransmitted.endToEndId(), is(original.endToEndId()));
        assertThat(retransmitted.avp(263), equalTo(original.avp(263)));
        assertTrue(original.avp(293).isPresent());
        assertFalse(retransmitted.avp(293).isPresent(), "Destination-Host naming the primary must go");
        assertTrue(awaitEvent(ClientEvent.RequestTimedOut.class, e -> e.peer() == PeerRole.PRIMARY).failingOver());
    }

    @Test
    void discardsTheLateAnswerOfThePrimaryAfterFailingOver() throws Exception {
        primary.ccaDelayMillis = 1500;
        startClient(config().build());

        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);
        ClientEvent.AnswerDiscarded late = awaitEvent(ClientEvent.AnswerDiscarded.class,
                e -> e.peer() == PeerRole.PRIMARY);

        assertThat(answer.peer(), is(PeerRole.SECONDARY));
        assertThat(late.endToEndId(), is(answer.message().endToEndId()));
        assertThat(late.resultCode(), is(2001L));
    }

    @Test
    void retransmitsPendingRequestsToTheSecondaryWhenThePrimaryResetsTheConnection() throws Exception {
        primary.onCcr = ccr -> Optional.empty();
        startClient(config().requestTimeout(Duration.ofSeconds(5)).build());

        var pending = client.send(ccr());
        DiameterMessage original = primary.awaitRequest(272, WAIT);
        primary.resetConnections();
        Answer answer = pending.get(5, TimeUnit.SECONDS);
        DiameterMessage retransmitted = secondary.awaitRequest(272, WAIT);

        assertThat(answer.peer(), is(PeerRole.SECONDARY));
        assertTrue(retransmitted.isRetransmission());
        assertThat(retransmitted.endToEndId(), is(original.endToEndId()));
        ClientEvent.PeerStateChanged down = awaitEvent(ClientEvent.PeerStateChanged.class,
                went(PeerRole.PRIMARY, PeerState.DOWN));
        assertThat(down.from(), is(PeerState.OPEN));
    }

    @Test
    void marksThePrimaryDownWhenItStopsAnsweringWatchdogs() throws Exception {
        primary.answerDwr = false;
        startClient(config().watchdogInterval(Duration.ofMillis(300)).reconnectInterval(Duration.ofSeconds(30)).build());

        ClientEvent.PeerStateChanged down = awaitEvent(ClientEvent.PeerStateChanged.class,
                went(PeerRole.PRIMARY, PeerState.DOWN));
        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);

        assertThat(down.reason(), equalTo("no DWA within Tw=300 ms"));
        assertThat(primary.awaitRequest(280, WAIT).commandCode(), is(280));
        assertThat(answer.peer(), is(PeerRole.SECONDARY));
    }

    @Test
    void keepsThePeerOpenWhenDwaCarries3004() throws Exception {
        primary.dwaResultCode = 3004;
        startClient(config().watchdogInterval(Duration.ofMillis(100)).build());

        for (int i = 0; i < 4; i++) {
            primary.awaitRequest(280, WAIT);
        }

        assertThat(client.peerState(PeerRole.PRIMARY), is(PeerState.OPEN));
        assertTrue(events.stream().noneMatch(e -> e instanceof ClientEvent.PeerStateChanged c
                && c.to() == PeerState.DOWN), () -> "went down: " + events);
    }

    @Test
    void reconnectsToThePrimaryAndSendsToItAgain() throws Exception {
        startClient(config().build());

        primary.closeConnections();
        awaitEvent(ClientEvent.PeerStateChanged.class, went(PeerRole.PRIMARY, PeerState.DOWN));
        awaitEvent(ClientEvent.PeerStateChanged.class, went(PeerRole.PRIMARY, PeerState.OPEN));
        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);

        assertThat(answer.peer(), is(PeerRole.PRIMARY));
    }

    @Test
    void waitsForALateCeaAndSendsQueuedRequestsOnceOpen() throws Exception {
        primary.ceaDelayMillis = 400;
        client = DiameterClient.start(config().secondary(null).requestTimeout(Duration.ofSeconds(3)).build(),
                events::add);

        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);

        assertThat(answer.peer(), is(PeerRole.PRIMARY));
        awaitEvent(ClientEvent.PeerStateChanged.class, went(PeerRole.PRIMARY, PeerState.WAIT_CEA));
        awaitEvent(ClientEvent.PeerStateChanged.class, went(PeerRole.PRIMARY, PeerState.OPEN));
    }

    @Test
    void failsWithNoPeerWhenNoPeerCanBeReached() throws Exception {
        int unusedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            unusedPort = s.getLocalPort();
        }
        client = DiameterClient.start(config().primary(new InetSocketAddress("127.0.0.1", unusedPort)).secondary(null)
                .requestTimeout(Duration.ofMillis(300)).build(), events::add);

        ExecutionException e = assertThrows(ExecutionException.class, () -> client.send(ccr()).get(5, TimeUnit.SECONDS));

        assertThat(((DiameterRequestException) e.getCause()).reason(), is(DiameterRequestException.Reason.NO_PEER));
        assertThat(awaitEvent(ClientEvent.PeerStateChanged.class, went(PeerRole.PRIMARY, PeerState.DOWN)).reason(),
                containsString("connect failed"));
    }

    @Test
    void failsWithTimeoutWhenNeitherPeerAnswers() throws Exception {
        primary.onCcr = ccr -> Optional.empty();
        secondary.onCcr = ccr -> Optional.empty();
        startClient(config().requestTimeout(Duration.ofMillis(300)).build());

        ExecutionException e = assertThrows(ExecutionException.class, () -> client.send(ccr()).get(5, TimeUnit.SECONDS));

        assertThat(e.getCause(), instanceOf(DiameterRequestException.class));
        assertThat(((DiameterRequestException) e.getCause()).reason(), is(DiameterRequestException.Reason.TIMEOUT));
        assertThat(awaitEvent(ClientEvent.RequestTimedOut.class, t -> t.peer() == PeerRole.SECONDARY).failingOver(),
                is(false));
    }

    @Test
    void answersDprFromThePeerAndSendsToTheSecondaryMeanwhile() throws Exception {
        startClient(config().reconnectInterval(Duration.ofSeconds(30)).build());
        DiameterMessage cer = primary.awaitRequest(257, WAIT);

        primary.sendToClients(DiameterMessage.request(282, 0).hopByHopId(42).endToEndId(43)
                .avp(io.diameterharness.codec.Avp.builder(264).mandatory().diameterIdentity("ocs1.ocs.example").build())
                .avp(io.diameterharness.codec.Avp.builder(296).mandatory().diameterIdentity("ocs.example").build())
                .avp(io.diameterharness.codec.Avp.builder(273).mandatory().enumerated(0).build()).build());
        ClientEvent.PeerStateChanged closing = awaitEvent(ClientEvent.PeerStateChanged.class,
                went(PeerRole.PRIMARY, PeerState.CLOSING));
        DiameterMessage dpa = primary.drainReceivedUntil(m -> !m.isRequest() && m.commandCode() == 282, WAIT);
        awaitEvent(ClientEvent.PeerStateChanged.class, went(PeerRole.PRIMARY, PeerState.DOWN));
        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);

        assertThat(cer.commandCode(), is(257));
        assertThat(closing.reason(), equalTo("DPR received (Disconnect-Cause 0)"));
        assertThat(dpa.hopByHopId(), is(42));
        assertThat(dpa.avp(268).orElseThrow().asUnsigned32(), is(2001L));
        assertThat(answer.peer(), is(PeerRole.SECONDARY));
    }

    @Test
    void reconnectsAfterDprDoNotWantToTalkToYouOnlyWhenARequestNeedsThePeer() throws Exception {
        startClient(config().secondary(null).build());

        primary.sendToClients(DiameterMessage.request(282, 0).hopByHopId(42).endToEndId(43)
                .avp(io.diameterharness.codec.Avp.builder(264).mandatory().diameterIdentity("ocs1.ocs.example").build())
                .avp(io.diameterharness.codec.Avp.builder(296).mandatory().diameterIdentity("ocs.example").build())
                .avp(io.diameterharness.codec.Avp.builder(273).mandatory().enumerated(2).build()).build());
        awaitEvent(ClientEvent.PeerStateChanged.class, went(PeerRole.PRIMARY, PeerState.DOWN));

        // three reconnect intervals pass without a reconnect attempt
        assertFalse(client.awaitPeerState(PeerRole.PRIMARY, PeerState.CONNECTING, Duration.ofMillis(600)));
        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);

        assertThat(answer.peer(), is(PeerRole.PRIMARY));
    }

    @Test
    void sendsDprToEveryOpenPeerOnClose() throws Exception {
        startClient(config().build());

        client.close();

        assertThat(primary.awaitRequest(282, WAIT).avp(273).orElseThrow().asUnsigned32(), is(0L));
        assertThat(secondary.awaitRequest(282, WAIT).commandCode(), is(282));
        assertThat(client.peerState(PeerRole.PRIMARY), is(PeerState.CLOSED));
        assertThat(client.peerState(PeerRole.SECONDARY), is(PeerState.CLOSED));
        ExecutionException e = assertThrows(ExecutionException.class, () -> client.send(ccr()).get(5, TimeUnit.SECONDS));
        assertThat(((DiameterRequestException) e.getCause()).reason(),
                is(DiameterRequestException.Reason.CLIENT_CLOSED));
        assertNoClientThreadWithin(WAIT);
    }

    private static void assertNoClientThreadWithin(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("sms-diameter-client"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the client's I/O thread outlived close()");
            }
            Thread.onSpinWait();
        }
    }
}
