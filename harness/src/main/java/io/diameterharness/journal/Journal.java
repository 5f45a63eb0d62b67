package io.diameterharness.journal;

import io.diameterharness.codec.DecodeError;
import io.diameterharness.codec.DiameterMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * The bounded record of what one peer received and sent, and what happened to its connections.
 *
 * <p>Writers (the event loop) never block: appending is a lock-free queue insertion, and when the
 * journal is full the oldest entry is dropped and counted ({@link #droppedCount()}). Readers on any
 * number of threads get immutable snapshots ({@link #entries()}, {@link #messages()}) or block with a
 * timeout for the next matching entry ({@link #take}, {@link #await}). A blocking read never returns
 * {@code null} and never waits forever: on timeout it throws an {@link AssertionError} that lists
 * what was received.
 *
 * <p>{@link #disabled()} records nothing, for load tests.
 */
public final class Journal {
    /** The default capacity: enough for any functional test, small enough to never matter. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private static final int LISTED_IN_FAILURES = 30;

    private final int capacity;
    /**
     * Oldest first. A FIFO queue, not a deque: appending at the tail and dropping at the head are all
     * the writer does, and ConcurrentLinkedDeque's head removal cost a third of a fake server's CPU
     * per answer under load (it walks deleted nodes); ConcurrentLinkedQueue does both in O(1).
     */
    private final ConcurrentLinkedQueue<Slot> slots = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final ConcurrentLinkedQueue<Thread> waiters = new ConcurrentLinkedQueue<>();

    private Journal(int capacity) {
        this.capacity = capacity;
    }

    /** A journal keeping at most {@code capacity} entries (the oldest are dropped beyond that). */
    public static Journal create(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("journal capacity must be at least 1 (use Journal.disabled() "
                    + "to record nothing): " + capacity);
        }
        return new Journal(capacity);
    }

    /** A journal of {@value #DEFAULT_CAPACITY} entries. */
    public static Journal create() {
        return create(DEFAULT_CAPACITY);
    }

    /** A journal that records nothing (for load tests); reading from it fails. */
    public static Journal disabled() {
        return new Journal(0);
    }

    /** Whether entries are recorded. */
    public boolean isEnabled() {
        return capacity > 0;
    }

    /** The most entries kept. */
    public int capacity() {
        return capacity;
    }

    /** How many entries were dropped because the journal was full. */
    public long droppedCount() {
        return dropped.get();
    }

    // ------------------------------------------------------------------ writing (never blocks)

    /**
     * Records a message.
     *
     * @param direction      received or sent
     * @param connection     the connection
     * @param monotonicNanos monotonic time
     * @param wallTime       wall time
     * @param message        the decoded message, or {@code null} when it did not decode
     * @param bytes          the wire bytes (kept as given: the caller must not change them)
     * @param error          the decode error, or {@code null}
     */
    public void recordMessage(Direction direction, ConnectionInfo connection, long monotonicNanos, Instant wallTime,
                              DiameterMessage message, byte[] bytes, DecodeError error) {
        if (capacity == 0) {
            return;
        }
        append(new MessageEntry(sequence.incrementAndGet(), direction, connection, monotonicNanos, wallTime,
                message, bytes, error));
    }

    /** Records a connection event. */
    public void recordEvent(ConnectionInfo connection, long monotonicNanos, Instant wallTime,
                            ConnectionEvent.Kind kind, String detail) {
        if (capacity == 0) {
            return;
        }
        append(new ConnectionEvent(sequence.incrementAndGet(), connection, monotonicNanos, wallTime, kind, detail));
    }

    private void append(JournalEntry e) {
        slots.offer(new Slot(e));
        if (size.incrementAndGet() > capacity) {
            if (slots.poll() != null) {
                size.decrementAndGet();
                dropped.incrementAndGet();
            }
        }
        if (!waiters.isEmpty()) {
            for (Thread t : waiters) {
                LockSupport.unpark(t);
            }
        }
    }

    // ------------------------------------------------------------------ reading

    /** Every entry kept, oldest first (a snapshot). */
    public List<JournalEntry> entries() {
        List<JournalEntry> out = new ArrayList<>(Math.max(16, size.get()));
        for (Slot s : slots) {
            out.add(s.entry);
        }
        return Collections.unmodifiableList(out);
    }

    /** Every message entry kept, oldest first (a snapshot). */
    public List<MessageEntry> messages() {
        List<MessageEntry> out = new ArrayList<>();
        for (Slot s : slots) {
            if (s.entry instanceof MessageEntry) {
                out.add((MessageEntry) s.entry);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Every connection event kept, oldest first (a snapshot). */
    public List<ConnectionEvent> events() {
        List<ConnectionEvent> out = new ArrayList<>();
        for (Slot s : slots) {
            if (s.entry instanceof ConnectionEvent) {
                out.add((ConnectionEvent) s.entry);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Waits for the oldest message entry that matches and that no earlier {@code take} returned, and
     * marks it taken. Successive takes with the same predicate return successive entries.
     *
     * @param what    how the wanted entry is described in a failure
     * @param filter  which entries qualify
     * @param timeout how long to wait
     * @return the entry, never {@code null}
     * @throws AssertionError when none arrives in time; the message lists what was received
     */
    public MessageEntry take(String what, Predicate<? super MessageEntry> filter, Duration timeout) {
        return take(MessageEntry.class, what, filter, timeout);
    }

    /** Like {@link #take(String, Predicate, Duration)} for entries of any kind. */
    public <T extends JournalEntry> T take(Class<T> type, String what, Predicate<? super T> filter, Duration timeout) {
        return find(type, what, filter, timeout, true);
    }

    /**
     * Waits until an entry that matches has been recorded (taken or not) and returns the oldest such;
     * nothing is marked taken.
     *
     * @throws AssertionError when none arrives in time; the message lists what was received
     */
    public <T extends JournalEntry> T await(Class<T> type, String what, Predicate<? super T> filter,
                                            Duration timeout) {
        return find(type, what, filter, timeout, false);
    }

    /** The oldest recorded entry of a type that matches, without waiting. */
    public <T extends JournalEntry> java.util.Optional<T> find(Class<T> type, Predicate<? super T> filter) {
        for (Slot s : slots) {
            if (type.isInstance(s.entry) && filter.test(type.cast(s.entry))) {
                return java.util.Optional.of(type.cast(s.entry));
            }
        }
        return java.util.Optional.empty();
    }

    private <T extends JournalEntry> T find(Class<T> type, String what, Predicate<? super T> filter,
                                            Duration timeout, boolean consume) {
        Objects.requireNonNull(filter, "filter");
        if (capacity == 0) {
            throw new IllegalStateException("the journal is disabled (journal capacity 0): nothing to wait for; "
                    + "enable it in the peer's configuration");
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Thread me = Thread.currentThread();
        waiters.add(me);
        try {
            while (true) {
                for (Slot s : slots) {
                    if (type.isInstance(s.entry) && (!consume || !s.taken.get())) {
                        T e = type.cast(s.entry);
                        if (filter.test(e) && (!consume || s.taken.compareAndSet(false, true))) {
                            return e;
                        }
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(describeTimeout(what, timeout));
                }
                LockSupport.parkNanos(this, left);
                if (Thread.interrupted()) {
                    me.interrupt();
                    throw new AssertionError("interrupted while waiting for " + what);
                }
            }
        } finally {
            waiters.remove(me);
        }
    }

    private String describeTimeout(String what, Duration timeout) {
        List<JournalEntry> all = entries();
        StringBuilder sb = new StringBuilder("no ").append(what).append(" within ").append(format(timeout));
        if (all.isEmpty()) {
            sb.append("; nothing was recorded");
        } else {
            sb.append("; recorded ").append(all.size()).append(all.size() == 1 ? " entry" : " entries");
            if (dropped.get() > 0) {
                sb.append(" (").append(dropped.get()).append(" older ones dropped)");
            }
            sb.append(':');
            int from = Math.max(0, all.size() - LISTED_IN_FAILURES);
            if (from > 0) {
                sb.append("\n  ... ").append(from).append(" earlier");
            }
            for (int i = from; i < all.size(); i++) {
                sb.append("\n  ").append(all.get(i).summary());
            }
        }
        return sb.toString();
    }

    private static String format(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /**
     * Every message kept, oldest first, as packets for a pcap file: received messages go from the
     * remote end to ours, sent ones the other way, at their wall time.
     */
    public List<io.diameterharness.journal.pcap.CapturedPacket> packets() {
        List<io.diameterharness.journal.pcap.CapturedPacket> out = new ArrayList<>();
        for (MessageEntry m : messages()) {
            ConnectionInfo c = m.connection();
            boolean in = m.direction() == Direction.INBOUND;
            out.add(new io.diameterharness.journal.pcap.CapturedPacket(m.wallTime(),
                    in ? c.remoteAddress() : c.localAddress(), in ? c.localAddress() : c.remoteAddress(), m.bytes()));
        }
        return out;
    }

    /**
     * Writes every message kept as a pcap file that Wireshark opens as Diameter (replacing the file).
     *
     * @param path where to write
     * @throws java.io.IOException when the file cannot be written
     */
    public void writePcap(java.nio.file.Path path) throws java.io.IOException {
        io.diameterharness.journal.pcap.PcapWriter.write(path, packets());
    }

    /** Forgets every entry (taken marks too); the sequence keeps counting. */
    public void clear() {
        Slot s;
        while ((s = slots.poll()) != null) {
            size.decrementAndGet();
        }
    }

    /** The number of entries kept. */
    public int size() {
        return Math.max(0, size.get());
    }

    /**
     * Every entry, oldest first, messages rendered as trees with names from {@code dictionary}.
     *
     * @param dictionary the dictionary naming commands and AVPs
     * @return the transcript
     */
    public String transcript(io.diameterharness.dictionary.Dictionary dictionary) {
        StringBuilder sb = new StringBuilder();
        for (Slot s : slots) {
            sb.append(s.entry instanceof MessageEntry ? ((MessageEntry) s.entry).render(dictionary)
                    : s.entry.summary()).append('\n');
        }
        return sb.toString();
    }

    /** One line per entry, oldest first. */
    public String transcript() {
        StringBuilder sb = new StringBuilder();
        for (Slot s : slots) {
            sb.append(s.entry.summary()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return capacity == 0 ? "Journal[disabled]" : "Journal[" + size() + "/" + capacity + " entries, "
                + dropped.get() + " dropped]";
    }

    private static final class Slot {
        final JournalEntry entry;
        final AtomicBoolean taken = new AtomicBoolean();

        Slot(JournalEntry entry) {
            this.entry = entry;
        }
    }
}
