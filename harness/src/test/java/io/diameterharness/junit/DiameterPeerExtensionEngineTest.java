package io.diameterharness.junit;

import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.dictionary.Avps.SERVICE_CONTEXT_ID;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.fake.FakeClient;
import io.diameterharness.fake.FakeServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The extension run through the JUnit engine: lifecycles, failure reports, cleanup after failures,
 * strictness. The scenario classes are nested and static so only this test runs them.
 */
@Timeout(60)
class DiameterPeerExtensionEngineTest {
    static final List<InetSocketAddress> SEEN = new CopyOnWriteArrayList<>();
    static final List<FakeServer> SEEN_PEERS = new CopyOnWriteArrayList<>();

    @TempDir
    static Path reports;

    @BeforeEach
    void clear() {
        SEEN.clear();
        SEEN_PEERS.clear();
    }

    private static EngineExecutionResults run(Class<?> scenario) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(OnlyInEngineTestKit.PARAMETER, "true").selectors(selectClass(scenario)).execute();
    }

    private static boolean portClosed(InetSocketAddress a) {
        try (Socket s = new Socket()) {
            s.connect(a, 500);
            return false;
        } catch (IOException refused) {
            return true;
        }
    }

    // ----------------------------------------------------------------- failure reports

    @OnlyInEngineTestKit
    static class FailingScenario {
        @RegisterExtension
        DiameterPeerSettings settings = DiameterPeerSettings.builder()
                .reportDirectory(reports).build();

        @Test
        void failsAfterAnExchange(@DiameterPeer(name = "ocs") FakeServer ocs,
                                  @DiameterPeer(name = "pcef", connectTo = "ocs") FakeClient pcef) {
            SEEN.add(ocs.address());
            SEEN_PEERS.add(ocs);
            pcef.send(pcef.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("32274@3gpp.org")).build());
            throw new AssertionError("the application did something wrong");
        }
    }

    @Test
    void failureShowsTheConversationAndWritesCapturesAndClosesThePeers() throws IOException {
        EngineExecutionResults r = run(FailingScenario.class);
        r.testEvents().assertStatistics(s -> s.started(1).failed(1));
        Throwable t = r.testEvents().failed().list().get(0).getPayload(
                org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertThat(t.getMessage(), equalTo("the application did something wrong"));
        assertThat(t.getSuppressed().length, is(1));
        String ladder = t.getSuppressed()[0].getMessage();
        assertThat(ladder, containsString("Diameter conversation of FakeServer ocs"));
        assertThat(ladder, containsString("CER"));
        assertThat(ladder, containsString("CCR"));
        assertThat(ladder, containsString("CCA"));
        assertThat(ladder, containsString("Result-Code=2001 DIAMETER_SUCCESS"));
        assertThat(ladder, containsString("CC-Request-Type=4 (EVENT_REQUEST)"));

        List<String> entries = new ArrayList<>();
        for (Event e : r.allEvents().reportingEntryPublished().list()) {
            Map<String, String> kv = e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs();
            entries.addAll(kv.keySet());
        }
        assertThat(entries, org.hamcrest.Matchers.hasItems("diameter.pcap.ocs", "diameter.transcript.ocs",
                "diameter.pcap.pcef", "diameter.transcript.pcef"));
        Path dir = reports.resolve(FailingScenario.class.getName());
        Path pcap = dir.resolve("failsAfterAnExchange-ocs.pcap");
        assertThat(Files.size(pcap) > 24, is(true));
        assertThat(Files.readString(dir.resolve("failsAfterAnExchange-pcef.txt")), containsString("Credit-Control"));

        assertThat(SEEN, hasSize(1));
        assertThat(SEEN_PEERS.get(0).isRunning(), is(false));
        assertThat(portClosed(SEEN.get(0)), is(true));
        assertThat(System.getProperty("diameter.peer.ocs.port"), equalTo(null));
    }

    @OnlyInEngineTestKit
    static class PassingScenario {
        @RegisterExtension
        DiameterPeerSettings settings = DiameterPeerSettings.builder()
                .reportDirectory(reports).build();

        @Test
        void passes(@DiameterPeer(name = "quiet") FakeServer ocs) {
            SEEN.add(ocs.address());
        }
    }

    @Test
    void passingTestsWriteNothing() {
        run(PassingScenario.class).testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(Files.exists(reports.resolve(PassingScenario.class.getName())), is(false));
        assertThat(portClosed(SEEN.get(0)), is(true));
    }

    // ----------------------------------------------------------------- strictness

    @OnlyInEngineTestKit
    static class StrictScenario {
        @Test
        void unmatchedRequestFailsAStrictPeer(@DiameterPeer(name = "ocs", strict = true) FakeServer ocs,
                                              @DiameterPeer(connectTo = "ocs") FakeClient c) {
            c.send(c.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("x")).build());
        }

        @Test
        void unmetExpectationFailsAStrictPeer(@DiameterPeer(name = "ocs", strict = true) FakeServer ocs,
                                              @DiameterPeer(connectTo = "ocs") FakeClient c) {
            ocs.on(creditControlRequest()).answer(io.diameterharness.behaviour.Answer.success()).expectTimes(2);
            c.send(c.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("x")).build());
        }

        @Test
        void matchedRequestsPassAStrictPeer(@DiameterPeer(name = "ocs", strict = true) FakeServer ocs,
                                            @DiameterPeer(connectTo = "ocs") FakeClient c) {
            ocs.on(creditControlRequest()).answer(io.diameterharness.behaviour.Answer.success());
            c.send(c.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("x")).build());
        }
    }

    @Test
    void strictPeerFailsTheTestListingUnmatchedRequests() {
        EngineExecutionResults r = run(StrictScenario.class);
        r.testEvents().assertStatistics(s -> s.started(3).succeeded(1).failed(2));
        List<String> messages = new ArrayList<>();
        for (Event e : r.testEvents().failed().list()) {
            messages.add(e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                    .getThrowable().orElseThrow().getMessage());
        }
        String all = String.join("\n----\n", messages);
        assertThat(all, containsString("strict fake peer ocs received 1 request(s) that no rule matched:\n"
                + "CCR Credit-Control-Request (272)"));
        assertThat(all, containsString("strict fake peer ocs has unmet expectations:\n"
                + "  on CCR: answer Result-Code 2001 expected 2 times, fired 1"));
    }

    // ----------------------------------------------------------------- lifecycles

    @OnlyInEngineTestKit
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StaticFieldScenario {
        @DiameterPeer(name = "shared")
        static FakeServer shared;

        @Order(1)
        @Test
        void first(@DiameterPeer(connectTo = "shared") FakeClient c) {
            SEEN_PEERS.add(shared);
            shared.on(creditControlRequest()).answer(io.diameterharness.behaviour.Answer.failure(4012));
            DiameterMessage a = c.send(c.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("x")).build());
            assertThat(io.diameterharness.matchers.DiameterMatchers.resultCodeOf(a).orElseThrow(), is(4012L));
        }

        @Order(2)
        @Test
        void secondSeesTheSamePeerWithRulesAndJournalCleared(@DiameterPeer(connectTo = "shared") FakeClient c) {
            SEEN_PEERS.add(shared);
            assertThat(shared.requests(creditControlRequest()), hasSize(0));
            DiameterMessage a = c.send(c.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("x")).build());
            assertThat(io.diameterharness.matchers.DiameterMatchers.resultCodeOf(a).orElseThrow(), is(2001L));
        }

        @AfterAll
        static void stillRunningUntilTheClassEnds() {
            assertThat(shared.isRunning(), is(true));
        }
    }

    @Test
    void staticFieldLivesForTheClassAndIsResetBetweenTests() {
        run(StaticFieldScenario.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(SEEN_PEERS.get(0) == SEEN_PEERS.get(1), is(true));
        assertThat(SEEN_PEERS.get(0).isRunning(), is(false));
    }

    @OnlyInEngineTestKit
    static class InstanceFieldScenario {
        @DiameterPeer
        FakeServer server;

        @Test
        void one() {
            SEEN_PEERS.add(server);
        }

        @Test
        void two() {
            SEEN_PEERS.add(server);
        }
    }

    @Test
    void instanceFieldGetsAPeerPerTest() {
        run(InstanceFieldScenario.class).testEvents().assertStatistics(s -> s.succeeded(2));
        assertThat(SEEN_PEERS.get(0) == SEEN_PEERS.get(1), is(false));
        assertThat(SEEN_PEERS.get(0).isRunning() || SEEN_PEERS.get(1).isRunning(), is(false));
    }

    @OnlyInEngineTestKit
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassScenario {
        @DiameterPeer
        FakeServer server;

        @Test
        void one() {
            SEEN_PEERS.add(server);
        }

        @Test
        void two() {
            SEEN_PEERS.add(server);
        }
    }

    @Test
    void perClassInstanceFieldLivesForTheClass() {
        run(PerClassScenario.class).testEvents().assertStatistics(s -> s.succeeded(2));
        assertThat(SEEN_PEERS.get(0) == SEEN_PEERS.get(1), is(true));
        assertThat(SEEN_PEERS.get(0).isRunning(), is(false));
    }

    @OnlyInEngineTestKit
    static class ConstructorScenario {
        private final FakeServer server;

        ConstructorScenario(@DiameterPeer(name = "ctor") FakeServer server) {
            this.server = server;
        }

        @Test
        void constructorParameterIsTheSamePeerAsTheMethodParameter(@DiameterPeer(name = "ctor") FakeServer same) {
            SEEN_PEERS.add(server);
            assertThat(same == server, is(true));
        }
    }

    @Test
    void constructorInjectionWorks() {
        run(ConstructorScenario.class).testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(SEEN_PEERS.get(0).isRunning(), is(false));
    }

    @OnlyInEngineTestKit
    static class BuiltByTheTestScenario {
        @DiameterPeer(name = "custom")
        FakeServer custom = FakeServer.builder().name("custom").realm("custom.example").build();

        @Test
        void startedByTheExtension() {
            SEEN_PEERS.add(custom);
            assertThat(custom.isRunning(), is(true));
            assertThat(custom.realm(), equalTo("custom.example"));
        }
    }

    @Test
    void peerBuiltByTheTestIsStartedAndStopped() {
        run(BuiltByTheTestScenario.class).testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(SEEN_PEERS.get(0).isRunning(), is(false));
    }

    @OnlyInEngineTestKit
    static class SctpScenario {
        @Test
        void overSctp(@DiameterPeer(name = "sctp", transport = DiameterPeer.Transport.SCTP) FakeServer s) {
            assertThat(s.isRunning(), is(true));
        }
    }

    @Test
    void sctpPeerRunsWhereTheKernelHasSctpAndIsSkippedWithTheReasonElsewhere() {
        EngineExecutionResults r = run(SctpScenario.class);
        if (io.diameterharness.transport.SctpSupport.isAvailable()) {
            r.testEvents().assertStatistics(s -> s.succeeded(1));
        } else {
            r.testEvents().assertStatistics(s -> s.skipped(1).started(0));
            String reason = r.testEvents().skipped().list().get(0).getPayload(String.class).orElseThrow();
            assertThat(reason, startsWith("SCTP is not available here: "));
        }
    }

    @OnlyInEngineTestKit
    static class MisuseScenario {
        @Test
        void clientWithoutTarget(@DiameterPeer FakeClient c) {
            // never runs
        }

        @Test
        void unknownApplication(@DiameterPeer(applications = "No-Such-App") FakeServer s) {
            // never runs
        }
    }

    @Test
    void misuseFailsWithClearMessages() {
        EngineExecutionResults r = run(MisuseScenario.class);
        r.testEvents().assertStatistics(s -> s.failed(2));
        List<String> messages = new ArrayList<>();
        for (Event e : r.testEvents().failed().list()) {
            Throwable t = e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                    .getThrowable().orElseThrow();
            messages.add(t.getMessage());
        }
        assertThat(String.join("\n", messages), containsString(
                "fake client 'client' needs connectTo: the name of a fake server, host:port, or ${system.property}"));
        assertThat(String.join("\n", messages), containsString("unknown application 'No-Such-App'"));
        assertThat(messages.get(0), not(equalTo(null)));
    }
}
