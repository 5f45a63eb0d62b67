package io.diameterharness.samples.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.diameterharness.fixtures.realpeers.ErlangDiameterServer;
import io.diameterharness.fixtures.realpeers.FreeDiameterServer;
import io.diameterharness.fixtures.realpeers.PeerEvent;
import io.diameterharness.samples.sms.ChargingOutcome.FailedAvp;
import io.diameterharness.samples.sms.ChargingOutcome.Verdict;
import io.diameterharness.samples.sms.diameter.PeerRole;
import io.diameterharness.samples.sms.diameter.PeerState;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service against real Diameter stacks packaged by Debian as the OCS (Erlang/OTP diameter,
 * freeDiameter): they judge its CER, CCR, DWA and DPR independently of both the sample's and
 * the harness's codecs. Skipped where they are not installed, unless
 * {@code -Ddiameter.require.realpeers=true}.
 */
@Timeout(120)
class SmsChargingAgainstRealOcsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SENDER = "41780000001";

    private WireMockServer profiles;

    @BeforeEach
    void startProfileService() {
        profiles = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        profiles.start();
        profiles.stubFor(get("/subscribers/" + SENDER)
                .willReturn(okJson("{\"msisdn\":\"" + SENDER + "\",\"status\":\"ACTIVE\"}")));
    }

    @AfterEach
    void stopProfileService() {
        profiles.stop();
    }

    private Properties properties(InetSocketAddress ocs, String realm) {
        Properties p = new Properties();
        p.setProperty("ocs.primary", ocs.getAddress().getHostAddress() + ":" + ocs.getPort());
        p.setProperty("diameter.origin-host", "smsc.client.example.test");
        p.setProperty("diameter.origin-realm", "client.example.test");
        p.setProperty("diameter.destination-realm", realm);
        p.setProperty("diameter.request-timeout-ms", "5000");
        p.setProperty("profile.url", "http://127.0.0.1:" + profiles.port());
        p.setProperty("profile.timeout-ms", "5000");
        return p;
    }

    @Test
    void anRfc4006OnlyOcsRejectsThe3gppServiceInformationAndTheServiceReportsTheFailedAvp() throws Exception {
        // OTP's diameter with a pure RFC 4006 dictionary does not know the mandatory 3GPP
        // Service-Information (873, vendor 10415): it must answer 5001 and name that AVP.
        try (ErlangDiameterServer ocs = ErlangDiameterServer.builder().originHost("ocs.example.test").start()) {
            ChargingOutcome outcome;
            try (SmsChargingService service = SmsChargingService.start(
                    SmsChargingConfig.fromProperties(properties(ocs.address(), "example.test")))) {
                assertTrue(service.diameterClient().awaitPeerState(PeerRole.PRIMARY, PeerState.OPEN, WAIT),
                        () -> "no capabilities exchange with OTP: " + ocs.output());
                ocs.awaitUp(1, WAIT);

                outcome = service.charge(SENDER, "41780000002");
            }
            PeerEvent down = ocs.awaitEvents("peer_down", 1, WAIT).get(0);

            assertThat(outcome.verdict(), is(Verdict.REJECTED));
            assertThat(outcome.smsAllowed(), is(false));
            assertThat(outcome.resultCode(), equalTo(OptionalLong.of(5001)));
            assertThat(outcome.failedAvp(), equalTo(Optional.of(new FailedAvp(873, 10415))));
            assertThat(outcome.answeredBy(), equalTo(Optional.of(PeerRole.PRIMARY)));
            assertThat(down.text("peer"), equalTo(Optional.of("smsc.client.example.test")));
        }
    }

    @Test
    void freeDiameterWithThe3gppDictionaryDeniesTheSmsWithCreditLimitReached() throws Exception {
        try (FreeDiameterServer ocs = FreeDiameterServer.builder().originHost("ocs.example.test")
                .watchdogTimer(Duration.ofSeconds(6)).resultCode(4012)
                .extraConfiguration("LoadExtension = \"dict_dcca_3gpp.fdx\";").start();
                SmsChargingService service = SmsChargingService.start(
                        SmsChargingConfig.fromProperties(properties(ocs.address(), "example.test")))) {
            assertTrue(service.diameterClient().awaitPeerState(PeerRole.PRIMARY, PeerState.OPEN, WAIT),
                    () -> "no capabilities exchange with freeDiameter: " + ocs.output());

            ChargingOutcome outcome = service.charge(SENDER, "41780000002");
            PeerEvent ccr = ocs.awaitEvents("ccr", 1, WAIT).get(0);

            assertThat(outcome.verdict(), is(Verdict.DENIED_CREDIT_LIMIT));
            assertThat(outcome.resultCode(), equalTo(OptionalLong.of(4012)));
            assertThat(ccr.text("session_id"), equalTo(outcome.sessionId()));
        }
    }
}
