package io.diameterharness.samples.sms;

import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.samples.sms.SmsChargingApp.RECIPIENT;
import static io.diameterharness.samples.sms.SmsChargingApp.SENDER;
import static io.diameterharness.samples.sms.SmsChargingApp.WAIT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.diameterharness.fake.FakeServer;
import io.diameterharness.junit.DiameterPeer;
import io.diameterharness.junit.EnableDiameterPeers;
import io.diameterharness.samples.sms.ChargingOutcome.Verdict;
import io.diameterharness.samples.sms.diameter.ClientEvent.AnswerDiscarded;
import io.diameterharness.samples.sms.diameter.ClientEvent.RequestSent;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one slow sample: it keeps the real numbers of the incident (an OCS answering after 6 s, the
 * SMSC's 5 s request timeout), so it takes about 6 s.
 */
@Timeout(30)
@EnableDiameterPeers
class OcsLateAnswerTest {

    @RegisterExtension
    final SmsChargingApp app = new SmsChargingApp();

    @Test
    void appliesTheFallbackWhenTheOcsAnswersAfterTheTimeoutAndDiscardsTheLateAnswer(
            @DiameterPeer(realm = "ocs.example") FakeServer ocs) throws Exception {
        // Field bug: an overloaded OCS answered after 6 s; the SMSC, whose timeout is 5 s, had already
        // applied its fallback, then took the late CCA for the answer to the next SMS.
        ocs.on(creditControlRequest()).answer(success());
        ocs.on(creditControlRequest()).onlyNth(1).answerAfter(Duration.ofSeconds(6), success()); // latest rule first
        app.with("diameter.request-timeout-ms", "5000").with("charging.timeout-fallback", "ALLOW");
        SmsChargingService sms = app.connectedTo(ocs);

        long start = System.nanoTime();
        ChargingOutcome late = sms.charge(SENDER, RECIPIENT);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(late.verdict(), is(Verdict.FALLBACK_APPLIED));
        assertThat(late.smsAllowed(), is(true)); // charging.timeout-fallback=ALLOW
        assertThat(tookMillis, is(both(greaterThanOrEqualTo(5000L)).and(lessThan(6000L))));
        int lateEndToEnd = app.events().await(RequestSent.class, s -> s.commandCode() == 272, WAIT)
                .event().endToEndId();
        AnswerDiscarded discarded = app.events().await(AnswerDiscarded.class, d -> d.commandCode() == 272,
                WAIT).event();
        assertThat(discarded.endToEndId(), is(lateEndToEnd));
        assertThat(discarded.resultCode(), is(2001L));

        ChargingOutcome next = sms.charge(SENDER, RECIPIENT);

        assertThat(next.verdict(), is(Verdict.ALLOWED));
        assertThat(next.resultCode(), is(OptionalLong.of(2001)));
        assertThat(next.sessionId(), not(late.sessionId()));
    }
}
