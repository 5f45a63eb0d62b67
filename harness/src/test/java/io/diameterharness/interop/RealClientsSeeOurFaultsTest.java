package io.diameterharness.interop;

import static io.diameterharness.behaviour.Answer.failure;
import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.capabilitiesExchangeRequest;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.interop.Interop.WAIT;
import static io.diameterharness.interop.Interop.assertWiresharkDecodesCleanly;
import static io.diameterharness.matchers.DiameterMatchers.hasAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasErrorBit;
import static io.diameterharness.matchers.DiameterMatchers.hasFailedAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasResultCode;
import static io.diameterharness.matchers.DiameterMatchers.isAnswer;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.dictionary.Commands;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.fixtures.realpeers.ErlangDiameterClient;
import io.diameterharness.fixtures.realpeers.FreeDiameterClient;
import io.diameterharness.fixtures.realpeers.PeerEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The behaviour layer's faults, as the real clients (Erlang/OTP diameter, freeDiameter) see them:
 * our 5005 with a Failed-AVP, our 3003 for a realm we do not serve, our 3002 for a Destination-Host
 * we are not (and 2001 when it names us), our 5010 in CEA, and a
 * connection we reset after the capabilities exchange. Each capture is checked by tshark.
 */
@Timeout(60)
@Execution(ExecutionMode.CONCURRENT)
class RealClientsSeeOurFaultsTest {

    @TempDir
    Path captures;

    private static FakeServer ocs() {
        return FakeServer.builder().name("ocs").originHost("ocs.example.test").realm("example.test").start();
    }

    @Test
    void realClientsReceiveOur5005WithTheFailedAvpItNames() throws Exception {
        try (FakeServer ocs = ocs()) {
            ocs.on(creditControlRequest()).answer(failure(ResultCode.DIAMETER_MISSING_AVP)
                    .failedAvp(Avps.SUBSCRIPTION_ID));
            try (ErlangDiameterClient erlang = ErlangDiameterClient.builder()
                            .originHost("erl-pcef.example.test").connectTo(ocs.address())
                            .creditControlRequests(1).start();
                    FreeDiameterClient freeDiameter = FreeDiameterClient.builder()
                            .originHost("fd-pcef.example.test").peer("ocs.example.test", ocs.address())
                            .creditControlRequests(1).start()) {
                PeerEvent fromErlang = erlang.awaitAnswers(WAIT).get(0);
                PeerEvent fromFreeDiameter = freeDiameter.awaitAnswers(WAIT).get(0);
                assertAll(
                        () -> assertEquals(5005, fromErlang.number("result_code"), fromErlang.toString()),
                        () -> assertEquals(Optional.of("false"), fromErlang.text("e_bit")),
                        () -> assertEquals(Optional.of("443"), fromErlang.text("failed_avp_codes"),
                                "the Erlang client reads Subscription-Id (443) in our Failed-AVP: " + fromErlang),
                        () -> assertEquals(5005, fromFreeDiameter.number("result_code"), fromFreeDiameter.toString()));
            }
            for (DiameterMessage cca : ocs.sentAnswers()) {
                if (cca.commandCode() == 272) {
                    assertThat(cca, allOf(isAnswer(Commands.CREDIT_CONTROL), hasResultCode(5005),
                            hasFailedAvp(Avps.SUBSCRIPTION_ID)));
                }
            }
            assertWiresharkDecodesCleanly(ocs.journal(), captures.resolve("5005.pcap"));
        }
    }

    @Test
    void erlangClientReceivesOur3003ForARealmWeDoNotServe() throws Exception {
        try (FakeServer ocs = ocs();
             ErlangDiameterClient erlang = ErlangDiameterClient.builder()
                     .originHost("erl-pcef.example.test").destinationRealm("elsewhere.test")
                     .connectTo(ocs.address()).creditControlRequests(1).start()) {
            PeerEvent answer = erlang.awaitAnswers(WAIT).get(0);
            assertAll(
                    () -> assertEquals(3003, answer.number("result_code"), answer.toString()),
                    () -> assertEquals(Optional.of("true"), answer.text("e_bit")));
            assertWiresharkDecodesCleanly(ocs.journal(), captures.resolve("3003.pcap"));
        }
    }

    @Test
    void erlangClientReceivesOur3002ForAHostWeAreNot() throws Exception {
        try (FakeServer ocs = ocs()) {
            ocs.on(creditControlRequest()).answer(success());
            try (ErlangDiameterClient erlang = ErlangDiameterClient.builder()
                    .originHost("erl-pcef.example.test").destinationHost("other.example.test")
                    .connectTo(ocs.address()).creditControlRequests(1).start()) {
                PeerEvent answer = erlang.awaitAnswers(WAIT).get(0);
                assertAll(answer.toString(),
                        () -> assertEquals("cca", answer.name()),
                        () -> assertEquals(3002, answer.number("result_code")),
                        () -> assertEquals(Optional.of("true"), answer.text("e_bit"),
                                "a 3xxx protocol error is an answer-message with the E bit (RFC 6733 7.1.3)"),
                        () -> assertEquals(Optional.of("ocs.example.test"), answer.text("origin_host")),
                        () -> assertEquals(0, answer.number("decode_errors")));
            }
            DiameterMessage ccr = ocs.requests(creditControlRequest()).get(0);
            assertThat(ccr, hasAvp(Avps.DESTINATION_HOST, equalTo("other.example.test")));
            List<DiameterMessage> ccas = ocs.sentAnswers().stream()
                    .filter(a -> a.commandCode() == Commands.CREDIT_CONTROL.code()).toList();
            assertEquals(1, ccas.size(), ccas::toString);
            assertThat(ccas.get(0), allOf(isAnswer(Commands.CREDIT_CONTROL), hasErrorBit(),
                    hasResultCode(ResultCode.DIAMETER_UNABLE_TO_DELIVER),
                    hasAvp(Avps.ORIGIN_HOST, equalTo("ocs.example.test")),
                    hasAvp(Avps.ERROR_MESSAGE, containsString("other.example.test"))));
            assertWiresharkDecodesCleanly(ocs.journal(), captures.resolve("3002.pcap"));
        }
    }

    @Test
    void erlangClientNamingOurHostAsDestinationHostGets2001() throws Exception {
        try (FakeServer ocs = ocs()) {
            ocs.on(creditControlRequest()).answer(success());
            try (ErlangDiameterClient erlang = ErlangDiameterClient.builder()
                    .originHost("erl-pcef.example.test").destinationHost("ocs.example.test")
                    .connectTo(ocs.address()).creditControlRequests(1).start()) {
                PeerEvent answer = erlang.awaitAnswers(WAIT).get(0);
                assertAll(answer.toString(),
                        () -> assertEquals("cca", answer.name()),
                        () -> assertEquals(2001, answer.number("result_code")),
                        () -> assertEquals(Optional.of("false"), answer.text("e_bit")),
                        () -> assertEquals(0, answer.number("decode_errors")));
            }
            assertThat(ocs.requests(creditControlRequest()).get(0),
                    hasAvp(Avps.DESTINATION_HOST, equalTo("ocs.example.test")));
            List<DiameterMessage> ccas = ocs.sentAnswers().stream()
                    .filter(a -> a.commandCode() == Commands.CREDIT_CONTROL.code()).toList();
            assertEquals(1, ccas.size(), ccas::toString);
            assertThat(ccas.get(0), allOf(isAnswer(Commands.CREDIT_CONTROL),
                    hasResultCode(ResultCode.DIAMETER_SUCCESS), not(hasErrorBit())));
            assertWiresharkDecodesCleanly(ocs.journal(), captures.resolve("destination-host-2001.pcap"));
        }
    }

    @Test
    void erlangClientNeverComesUpAgainstOur5010InCea() throws Exception {
        try (FakeServer gxOnly = FakeServer.builder().name("pcrf").originHost("pcrf.example.test")
                     .realm("example.test").applications(16777238).start();
             ErlangDiameterClient erlang = ErlangDiameterClient.builder()
                     .originHost("erl-pcef.example.test").connectTo(gxOnly.address())
                     .connectTimeout(Duration.ofSeconds(5)).creditControlRequests(1).start()) {
            DiameterMessage cea = gxOnly.journal().await(io.diameterharness.journal.MessageEntry.class, "CEA",
                    e -> e.message() != null && e.message().commandCode() == 257 && e.message().isAnswer(),
                    WAIT).message();
            assertThat(cea, hasResultCode(ResultCode.DIAMETER_NO_COMMON_APPLICATION));
            PeerEvent gaveUp = erlang.awaitEvent(e -> e.name().equals("error") || e.name().equals("cca_error"),
                    "the client giving up", WAIT);
            assertTrue(erlang.events().stream().noneMatch(e -> e.name().equals("up")), erlang.events().toString());
            assertTrue(gaveUp.toString().length() > 0);
            assertWiresharkDecodesCleanly(gxOnly.journal(), captures.resolve("5010.pcap"));
        }
    }

    @Test
    void realClientsReportTheConnectionWeResetAfterTheirCer() throws Exception {
        try (FakeServer ocs = ocs()) {
            ocs.on(creditControlRequest()).reset();
            try (ErlangDiameterClient erlang = ErlangDiameterClient.builder()
                    .originHost("erl-pcef.example.test").connectTo(ocs.address())
                    .creditControlRequests(1).start()) {
                erlang.awaitConnected(WAIT);
                PeerEvent down = erlang.awaitEvent(e -> e.name().equals("down") || e.name().equals("closed")
                        || e.name().equals("cca_error"), "the client seeing the reset", WAIT);
                assertTrue(down.toString().length() > 0);
            }
            assertTrue(ocs.requestCount(capabilitiesExchangeRequest()) >= 1);
            assertWiresharkDecodesCleanly(ocs.journal(), captures.resolve("reset.pcap"));
        }
    }

}
