package io.diameterharness.samples.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.behaviour.Requests.deviceWatchdogRequest;
import static io.diameterharness.samples.sms.SmsChargingApp.RECIPIENT;
import static io.diameterharness.samples.sms.SmsChargingApp.SENDER;
import static io.diameterharness.samples.sms.SmsChargingApp.WAIT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import com.github.tomakehurst.wiremock.http.Fault;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.junit.DiameterPeer;
import io.diameterharness.junit.EnableDiameterPeers;
import io.diameterharness.samples.sms.ChargingOutcome.Verdict;
import io.diameterharness.samples.sms.diameter.ClientEvent.PeerStateChanged;
import io.diameterharness.samples.sms.diameter.PeerRole;
import io.diameterharness.samples.sms.diameter.PeerState;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Field bugs where the companion HTTP profile service fails while Diameter is healthy. */
@Timeout(30)
@EnableDiameterPeers
class ProfileServiceFaultsTest {

    @RegisterExtension
    final SmsChargingApp app = new SmsChargingApp();

    @Test
    void doesNotChargeWhileTheProfileServiceIsSlowAndKeepsTheOcsLinkUp(
            @DiameterPeer(realm = "ocs.example") FakeServer ocs) throws Exception {
        // Field bug: the profile service slowed to seconds per lookup; SMSC threads piled up waiting for
        // it, and the OCS link dropped because nothing answered the OCS's watchdog meanwhile.
        ocs.on(creditControlRequest()).answer(success());
        app.profiles().stubFor(get("/subscribers/" + SENDER).willReturn(
                okJson("{\"msisdn\":\"" + SENDER + "\",\"status\":\"ACTIVE\"}").withFixedDelay(1500)));
        SmsChargingService sms = app.with("profile.timeout-ms", "300").with("diameter.watchdog-ms", "200")
                .connectedTo(ocs);

        long start = System.nanoTime();
        ChargingOutcome outcome = sms.charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.PROFILE_UNAVAILABLE));
        assertThat(outcome.smsAllowed(), is(false));
        assertThat((System.nanoTime() - start) / 1_000_000, lessThan(1500L)); // gave up at its own timeout
        assertThat(ocs.requests(creditControlRequest()), is(empty()));
        ocs.takeRequest(deviceWatchdogRequest(), WAIT); // the Diameter side kept going
        assertThat(sms.diameterClient().peerState(PeerRole.PRIMARY), is(PeerState.OPEN));
        assertThat(downs(), is(empty()));
    }

    @Test
    void doesNotChargeWhileTheProfileServiceIsDownAndChargesOnceItIsBack(
            @DiameterPeer(realm = "ocs.example") FakeServer ocs) throws Exception {
        // Field bug: with the profile service down, the SMSC sent CCRs with an empty Subscription-Id and
        // the OCS answered 5004 for every SMS; once the service came back, SMSC lookups stayed failed.
        ocs.on(creditControlRequest()).answer(success());
        SmsChargingService sms = app.connectedTo(ocs);
        app.profiles().stubFor(get("/subscribers/" + SENDER)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ChargingOutcome whileDown = sms.charge(SENDER, RECIPIENT);

        assertThat(whileDown.verdict(), is(Verdict.PROFILE_UNAVAILABLE));
        assertThat(whileDown.sessionId(), is(Optional.empty()));
        assertThat(ocs.requests(creditControlRequest()), is(empty()));
        assertThat(sms.diameterClient().peerState(PeerRole.PRIMARY), is(PeerState.OPEN));

        app.profiles().stubFor(get("/subscribers/" + SENDER)
                .willReturn(okJson("{\"msisdn\":\"" + SENDER + "\",\"status\":\"ACTIVE\"}")));
        ChargingOutcome onceBack = sms.charge(SENDER, RECIPIENT);

        assertThat(onceBack.verdict(), is(Verdict.ALLOWED));
        assertThat(ocs.requests(creditControlRequest()), hasSize(1));
        assertThat(downs(), is(empty()));
    }

    private java.util.List<PeerStateChanged> downs() {
        return app.events().all(PeerStateChanged.class).stream().filter(e -> e.to() == PeerState.DOWN).toList();
    }
}
