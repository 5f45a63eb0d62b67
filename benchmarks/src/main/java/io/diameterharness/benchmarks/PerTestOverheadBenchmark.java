package io.diameterharness.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.demo.ExampleMessages;
import io.diameterharness.fake.FakeClient;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.peer.Answers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one test pays for its fake peer, next to the HTTP tools it is modelled on: start the
 * fake, serve one exchange, stop. For Diameter Harness: start a {@link FakeServer} with one rule,
 * connect a {@link FakeClient} (CER/CEA), one CCR/CCA, close both. For OkHttp's MockWebServer and
 * WireMock: start on an ephemeral port with one queued response or stub, one GET over a new
 * connection from a plain socket, stop.
 *
 * <p>Sample mode gives the median and p99 in a warm JVM; single-shot mode with several forks and
 * no warm-up gives the first cycle in a fresh JVM (class loading and JIT included, JVM start
 * excluded). The suite runs both.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PerTestOverhead -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dio.netty.leakDetection.level=disabled"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PerTestOverheadBenchmark {

    /** Diameter Harness: fake server with one rule, fake client, CER/CEA, CCR/CCA, close both. */
    @Benchmark
    public long diameterHarness() {
        try (FakeServer server = FakeServer.builder().originHost(ExampleMessages.SERVER_HOST)
                .realm(ExampleMessages.SERVER_REALM).start()) {
            server.on(creditControlRequest()).answer(success());
            try (FakeClient client = FakeClient.builder().originHost(ExampleMessages.CLIENT_HOST)
                    .realm(ExampleMessages.CLIENT_REALM).connectTo(server).start()) {
                DiameterMessage answer = client.send(ExampleMessages.creditControlRequest());
                long resultCode = Answers.resultCode(answer);
                if (resultCode != 2001) {
                    throw new IllegalStateException("CCA with Result-Code " + resultCode);
                }
                return resultCode;
            }
        }
    }

    /** OkHttp MockWebServer: start, enqueue one response, one GET, close. */
    @Benchmark
    public int mockWebServer() throws IOException {
        MockWebServer server = new MockWebServer();
        try {
            server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
            server.start(InetAddress.getLoopbackAddress(), 0);
            return httpGet(server.getPort());
        } finally {
            server.close();
        }
    }

    /** WireMock: start on a dynamic port, stub one GET, one GET, stop. */
    @Benchmark
    public int wireMock() throws IOException {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        try {
            server.stubFor(get("/").willReturn(ok("ok")));
            return httpGet(server.port());
        } finally {
            server.stop();
        }
    }

    /**
     * One HTTP/1.1 GET / on a new connection; reads the head and a body framed by Content-Length or
     * chunked encoding (or ending with the connection), checks the status and returns the response length.
     */
    static int httpGet(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder response = new StringBuilder();
            int headEnd = -1;
            byte[] buffer = new byte[8192];
            while (headEnd < 0) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IllegalStateException("connection closed before the response head: " + response);
                }
                response.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                headEnd = response.indexOf("\r\n\r\n");
            }
            String head = response.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
            if (!head.startsWith("http/1.1 200")) {
                throw new IllegalStateException("unexpected HTTP response: " + response);
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length: *(\\d+)")
                    .matcher(head);
            boolean chunked = head.contains("\r\ntransfer-encoding: chunked");
            while (true) {
                String body = response.substring(headEnd + 4);
                if (length.find() ? body.length() >= Integer.parseInt(length.group(1))
                        : chunked && body.endsWith("0\r\n\r\n")) {
                    return response.length();
                }
                length.reset();
                int n = in.read(buffer);
                if (n < 0) {
                    return response.length();
                }
                response.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        }
    }
}
