package io.diameterharness.junit;

import static io.diameterharness.behaviour.Answer.failure;
import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.dictionary.Avps.SERVICE_CONTEXT_ID;
import static io.diameterharness.matchers.DiameterMatchers.hasAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasResultCode;
import static io.diameterharness.matchers.DiameterMatchers.isRequest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.sameInstance;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Commands;
import io.diameterharness.fake.FakeClient;
import io.diameterharness.fake.FakeServer;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The extension used the way a user would: parameters, fields, names, nesting, repetition. */
@Timeout(30)
@EnableDiameterPeers
class DiameterPeerInjectionTest {

    @DiameterPeer(name = "ocs", realm = "ocs.example")
    FakeServer ocsField;

    private static DiameterMessage ccr(FakeClient c) {
        return c.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("32274@3gpp.org")).build();
    }

    @Test
    void injectsAServerAndAClientThatConnectsToItByName(
            @DiameterPeer(name = "ocs") FakeServer ocs,
            @DiameterPeer(name = "pcef", connectTo = "ocs") FakeClient pcef) {
        assertThat(ocs, sameInstance(ocsField));
        ocs.on(creditControlRequest()).answer(failure(4012));
        assertThat(pcef.send(ccr(pcef)), hasResultCode(4012));
        assertThat(ocs.takeRequest(), allOf(isRequest(Commands.CREDIT_CONTROL),
                hasAvp(SERVICE_CONTEXT_ID, equalTo("32274@3gpp.org"))));
    }

    @Test
    void exportsTheServerAddressAsSystemProperties(@DiameterPeer(name = "ocs") FakeServer ocs) {
        assertThat(System.getProperty("diameter.peer.ocs.port"), equalTo(Integer.toString(ocs.port())));
        assertThat(System.getProperty("diameter.peer.ocs.host"), equalTo(ocs.host()));
    }

    @Test
    void clientConnectsThroughASystemProperty(
            @DiameterPeer(name = "viaProperty", connectTo = "${diameter.peer.ocs.address}") FakeClient c) {
        assertThat(c.send(ccr(c)), hasResultCode(2001));
        assertThat(ocsField.takeRequest(), isRequest(272));
    }

    @Test
    void primaryAndSecondaryAreDistinctPeers(@DiameterPeer(name = "primary") FakeServer primary,
                                             @DiameterPeer(name = "secondary") FakeServer secondary) {
        assertThat(primary.port(), not(secondary.port()));
        assertThat(primary.originHost(), equalTo("primary.example.net"));
        assertThat(secondary.originHost(), equalTo("secondary.example.net"));
    }

    @Test
    void attributesConfigureThePeer(@DiameterPeer(name = "gx", originHost = "pcrf.operator.net",
            realm = "operator.net", applications = {"Gx", "16777236"}, watchdog = "500ms") FakeServer pcrf,
            @DiameterPeer(name = "pcef", connectTo = "gx", applications = "Gx") FakeClient pcef) {
        assertThat(pcrf.originHost(), equalTo("pcrf.operator.net"));
        assertThat(pcrf.serverPeer().config().authApplicationIds(), equalTo(java.util.List.of(16777238L, 16777236L)));
        assertThat(pcrf.serverPeer().config().watchdogInterval(), equalTo(Duration.ofMillis(500)));
        assertThat(pcef.connection().peerHost().orElseThrow(), equalTo("pcrf.operator.net"));
    }

    @Test
    void tlsTransportRunsCapabilitiesExchangeOverTls(
            @DiameterPeer(name = "secure", transport = DiameterPeer.Transport.TLS) FakeServer secure,
            @DiameterPeer(name = "tlsClient", connectTo = "secure", transport = DiameterPeer.Transport.TLS) FakeClient c) {
        assertThat(c.connection().isTls(), is(true));
        assertThat(c.send(ccr(c)), hasResultCode(2001));
        assertThat(secure.awaitConnection(Duration.ofSeconds(5)).isTls(), is(true));
    }

    @ParameterizedTest
    @ValueSource(ints = {2001, 4012, 5030})
    void parameterizedTestsGetAFreshPeerPerInvocation(int resultCode,
            @DiameterPeer(name = "ocs") FakeServer ocs, @DiameterPeer(connectTo = "ocs") FakeClient c) {
        ocs.on(creditControlRequest()).answer(failure(resultCode));
        assertThat(c.send(ccr(c)), hasResultCode(resultCode));
        ocs.takeRequest();
        ocs.assertNoMoreRequests();
    }

    @RepeatedTest(3)
    void repeatedTestsGetAFreshJournal(@DiameterPeer(name = "ocs") FakeServer ocs,
                                       @DiameterPeer(connectTo = "ocs") FakeClient c) {
        c.send(ccr(c));
        assertThat(ocs.requests(creditControlRequest()).size(), is(1));
    }

    @Nested
    class WhenNested {
        @DiameterPeer(name = "inner")
        FakeServer inner;

        @BeforeEach
        void setUp(@DiameterPeer(name = "ocs") FakeServer ocs) {
            ocs.on(creditControlRequest()).answer(success().with(io.diameterharness.dictionary.Avps.USER_NAME, "nested"));
        }

        @Test
        void outerAndInnerFieldsAndLifecycleParametersAreAllThere(@DiameterPeer(connectTo = "ocs") FakeClient c) {
            assertThat(inner, notNullValue());
            assertThat(inner.isRunning(), is(true));
            assertThat(ocsField.isRunning(), is(true));
            assertThat(c.send(ccr(c)), hasAvp(io.diameterharness.dictionary.Avps.USER_NAME, equalTo("nested")));
        }
    }
}
