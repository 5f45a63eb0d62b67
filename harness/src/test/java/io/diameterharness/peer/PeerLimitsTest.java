package io.diameterharness.peer;

import static io.diameterharness.peer.ConnectionLifecycleTest.handshake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.transport.TransportSettings;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The limits that bound a peer's memory against a misbehaving remote side, over loopback. */
@Timeout(60)
class PeerLimitsTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    static PeerConfig.Builder server() {
        return ConnectionLifecycleTest.server();
    }

    static ConnectionEvent awaitLimit(ServerPeer s, String detailPart) {
        return s.journal().await(ConnectionEvent.class, "LIMIT event containing '" + detailPart + "'",
                e -> e.kind() == ConnectionEvent.Kind.LIMIT && e.detail().contains(detailPart), WAIT);
    }

    @Test
    void limitsHaveSafeDefaults() {
        PeerConfig c = PeerConfig.builder().build();
        assertEquals(Duration.ofSeconds(30), c.cerTimeout());
        assertEquals(1 << 20, c.transport().decoderOptions().maxMessageSize());
        assertEquals(64 * 1024, c.transport().writeBufferLowWaterMark());
        assertEquals(256 * 1024, c.transport().writeBufferHighWaterMark());
        PeerConfig changed = c.toBuilder().cerTimeout(Duration.ofSeconds(2)).maxMessageSize(4096)
                .writeBufferWaterMarks(1024, 8192).build();
        assertEquals(Duration.ofSeconds(2), changed.cerTimeout());
        assertEquals(4096, changed.transport().decoderOptions().maxMessageSize());
        assertEquals(1024, changed.transport().writeBufferLowWaterMark());
        assertEquals(8192, changed.toBuilder().build().transport().writeBufferHighWaterMark());
    }

    @Test
    void misconfiguredLimitsAreRefusedWithTheRule() {
        PeerConfig.Builder b = PeerConfig.builder();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.cerTimeout(Duration.ZERO)).getMessage()
                .contains("cerTimeout must be positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.maxMessageSize(19)).getMessage()
                .contains("maxMessageSize must be between 20 and 16777215: 19"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.writeBufferWaterMarks(8192, 1024))
                .getMessage().contains("need 1 <= low <= high: low 8192, high 1024"));
        assertThrows(IllegalArgumentException.class, () -> TransportSettings.builder().writeBufferWaterMarks(0, 10));
    }

    @Test
    void connectionThatSendsNoCerIsClosedAfterTheCerTimeoutWithALimitEvent() throws Exception {
        try (ServerPeer s = new ServerPeer(server().cerTimeout(Duration.ofMillis(300)).build()).start();
             RawClient raw = RawClient.connect(s.address())) {
            assertTrue(raw.awaitEof(WAIT), "closed by the server");
            ConnectionEvent limit = awaitLimit(s, "no CER within 300 ms");
            assertEquals("no CER within 300 ms of accepting the connection (cerTimeout)", limit.detail());
            ConnectionEvent closed = s.journal().await(ConnectionEvent.class, "close",
                    e -> e.kind() == ConnectionEvent.Kind.CLOSED, WAIT);
            assertEquals(limit.detail(), closed.detail());
        }
    }

    @Test
    void slowlorisHeaderWithoutTheRestIsClosedByTheCerTimeout() throws Exception {
        try (ServerPeer s = new ServerPeer(server().cerTimeout(Duration.ofMillis(300)).build()).start();
             RawClient raw = RawClient.connect(s.address())) {
            raw.write(new byte[] {1, 0, 0, 100, (byte) 0x80, 0, 1, 1}); // 8 bytes of a 100-byte CER, then silence
            assertTrue(raw.awaitEof(WAIT));
            awaitLimit(s, "no CER within 300 ms");
        }
    }

    @Test
    void cerTimeoutRunsOnTheManualClockAndSparesAnOpenConnection() throws Exception {
        ManualScheduler clock = new ManualScheduler();
        try (ServerPeer s = new ServerPeer(server().scheduler(clock).watchdogEnabled(false)
                .cerTimeout(Duration.ofSeconds(30)).build()).start();
             RawClient silent = RawClient.connect(s.address());
             RawClient polite = RawClient.connect(s.address())) {
            handshake(polite);
            s.awaitConnection(c -> c.state() == ConnectionState.WAIT_CAPABILITIES, WAIT, "silent connection");
            clock.advance(Duration.ofSeconds(29));
            assertFalse(silent.awaitEof(Duration.ofMillis(100)), "still open before 30 s");
            clock.advance(Duration.ofSeconds(1));
            assertTrue(silent.awaitEof(WAIT), "closed at 30 s");
            polite.write(DiameterMessage.request(280, 0).hopByHopId(9).avp(Avps.ORIGIN_HOST.avp("raw.test"))
                    .avp(Avps.ORIGIN_REALM.avp("test")).build().encode());
            assertEquals(2001L, Answers.resultCode(polite.readMessage(WAIT)), "the open connection is untouched");
            assertEquals(1, s.journal().events().stream().filter(e -> e.kind() == ConnectionEvent.Kind.LIMIT).count());
        }
    }

    @Test
    void messageAboveMaxMessageSizeClosesTheConnectionWithALimitEvent() throws Exception {
        try (ServerPeer s = new ServerPeer(server().maxMessageSize(4096).build()).start();
             RawClient raw = RawClient.connect(s.address())) {
            handshake(raw);
            raw.write(new byte[] {1, 0, 0x40, 4, (byte) 0x80, 0, 1, 0x10, 0, 0, 0, 4}); // announces 16388 bytes
            assertTrue(raw.awaitEof(WAIT));
            assertEquals("Message Length 16388 above maxMessageSize 4096: connection closed",
                    awaitLimit(s, "maxMessageSize").detail());
            ConnectionEvent closed = s.journal().await(ConnectionEvent.class, "close",
                    e -> e.kind() == ConnectionEvent.Kind.CLOSED, WAIT);
            assertTrue(closed.detail().contains("exceeds the maximum message size of 4096"), closed.detail());
        }
    }

    @Test
    void messageUpToMaxMessageSizeIsAccepted() throws Exception {
        try (ServerPeer s = new ServerPeer(server().maxMessageSize(4096).build()).start();
             RawClient raw = RawClient.connect(s.address())) {
            handshake(raw);
            DiameterMessage.Builder dwr = DiameterMessage.request(280, 0).hopByHopId(5)
                    .avp(Avps.ORIGIN_HOST.avp("raw.test")).avp(Avps.ORIGIN_REALM.avp("test"));
            int size = dwr.build().encode().length;
            byte[] padding = new byte[4096 - size - 8];
            byte[] big = dwr.avp(Avps.PROXY_STATE.avp(padding)).build().encode();
            assertEquals(4096, big.length);
            raw.write(big);
            assertEquals(2001L, Answers.resultCode(raw.readMessage(WAIT)));
        }
    }

    /**
     * A client that writes requests and never reads the answers: the server's outbound buffer fills
     * to the high water mark, the server stops reading, the client's writes block; nothing grows
     * without bound. Once the client reads, everything is answered.
     */
    @Test
    void clientThatNeverReadsItsAnswersPausesReadingAndTheBufferStaysBounded() throws Exception {
        int low = 16 * 1024;
        int high = 64 * 1024;
        int requests = 400_000; // 19 MB: more than loopback socket buffers can hold (about 10 MB both ends)
        try (ServerPeer s = new ServerPeer(server().writeBufferWaterMarks(low, high).build()).start();
             RawClient raw = RawClient.connect(s.address())) {
            handshake(raw);
            Connection server = (Connection) s.awaitOpenConnection(WAIT);
            byte[] dwr = DiameterMessage.request(280, 0).hopByHopId(1).avp(Avps.ORIGIN_HOST.avp("raw.test"))
                    .avp(Avps.ORIGIN_REALM.avp("test")).build().encode();
            ByteArrayOutputStream batch = new ByteArrayOutputStream();
            for (int i = 0; i < 1000; i++) {
                batch.write(dwr);
            }
            byte[] thousand = batch.toByteArray();
            AtomicLong written = new AtomicLong();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < requests / 1000; i++) {
                        raw.write(thousand);
                        written.addAndGet(thousand.length);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitLimit(s, "reading paused");
            long maxPending = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < deadline) {
                maxPending = Math.max(maxPending, server.pendingOutboundBytes());
                Thread.onSpinWait();
            }
            long total = (long) requests * dwr.length;
            long writtenWhilePaused = written.get();
            assertFalse(writer.isDone(), "the writer is blocked: " + writtenWhilePaused + " of " + total
                    + " bytes written");
            assertTrue(maxPending <= high + (1 << 20), "pending outbound bytes bounded: " + maxPending);

            for (int i = 0; i < requests; i++) {
                assertEquals(2001L, Answers.resultCode(raw.readMessage(WAIT)), "answer " + i);
            }
            writer.get(10, TimeUnit.SECONDS);
            awaitLimit(s, "reading resumed");
            assertEquals(ConnectionState.OPEN, server.state());
            System.out.printf("back-pressure: %d bytes pending at most (high water mark %d); writer blocked after "
                    + "%d of %d bytes%n", maxPending, high, writtenWhilePaused, total);
        }
    }

    /**
     * Our own client pipelining far more than the water marks and the socket buffers, with answers as
     * large as the requests (Proxy-State comes back): the client never pauses its reading
     * (back-pressure belongs to the side whose answers pile up), so the two peers cannot end up each
     * waiting for the other to read.
     */
    @Test
    void pipelinedClientAndServerWithSmallWaterMarksDoNotDeadlock() throws Exception {
        try (ServerPeer s = new ServerPeer(server().writeBufferWaterMarks(1024, 4096).build()).start();
             ClientPeer c = new ClientPeer(PeerConfig.builder().originHost("client.test").originRealm("test")
                     .authApplicationIds(4).writeBufferWaterMarks(1024, 4096).build(), s.address()).start()) {
            java.util.List<CompletableFuture<DiameterMessage>> answers = new java.util.ArrayList<>();
            byte[] state = new byte[16 * 1024];
            for (int i = 0; i < 3_000; i++) { // 48 MB each way, far more than the sockets buffer
                answers.add(c.send(c.newRequest(280, 0).avp(Avps.PROXY_STATE.avp(state)).build()));
            }
            CompletableFuture.allOf(answers.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
            assertEquals(2001L, Answers.resultCode(answers.get(answers.size() - 1).get()));
            assertTrue(c.journal().events().stream().noneMatch(e -> e.kind() == ConnectionEvent.Kind.LIMIT),
                    "the client never paused its reading");
        }
    }

    @Test
    void stopReadingStaysInForceWhenBackPressureEnds() throws Exception {
        try (ServerPeer s = new ServerPeer(server().writeBufferWaterMarks(1024, 4096).build()).start();
             RawClient raw = RawClient.connect(s.address())) {
            handshake(raw);
            Connection server = (Connection) s.awaitOpenConnection(WAIT);
            server.stopReading();
            CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 200; i++) {
                    server.writeRaw(new byte[1024]);
                }
            });
            flood.get(5, TimeUnit.SECONDS);
            awaitLimit(s, "reading paused");
            byte[] drained = new byte[200 * 1024];
            raw.readFully(drained, WAIT);
            awaitLimit(s, "reading stays paused (stopReading)");
            raw.write(DiameterMessage.request(280, 0).hopByHopId(3).avp(Avps.ORIGIN_HOST.avp("raw.test"))
                    .avp(Avps.ORIGIN_REALM.avp("test")).build().encode());
            assertFalse(raw.hasInput(Duration.ofMillis(300)), "no DWA while the test keeps reading stopped");
            server.resumeReading();
            assertEquals(2001L, Answers.resultCode(raw.readMessage(WAIT)));
        }
    }
}
