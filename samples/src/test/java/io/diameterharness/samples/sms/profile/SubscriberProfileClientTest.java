package io.diameterharness.samples.sms.profile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HTTP subscriber lookup against a WireMock profile service on loopback. */
@Timeout(30)
class SubscriberProfileClientTest {

    private WireMockServer profiles;
    private SubscriberProfileClient client;

    @BeforeEach
    void startProfileService() {
        profiles = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        profiles.start();
        client = new SubscriberProfileClient(URI.create("http://127.0.0.1:" + profiles.port() + "/api/"),
                Duration.ofMillis(2000));
    }

    @AfterEach
    void stopProfileService() {
        profiles.stop();
    }

    @Test
    void readsAnActiveSubscriber() throws Exception {
        profiles.stubFor(get("/api/subscribers/41780000001")
                .willReturn(okJson("{ \"msisdn\": \"41780000001\", \"status\": \"ACTIVE\", \"plan\": {\"id\": 7} }")));

        Optional<SubscriberProfile> profile = client.lookup("41780000001");

        assertThat(profile, is(Optional.of(new SubscriberProfile("41780000001", "ACTIVE"))));
        assertThat(profile.orElseThrow().isActive(), is(true));
        profiles.verify(getRequestedFor(urlEqualTo("/api/subscribers/41780000001"))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void readsABarredSubscriberAsInactive() throws Exception {
        profiles.stubFor(get("/api/subscribers/41780000001")
                .willReturn(okJson("{\"status\":\"BARRED\",\"msisdn\":\"41780000001\"}")));

        assertThat(client.lookup("41780000001").orElseThrow().isActive(), is(false));
    }

    @Test
    void treats404AsAnUnknownSubscriber() throws Exception {
        profiles.stubFor(get("/api/subscribers/41780000009").willReturn(aResponse().withStatus(404)));

        assertThat(client.lookup("41780000009"), is(Optional.empty()));
    }

    @Test
    void reportsAServerErrorWithItsStatus() {
        profiles.stubFor(get("/api/subscribers/41780000001").willReturn(aResponse().withStatus(500)));

        ProfileLookupException e = assertThrows(ProfileLookupException.class, () -> client.lookup("41780000001"));

        assertThat(e.getMessage(), containsString("answered HTTP 500"));
    }

    @Test
    void givesUpOnASlowProfileServiceAfterItsTimeout() {
        profiles.stubFor(get("/api/subscribers/41780000001")
                .willReturn(okJson("{\"msisdn\":\"41780000001\",\"status\":\"ACTIVE\"}").withFixedDelay(6000)));

        ProfileLookupException e = assertThrows(ProfileLookupException.class, () -> client.lookup("41780000001"));

        assertThat(e.getMessage(), containsString("timed out after 2000 ms"));
    }

    @Test
    void reportsAConnectionReset() {
        profiles.stubFor(get("/api/subscribers/41780000001")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ProfileLookupException e = assertThrows(ProfileLookupException.class, () -> client.lookup("41780000001"));

        assertThat(e.getMessage(), containsString("failed"));
    }

    @Test
    void reportsGarbageInsteadOfJson() {
        profiles.stubFor(get("/api/subscribers/41780000001")
                .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

        assertThrows(ProfileLookupException.class, () -> client.lookup("41780000001"));
    }

    @Test
    void reportsABodyThatIsNotTheExpectedObject() {
        profiles.stubFor(get("/api/subscribers/41780000001").willReturn(okJson("[\"41780000001\"]")));
        profiles.stubFor(get("/api/subscribers/41780000002").willReturn(okJson("{\"msisdn\":\"41780000002\"}")));
        profiles.stubFor(get("/api/subscribers/41780000003").willReturn(okJson("{\"msisdn\":\"4178000\",\"status\":\"ACTIVE\"}")));
        profiles.stubFor(get("/api/subscribers/41780000004").willReturn(okJson("{\"msisdn\":")));

        assertThat(assertThrows(ProfileLookupException.class, () -> client.lookup("41780000001")).getMessage(),
                containsString("not an object"));
        assertThat(assertThrows(ProfileLookupException.class, () -> client.lookup("41780000002")).getMessage(),
                containsString("without string 'msisdn' and 'status'"));
        assertThat(assertThrows(ProfileLookupException.class, () -> client.lookup("41780000003")).getMessage(),
                containsString("profile of 4178000, not 41780000003"));
        assertThat(assertThrows(ProfileLookupException.class, () -> client.lookup("41780000004")).getMessage(),
                containsString("invalid JSON at offset"));
    }

    @Test
    void reportsAnUnreachableProfileService() throws Exception {
        int port = profiles.port();
        profiles.stop();
        SubscriberProfileClient unreachable = new SubscriberProfileClient(URI.create("http://127.0.0.1:" + port),
                Duration.ofMillis(500));

        assertThrows(ProfileLookupException.class, () -> unreachable.lookup("41780000001"));
    }

    @Test
    void refusesAnMsisdnThatIsNotDigits() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> client.lookup("+41 78")).getMessage(),
                containsString("not 1 to 15 digits"));
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> new SubscriberProfileClient(URI.create("ftp://x"), Duration.ofSeconds(1))).getMessage(),
                containsString("must be http or https"));
    }
}
