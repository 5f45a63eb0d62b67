package io.diameterharness.journal;

import java.time.Instant;

/** One recorded thing: a {@link MessageEntry} or a {@link ConnectionEvent}. Immutable. */
public sealed interface JournalEntry permits MessageEntry, ConnectionEvent {
    /** Position in the journal, from 1, increasing. */
    long sequence();

    /** The connection it happened on. */
    ConnectionInfo connection();

    /** Monotonic time in nanoseconds from the peer's scheduler (only differences mean something). */
    long monotonicNanos();

    /** Wall-clock time. */
    Instant wallTime();

    /** One line for transcripts and failure messages. */
    String summary();
}
