package io.diameterharness.samples.sms;

import static io.diameterharness.behaviour.Answer.failure;
import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.anyRequest;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.behaviour.Requests.deviceWatchdogRequest;
import static io.diameterharness.dictionary.Avps.SESSION_ID;
import static io.diameterharness.matchers.DiameterMatchers.hasAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasResultCode;
import static io.diameterharness.matchers.DiameterMatchers.isAnswer;
import static io.diameterharness.matchers.DiameterMatchers.isRetransmission;
import static io.diameterharness.samples.sms.SmsChargingApp.RECIPIENT;
import static io.diameterharness.samples.sms.SmsChargingApp.SENDER;
import static io.diameterharness.samples.sms.SmsChargingApp.WAIT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.junit.DiameterPeer;
import io.diameterharness.junit.EnableDiameterPeers;
import io.diameterharness.samples.sms.ChargingOutcome.Verdict;
import io.diameterharness.samples.sms.ClientEventLog.Timed;
import io.diameterharness.samples.sms.diameter.ClientEvent.PeerStateChanged;
import io.diameterharness.samples.sms.diameter.PeerRole;
import io.diameterharness.samples.sms.diameter.PeerState;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Field bugs of the RFC 3539 watchdog: a hung OCS, and a busy one. */
@Timeout(30)
@EnableDiameterPeers
class OcsWatchdogTest {

    private static final long TW_MILLIS = 500;

    @RegisterExtension
    final SmsChargingApp app = new SmsChargingApp();

    @Test
    void failsOverToTheSecondaryWhenThePrimaryStopsAnsweringWatchdogs(
            @DiameterPeer(name = "primary", realm = "ocs.example") FakeServer primary,
            @DiameterPeer(name = "secondary", realm = "ocs.example") FakeServer secondary) throws Exception {
        // Field bug: a hung OCS kept its TCP connection open but answered nothing; the SMSC went on
        // sending SMS charges into it for half an hour instead of failing over.
        secondary.on(creditControlRequest()).answer(success());
        app.with("diameter.watchdog-ms", Long.toString(TW_MILLIS))
                .with("diameter.request-timeout-ms", "5000") // longer than the watchdog bound: the watchdog decides
                .with("diameter.reconnect-ms", "60000"); // no reconnect to the hung primary during the test
        SmsChargingService sms = app.connectedTo(primary, secondary);
        long hungAt = System.nanoTime();
        primary.on(anyRequest()).drop(); // hung: no CCA, no DWA

        ChargingOutcome pending = sms.charge(SENDER, RECIPIENT);

        // Down within the RFC 3539 bound: Tw without traffic, DWR, Tw without DWA (plus scheduling slack).
        Timed<PeerStateChanged> down = app.events().await(PeerStateChanged.class,
                e -> e.peer() == PeerRole.PRIMARY && e.to() == PeerState.DOWN, WAIT);
        assertThat(down.event().reason(), containsString("no DWA"));
        assertThat((down.nanoTime() - hungAt) / 1_000_000, lessThanOrEqualTo(2 * TW_MILLIS + 1000));
        // The SMS that was pending on the primary was retransmitted to the secondary with the T flag.
        DiameterMessage swallowed = primary.takeRequest(creditControlRequest(), WAIT);
        DiameterMessage retransmitted = secondary.takeRequest();
        assertThat(retransmitted, allOf(isRetransmission(),
                hasAvp(SESSION_ID, equalTo(pending.sessionId().orElseThrow()))));
        assertThat(retransmitted.endToEndId(), is(swallowed.endToEndId()));
        assertThat(pending.verdict(), is(Verdict.ALLOWED));
        assertThat(pending.answeredBy(), is(Optional.of(PeerRole.SECONDARY)));

        ChargingOutcome next = sms.charge(SENDER, RECIPIENT);

        assertThat(next.answeredBy(), is(Optional.of(PeerRole.SECONDARY)));
        assertThat(secondary.takeRequest(), not(isRetransmission()));
        assertThat(primary.requests(creditControlRequest()), hasSize(1));
    }

    @Test
    void keepsThePeerUpWhenItsWatchdogAnswersSayTooBusy(@DiameterPeer(realm = "ocs.example") FakeServer ocs)
            throws Exception {
        // Field bug: under load the OCS answered DWR with 3004 DIAMETER_TOO_BUSY; the SMSC took that for a
        // dead peer and reconnected, and the reconnect storm made the overload worse.
        ocs.on(deviceWatchdogRequest()).answer(failure(ResultCode.DIAMETER_TOO_BUSY));
        ocs.on(creditControlRequest()).answer(success());
        SmsChargingService sms = app.with("diameter.watchdog-ms", "200").connectedTo(ocs);

        for (int i = 0; i < 3; i++) {
            ocs.takeRequest(deviceWatchdogRequest(), WAIT);
        }

        assertThat(ocs.sentAnswers(), hasItem(allOf(isAnswer(280), hasResultCode(3004))));
        assertThat(ocs.connections(), hasSize(1));
        assertThat(app.events().all(PeerStateChanged.class).stream()
                .filter(e -> e.to() == PeerState.DOWN).toList(), is(empty()));
        assertThat(sms.charge(SENDER, RECIPIENT).answeredBy(), is(Optional.of(PeerRole.PRIMARY)));
    }
}
