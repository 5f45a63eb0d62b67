package io.diameterharness.benchmarks;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.demo.ExampleMessages;
import io.diameterharness.peer.ClientPeer;
import io.diameterharness.peer.PeerConfig;
import io.diameterharness.peer.RequestHandler;
import io.diameterharness.peer.ServerPeer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answers per second of a server peer on loopback, driven by a pipelined client peer (up to
 * {@value #WINDOW} requests in flight), with both journals on or off. The request is the example
 * SMS charging CCR (484 bytes); the server answers each with a derived 2001 CCA. Target: 100,000
 * answers per second on a 2-core machine.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PeerThroughput -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dio.netty.leakDetection.level=disabled"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeerThroughputBenchmark {
    static final int BATCH = 20_000;
    static final int WINDOW = 2_000;

    /** Whether both peers keep a journal ({@code on}: 10,000 entries, the test default). */
    @Param({"on", "off"})
    public String journal;

    private ServerPeer server;
    private ClientPeer client;
    private DiameterMessage request;

    /** Starts the two peers. */
    @Setup
    public void setUp() {
        int capacity = journal.equals("on") ? 10_000 : 0;
        RequestHandler answer = r -> {
            if (r.message().commandCode() == 272) {
                r.answer(r.answerBuilder(2001).build());
            } else {
                r.answerByDefault();
            }
        };
        server = new ServerPeer(PeerConfig.builder().originHost(ExampleMessages.SERVER_HOST)
                .originRealm(ExampleMessages.SERVER_REALM)
                .authApplicationIds(4).requestHandler(answer).journalCapacity(capacity).build()).start();
        client = new ClientPeer(PeerConfig.builder().originHost(ExampleMessages.CLIENT_HOST)
                .originRealm(ExampleMessages.CLIENT_REALM)
                .authApplicationIds(4).journalCapacity(capacity).build(), server.address()).start();
        request = ExampleMessages.creditControlRequest();
    }

    /** Closes both peers. */
    @TearDown
    public void tearDown() {
        client.close();
        server.close();
    }

    /** {@value #BATCH} requests pipelined through the window; one operation is one answer. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void answers() throws InterruptedException {
        Semaphore window = new Semaphore(WINDOW);
        CountDownLatch done = new CountDownLatch(BATCH);
        for (int i = 0; i < BATCH; i++) {
            window.acquire();
            client.send(request).whenComplete((a, e) -> {
                window.release();
                done.countDown();
            });
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("answers missing after 60 s: " + done.getCount());
        }
    }
}
