package io.diameterharness.samples.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.samples.sms.diameter.PeerRole;
import io.diameterharness.samples.sms.diameter.PeerState;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application under test, the SMS charging service, configured the way an operator would
 * configure it ({@link SmsChargingConfig#fromProperties}) but pointed at fake OCS peers and at a
 * WireMock profile service in which {@link #SENDER} is an active subscriber. Register it with
 * {@code @RegisterExtension}; after each test it closes the service (DPR to the OCS) and stops
 * WireMock.
 *
 * <pre>{@code
 * @RegisterExtension
 * final SmsChargingApp app = new SmsChargingApp();
 *
 * @Test
 * void chargesAnSms(@DiameterPeer(realm = "ocs.example") FakeServer ocs) throws Exception {
 *     ocs.on(creditControlRequest()).answer(success());
 *     assertThat(app.connectedTo(ocs).charge(SENDER, RECIPIENT).verdict(), is(ALLOWED));
 * }
 * }</pre>
 */
final class SmsChargingApp implements BeforeEachCallback, AfterEachCallback {

    /** The sender of every SMS, active in the profile service. */
    static final String SENDER = "41780000001";
    /** The recipient of every SMS. */
    static final String RECIPIENT = "41780000002";
    /** Our Origin-Host. */
    static final String ORIGIN_HOST = "smsc.client.example";
    /** How long a test waits for something that should happen at once. */
    static final Duration WAIT = Duration.ofSeconds(10);

    private final Properties overrides = new Properties();
    private final ClientEventLog events = new ClientEventLog();
    private WireMockServer profiles;
    private SmsChargingService service;

    @Override
    public void beforeEach(ExtensionContext context) {
        profiles = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        profiles.start();
        profiles.stubFor(get("/subscribers/" + SENDER)
                .willReturn(okJson("{\"msisdn\":\"" + SENDER + "\",\"status\":\"ACTIVE\"}")));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (service != null) {
                service.close();
            }
        } finally {
            profiles.stop();
        }
    }

    /** Sets a configuration key (see {@link SmsChargingConfig}) for the service about to start. */
    SmsChargingApp with(String key, String value) {
        if (service != null) {
            throw new IllegalStateException("the service already runs; set " + key + " before starting it");
        }
        overrides.setProperty(key, value);
        return this;
    }

    /** The WireMock profile service, to stub faults. */
    WireMockServer profiles() {
        return profiles;
    }

    /** What the service's Diameter client reported so far. */
    ClientEventLog events() {
        return events;
    }

    /** The running service. */
    SmsChargingService service() {
        if (service == null) {
            throw new IllegalStateException("the service is not started; call connectedTo(...) first");
        }
        return service;
    }

    /**
     * Starts the service with {@code primary} (and {@code secondary}, if given) as its OCS peers and
     * waits until each is OPEN (CER/CEA done).
     */
    SmsChargingService connectedTo(FakeServer primary, FakeServer... secondary) throws InterruptedException {
        SmsChargingService s = startedAgainst(primary, secondary);
        awaitPeer(PeerRole.PRIMARY, PeerState.OPEN);
        if (secondary.length > 0) {
            awaitPeer(PeerRole.SECONDARY, PeerState.OPEN);
        }
        return s;
    }

    /** Starts the service with these OCS peers and returns at once (it connects in the background). */
    SmsChargingService startedAgainst(FakeServer primary, FakeServer... secondary) {
        if (secondary.length > 1) {
            throw new IllegalArgumentException("the service has one primary and at most one secondary OCS peer");
        }
        Properties p = new Properties();
        p.setProperty("ocs.primary", primary.host() + ":" + primary.port());
        if (secondary.length == 1) {
            p.setProperty("ocs.secondary", secondary[0].host() + ":" + secondary[0].port());
        }
        p.setProperty("diameter.origin-host", ORIGIN_HOST);
        p.setProperty("diameter.origin-realm", "client.example");
        p.setProperty("diameter.destination-realm", primary.realm());
        p.setProperty("diameter.request-timeout-ms", "1000");
        p.setProperty("diameter.cea-timeout-ms", "2000");
        p.setProperty("diameter.dpa-timeout-ms", "500");
        p.setProperty("diameter.reconnect-ms", "200");
        p.setProperty("profile.url", "http://127.0.0.1:" + profiles.port());
        p.setProperty("profile.timeout-ms", "5000");
        p.putAll(overrides);
        service = SmsChargingService.start(SmsChargingConfig.fromProperties(p), events);
        return service;
    }

    /** Waits until a peer reaches a state, failing with the client's events when it does not. */
    void awaitPeer(PeerRole role, PeerState state) throws InterruptedException {
        awaitPeer(role, state, WAIT);
    }

    /** Like {@link #awaitPeer(PeerRole, PeerState)} with a timeout. */
    void awaitPeer(PeerRole role, PeerState state, Duration timeout) throws InterruptedException {
        if (!service().diameterClient().awaitPeerState(role, state, timeout)) {
            throw new AssertionError(role + " peer not " + state + " within " + timeout.toMillis() + " ms (it is "
                    + service.diameterClient().peerState(role) + "); the client reported:\n  "
                    + String.join("\n  ", events.all(io.diameterharness.samples.sms.diameter.ClientEvent.class)
                            .stream().map(Object::toString).toList()));
        }
    }
}
