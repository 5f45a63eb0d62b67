package io.diameterharness.standalone.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.journal.ConnectionInfo;
import io.diameterharness.journal.Journal;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class MergedJournalTest {
    private static final ConnectionInfo TCP = new ConnectionInfo(1, new InetSocketAddress("127.0.0.1", 3868),
            new InetSocketAddress("127.0.0.1", 40000), "ocs.example", "pcef.example");
    private static final ConnectionInfo TLS = new ConnectionInfo(2, new InetSocketAddress("127.0.0.1", 5658),
            new InetSocketAddress("127.0.0.1", 40001), "ocs.example", "pcef.example");

    @Test
    void mergesTheListenersJournalsInTimeOrderWithOneSequence() {
        Journal tcp = Journal.create();
        Journal tls = Journal.create();
        tcp.recordEvent(TCP, 30, Instant.EPOCH, ConnectionEvent.Kind.OPENED, "third");
        tls.recordEvent(TLS, 10, Instant.EPOCH, ConnectionEvent.Kind.OPENED, "first");
        tls.recordEvent(TLS, 20, Instant.EPOCH, ConnectionEvent.Kind.TLS_ESTABLISHED, "second");
        try (MergedJournal merged = new MergedJournal(Map.of("tcp", tcp, "tls", tls), 100, List.of(),
                m -> { })) {
            List<MergedJournal.Item> items = merged.items();
            assertEquals(List.of("tls", "tls", "tcp"), items.stream().map(MergedJournal.Item::listener).toList());
            assertEquals(List.of(1L, 2L, 3L), items.stream().map(MergedJournal.Item::sequence).toList());
            assertEquals(List.of(10L, 20L, 30L), items.stream().map(i -> i.entry().monotonicNanos()).toList());
        }
    }

    @Test
    void keepsItsCapacityAndCountsWhatItDropped() {
        Journal tcp = Journal.create();
        for (int i = 0; i < 5; i++) {
            tcp.recordEvent(TCP, i, Instant.EPOCH, ConnectionEvent.Kind.OPENED, "e" + i);
        }
        try (MergedJournal merged = new MergedJournal(Map.of("tcp", tcp), 3, List.of(), m -> { })) {
            assertEquals(List.of(3L, 4L, 5L), merged.items().stream().map(MergedJournal.Item::sequence).toList());
            assertEquals(2, merged.dropped());
        }
    }

    @Test
    void backgroundPumpHandsEveryEntryToListenersOnceWithoutAnyRead() throws Exception {
        Journal tcp = Journal.create();
        List<Long> seen = new CopyOnWriteArrayList<>();
        CountDownLatch two = new CountDownLatch(2);
        MergedJournal merged = new MergedJournal(Map.of("tcp", tcp), 100, List.of(i -> {
            seen.add(i.sequence());
            two.countDown();
        }), m -> { });
        merged.start(5);
        assertThrows(IllegalStateException.class, () -> merged.start(5), "a second start is refused");
        tcp.recordEvent(TCP, 1, Instant.EPOCH, ConnectionEvent.Kind.OPENED, "a");
        tcp.recordEvent(TCP, 2, Instant.EPOCH, ConnectionEvent.Kind.OPENED, "b");
        assertTrue(two.await(10, TimeUnit.SECONDS), "the scheduled pump delivered both entries");
        merged.close();
        assertEquals(List.of(1L, 2L), seen, "each entry once, in order");
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("standalone-journal") && t.isAlive()),
                "close stops the pump thread");
    }

    @Test
    void aFailingListenerIsReportedAndDoesNotStopTheOthers() {
        Journal tcp = Journal.create();
        tcp.recordEvent(TCP, 1, Instant.EPOCH, ConnectionEvent.Kind.OPENED, "a");
        List<String> log = new CopyOnWriteArrayList<>();
        List<Long> seen = new CopyOnWriteArrayList<>();
        try (MergedJournal merged = new MergedJournal(Map.of("tcp", tcp), 100,
                List.of(i -> { throw new IllegalStateException("disk full"); }, i -> seen.add(i.sequence())),
                log::add)) {
            merged.pump();
            assertEquals(List.of(1L), seen);
            assertEquals(1, log.size());
            assertTrue(log.get(0).contains("disk full"), log.get(0));
        }
    }
}
