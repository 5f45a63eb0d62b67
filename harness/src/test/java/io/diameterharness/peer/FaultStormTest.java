package io.diameterharness.peer;

import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.dictionary.Avps.SERVICE_CONTEXT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.fake.FakeClient;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.journal.ConnectionEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A fault storm over loopback: while one client drives steady CCR traffic, other connections at the
 * same time send malformed messages, disconnect mid-frame, send a header and stall (slowloris), open
 * and drop hundreds of connections, and flood requests without reading the answers. The steady
 * client loses no answer and keeps its latency within a generous bound; the fake server's outbound
 * buffers stay bounded; every limit that trips is in the journal.
 */
@Timeout(180)
@org.junit.jupiter.api.parallel.Isolated("measures latency: no other test class may share the CPUs meanwhile")
class FaultStormTest {
    private static final int LOW = 32 * 1024;
    private static final int HIGH = 128 * 1024;
    private static final Duration CER_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration STEADY_TIMEOUT = Duration.ofSeconds(5);
    private static final long STORM_MILLIS = 4000;
    private static final int STEADY_REQUESTS = 300;
    private static final int JOURNAL = 1_000_000;

    private FakeServer ocs;
    private FakeClient steady;
    private ExecutorService storm;
    private java.util.concurrent.ScheduledExecutorService sampler;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger hosts = new AtomicInteger();

    @BeforeEach
    void start() {
        ocs = FakeServer.builder().name("ocs").realm("ocs.example")
                .peerConfig(c -> c.cerTimeout(CER_TIMEOUT).maxMessageSize(64 * 1024).writeBufferWaterMarks(LOW, HIGH)
                        // room for every entry of the storm, so the test can find each limit that tripped
                        .journalCapacity(JOURNAL))
                .start();
        ocs.on(creditControlRequest()).answer(success());
        steady = FakeClient.builder().name("steady").realm("pcef.example").connectTo(ocs).start();
        storm = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fault-storm");
            t.setDaemon(true);
            return t;
        });
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fault-storm-sampler");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterEach
    void stop() throws Exception {
        stop.set(true);
        for (Socket s : sockets) {
            s.close();
        }
        storm.shutdownNow();
        sampler.shutdownNow();
        assertTrue(storm.awaitTermination(30, TimeUnit.SECONDS), "storm threads ended");
        assertTrue(sampler.awaitTermination(10, TimeUnit.SECONDS), "sampler ended");
        steady.close();
        ocs.close();
    }

    @Test
    void steadyClientLosesNoAnswerWhileOtherConnectionsMisbehave() throws Exception {
        long[] calm = steadyTraffic(STEADY_REQUESTS, 0);

        List<Future<?>> tasks = new ArrayList<>();
        for (StormTask t : List.<StormTask>of(this::malformedMessages, this::malformedMessages,
                this::midFrameDisconnects, this::slowloris, this::connectionChurn, this::floodWithoutReading,
                this::floodWithoutReading)) {
            tasks.add(storm.submit(() -> untilStopped(t)));
        }
        AtomicLong maxPending = new AtomicLong();
        sampler.scheduleAtFixedRate(() -> samplePendingBytes(maxPending), 0, 5, TimeUnit.MILLISECONDS);

        long[] stormy = steadyTraffic(STEADY_REQUESTS, STORM_MILLIS);
        stop.set(true);
        sampler.shutdownNow();
        assertTrue(sampler.awaitTermination(10, TimeUnit.SECONDS));
        for (Socket s : sockets) {
            s.close(); // unblocks the flood writers
        }
        for (Future<?> t : tasks) {
            t.get(30, TimeUnit.SECONDS); // a storm task's own assertion failure surfaces here
        }

        long calmP50 = percentile(calm, 50);
        long calmP99 = percentile(calm, 99);
        long stormP50 = percentile(stormy, 50);
        long stormP99 = percentile(stormy, 99);
        long stormMax = stormy[stormy.length - 1];
        System.out.printf("fault storm: steady CCR latency calm p50 %.2f ms p99 %.2f ms (%d requests); during the "
                        + "storm p50 %.2f ms p99 %.2f ms max %.2f ms (%d requests); storm %s; largest outbound "
                        + "buffer %d bytes (high water mark %d)%n", calmP50 / 1e6, calmP99 / 1e6, calm.length,
                stormP50 / 1e6, stormP99 / 1e6, stormMax / 1e6, stormy.length, counts, maxPending.get(), HIGH);

        // The stated bound: no answer lost, every answer within the client's 5 s timeout (steadyTraffic),
        // and p99 within 20 x the calm p99 + 1.5 s. Generous on purpose: the attackers, the server and the
        // steady client share this JVM's CPUs (two on the CI machine), and a flood connection keeps an
        // event loop busy; the report line above has the real figures (p99 some 200-400 ms on 2 cores).
        long bound = 20 * calmP99 + TimeUnit.MILLISECONDS.toNanos(1500);
        assertTrue(stormP99 <= bound, "storm p99 " + stormP99 / 1e6 + " ms within 20 x calm p99 + 1.5 s = "
                + bound / 1e6 + " ms");
        assertEquals(0, ocs.journal().droppedCount(), "the journal kept the whole storm");
        assertTrue(maxPending.get() <= HIGH + (2 << 20), "outbound buffers bounded: " + maxPending.get());
        assertTrue(count("slowloris") > 0 && count("churn") >= 500 && count("malformed") > 0
                && count("mid-frame") > 0 && count("flood-batches") > 0, counts::toString);

        List<ConnectionEvent> events = ocs.journal().events();
        assertTrue(events.stream().anyMatch(e -> e.kind() == ConnectionEvent.Kind.LIMIT
                && e.detail().startsWith("no CER within 1000 ms")), "slowloris connections closed by the CER timeout");
        assertTrue(events.stream().anyMatch(e -> e.kind() == ConnectionEvent.Kind.LIMIT
                && e.detail().contains("reading paused")), "flooders met back-pressure");
        assertTrue(ocs.errors().stream().noneMatch(e -> e.contains("failure handling")), ocs.errors()::toString);

        ocs.serverPeer().awaitConnection(c -> ocs.connections().size() == 1, Duration.ofSeconds(10),
                "only the steady connection left");
        assertEquals(ResultCode.DIAMETER_SUCCESS, Answers.resultCode(steady.send(ccr())), "still serving");
    }

    /** Sends CCRs one after another, at least {@code n} and for at least {@code millis}; sorted latencies. */
    private long[] steadyTraffic(int n, long millis) {
        List<Long> latencies = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (latencies.size() < n || System.nanoTime() < until) {
            DiameterMessage request = ccr();
            long t0 = System.nanoTime();
            DiameterMessage cca = steady.send(request, STEADY_TIMEOUT); // fails the test on a lost answer
            latencies.add(System.nanoTime() - t0);
            assertEquals(ResultCode.DIAMETER_SUCCESS, Answers.resultCode(cca));
            assertEquals(request.avp(Avps.SESSION_ID.code()), cca.avp(Avps.SESSION_ID.code()), "the answer to this request");
        }
        long[] out = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(out);
        return out;
    }

    private DiameterMessage ccr() {
        return steady.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("32274@3gpp.org")).build();
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    // ------------------------------------------------------------------ storm tasks

    /** One kind of misbehaviour, repeated until the storm stops. */
    private interface StormTask {
        void run() throws IOException;
    }

    /** Runs a task; an I/O error counts only while the storm lasts (the test closes every socket at the end). */
    private Void untilStopped(StormTask task) throws IOException {
        try {
            task.run();
        } catch (IOException e) {
            if (!stop.get()) {
                throw e;
            }
        }
        return null;
    }

    private InetSocketAddress address() {
        return ocs.address();
    }

    private Socket open() throws IOException {
        Socket s = new Socket();
        sockets.add(s);
        s.connect(address(), 5000);
        s.setTcpNoDelay(true);
        return s;
    }

    private void counted(String what) {
        counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private int count(String what) {
        AtomicInteger n = counts.get(what);
        return n == null ? 0 : n.get();
    }

    private static byte[] cer(String host) {
        return DiameterMessage.request(257, 0).hopByHopId(1).endToEndId(1)
                .avp(Avps.ORIGIN_HOST.avp(host)).avp(Avps.ORIGIN_REALM.avp("storm.example"))
                .avp(Avps.HOST_IP_ADDRESS.avp(AddressValue.parse("127.0.0.1"))).avp(Avps.VENDOR_ID.avp(0L))
                .avp(Avps.PRODUCT_NAME.avp("storm")).avp(Avps.AUTH_APPLICATION_ID.avp(4L)).build().encode();
    }

    private static byte[] ccrBytes(int hopByHop) {
        return DiameterMessage.request(272, 4).proxiable().hopByHopId(hopByHop).endToEndId(hopByHop)
                .avp(Avps.SESSION_ID.avp("storm;" + hopByHop)).avp(Avps.ORIGIN_HOST.avp("flood.storm.example"))
                .avp(Avps.ORIGIN_REALM.avp("storm.example")).avp(Avps.DESTINATION_REALM.avp("ocs.example"))
                .avp(Avps.AUTH_APPLICATION_ID.avp(4L)).avp(Avps.SERVICE_CONTEXT_ID.avp("32274@3gpp.org"))
                .avp(Avps.CC_REQUEST_TYPE.avp(4)).avp(Avps.CC_REQUEST_NUMBER.avp(0L)).build().encode();
    }

    private static DiameterMessage read(Socket s) throws IOException {
        s.setSoTimeout(10_000);
        java.io.DataInputStream in = new java.io.DataInputStream(s.getInputStream());
        byte[] head = new byte[4];
        in.readFully(head);
        int len = ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        byte[] frame = Arrays.copyOf(head, len);
        in.readFully(frame, 4, len - 4);
        return io.diameterharness.codec.MessageDecoder.decode(frame).message();
    }

    /** Handshakes, then sends broken messages, each answered with its Result-Code; one socket after another. */
    private void malformedMessages() throws IOException {
        while (!stop.get()) {
            try (Socket s = open()) {
                OutputStream out = s.getOutputStream();
                out.write(cer("malformed" + hosts.incrementAndGet() + ".storm.example"));
                if (Answers.resultCode(read(s)) != 2001) {
                    throw new AssertionError("CER of the malformed client refused");
                }
                byte[] eBit = ccrBytes(10);
                eBit[4] |= 0x20; // E bit on a request: 3008
                out.write(eBit);
                assertEquals(ResultCode.DIAMETER_INVALID_HDR_BITS, Answers.resultCode(read(s)));
                byte[] badAvp = ccrBytes(11);
                badAvp[20 + 5] = 0;
                badAvp[20 + 6] = 0x7f; // Session-Id AVP length past the end: 5014
                out.write(badAvp);
                assertEquals(ResultCode.DIAMETER_INVALID_AVP_LENGTH, Answers.resultCode(read(s)));
                byte[] version = ccrBytes(12);
                version[0] = 2; // 5011
                out.write(version);
                assertEquals(ResultCode.DIAMETER_UNSUPPORTED_VERSION, Answers.resultCode(read(s)));
                out.write(new byte[] {1, 0, 0, 7, 1, 2, 3, 4}); // untrusted length: the server closes
                s.setSoTimeout(10_000);
                while (s.getInputStream().read() >= 0) {
                    // until the server's close
                }
                counted("malformed");
            } catch (IOException e) {
                if (!stop.get()) {
                    throw e;
                }
            }
        }
    }

    /** Handshakes, sends half a CCR and vanishes (a close, or a reset every other time). */
    private void midFrameDisconnects() throws IOException {
        int i = 0;
        while (!stop.get()) {
            try (Socket s = open()) {
                s.getOutputStream().write(cer("midframe" + i + ".storm.example"));
                read(s);
                byte[] ccr = ccrBytes(20);
                s.getOutputStream().write(Arrays.copyOf(ccr, ccr.length / 2));
                if (i++ % 2 == 0) {
                    s.setSoLinger(true, 0);
                }
                counted("mid-frame");
            } catch (IOException e) {
                if (!stop.get()) {
                    throw e;
                }
            }
        }
    }

    /** Keeps 50 connections that sent 8 bytes of a CER header and nothing more; reopens those closed. */
    private void slowloris() throws IOException {
        List<Socket> open = new ArrayList<>();
        while (!stop.get()) {
            while (open.size() < 50 && !stop.get()) {
                Socket s = open();
                s.getOutputStream().write(new byte[] {1, 0, 0, (byte) 200, (byte) 0x80, 0, 1, 1});
                open.add(s);
            }
            for (Socket s : new ArrayList<>(open)) {
                s.setSoTimeout(1);
                try {
                    if (s.getInputStream().read() < 0) {
                        open.remove(s);
                        s.close();
                        counted("slowloris"); // closed by the server's CER timeout
                    }
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // stalled on, as planned
                } catch (IOException closed) {
                    open.remove(s);
                    counted("slowloris");
                }
            }
        }
    }

    /** Opens 100 connections at once and drops them all, five times: hundreds of connections come and go. */
    private void connectionChurn() throws IOException {
        for (int round = 0; round < 5 && !stop.get(); round++) {
            List<Socket> batch = new ArrayList<>();
            try {
                for (int i = 0; i < 100 && !stop.get(); i++) {
                    batch.add(open());
                }
            } finally {
                for (Socket s : batch) {
                    s.close();
                    sockets.remove(s);
                    counted("churn");
                }
            }
        }
    }

    /** Handshakes, then writes CCRs as fast as the socket takes them and never reads an answer. */
    private void floodWithoutReading() throws IOException {
        Socket s = open();
        s.getOutputStream().write(cer("flood" + hosts.incrementAndGet() + ".storm.example"));
        read(s);
        java.io.ByteArrayOutputStream batch = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            batch.writeBytes(ccrBytes(100 + i));
        }
        byte[] bytes = batch.toByteArray();
        try {
            while (!stop.get()) {
                s.getOutputStream().write(bytes); // blocks once the server stops reading
                counted("flood-batches");
            }
        } catch (IOException closedAtTheEnd) {
            if (!stop.get()) {
                throw closedAtTheEnd;
            }
        }
    }

    /** Keeps the largest outbound buffer of any server connection. */
    private void samplePendingBytes(AtomicLong max) {
        for (PeerConnection c : ocs.serverPeer().connections()) {
            max.accumulateAndGet(((Connection) c).pendingOutboundBytes(), Math::max);
        }
    }
}
