package io.diameterharness.samples.sms.diameter;

import static io.diameterharness.behaviour.Answer.failure;
import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.capabilitiesExchangeRequest;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.behaviour.Requests.deviceWatchdogRequest;
import static io.diameterharness.behaviour.Requests.disconnectPeerRequest;
import static io.diameterharness.dictionary.Avps.DESTINATION_HOST;
import static io.diameterharness.dictionary.Avps.DISCONNECT_CAUSE;
import static io.diameterharness.dictionary.Avps.HOST_IP_ADDRESS;
import static io.diameterharness.dictionary.Avps.SESSION_ID;
import static io.diameterharness.matchers.DiameterMatchers.hasAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasNoAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasResultCode;
import static io.diameterharness.matchers.DiameterMatchers.isRetransmission;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.behaviour.Action;
import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.junit.DiameterPeer;
import io.diameterharness.junit.EnableDiameterPeers;
import io.diameterharness.peer.DisconnectCause;
import io.diameterharness.peer.PeerConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client stack over real loopback TCP against two fake OCS peers of the harness, which speak the
 * harness codec (not the sample's), so the two encoders and decoders check each other.
 */
@Timeout(30)
@EnableDiameterPeers
class DiameterClientTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @DiameterPeer(name = "primary", originHost = "ocs1.ocs.example", realm = "ocs.example")
    FakeServer primary;
    @DiameterPeer(name = "secondary", originHost = "ocs2.ocs.example", realm = "ocs.example")
    FakeServer secondary;

    private DiameterClient client;
    private final BlockingQueue<ClientEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void answerEveryCreditControlRequest() {
        // Rules added by a test later take precedence over these.
        primary.on(creditControlRequest()).answer(success());
        secondary.on(creditControlRequest()).answer(success());
    }

    @AfterEach
    void closeClient() {
        if (client != null) {
            client.close();
        }
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
        DiameterMessage received = primary.takeRequest(creditControlRequest(), WAIT);

        assertThat(answer.peer(), is(PeerRole.PRIMARY));
        assertThat(answer.transmissions(), is(1));
        assertThat(answer.message().resultCode().orElseThrow(), is(2001L));
        assertThat(received.endToEndId(), is(answer.message().endToEndId()));
        assertThat(received, not(isRetransmission()));
        ClientEvent.RequestSent sent = awaitEvent(ClientEvent.RequestSent.class, e -> true);
        assertThat(sent.peer(), is(PeerRole.PRIMARY));
        assertThat(sent.retransmission(), is(false));
    }

    @Test
    void advertisesTheRealLocalAddressInCerNotTheWildcard() throws Exception {
        startClient(config().build());

        DiameterMessage cer = primary.awaitRequest(capabilitiesExchangeRequest(), WAIT);

        assertThat(cer, hasAvp(HOST_IP_ADDRESS, equalTo(AddressValue.of(InetAddress.getByName("127.0.0.1")))));
    }

    @Test
    void retransmitsToTheSecondaryWithTheTFlagWhenThePrimaryTimesOut() throws Exception {
        primary.on(creditControlRequest()).drop();
        startClient(config().build());

        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);
        DiameterMessage original = primary.takeRequest(creditControlRequest(), WAIT);
        DiameterMessage retransmitted = secondary.takeRequest(creditControlRequest(), WAIT);

        assertThat(answer.peer(), is(PeerRole.SECONDARY));
        assertThat(answer.transmissions(), is(2));
        assertThat(original, allOf(not(isRetransmission()), hasAvp(DESTINATION_HOST)));
        assertThat(retransmitted, allOf(isRetransmission(),
                hasAvp(SESSION_ID, equalTo(SESSION_ID.read(original.avp(SESSION_ID.code()).orElseThrow())))));
        assertThat(retransmitted.endToEndId(), is(original.endToEndId()));
        // the Destination-Host naming the primary must go
        assertThat(retransmitted, hasNoAvp(DESTINATION_HOST));
        assertTrue(awaitEvent(ClientEvent.RequestTimedOut.class, e -> e.peer() == PeerRole.PRIMARY).failingOver());
    }

    @Test
    void discardsTheLateAnswerOfThePrimaryAfterFailingOver() throws Exception {
        primary.on(creditControlRequest()).answerAfter(Duration.ofMillis(1500), success());
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
        primary.on(creditControlRequest()).drop();
        startClient(config().requestTimeout(Duration.ofSeconds(5)).build());

        var pending = client.send(ccr());
        DiameterMessage original = primary.takeRequest(creditControlRequest(), WAIT);
        primary.connections().forEach(PeerConnection::reset);
        Answer answer = pending.get(5, TimeUnit.SECONDS);
        DiameterMessage retransmitted = secondary.takeRequest(creditControlRequest(), WAIT);

        assertThat(answer.peer(), is(PeerRole.SECONDARY));
        assertThat(retransmitted, isRetransmission());
        assertThat(retransmitted.endToEndId(), is(original.endToEndId()));
        ClientEvent.PeerStateChanged down = awaitEvent(ClientEvent.PeerStateChanged.class,
                went(PeerRole.PRIMARY, PeerState.DOWN));
        assertThat(down.from(), is(PeerState.OPEN));
    }

    @Test
    void marksThePrimaryDownWhenItStopsAnsweringWatchdogs() throws Exception {
        primary.on(deviceWatchdogRequest()).drop();
        startClient(config().watchdogInterval(Duration.ofMillis(300)).reconnectInterval(Duration.ofSeconds(30))
                .build());

        ClientEvent.PeerStateChanged down = awaitEvent(ClientEvent.PeerStateChanged.class,
                went(PeerRole.PRIMARY, PeerState.DOWN));
        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);

        assertThat(down.reason(), equalTo("no DWA within Tw=300 ms"));
        primary.takeRequest(deviceWatchdogRequest(), WAIT);
        assertThat(answer.peer(), is(PeerRole.SECONDARY));
    }

    @Test
    void keepsThePeerOpenWhenDwaCarries3004() throws Exception {
        primary.on(deviceWatchdogRequest()).answer(failure(ResultCode.DIAMETER_TOO_BUSY));
        // Tw long enough that a DWA is never late on a loaded machine (100 ms flaked in parallel runs:
        // the client declared the peer DOWN before a DWA it would have kept open on)
        startClient(config().watchdogInterval(Duration.ofMillis(500)).build());

        for (int i = 0; i < 4; i++) {
            primary.takeRequest(deviceWatchdogRequest(), WAIT);
        }

        assertThat(client.peerState(PeerRole.PRIMARY), is(PeerState.OPEN));
        assertTrue(events.stream().noneMatch(e -> e instanceof ClientEvent.PeerStateChanged c
                && c.to() == PeerState.DOWN), () -> "went down: " + events);
    }

    @Test
    void reconnectsToThePrimaryAndSendsToItAgain() throws Exception {
        startClient(config().build());

        primary.awaitConnection(WAIT).close();
        awaitEvent(ClientEvent.PeerStateChanged.class, went(PeerRole.PRIMARY, PeerState.DOWN));
        awaitEvent(ClientEvent.PeerStateChanged.class, went(PeerRole.PRIMARY, PeerState.OPEN));
        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);

        assertThat(answer.peer(), is(PeerRole.PRIMARY));
    }

    @Test
    void waitsForALateCeaAndSendsQueuedRequestsOnceOpen() throws Exception {
        primary.on(capabilitiesExchangeRequest()).respond(Action.delay(Duration.ofMillis(400), Action.byDefault()));
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
        primary.on(creditControlRequest()).drop();
        secondary.on(creditControlRequest()).drop();
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

        DiameterMessage dpa = primary.awaitConnection(WAIT).disconnect(DisconnectCause.REBOOTING)
                .get(5, TimeUnit.SECONDS);
        ClientEvent.PeerStateChanged closing = awaitEvent(ClientEvent.PeerStateChanged.class,
                went(PeerRole.PRIMARY, PeerState.CLOSING));
        awaitEvent(ClientEvent.PeerStateChanged.class, went(PeerRole.PRIMARY, PeerState.DOWN));
        Answer answer = client.send(ccr()).get(5, TimeUnit.SECONDS);

        assertThat(closing.reason(), equalTo("DPR received (Disconnect-Cause 0)"));
        assertThat(dpa, hasResultCode(2001));
        assertThat(answer.peer(), is(PeerRole.SECONDARY));
    }

    @Test
    void reconnectsAfterDprDoNotWantToTalkToYouOnlyWhenARequestNeedsThePeer() throws Exception {
        startClient(config().secondary(null).build());

        primary.awaitConnection(WAIT).disconnect(DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU).get(5, TimeUnit.SECONDS);
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

        assertThat(primary.awaitRequest(disconnectPeerRequest(), WAIT), hasAvp(DISCONNECT_CAUSE, equalTo(0)));
        secondary.awaitRequest(disconnectPeerRequest(), WAIT);
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
