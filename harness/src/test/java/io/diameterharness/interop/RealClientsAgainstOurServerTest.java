package io.diameterharness.interop;

import static io.diameterharness.interop.Interop.CREDIT_CONTROL;
import static io.diameterharness.interop.Interop.DEVICE_WATCHDOG;
import static io.diameterharness.interop.Interop.DISCONNECT_PEER;
import static io.diameterharness.interop.Interop.WAIT;
import static io.diameterharness.interop.Interop.answeringCreditControl;
import static io.diameterharness.interop.Interop.assertWiresharkDecodesCleanly;
import static io.diameterharness.interop.Interop.await;
import static io.diameterharness.interop.Interop.peer;
import static io.diameterharness.interop.Interop.read;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.dictionary.Avps;
import io.diameterharness.fixtures.realpeers.ErlangDiameterClient;
import io.diameterharness.fixtures.realpeers.FreeDiameterClient;
import io.diameterharness.fixtures.realpeers.PeerEvent;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.journal.MessageEntry;
import io.diameterharness.peer.RequestHandler;
import io.diameterharness.peer.ServerPeer;
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
 * Our fake server ({@link ServerPeer}) accepting real Diameter clients: OTP diameter and
 * freeDiameter. Each side checks the other: the real client decodes our CEA, CCA, DWA and DPA
 * with its own dictionary, our journal holds what it sent, and Wireshark decodes both directions.
 */
@Timeout(60)
@Execution(ExecutionMode.CONCURRENT)
class RealClientsAgainstOurServerTest {

    @TempDir
    Path dir;

    @Test
    void erlangClientRunsACreditControlSessionAgainstOurServer() throws Exception {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test")
                .requestHandler(answeringCreditControl(2001)).build()).start()) {
            ErlangDiameterClient pcef = ErlangDiameterClient.builder()
                    .originHost("pcef.example.test").connectTo(ocs.address())
                    .creditControlRequests(3).start();
            try (pcef) {
                List<PeerEvent> answers = pcef.awaitAnswers(WAIT);

                assertEquals(3, answers.size(), () -> "answers: " + answers);
                for (int i = 0; i < 3; i++) {
                    PeerEvent cca = answers.get(i);
                    int number = i;
                    assertAll(cca.toString(),
                            () -> assertEquals("cca", cca.name()),
                            () -> assertEquals(2001, cca.number("result_code")),
                            () -> assertEquals(number, cca.number("answer_cc_request_number")),
                            () -> assertEquals(Optional.of("ocs.example.test"), cca.text("origin_host")),
                            () -> assertEquals(Optional.of("false"), cca.text("e_bit")),
                            () -> assertEquals(0, cca.number("decode_errors"),
                                    "OTP decodes our CCA without errors"));
                }
                assertEquals(Optional.of("ocs.example.test"),
                        pcef.awaitEvent("peer_up", WAIT).text("peer"));
                List<Integer> types = ocs.journal().messages().stream()
                        .filter(m -> m.isInbound() && m.isRequest() && m.commandCode() == CREDIT_CONTROL)
                        .map(m -> read(Avps.CC_REQUEST_TYPE, m.message())).toList();
                assertEquals(List.of(1, 2, 3), types, "INITIAL, UPDATE, TERMINATION");
            }
            MessageEntry dpr = await(ocs.journal(), "DPR from the Erlang client", DISCONNECT_PEER,
                    true, true);
            assertEquals(0, read(Avps.DISCONNECT_CAUSE, dpr.message()), "REBOOTING");
            await(ocs.journal(), "our DPA", DISCONNECT_PEER, false, false);
            assertTrue(pcef.output().stream().anyMatch(l -> l.contains("\"stopped\"")));
            assertWiresharkDecodesCleanly(ocs.journal(), dir.resolve("erlang-client.pcap"));
        }
    }

    @Test
    void freeDiameterClientRunsACreditControlSessionAgainstOurServer() throws Exception {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test")
                .requestHandler(answeringCreditControl(2001)).build()).start()) {
            FreeDiameterClient pcef = FreeDiameterClient.builder()
                    .originHost("pcef.example.test").peer("ocs.example.test", ocs.address())
                    .watchdogTimer(ofSeconds(6)).creditControlRequests(3).start();
            try (pcef) {
                pcef.awaitPeerOpen(WAIT);
                List<PeerEvent> answers = pcef.awaitAnswers(WAIT);

                assertEquals(3, answers.size(), () -> "answers: " + answers);
                for (int i = 0; i < 3; i++) {
                    PeerEvent cca = answers.get(i);
                    int number = i;
                    assertAll(cca.toString(),
                            () -> assertEquals("cca", cca.name()),
                            () -> assertEquals(2001, cca.number("result_code")),
                            () -> assertEquals(number, cca.number("answer_cc_request_number")),
                            () -> assertEquals(Optional.of("ocs.example.test"), cca.text("origin_host")),
                            () -> assertEquals(Optional.of("false"), cca.text("e_bit")));
                }
                assertTrue(pcef.output().stream().noneMatch(l -> l.contains("PARSING ERROR")),
                        "freeDiameter parsed all our messages");
            }
            MessageEntry dpr = await(ocs.journal(), "DPR from freeDiameter", DISCONNECT_PEER,
                    true, true);
            assertEquals(0, read(Avps.DISCONNECT_CAUSE, dpr.message()), "REBOOTING");
            await(ocs.journal(), "our DPA", DISCONNECT_PEER, false, false);
            assertWiresharkDecodesCleanly(ocs.journal(), dir.resolve("freediameter-client.pcap"));
        }
    }

    // RFC 3539 section 3.4.1: any traffic received resets Tw, so a peer whose Tw is longer than
    // the other side's never needs to send DWR. Each test below keeps one side quiet.

    @Test
    void ourServerAnswersTheErlangClientsWatchdogRequests() throws Exception {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test").watchdogEnabled(false)
                        .requestHandler(answeringCreditControl(2001)).build()).start();
                ErlangDiameterClient pcef = ErlangDiameterClient.builder()
                        .originHost("pcef.example.test").connectTo(ocs.address())
                        .watchdogTimer(Duration.ofMillis(500)).creditControlRequests(0).start()) {

            await(ocs.journal(), "DWR from the Erlang client", DEVICE_WATCHDOG, true, true);
            await(ocs.journal(), "our DWA", DEVICE_WATCHDOG, false, false);
            pcef.awaitEvent(e -> e.name().equals("watchdog")
                    && e.text("to").equals(Optional.of("okay")), "watchdog OKAY", WAIT);

            assertTrue(pcef.events().stream().noneMatch(e -> e.text("to").equals(Optional.of("suspect"))),
                    () -> "the Erlang client never suspected us: " + pcef.events());
            assertWiresharkDecodesCleanly(ocs.journal(), dir.resolve("erlang-dwr.pcap"));
        }
    }

    @Test
    void erlangClientAnswersOurWatchdogRequests() throws Exception {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test")
                        .watchdogInterval(Duration.ofMillis(500)).watchdogJitter(false)
                        .requestHandler(answeringCreditControl(2001)).build()).start();
                ErlangDiameterClient pcef = ErlangDiameterClient.builder()
                        .originHost("pcef.example.test").connectTo(ocs.address())
                        .watchdogTimer(ofSeconds(30)).creditControlRequests(0).start()) {

            await(ocs.journal(), "our DWR", DEVICE_WATCHDOG, false, true);
            await(ocs.journal(), "DWA from the Erlang client", DEVICE_WATCHDOG, true, false);

            assertWiresharkDecodesCleanly(ocs.journal(), dir.resolve("erlang-dwa.pcap"));
        }
    }

    @Test
    void ourServerAnswersFreeDiameterWatchdogRequests() throws Exception {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test").watchdogEnabled(false)
                        .requestHandler(answeringCreditControl(2001)).build()).start();
                FreeDiameterClient pcef = FreeDiameterClient.builder()
                        .originHost("pcef.example.test").peer("ocs.example.test", ocs.address())
                        .watchdogTimer(ofSeconds(6)).start()) {

            // freeDiameter's DWR comes after its Tw of 6 s, jittered by up to 2 s.
            await(ocs.journal(), "DWR from freeDiameter", DEVICE_WATCHDOG, true, true);
            await(ocs.journal(), "our DWA", DEVICE_WATCHDOG, false, false);

            assertTrue(pcef.output().stream().noneMatch(l -> l.contains("STATE_SUSPECT")),
                    () -> "freeDiameter never suspected us:\n" + String.join("\n", pcef.output()));
            assertWiresharkDecodesCleanly(ocs.journal(), dir.resolve("freediameter-dwr.pcap"));
        }
    }

    @Test
    void freeDiameterClientAnswersOurWatchdogRequests() throws Exception {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test")
                        .watchdogInterval(Duration.ofMillis(500)).watchdogJitter(false)
                        .requestHandler(answeringCreditControl(2001)).build()).start();
                FreeDiameterClient pcef = FreeDiameterClient.builder()
                        .originHost("pcef.example.test").peer("ocs.example.test", ocs.address())
                        .watchdogTimer(ofSeconds(30)).start()) {

            await(ocs.journal(), "our DWR", DEVICE_WATCHDOG, false, true);
            await(ocs.journal(), "DWA from freeDiameter", DEVICE_WATCHDOG, true, false);

            assertWiresharkDecodesCleanly(ocs.journal(), dir.resolve("freediameter-dwa.pcap"));
        }
    }

    @Test
    void erlangClientDeclaresTheConnectionDownWhenOurServerStopsAnsweringWatchdogs() {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test").watchdogEnabled(false)
                        .requestHandler(Interop.ignoringWatchdogs(2001)).build()).start();
                ErlangDiameterClient pcef = ErlangDiameterClient.builder()
                        .originHost("pcef.example.test").connectTo(ocs.address())
                        .watchdogTimer(Duration.ofMillis(500)).creditControlRequests(0).start()) {

            pcef.awaitConnected(WAIT);
            pcef.awaitEvent(e -> e.name().equals("watchdog")
                    && e.text("to").equals(Optional.of("down")), "watchdog DOWN", WAIT);

            List<String> transitions = pcef.events().stream()
                    .filter(e -> e.name().equals("watchdog"))
                    .map(e -> e.text("from").orElse("?") + "->" + e.text("to").orElse("?"))
                    .toList();
            assertEquals(List.of("initial->okay", "okay->suspect", "suspect->down"),
                    transitions.subList(0, Math.min(3, transitions.size())),
                    "RFC 3539: SUSPECT after Tw without answer, DOWN after another Tw");
            assertTrue(ocs.journal().messages().stream().filter(m -> m.isInbound()
                    && m.commandCode() == DEVICE_WATCHDOG).count() >= 1, "the client sent DWR");
        }
    }

    @Test
    void freeDiameterClientSuspectsTheConnectionWhenOurServerStopsAnsweringWatchdogs() {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test").watchdogEnabled(false)
                        .requestHandler(Interop.ignoringWatchdogs(2001)).build()).start();
                FreeDiameterClient pcef = FreeDiameterClient.builder()
                        .originHost("pcef.example.test").peer("ocs.example.test", ocs.address())
                        .watchdogTimer(ofSeconds(6)).start()) {

            pcef.awaitPeerOpen(WAIT);
            pcef.awaitOutput(l -> l.contains("-> 'STATE_SUSPECT'")
                            && l.contains("'ocs.example.test'"),
                    "freeDiameter to suspect the silent server", Duration.ofSeconds(25));
        }
    }

    @Test
    void realClientsGiveUpOnCreditControlRequestsOurServerNeverAnswers() {
        RequestHandler silentOnCreditControl = request -> {
            if (request.message().commandCode() == CREDIT_CONTROL) {
                request.drop();
            } else {
                request.answerByDefault();
            }
        };
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test")
                .requestHandler(silentOnCreditControl).build()).start()) {
            try (ErlangDiameterClient erlang = ErlangDiameterClient.builder()
                            .originHost("erl-pcef.example.test").connectTo(ocs.address())
                            .answerTimeout(Duration.ofSeconds(1)).creditControlRequests(1).start();
                    FreeDiameterClient freeDiameter = FreeDiameterClient.builder()
                            .originHost("fd-pcef.example.test").peer("ocs.example.test", ocs.address())
                            .answerTimeout(Duration.ofSeconds(1)).creditControlRequests(1).start()) {

                PeerEvent fromErlang = erlang.awaitAnswers(WAIT).get(0);
                PeerEvent fromFreeDiameter = freeDiameter.awaitAnswers(WAIT).get(0);

                assertEquals("cca_error", fromErlang.name(), fromErlang.toString());
                assertTrue(fromErlang.text("detail").orElse("").contains("timeout"),
                        fromErlang::toString);
                assertEquals("cca_error", fromFreeDiameter.name(), fromFreeDiameter.toString());
                assertEquals(Optional.of("no answer within 1000 ms"), fromFreeDiameter.text("detail"));
                assertEquals(2, ocs.journal().messages().stream().filter(m -> m.isInbound()
                        && m.commandCode() == CREDIT_CONTROL).count(), "both CCRs arrived");
            }
        }
    }

    @Test
    void secondErlangClientWithTheSameOriginHostReplacesTheFirstOnOurServer() {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test")
                .requestHandler(answeringCreditControl(2001)).build()).start();
                ErlangDiameterClient before = ErlangDiameterClient.builder()
                        .originHost("pcef.example.test").connectTo(ocs.address())
                        .creditControlRequests(0).start()) {
            before.awaitConnected(WAIT);
            try (ErlangDiameterClient after = ErlangDiameterClient.builder()
                    .originHost("pcef.example.test").connectTo(ocs.address())
                    .creditControlRequests(1).start()) {

                assertEquals(2001, after.awaitAnswers(WAIT).get(0).number("result_code"));
                before.awaitEvent("peer_down", WAIT);

                // The dropped client reconnects after its Tc and replaces the other in turn,
                // so the journal, not the current connection list, tells what happened.
                ConnectionEvent replaced = ocs.journal().await(ConnectionEvent.class,
                        "the first connection closed as replaced",
                        e -> e.kind() == ConnectionEvent.Kind.CLOSED
                                && e.detail().contains("from the same Origin-Host pcef.example.test"),
                        WAIT);
                assertTrue(replaced.detail().startsWith("replaced by connection #"), replaced::toString);
            }
        }
    }

    @Test
    void realClientsReceiveOurProtocolErrorWithTheErrorBit() {
        try (ServerPeer ocs = new ServerPeer(peer("ocs.example.test")
                .requestHandler(answeringCreditControl(3004)).build()).start()) {
            try (ErlangDiameterClient erlang = ErlangDiameterClient.builder()
                            .originHost("erl-pcef.example.test").connectTo(ocs.address())
                            .creditControlRequests(1).start();
                    FreeDiameterClient freeDiameter = FreeDiameterClient.builder()
                            .originHost("fd-pcef.example.test").peer("ocs.example.test", ocs.address())
                            .creditControlRequests(1).start()) {

                PeerEvent fromErlang = erlang.awaitAnswers(WAIT).get(0);
                PeerEvent fromFreeDiameter = freeDiameter.awaitAnswers(WAIT).get(0);

                assertAll(
                        () -> assertEquals(3004, fromErlang.number("result_code"), fromErlang.toString()),
                        () -> assertEquals(Optional.of("true"), fromErlang.text("e_bit")),
                        () -> assertEquals(3004, fromFreeDiameter.number("result_code"),
                                fromFreeDiameter.toString()),
                        () -> assertEquals(Optional.of("true"), fromFreeDiameter.text("e_bit")));
                assertEquals(2, ocs.connections().size(), "two real clients at once");
            }
        }
    }
}
