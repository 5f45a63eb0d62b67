package io.diameterharness.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a connection other than a message.
 *
 * @param sequence       position in the journal
 * @param connection     the connection
 * @param monotonicNanos monotonic time
 * @param wallTime       wall-clock time
 * @param kind           what happened
 * @param detail         details in words (e.g. the close reason, or {@code OKAY -> SUSPECT})
 */
public record ConnectionEvent(long sequence, ConnectionInfo connection, long monotonicNanos, Instant wallTime,
                              Kind kind, String detail) implements JournalEntry {
    /** What happened. */
    public enum Kind {
        /** The transport connection is up. */
        OPENED,
        /** The TLS handshake completed. */
        TLS_ESTABLISHED,
        /** CER/CEA completed with 2001. */
        CAPABILITIES_EXCHANGED,
        /** CER/CEA failed (a non-2001 CEA, a timeout, or a refused CER). */
        CAPABILITIES_FAILED,
        /** The RFC 3539 watchdog changed state. */
        WATCHDOG_STATE,
        /** A request or handler problem that the test should hear about (a handler threw, a write failed). */
        ERROR,
        /**
         * A configured limit tripped (largest message, CER timeout, write buffer full so reading paused)
         * or recovered (write buffer drained, reading resumed); the detail names the limit and its value.
         */
        LIMIT,
        /** The connection is closed; the detail says why. */
        CLOSED
    }

    /** Checks the required parts. */
    public ConnectionEvent {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String summary() {
        return "#" + sequence + " ** conn " + connection.connectionId() + " " + kind + ": " + detail;
    }

    @Override
    public String toString() {
        return summary();
    }
}
