package io.diameterharness.standalone.capture;

import io.diameterharness.journal.Journal;
import io.diameterharness.journal.JournalEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The journals of the server's listeners (TCP, TLS) as one, with one sequence number: new entries
 * are collected by {@link #pump()} (by a scheduled task every few milliseconds, and before every
 * read), ordered by time, numbered, kept up to a capacity, and handed to listeners (the
 * message log, the live pcap file) in order. Thread-safe.
 */
public final class MergedJournal implements AutoCloseable {
    /** An entry with its merged sequence number and the listener it was recorded by. */
    public record Item(long sequence, String listener, JournalEntry entry) {
    }

    private final Map<String, Journal> sources;
    private final Map<String, Long> lastSeen = new LinkedHashMap<>();
    private final int capacity;
    private final List<Consumer<Item>> listeners;
    private final Consumer<String> log;
    private final Deque<Item> items = new ArrayDeque<>();
    private long sequence;
    private long dropped;
    private volatile ScheduledExecutorService pumper;

    /**
     * @param sources   journals by listener name, e.g. {@code tcp}, {@code tls}
     * @param capacity  how many entries are kept (older ones are dropped and counted)
     * @param listeners told about every entry once, in order
     * @param log       where listener failures are reported
     */
    public MergedJournal(Map<String, Journal> sources, int capacity, List<Consumer<Item>> listeners,
                         Consumer<String> log) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.sources = new LinkedHashMap<>(sources);
        this.capacity = capacity;
        this.listeners = List.copyOf(listeners);
        this.log = Objects.requireNonNull(log, "log");
        sources.keySet().forEach(k -> lastSeen.put(k, 0L));
    }

    /** Collects what the listeners' journals recorded since the last pump. */
    public synchronized void pump() {
        List<Item> fresh = new ArrayList<>();
        for (Map.Entry<String, Journal> s : sources.entrySet()) {
            long last = lastSeen.get(s.getKey());
            long max = last;
            for (JournalEntry e : s.getValue().entries()) {
                if (e.sequence() > last) {
                    fresh.add(new Item(0, s.getKey(), e));
                    max = Math.max(max, e.sequence());
                }
            }
            lastSeen.put(s.getKey(), max);
        }
        if (fresh.isEmpty()) {
            return;
        }
        fresh.sort(Comparator.comparingLong((Item i) -> i.entry().monotonicNanos())
                .thenComparingLong(i -> i.entry().sequence()));
        for (Item f : fresh) {
            Item item = new Item(++sequence, f.listener(), f.entry());
            items.addLast(item);
            if (items.size() > capacity) {
                items.removeFirst();
                dropped++;
            }
            for (Consumer<Item> l : listeners) {
                try {
                    l.accept(item);
                } catch (RuntimeException ex) {
                    log.accept("journal listener failed on entry " + item.sequence() + ": " + ex);
                }
            }
        }
    }

    /** Every entry kept, oldest first, after a pump. */
    public synchronized List<Item> items() {
        pump();
        return List.copyOf(items);
    }

    /** How many entries were dropped for capacity. */
    public synchronized long dropped() {
        return dropped;
    }

    /** Forgets the entries kept (and clears the listeners' journals); returns how many there were. */
    public synchronized int clear() {
        pump();
        int n = items.size();
        items.clear();
        sources.values().forEach(Journal::clear);
        return n;
    }

    /** Pumps every {@code intervalMillis} on a daemon scheduler thread until {@link #close()}. */
    public synchronized void start(long intervalMillis) {
        if (intervalMillis < 1) {
            throw new IllegalArgumentException("intervalMillis must be positive: " + intervalMillis);
        }
        if (pumper != null) {
            throw new IllegalStateException("already started");
        }
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "standalone-journal");
            t.setDaemon(true);
            return t;
        });
        s.scheduleWithFixedDelay(() -> {
            try {
                pump();
            } catch (RuntimeException e) {
                log.accept("journal pump failed: " + e);
            }
        }, 0, intervalMillis, TimeUnit.MILLISECONDS);
        pumper = s;
    }

    /** Stops the background pump, then pumps a last time. */
    @Override
    public void close() {
        ScheduledExecutorService s = pumper;
        if (s != null) {
            s.shutdownNow();
            try {
                if (!s.awaitTermination(2, TimeUnit.SECONDS)) {
                    log.accept("journal pump did not stop within 2 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pump();
    }
}
