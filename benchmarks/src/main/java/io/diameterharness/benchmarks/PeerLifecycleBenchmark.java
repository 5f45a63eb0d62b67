package io.diameterharness.benchmarks;

import io.diameterharness.peer.ClientPeer;
import io.diameterharness.peer.PeerConfig;
import io.diameterharness.peer.RequestHandler;
import io.diameterharness.peer.ServerPeer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a test pays per peer pair in a warm JVM: start a server, connect a client, finish CER/CEA,
 * exchange one request and answer, close both. Sample mode reports the median (p0.50). Target:
 * under 2 ms median.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PeerLifecycle -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dio.netty.leakDetection.level=disabled"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeerLifecycleBenchmark {
    private static final RequestHandler ANSWER = r -> {
        if (r.message().commandCode() == 272) {
            r.answer(r.answerBuilder(2001).build());
        } else {
            r.answerByDefault();
        }
    };

    /** One full cycle; returns the answer's Result-Code so nothing is optimised away. */
    @Benchmark
    public long startConnectExchangeClose() throws Exception {
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().authApplicationIds(4).requestHandler(ANSWER).build())
                .start();
             ClientPeer c = new ClientPeer(PeerConfig.builder().authApplicationIds(4).build(), s.address()).start()) {
            return io.diameterharness.peer.Answers.resultCode(
                    c.send(c.newRequest(272, 4).build()).get(5, TimeUnit.SECONDS));
        }
    }
}
