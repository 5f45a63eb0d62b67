package io.diameterharness.samples.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.diameterharness.behaviour.Answer.experimentalResult;
import static io.diameterharness.behaviour.Answer.failure;
import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.dictionary.Avps.MULTIPLE_SERVICES_CREDIT_CONTROL;
import static io.diameterharness.dictionary.Avps.RESULT_CODE;
import static io.diameterharness.matchers.DiameterMatchers.isRetransmission;
import static io.diameterharness.samples.sms.SmsChargingApp.RECIPIENT;
import static io.diameterharness.samples.sms.SmsChargingApp.SENDER;
import static io.diameterharness.samples.sms.SmsChargingApp.WAIT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.fake.FakeServer;
import io.diameterharness.junit.DiameterPeer;
import io.diameterharness.junit.EnableDiameterPeers;
import io.diameterharness.samples.sms.ChargingOutcome.Verdict;
import io.diameterharness.samples.sms.diameter.PeerRole;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service's decisions over loopback: WireMock as the profile service, fake OCS peers of the
 * harness. (The field-bug samples are in the {@code Ocs*Test} and {@code ProfileServiceFaultsTest}
 * classes.)
 */
@Timeout(30)
@EnableDiameterPeers
class SmsChargingServiceTest {

    @RegisterExtension
    final SmsChargingApp app = new SmsChargingApp();

    @DiameterPeer(name = "primary", realm = "ocs.example")
    FakeServer primary;
    @DiameterPeer(name = "secondary", realm = "ocs.example")
    FakeServer secondary;

    @Test
    void deniesAnSmsWhenTheCreditLimitIsReached() throws Exception {
        // Symptom: subscribers out of credit got "SMS failed, try again" instead of "no credit", and retried.
        primary.on(creditControlRequest()).answer(failure(4012));

        ChargingOutcome outcome = app.connectedTo(primary, secondary).charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.DENIED_CREDIT_LIMIT));
        assertFalse(outcome.smsAllowed());
        assertThat(outcome.resultCode(), equalTo(OptionalLong.of(4012)));
    }

    @Test
    void takesTheServiceResultCodeInsideMultipleServicesCreditControl() throws Exception {
        // Symptom: the OCS answered 2001 at command level but 4012 inside MSCC, and the SMS went out free.
        primary.on(creditControlRequest()).answer(success()
                .with(MULTIPLE_SERVICES_CREDIT_CONTROL.avp(RESULT_CODE.avp(4012L))));

        ChargingOutcome outcome = app.connectedTo(primary, secondary).charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.DENIED_CREDIT_LIMIT));
        assertThat(outcome.resultCode(), equalTo(OptionalLong.of(4012)));
    }

    @Test
    void readsAnExperimentalResultWhenThereIsNoResultCode() throws Exception {
        // Symptom: a 3GPP OCS answered with Experimental-Result only; the SMSC found no Result-Code and crashed.
        primary.on(creditControlRequest()).answer(experimentalResult(10415, 5030));

        ChargingOutcome outcome = app.connectedTo(primary, secondary).charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.REJECTED));
        assertThat(outcome.resultCode(), equalTo(OptionalLong.of(5030)));
    }

    @Test
    void appliesTheDenyFallbackWhenNoOcsAnswers() throws Exception {
        // Symptom: with both OCS silent, every SMS thread hung instead of applying the operator's fallback.
        primary.on(creditControlRequest()).drop();
        secondary.on(creditControlRequest()).drop();

        ChargingOutcome outcome = app.with("diameter.request-timeout-ms", "400").connectedTo(primary, secondary)
                .charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.FALLBACK_APPLIED));
        assertFalse(outcome.smsAllowed());
        assertThat(outcome.detail(), containsString("TIMEOUT"));
        assertThat(secondary.takeRequest(creditControlRequest(), WAIT), isRetransmission());
    }

    @Test
    void appliesTheAllowFallbackWhenConfigured() throws Exception {
        // Symptom: the operator chose service continuity (ALLOW), but SMS were still refused during an OCS outage.
        primary.on(creditControlRequest()).drop();
        secondary.on(creditControlRequest()).drop();

        ChargingOutcome outcome = app.with("diameter.request-timeout-ms", "400")
                .with("charging.timeout-fallback", "ALLOW").connectedTo(primary, secondary).charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.FALLBACK_APPLIED));
        assertTrue(outcome.smsAllowed());
        assertThat(outcome.resultCode(), is(OptionalLong.empty()));
    }

    @Test
    void isChargedByTheSecondaryWhenThePrimaryIsSilent() throws Exception {
        // Symptom: a silent primary OCS made every SMS wait for a timeout, though the secondary was healthy.
        primary.on(creditControlRequest()).drop();
        secondary.on(creditControlRequest()).answer(success());

        ChargingOutcome outcome = app.with("diameter.request-timeout-ms", "400").connectedTo(primary, secondary)
                .charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.ALLOWED));
        assertThat(outcome.answeredBy(), equalTo(Optional.of(PeerRole.SECONDARY)));
    }

    @Test
    void doesNotChargeAnUnknownOrBarredSubscriber() throws Exception {
        // Symptom: barred and unknown subscribers were charged (CCR sent) before the profile was checked.
        app.profiles().stubFor(get("/subscribers/41780000009").willReturn(aResponse().withStatus(404)));
        app.profiles().stubFor(get("/subscribers/41780000008")
                .willReturn(okJson("{\"msisdn\":\"41780000008\",\"status\":\"BARRED\"}")));
        SmsChargingService sms = app.connectedTo(primary, secondary);

        assertThat(sms.charge("41780000009", RECIPIENT).verdict(), is(Verdict.SUBSCRIBER_UNKNOWN));
        assertThat(sms.charge("41780000008", RECIPIENT).verdict(), is(Verdict.SUBSCRIBER_INACTIVE));
        assertThat(primary.requests(creditControlRequest()), is(empty()));
        assertThat(secondary.requests(creditControlRequest()), is(empty()));
    }

    @Test
    void refusesToChargeAfterClose() throws Exception {
        // Symptom: SMS charged during shutdown hung on a closed Diameter client.
        SmsChargingService sms = app.connectedTo(primary, secondary);
        sms.close();

        assertThrows(IllegalStateException.class, () -> sms.charge(SENDER, RECIPIENT));
        assertThrows(IllegalArgumentException.class, () -> sms.charge("sender", RECIPIENT));
    }
}
