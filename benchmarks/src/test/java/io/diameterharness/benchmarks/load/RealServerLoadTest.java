package io.diameterharness.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.fixtures.realpeers.ErlangDiameterServer;
import io.diameterharness.fixtures.realpeers.FreeDiameterServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The load client against the real servers of the comparison, started as the suite starts them (skipped without them). */
@Timeout(120)
class RealServerLoadTest {

    @Test
    void quietFreeDiameterServerAnswersEveryLoadRequestWithSuccessAndLogsNoneOfThem() {
        try (FreeDiameterServer fd = FreeDiameterServer.builder().originHost("fd." + Traffic.SERVER_REALM)
                .logEachMessage(false).start();
             LoadClient load = LoadClient.connect(fd.address(), 2, 8, "fdtest")) {
            long answered = load.answer(1_000, Duration.ofSeconds(60));
            assertEquals(0, load.failedAnswers());
            assertTrue(answered >= 1_000);
            assertEquals(0, fd.events().stream().filter(e -> e.name().equals("ccr")).count());
            assertTrue(fd.output().stream().noneMatch(l -> l.contains("Credit-Control-Request")),
                    "no message dumps");
            assertTrue(ProcessCpu.cpuNanos(fd.pid()) > 0 || !ProcessCpu.isSupported());
        }
    }

    @Test
    void quietErlangServerAnswersEveryLoadRequestWithSuccessAndReportsNoneOfThem() {
        try (ErlangDiameterServer erl = ErlangDiameterServer.builder().originHost("erl." + Traffic.SERVER_REALM)
                .reportEachRequest(false).start();
             LoadClient load = LoadClient.connect(erl.address(), 2, 8, "erltest")) {
            erl.awaitUp(2, Duration.ofSeconds(10));
            long answered = load.answer(1_000, Duration.ofSeconds(60));
            assertEquals(0, load.failedAnswers());
            assertTrue(answered >= 1_000);
            assertEquals(0, erl.events().stream().filter(e -> e.name().equals("ccr")).count());
        }
    }
}
