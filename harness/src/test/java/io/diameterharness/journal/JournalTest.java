package io.diameterharness.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class JournalTest {
    static final ConnectionInfo CONN = new ConnectionInfo(1, new InetSocketAddress("127.0.0.1", 3868),
            new InetSocketAddress("127.0.0.1", 40000), "server.test", "client.test");

    static DiameterMessage dwr(int hbh) {
        return DiameterMessage.request(280, 0).hopByHopId(hbh).avp(Avps.ORIGIN_HOST.avp("client.test"))
                .avp(Avps.ORIGIN_REALM.avp("test")).build();
    }

    static void add(Journal j, Direction d, DiameterMessage m) {
        j.recordMessage(d, CONN, System.nanoTime(), Instant.now(), m, m.encode(), null);
    }

    @Test
    void takeReturnsSuccessiveMatchesAndAwaitDoesNotConsume() {
        Journal j = Journal.create();
        add(j, Direction.INBOUND, dwr(1));
        add(j, Direction.INBOUND, dwr(2));
        assertEquals(1, j.await(MessageEntry.class, "DWR", MessageEntry::isRequest, Duration.ZERO).message().hopByHopId());
        assertEquals(1, j.take("DWR", MessageEntry::isRequest, Duration.ZERO).message().hopByHopId());
        assertEquals(2, j.take("DWR", MessageEntry::isRequest, Duration.ZERO).message().hopByHopId());
        assertEquals(1, j.await(MessageEntry.class, "DWR", MessageEntry::isRequest, Duration.ZERO).message().hopByHopId());
    }

    @Test
    void takeBlocksUntilAnEntryArrivesFromAnotherThread() throws Exception {
        Journal j = Journal.create();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<MessageEntry> f = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            return j.take("DWR", MessageEntry::isRequest, Duration.ofSeconds(10));
        });
        assertTrue(waiting.await(5, TimeUnit.SECONDS));
        add(j, Direction.OUTBOUND, dwr(9));
        assertEquals(9, f.get(5, TimeUnit.SECONDS).message().hopByHopId());
    }

    @Test
    void timeoutFailureListsWhatWasReceived() {
        Journal j = Journal.create();
        add(j, Direction.INBOUND, dwr(3));
        j.recordEvent(CONN, System.nanoTime(), Instant.now(), ConnectionEvent.Kind.CLOSED, "closed by the peer");
        AssertionError e = assertThrows(AssertionError.class,
                () -> j.take("CCR", m -> m.commandCode() == 272, Duration.ofMillis(20)));
        assertTrue(e.getMessage().startsWith("no CCR within 20 ms; recorded 2 entries:"), e.getMessage());
        assertTrue(e.getMessage().contains("<- conn 1 DWR (280)"), e.getMessage());
        assertTrue(e.getMessage().contains("CLOSED: closed by the peer"), e.getMessage());
    }

    @Test
    void transcriptRendersMessagesWithDictionaryNames() {
        Journal j = Journal.create();
        add(j, Direction.INBOUND, dwr(1));
        String t = j.transcript(io.diameterharness.dictionary.Dictionary.builtIn());
        assertTrue(t.startsWith("#1 <- conn 1 DWR (280) app 0"), t);
        assertTrue(t.contains("Origin-Host"), t);
        assertTrue(t.contains("client.test"), t);
    }

    @Test
    void boundedJournalDropsTheOldestAndCountsThem() {
        Journal j = Journal.create(3);
        for (int i = 1; i <= 5; i++) {
            add(j, Direction.INBOUND, dwr(i));
        }
        assertEquals(3, j.size());
        assertEquals(2, j.droppedCount());
        assertEquals(3, j.messages().get(0).message().hopByHopId());
    }

    @Test
    void disabledJournalRecordsNothingAndRefusesToWait() {
        Journal j = Journal.disabled();
        add(j, Direction.INBOUND, dwr(1));
        assertEquals(0, j.size());
        assertThrows(IllegalStateException.class, () -> j.take("x", m -> true, Duration.ZERO));
    }

    @Test
    void manyReadersAndOneWriterSeeEveryEntryOnce() throws Exception {
        Journal j = Journal.create();
        int n = 2000;
        CompletableFuture<?>[] readers = new CompletableFuture<?>[4];
        java.util.Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int r = 0; r < readers.length; r++) {
            readers[r] = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < n / 4; i++) {
                    assertTrue(seen.add(j.take("DWR", MessageEntry::isRequest, Duration.ofSeconds(10))
                            .message().hopByHopId()));
                }
            });
        }
        for (int i = 0; i < n; i++) {
            add(j, Direction.INBOUND, dwr(i));
        }
        CompletableFuture.allOf(readers).get(20, TimeUnit.SECONDS);
        assertEquals(n, seen.size());
    }

    @Test
    void writesItselfAsPcap(@TempDir Path dir) throws Exception {
        Journal j = Journal.create();
        add(j, Direction.INBOUND, dwr(1));
        add(j, Direction.OUTBOUND, dwr(2).toBuilder().answer().build());
        assertEquals(CONN.remoteAddress(), j.packets().get(0).source());
        assertEquals(CONN.remoteAddress(), j.packets().get(1).destination());
        Path file = dir.resolve("j.pcap");
        j.writePcap(file);
        byte[] b = Files.readAllBytes(file);
        assertEquals((byte) 0xd4, b[0], "pcap magic, little endian");
        assertTrue(b.length > 24 + 2 * 40);
    }
}
