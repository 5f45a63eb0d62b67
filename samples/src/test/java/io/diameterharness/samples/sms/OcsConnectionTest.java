package io.diameterharness.samples.sms;

import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.capabilitiesExchangeRequest;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.dictionary.Avps.HOST_IP_ADDRESS;
import static io.diameterharness.dictionary.Avps.ORIGIN_STATE_ID;
import static io.diameterharness.dictionary.Avps.SESSION_ID;
import static io.diameterharness.matchers.DiameterMatchers.hasAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasResultCode;
import static io.diameterharness.matchers.DiameterMatchers.isAnswer;
import static io.diameterharness.matchers.DiameterMatchers.isRetransmission;
import static io.diameterharness.matchers.DiameterMatchers.unspecifiedAddress;
import static io.diameterharness.samples.sms.SmsChargingApp.RECIPIENT;
import static io.diameterharness.samples.sms.SmsChargingApp.SENDER;
import static io.diameterharness.samples.sms.SmsChargingApp.WAIT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.diameterharness.behaviour.Action;
import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.junit.DiameterPeer;
import io.diameterharness.junit.DiameterPeerSettings;
import io.diameterharness.junit.EnableDiameterPeers;
import io.diameterharness.peer.ConnectionState;
import io.diameterharness.peer.DisconnectCause;
import io.diameterharness.peer.DuplicatePeerPolicy;
import io.diameterharness.peer.PeerConnection;
import io.diameterharness.samples.sms.ChargingOutcome.Verdict;
import io.diameterharness.samples.sms.ClientEventLog.Timed;
import io.diameterharness.samples.sms.diameter.ClientEvent.PeerStateChanged;
import io.diameterharness.samples.sms.diameter.PeerRole;
import io.diameterharness.samples.sms.diameter.PeerState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Field bugs of the connection to the OCS: capabilities exchange, restarts, DPR, resets, duplicates. */
@Timeout(30)
@EnableDiameterPeers
class OcsConnectionTest {

    @RegisterExtension
    static final DiameterPeerSettings PEERS = DiameterPeerSettings.builder()
            .server("refusesDuplicates", b -> b.peerConfig(p -> p.duplicatePeerPolicy(DuplicatePeerPolicy.REJECT_NEW)))
            .build();

    @RegisterExtension
    final SmsChargingApp app = new SmsChargingApp();

    @Test
    void advertisesItsRealAddressAndWaitsForALateCea(@DiameterPeer(realm = "ocs.example") FakeServer ocs)
            throws Exception {
        // Field bug: the SMSC advertised Host-IP-Address 0.0.0.0 (its socket's wildcard bind), and gave up
        // on any CEA slower than a few hundred milliseconds, so a busy OCS never let it in.
        ocs.on(capabilitiesExchangeRequest()).respond(Action.delay(Duration.ofMillis(800), Action.byDefault()));
        ocs.on(creditControlRequest()).answer(success());

        SmsChargingService sms = app.with("diameter.cea-timeout-ms", "3000").connectedTo(ocs);

        PeerConnection connection = ocs.awaitConnection(WAIT);
        assertThat(ocs.awaitRequest(capabilitiesExchangeRequest(), WAIT), hasAvp(HOST_IP_ADDRESS, allOf(
                not(unspecifiedAddress()), equalTo(AddressValue.of(connection.remoteAddress().getAddress())))));
        long waitedMillis = (open(app).nanoTime() - waitingForCea(app).nanoTime()) / 1_000_000;
        assertThat(waitedMillis, greaterThanOrEqualTo(750L));
        assertThat(downs(app), is(empty()));
        assertThat(sms.charge(SENDER, RECIPIENT).verdict(), is(Verdict.ALLOWED));
    }

    @Test
    void sendsNoCreditControlToAnOcsThatDoesNotOfferIt(
            @DiameterPeer(realm = "ocs.example", applications = "Gx") FakeServer ocs) throws Exception {
        // Field bug: after a re-configuration the OCS offered only Gx; its CEA said 5010
        // DIAMETER_NO_COMMON_APPLICATION, yet the SMSC marked the link up and sent CCRs into it.
        SmsChargingService sms = app.with("diameter.request-timeout-ms", "300").startedAgainst(ocs);

        PeerStateChanged refused = app.events().await(PeerStateChanged.class,
                e -> e.from() == PeerState.WAIT_CEA && e.to() == PeerState.DOWN, WAIT).event();
        ChargingOutcome outcome = sms.charge(SENDER, RECIPIENT);

        assertThat(refused.reason(), containsString("5010"));
        assertThat(ocs.sentAnswers(), hasItem(allOf(isAnswer(257), hasResultCode(5010))));
        assertThat(outcome.verdict(), is(Verdict.FALLBACK_APPLIED));
        assertThat(ocs.requests(creditControlRequest()), is(empty()));
        assertThat(app.events().all(PeerStateChanged.class).stream().map(PeerStateChanged::to).toList(),
                not(hasItem(PeerState.OPEN)));
    }

    @Test
    void keepsChargingWhenASecondNodeWithTheSameOriginHostIsRefused(
            @DiameterPeer(name = "refusesDuplicates", realm = "ocs.example") FakeServer ocs) throws Exception {
        // Field bug: a standby SMSC cloned from the active one's configuration, Origin-Host included,
        // connected to the OCS; the OCS refused it (5012) and the active node's charging had to go on.
        ocs.on(creditControlRequest()).answer(success());
        SmsChargingService active = app.connectedTo(ocs);
        ClientEventLog cloneEvents = new ClientEventLog();

        try (SmsChargingService clone = SmsChargingService.start(active.config(), cloneEvents)) {
            PeerStateChanged refused = cloneEvents.await(PeerStateChanged.class,
                    e -> e.to() == PeerState.DOWN, WAIT).event();

            assertThat(refused.reason(), containsString("5012"));
            assertThat(ocs.sentAnswers(), hasItem(allOf(isAnswer(257), hasResultCode(5012))));
            assertThat(active.diameterClient().peerState(PeerRole.PRIMARY), is(PeerState.OPEN));
            assertThat(active.charge(SENDER, RECIPIENT).verdict(), is(Verdict.ALLOWED));
            assertThat(ocs.connections().stream().filter(c -> c.state() == ConnectionState.OPEN).count(), is(1L));
        }
        assertThat(downs(app), is(empty()));
    }

    @Test
    void reconnectsAfterTheOcsRestarts(@DiameterPeer(realm = "ocs.example") FakeServer ocs) throws Exception {
        // Field bug: the OCS rebooted (new Origin-State-Id) and the SMSC charged nothing until someone
        // restarted the SMSC too.
        ocs.on(creditControlRequest()).answer(success());
        SmsChargingService sms = app.connectedTo(ocs);
        long before = ocs.originStateId();

        ocs.restart();

        app.events().await(PeerStateChanged.class, e -> e.to() == PeerState.DOWN, WAIT);
        app.awaitPeer(PeerRole.PRIMARY, PeerState.OPEN);
        assertThat(ocs.originStateId(), greaterThan(before));
        List<DiameterMessage> ceas = ocs.sentAnswers().stream().filter(a -> a.commandCode() == 257).toList();
        assertThat(ceas, hasSize(2));
        assertThat(ceas.get(1), hasAvp(ORIGIN_STATE_ID, equalTo(ocs.originStateId())));
        assertThat(sms.charge(SENDER, RECIPIENT).verdict(), is(Verdict.ALLOWED));
    }

    @Test
    void reconnectsToABusyOcsOnlyWhenThereIsAnSmsToCharge(@DiameterPeer(realm = "ocs.example") FakeServer ocs)
            throws Exception {
        // Field bug: the OCS sent DPR with Disconnect-Cause BUSY before maintenance; the SMSC reconnected
        // at once, again and again (RFC 6733 section 5.4.3: not without a reason to).
        ocs.on(creditControlRequest()).answer(success());
        SmsChargingService sms = app.connectedTo(ocs);

        DiameterMessage dpa = ocs.awaitConnection(WAIT).disconnect(DisconnectCause.BUSY).get(5, TimeUnit.SECONDS);

        assertThat(dpa, allOf(isAnswer(282), hasResultCode(2001)));
        app.awaitPeer(PeerRole.PRIMARY, PeerState.DOWN);
        // Five reconnect intervals (Tc = 200 ms) pass without a reconnect.
        assertThat(sms.diameterClient().awaitPeerState(PeerRole.PRIMARY, PeerState.CONNECTING,
                Duration.ofMillis(1000)), is(false));
        ChargingOutcome outcome = sms.charge(SENDER, RECIPIENT);
        assertThat(outcome.verdict(), is(Verdict.ALLOWED));
        assertThat(ocs.requests(capabilitiesExchangeRequest()), hasSize(2));
    }

    @Test
    void retransmitsTheSmsInFlightWhenTheOcsResetsTheConnection(
            @DiameterPeer(realm = "ocs.example") FakeServer ocs) throws Exception {
        // Field bug: a firewall reset the OCS connection (TCP RST) with a CCR in flight; that SMS was
        // delivered uncharged instead of being charged once the link was back.
        ocs.on(creditControlRequest()).answer(success());
        ocs.on(creditControlRequest()).onlyNth(1).reset();
        SmsChargingService sms = app.with("diameter.request-timeout-ms", "3000").connectedTo(ocs);

        ChargingOutcome outcome = sms.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.ALLOWED));
        assertThat(outcome.answeredBy(), is(Optional.of(PeerRole.PRIMARY)));
        List<DiameterMessage> ccrs = ocs.requests(creditControlRequest());
        assertThat(ccrs, hasSize(2));
        assertThat(ccrs.get(0), not(isRetransmission()));
        assertThat(ccrs.get(1), allOf(isRetransmission(),
                hasAvp(SESSION_ID, equalTo(outcome.sessionId().orElseThrow()))));
        assertThat(ccrs.get(1).endToEndId(), is(ccrs.get(0).endToEndId()));
        assertThat(ocs.requests(capabilitiesExchangeRequest()), hasSize(2));
    }

    private static Timed<PeerStateChanged> waitingForCea(SmsChargingApp app) throws InterruptedException {
        return app.events().await(PeerStateChanged.class, e -> e.to() == PeerState.WAIT_CEA, WAIT);
    }

    private static Timed<PeerStateChanged> open(SmsChargingApp app) throws InterruptedException {
        return app.events().await(PeerStateChanged.class, e -> e.to() == PeerState.OPEN, WAIT);
    }

    private static List<PeerStateChanged> downs(SmsChargingApp app) {
        return app.events().all(PeerStateChanged.class).stream().filter(e -> e.to() == PeerState.DOWN).toList();
    }
}
