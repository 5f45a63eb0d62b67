package io.diameterharness.benchmarks.load;

import static io.diameterharness.behaviour.Answer.failure;
import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.fake.FakeServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class LoadClientTest {

    private static FakeServer fakeServer() {
        return FakeServer.builder().name("fake").realm(Traffic.SERVER_REALM).start();
    }

    @Test
    void measuresAnswersAndLatencyAgainstTheEchoBaseline() {
        try (EchoServer echo = EchoServer.start(1);
             LoadClient load = LoadClient.connect(echo.address(), 1, 16, "echotest")) {
            LoadResult r = load.measure(Duration.ofMillis(500));
            assertTrue(r.answers() > 100, "answers: " + r);
            assertEquals(0, r.failedAnswers(), "the echo answers with Result-Code 2001");
            assertTrue(r.p50Micros() > 0 && r.p50Micros() <= r.p99Micros() && r.p99Micros() <= r.p999Micros()
                    && r.p999Micros() <= r.maxMicros(), "percentiles in order: " + r);
            assertTrue(r.seconds() >= 0.5, "window: " + r.seconds());
            assertTrue(Double.isNaN(r.serverCpuMicrosPerAnswer()), "no server process given");
        }
    }

    @Test
    void sendsCreditControlRequestsThatAFakeServerAnswersWithSuccess() {
        try (FakeServer server = fakeServer()) {
            server.on(creditControlRequest()).answer(success());
            try (LoadClient load = LoadClient.connect(server.address(), 1, 8, "faketest")) {
                long answered = load.answer(500, Duration.ofSeconds(30));
                assertTrue(answered >= 500, "answered " + answered);
                assertEquals(0, load.failedAnswers());
            }
            List<DiameterMessage> requests = server.requests(creditControlRequest());
            assertTrue(requests.size() >= 500, "requests seen: " + requests.size());
            DiameterMessage ccr = requests.get(0);
            assertEquals(Traffic.SESSION_ID, Avps.SESSION_ID.read(ccr.avp(Avps.SESSION_ID.code()).orElseThrow()));
            assertEquals("faketest-0." + Traffic.CLIENT_REALM,
                    Avps.ORIGIN_HOST.read(ccr.avp(Avps.ORIGIN_HOST.code()).orElseThrow()));
            assertEquals(List.of(), server.dictionary().validate(ccr), "the load CCR is valid RFC 4006");
        }
    }

    @Test
    void countsAnswersWithAnotherResultCodeAsFailed() {
        try (FakeServer server = fakeServer()) {
            server.on(creditControlRequest()).answer(failure(4012));
            try (LoadClient load = LoadClient.connect(server.address(), 1, 4, "failtest")) {
                long answered = load.answer(100, Duration.ofSeconds(30));
                assertEquals(answered, load.failedAnswers());
            }
        }
    }

    @Test
    void spreadsRequestsOverSeveralConnectionsEachWithItsOwnOriginHost() {
        try (FakeServer server = fakeServer()) {
            server.on(creditControlRequest()).answer(success());
            try (LoadClient load = LoadClient.connect(server.address(), 3, 9, "spread")) {
                load.answer(300, Duration.ofSeconds(30));
                assertEquals(3, server.connections().size());
                List<String> hosts = server.requests(creditControlRequest()).stream()
                        .map(m -> Avps.ORIGIN_HOST.read(m.avp(Avps.ORIGIN_HOST.code()).orElseThrow()))
                        .distinct().sorted().toList();
                assertEquals(List.of("spread-0.bench.test", "spread-1.bench.test", "spread-2.bench.test"), hosts);
            }
        }
    }

    @Test
    void refusesFewerRequestsInFlightThanConnections() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadClient.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 4, 2, "x"));
        assertEquals("inFlight must be at least connections (4), was 2", e.getMessage());
    }

    @Test
    void failsToConnectWhenTheServerRefusesTheCapabilitiesExchange() {
        try (FakeServer server = FakeServer.builder().name("gx").realm(Traffic.SERVER_REALM)
                .applications(16777238).start()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> LoadClient.connect(server.address(), 1, 1, "refused"));
            assertTrue(e.getMessage().contains("CEA with Result-Code 5010"), e.getMessage());
        }
    }

    @Test
    void readsTheCpuTimeOfARunningProcess() {
        long pid = ProcessHandle.current().pid();
        long before = ProcessCpu.cpuNanos(pid);
        if (!ProcessCpu.isSupported()) {
            assertEquals(-1, before);
            return;
        }
        long deadline = System.nanoTime() + 300_000_000L;
        long spin = 0;
        while (System.nanoTime() < deadline) {
            spin += Long.numberOfTrailingZeros(System.nanoTime());
        }
        assertTrue(spin >= 0);
        long after = ProcessCpu.cpuNanos(pid);
        assertTrue(before > 0 && after - before >= 100_000_000L, "before " + before + ", after " + after);
        assertEquals(-1, ProcessCpu.cpuNanos(Long.MAX_VALUE), "no such process");
    }
}
