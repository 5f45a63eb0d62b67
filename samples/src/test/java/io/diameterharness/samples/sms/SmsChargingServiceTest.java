package io.diameterharness.samples.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.samples.sms.ChargingOutcome.FailedAvp;
import io.diameterharness.samples.sms.ChargingOutcome.Verdict;
import io.diameterharness.samples.sms.diameter.PeerRole;
import io.diameterharness.samples.sms.diameter.PeerState;
import io.diameterharness.samples.sms.testpeer.LoopbackOcs;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The whole service over loopback: WireMock as the profile service, two scripted OCS peers. */
@Timeout(30)
class SmsChargingServiceTest {

    private static final String SENDER = "41780000001";
    private static final String RECIPIENT = "41780000002";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private WireMockServer profiles;
    private LoopbackOcs primary;
    private LoopbackOcs secondary;
    private SmsChargingService service;

    @BeforeEach
    void startFakes() throws InterruptedException {
        profiles = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        profiles.start();
        profiles.stubFor(get("/subscribers/" + SENDER)
                .willReturn(okJson("{\"msisdn\":\"" + SENDER + "\",\"status\":\"ACTIVE\"}")));
        primary = LoopbackOcs.start("ocs1.ocs.example");
        secondary = LoopbackOcs.start("ocs2.ocs.example");
    }

    @AfterEach
    void stopAll() {
        if (service != null) {
            service.close();
        }
        primary.close();
        secondary.close();
        profiles.stop();
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("ocs.primary", primary.hostPort());
        p.setProperty("ocs.secondary", secondary.hostPort());
        p.setProperty("diameter.origin-host", "smsc.client.example");
        p.setProperty("diameter.origin-realm", "client.example");
        p.setProperty("diameter.destination-realm", "ocs.example");
        p.setProperty("diameter.request-timeout-ms", "400");
        p.setProperty("diameter.reconnect-ms", "200");
        p.setProperty("profile.url", "http://127.0.0.1:" + profiles.port());
        p.setProperty("profile.timeout-ms", "5000");
        return p;
    }

    private void startService(Properties p) throws InterruptedException {
        service = SmsChargingService.start(SmsChargingConfig.fromProperties(p));
        assertTrue(service.diameterClient().awaitPeerState(PeerRole.PRIMARY, PeerState.OPEN, WAIT));
        assertTrue(service.diameterClient().awaitPeerState(PeerRole.SECONDARY, PeerState.OPEN, WAIT));
    }

    @Test
    void allowsAnSmsTheOcsDebits() throws Exception {
        startService(properties());

        ChargingOutcome outcome = service.charge(SENDER, RECIPIENT);
        DiameterMessage ccr = primary.awaitRequest(272, WAIT);

        assertThat(outcome.verdict(), is(Verdict.ALLOWED));
        assertTrue(outcome.smsAllowed());
        assertThat(outcome.resultCode(), equalTo(OptionalLong.of(2001)));
        assertThat(outcome.answeredBy(), equalTo(Optional.of(PeerRole.PRIMARY)));
        assertThat(outcome.sessionId().orElseThrow(), equalTo(ccr.avp(263).orElseThrow().asUtf8String()));
        assertTrue(outcome.sessionId().orElseThrow().startsWith("smsc.client.example;"));
        assertThat(ccr.avp(443).orElseThrow().asGrouped().get(1).asUtf8String(), equalTo(SENDER));
    }

    @Test
    void deniesAnSmsWhenTheCreditLimitIsReached() throws Exception {
        primary.onCcr = ccr -> Optional.of(primary.answer(ccr, 4012));
        startService(properties());

        ChargingOutcome outcome = service.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.DENIED_CREDIT_LIMIT));
        assertFalse(outcome.smsAllowed());
        assertThat(outcome.resultCode(), equalTo(OptionalLong.of(4012)));
    }

    @Test
    void takesTheServiceResultCodeInsideMultipleServicesCreditControl() throws Exception {
        primary.onCcr = ccr -> Optional.of(primary.answer(ccr, 2001).toBuilder()
                .avp(Avp.builder(456).mandatory().grouped(Avp.builder(268).mandatory().unsigned32(4012).build()).build())
                .build());
        startService(properties());

        ChargingOutcome outcome = service.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.DENIED_CREDIT_LIMIT));
        assertThat(outcome.resultCode(), equalTo(OptionalLong.of(4012)));
    }

    @Test
    void reportsMissingAvpWithTheFailedAvp() throws Exception {
        primary.onCcr = ccr -> Optional.of(primary.answer(ccr, 5005).toBuilder()
                .avp(Avp.builder(279).mandatory().grouped(Avp.builder(443).mandatory()
                        .grouped(Avp.builder(450).mandatory().enumerated(0).build()).build()).build())
                .avp(Avp.builder(281).utf8String("Subscription-Id-Data missing").build())
                .build());
        startService(properties());

        ChargingOutcome outcome = service.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.REJECTED));
        assertFalse(outcome.smsAllowed());
        assertThat(outcome.resultCode(), equalTo(OptionalLong.of(5005)));
        assertThat(outcome.failedAvp(), equalTo(Optional.of(new FailedAvp(443, 0))));
        assertThat(outcome.detail(), containsString("Subscription-Id-Data missing"));
    }

    @Test
    void reportsMissingAvpWithoutFailedAvp() throws Exception {
        primary.onCcr = ccr -> Optional.of(primary.answer(ccr, 5005));
        startService(properties());

        ChargingOutcome outcome = service.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.REJECTED));
        assertThat(outcome.resultCode(), equalTo(OptionalLong.of(5005)));
        assertThat(outcome.failedAvp(), is(Optional.empty()));
    }

    @Test
    void readsAnExperimentalResultWhenThereIsNoResultCode() throws Exception {
        primary.onCcr = ccr -> Optional.of(DiameterMessage.answerTo(ccr).avp(ccr.avp(263).orElseThrow())
                .avp(Avp.builder(297).mandatory().grouped(Avp.builder(266).mandatory().unsigned32(10415).build(),
                        Avp.builder(298).mandatory().unsigned32(5030).build()).build())
                .build());
        startService(properties());

        ChargingOutcome outcome = service.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.REJECTED));
        assertThat(outcome.resultCode(), equalTo(OptionalLong.of(5030)));
    }

    @Test
    void appliesTheDenyFallbackWhenNoOcsAnswers() throws Exception {
        primary.onCcr = ccr -> Optional.empty();
        secondary.onCcr = ccr -> Optional.empty();
        startService(properties());

        ChargingOutcome outcome = service.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.FALLBACK_APPLIED));
        assertFalse(outcome.smsAllowed());
        assertThat(outcome.detail(), containsString("TIMEOUT"));
        assertTrue(secondary.awaitRequest(272, WAIT).isRetransmission());
    }

    @Test
    void appliesTheAllowFallbackWhenConfigured() throws Exception {
        primary.onCcr = ccr -> Optional.empty();
        secondary.onCcr = ccr -> Optional.empty();
        Properties p = properties();
        p.setProperty("charging.timeout-fallback", "ALLOW");
        startService(p);

        ChargingOutcome outcome = service.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.FALLBACK_APPLIED));
        assertTrue(outcome.smsAllowed());
        assertThat(outcome.resultCode(), is(OptionalLong.empty()));
    }

    @Test
    void isChargedByTheSecondaryWhenThePrimaryIsSilent() throws Exception {
        primary.onCcr = ccr -> Optional.empty();
        startService(properties());

        ChargingOutcome outcome = service.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.ALLOWED));
        assertThat(outcome.answeredBy(), equalTo(Optional.of(PeerRole.SECONDARY)));
    }

    @Test
    void doesNotChargeWhenTheProfileServiceFails() throws Exception {
        profiles.stubFor(get("/subscribers/" + SENDER).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        startService(properties());

        ChargingOutcome outcome = service.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.PROFILE_UNAVAILABLE));
        assertFalse(outcome.smsAllowed());
        assertThat(outcome.sessionId(), is(Optional.empty()));
        assertTrue(primary.drainReceived().stream().noneMatch(m -> m.commandCode() == 272));
    }

    @Test
    void doesNotChargeAnUnknownOrBarredSubscriber() throws Exception {
        profiles.stubFor(get("/subscribers/41780000009").willReturn(aResponse().withStatus(404)));
        profiles.stubFor(get("/subscribers/41780000008")
                .willReturn(okJson("{\"msisdn\":\"41780000008\",\"status\":\"BARRED\"}")));
        startService(properties());

        assertThat(service.charge("41780000009", RECIPIENT).verdict(), is(Verdict.SUBSCRIBER_UNKNOWN));
        assertThat(service.charge("41780000008", RECIPIENT).verdict(), is(Verdict.SUBSCRIBER_INACTIVE));
        assertTrue(primary.drainReceived().stream().noneMatch(m -> m.commandCode() == 272));
    }

    @Test
    void refusesToChargeAfterClose() throws Exception {
        startService(properties());
        service.close();

        assertThrows(IllegalStateException.class, () -> service.charge(SENDER, RECIPIENT));
        assertThrows(IllegalArgumentException.class, () -> service.charge("sender", RECIPIENT));
    }
}
