package io.diameterharness.interop;

import static io.diameterharness.interop.Interop.DEVICE_WATCHDOG;
import static io.diameterharness.interop.Interop.REALM;
import static io.diameterharness.interop.Interop.WAIT;
import static io.diameterharness.interop.Interop.assertWiresharkDecodesCleanly;
import static io.diameterharness.interop.Interop.await;
import static io.diameterharness.interop.Interop.creditControlRequest;
import static io.diameterharness.interop.Interop.peer;
import static io.diameterharness.interop.Interop.read;
import static io.diameterharness.interop.Interop.resultCode;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.fixtures.realpeers.ErlangDiameterServer;
import io.diameterharness.fixtures.realpeers.FreeDiameterServer;
import io.diameterharness.fixtures.realpeers.PeerEvent;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.peer.CapabilitiesExchangeException;
import io.diameterharness.peer.ClientPeer;
import io.diameterharness.peer.DisconnectCause;
import io.diameterharness.peer.PeerConfig;
import io.diameterharness.peer.PeerConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Our fake client ({@link ClientPeer}) talking to real Diameter servers: freeDiameter (with our
 * Credit-Control extension) and OTP diameter. The real server judges our CER, CCRs, DWR/DWA and
 * DPR; we judge its answers; Wireshark decodes both directions.
 */
@Timeout(60)
@Execution(ExecutionMode.CONCURRENT)
class OurClientAgainstRealServersTest {

    @TempDir
    Path dir;

    private static List<DiameterMessage> runSession(ClientPeer pcef, String sessionId, int count)
            throws Exception {
        List<DiameterMessage> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(pcef.send(creditControlRequest(pcef.connection(), sessionId, REALM, i, count))
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        }
        return answers;
    }

    private static void assertCreditControlAnswers(List<DiameterMessage> answers, String sessionId,
            long resultCode, String originHost) {
        for (int i = 0; i < answers.size(); i++) {
            DiameterMessage cca = answers.get(i);
            long number = i;
            assertAll(cca.toString(),
                    () -> assertEquals(272, cca.commandCode()),
                    () -> assertFalse(cca.isError()),
                    () -> assertEquals(resultCode, resultCode(cca)),
                    () -> assertEquals(sessionId, read(Avps.SESSION_ID, cca)),
                    () -> assertEquals(number, read(Avps.CC_REQUEST_NUMBER, cca)),
                    () -> assertEquals(originHost, read(Avps.ORIGIN_HOST, cca)),
                    () -> assertEquals(4L, read(Avps.AUTH_APPLICATION_ID, cca)));
        }
    }

    @Test
    void ourClientRunsACreditControlSessionAgainstFreeDiameter() throws Exception {
        try (FreeDiameterServer ocs = FreeDiameterServer.builder().originHost("ocs.example.test")
                .watchdogTimer(ofSeconds(6)).resultCode(4012).start()) {
            String sessionId = "pcef.example.test;1;fd";
            try (ClientPeer pcef = new ClientPeer(peer("pcef.example.test").build(),
                    ocs.address()).start()) {
                List<DiameterMessage> answers = runSession(pcef, sessionId, 3);

                assertCreditControlAnswers(answers, sessionId, 4012, "ocs.example.test");
                List<PeerEvent> ccrs = ocs.awaitEvents("ccr", 3, WAIT);
                assertEquals(List.of(1L, 2L, 3L),
                        ccrs.stream().map(e -> e.number("cc_request_type")).toList());
                assertTrue(ccrs.stream().allMatch(e -> e.text("session_id").equals(Optional.of(sessionId))));

                DiameterMessage dpa = pcef.connection().disconnect(DisconnectCause.REBOOTING)
                        .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertEquals(2001, resultCode(dpa));
                ocs.awaitOutputContaining("Peer 'pcef.example.test' sent a DPR with cause: REBOOTING",
                        WAIT);
                assertTrue(ocs.output().stream().noneMatch(l -> l.contains("PARSING ERROR")),
                        "freeDiameter parsed all our messages");
                assertWiresharkDecodesCleanly(pcef.journal(), dir.resolve("freediameter.pcap"));
            }
        }
    }

    @Test
    void ourClientRunsACreditControlSessionAgainstErlang() throws Exception {
        try (ErlangDiameterServer ocs = ErlangDiameterServer.builder()
                .originHost("ocs.example.test").resultCode(2001).start()) {
            String sessionId = "pcef.example.test;1;erl";
            try (ClientPeer pcef = new ClientPeer(peer("pcef.example.test").build(),
                    ocs.address()).start()) {
                ocs.awaitUp(1, WAIT);
                List<DiameterMessage> answers = runSession(pcef, sessionId, 3);

                assertCreditControlAnswers(answers, sessionId, 2001, "ocs.example.test");
                List<PeerEvent> ccrs = ocs.awaitEvents("ccr", 3, WAIT);
                assertEquals(List.of(0L, 1L, 2L),
                        ccrs.stream().map(e -> e.number("cc_request_number")).toList());
                assertEquals(Optional.of("pcef.example.test"), ccrs.get(0).text("peer"));

                DiameterMessage dpa = pcef.connection().disconnect(DisconnectCause.REBOOTING)
                        .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertEquals(2001, resultCode(dpa));
                assertEquals(Optional.of("pcef.example.test"),
                        ocs.awaitEvent("peer_down", WAIT).text("peer"));
                assertWiresharkDecodesCleanly(pcef.journal(), dir.resolve("erlang.pcap"));
            }
        }
    }

    @Test
    void freeDiameterRejectsOurCerWithoutACommonApplication() {
        try (FreeDiameterServer ocs = FreeDiameterServer.builder().originHost("ocs.example.test")
                .start()) {
            ClientPeer gx = new ClientPeer(PeerConfig.builder().originHost("pcef.example.test")
                    .originRealm(REALM).authApplicationIds(16777238).build(), ocs.address());

            CapabilitiesExchangeException e = assertThrows(CapabilitiesExchangeException.class,
                    gx::start);

            assertEquals(5010, e.resultCode(), "DIAMETER_NO_COMMON_APPLICATION: " + e.getMessage());
            gx.close();
        }
    }

    @Test
    void erlangRejectsOurCerWithoutACommonApplication() {
        try (ErlangDiameterServer ocs = ErlangDiameterServer.builder()
                .originHost("ocs.example.test").start()) {
            ClientPeer gx = new ClientPeer(PeerConfig.builder().originHost("pcef.example.test")
                    .originRealm(REALM).authApplicationIds(16777238).build(), ocs.address());

            CapabilitiesExchangeException e = assertThrows(CapabilitiesExchangeException.class,
                    gx::start);

            assertEquals(5010, e.resultCode(), "DIAMETER_NO_COMMON_APPLICATION: " + e.getMessage());
            assertTrue(ocs.awaitEvent("closed", WAIT).text("detail").orElse("").contains("5010"),
                    () -> "OTP reports the failed exchange: " + ocs.events());
            gx.close();
        }
    }

    @Test
    void freeDiameterRejectsASecondConnectionFromAnOriginHostItHasOpen() {
        try (FreeDiameterServer ocs = FreeDiameterServer.builder().originHost("ocs.example.test")
                        .start();
                ClientPeer first = new ClientPeer(peer("pcef.example.test").build(),
                        ocs.address()).start();
                ClientPeer second = new ClientPeer(peer("pcef.example.test").build(),
                        ocs.address())) {

            CapabilitiesExchangeException e = assertThrows(CapabilitiesExchangeException.class,
                    second::start);

            assertEquals(5012, e.resultCode(), () -> "DIAMETER_UNABLE_TO_COMPLY: " + e.getMessage());
            ocs.awaitOutputContaining("pcef.example.test: Rejecting new connection attempt while"
                    + " our state machine is in state 'STATE_OPEN'", WAIT);
            assertEquals(io.diameterharness.peer.ConnectionState.OPEN, first.connection().state(),
                    "the first connection is untouched");
        }
    }

    @Test
    void freeDiameterAnswersARequestForAnUnknownRealmWithARoutingError() throws Exception {
        try (FreeDiameterServer ocs = FreeDiameterServer.builder().originHost("ocs.example.test")
                        .start();
                ClientPeer pcef = new ClientPeer(peer("pcef.example.test").build(),
                        ocs.address()).start()) {
            DiameterMessage ccr = creditControlRequest(pcef.connection(), "pcef.example.test;2;fd",
                    "nowhere.example.test", 0, 1);

            DiameterMessage answer = pcef.send(ccr).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

            assertTrue(answer.isError(), () -> "E bit set: " + answer);
            assertEquals(3002, resultCode(answer), () -> "DIAMETER_UNABLE_TO_DELIVER: " + answer);
            assertTrue(ocs.events().stream().noneMatch(e -> e.name().equals("ccr")),
                    "the request never reached the application");
            assertWiresharkDecodesCleanly(pcef.journal(), dir.resolve("routing-error.pcap"));
        }
    }

    @Test
    void lateAnswerFromErlangTimesOutOurRequestAndIsReportedAsUnmatched() throws Exception {
        try (ErlangDiameterServer ocs = ErlangDiameterServer.builder()
                        .originHost("ocs.example.test").answerDelay(Duration.ofMillis(1500)).start();
                ClientPeer pcef = new ClientPeer(peer("pcef.example.test").build(),
                        ocs.address()).start()) {
            ocs.awaitUp(1, WAIT);
            DiameterMessage ccr = creditControlRequest(pcef.connection(), "pcef.example.test;late",
                    REALM, 0, 1);

            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> pcef.connection().send(ccr, Duration.ofMillis(300)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS));

            assertTrue(e.getCause() instanceof TimeoutException, e::toString);
            await(pcef.journal(), "the late CCA", 272, true, false);
            ConnectionEvent unmatched = pcef.journal().await(ConnectionEvent.class,
                    "an error for the unmatched answer",
                    ev -> ev.kind() == ConnectionEvent.Kind.ERROR
                            && ev.detail().contains("matches no request"), WAIT);
            assertTrue(unmatched.detail().startsWith("answer 272"), unmatched::toString);
        }
    }

    @Test
    void ourClientAnswersTheErlangServersWatchdogRequests() throws Exception {
        try (ErlangDiameterServer ocs = ErlangDiameterServer.builder()
                        .originHost("ocs.example.test").watchdogTimer(Duration.ofMillis(500)).start();
                ClientPeer pcef = new ClientPeer(peer("pcef.example.test").watchdogEnabled(false)
                        .build(), ocs.address()).start()) {

            await(pcef.journal(), "DWR from the Erlang server", DEVICE_WATCHDOG, true, true);
            await(pcef.journal(), "our DWA", DEVICE_WATCHDOG, false, false);
            ocs.awaitEvent(e -> e.name().equals("watchdog")
                    && e.text("to").equals(Optional.of("okay")), "watchdog OKAY", WAIT);

            assertTrue(ocs.events().stream().noneMatch(e -> e.text("to").equals(Optional.of("suspect"))),
                    () -> "the Erlang server never suspected us: " + ocs.events());
        }
    }

    @Test
    void realServersAnswerOurWatchdogRequests() throws Exception {
        try (FreeDiameterServer freeDiameter = FreeDiameterServer.builder()
                        .originHost("fd-ocs.example.test").watchdogTimer(ofSeconds(30)).start();
                ErlangDiameterServer erlang = ErlangDiameterServer.builder()
                        .originHost("erl-ocs.example.test").start();
                ClientPeer toFreeDiameter = new ClientPeer(peer("pcef1.example.test")
                        .watchdogInterval(Duration.ofMillis(500)).watchdogJitter(false).build(),
                        freeDiameter.address()).start();
                ClientPeer toErlang = new ClientPeer(peer("pcef2.example.test")
                        .watchdogInterval(Duration.ofMillis(500)).watchdogJitter(false).build(),
                        erlang.address()).start()) {

            await(toFreeDiameter.journal(), "DWA from freeDiameter", DEVICE_WATCHDOG, true, false);
            await(toErlang.journal(), "DWA from Erlang", DEVICE_WATCHDOG, true, false);

            for (ClientPeer pcef : List.of(toFreeDiameter, toErlang)) {
                PeerConnection c = pcef.connection();
                assertTrue(c.watchdogTransitions().stream()
                                .noneMatch(t -> t.toString().contains("SUSPECT")),
                        () -> pcef + " never suspected the server: " + c.watchdogTransitions());
            }
            assertWiresharkDecodesCleanly(toFreeDiameter.journal(), dir.resolve("fd-dwa.pcap"));
            assertWiresharkDecodesCleanly(toErlang.journal(), dir.resolve("erl-dwa.pcap"));
        }
    }

    @Test
    void realServersDeclareOurSilentClientSuspect() {
        try (FreeDiameterServer freeDiameter = FreeDiameterServer.builder()
                        .originHost("fd-ocs.example.test").watchdogTimer(ofSeconds(6)).start();
                ErlangDiameterServer erlang = ErlangDiameterServer.builder()
                        .originHost("erl-ocs.example.test").watchdogTimer(Duration.ofMillis(500))
                        .start();
                ClientPeer toFreeDiameter = new ClientPeer(peer("pcef1.example.test")
                        .watchdogEnabled(false).requestHandler(Interop.baseWithoutWatchdogAnswers())
                        .build(), freeDiameter.address()).start();
                ClientPeer toErlang = new ClientPeer(peer("pcef2.example.test")
                        .watchdogEnabled(false).requestHandler(Interop.baseWithoutWatchdogAnswers())
                        .build(), erlang.address()).start()) {

            erlang.awaitEvent(e -> e.name().equals("watchdog")
                    && e.text("to").equals(Optional.of("down")), "watchdog DOWN", WAIT);
            freeDiameter.awaitOutput(l -> l.contains("-> 'STATE_SUSPECT'")
                            && l.contains("'pcef1.example.test'"),
                    "freeDiameter to suspect our silent client", Duration.ofSeconds(25));

            List<String> erlangTransitions = erlang.events().stream()
                    .filter(e -> e.name().equals("watchdog"))
                    .map(e -> e.text("from").orElse("?") + "->" + e.text("to").orElse("?"))
                    .toList();
            assertEquals(List.of("initial->okay", "okay->suspect", "suspect->down"),
                    erlangTransitions.subList(0, Math.min(3, erlangTransitions.size())));
        }
    }
}
