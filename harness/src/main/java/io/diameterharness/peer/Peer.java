package io.diameterharness.peer;

import io.diameterharness.journal.Journal;
import java.util.List;

/** What server and client peers have in common: lifecycle, identity, connections and journal. */
public interface Peer extends AutoCloseable {
    /**
     * Starts the peer: a server returns when it listens, a client when CER/CEA has completed.
     *
     * @return this peer
     */
    Peer start();

    /** The configuration, frozen at construction. */
    PeerConfig config();

    /** What this peer received and sent. */
    Journal journal();

    /** The connections not yet closed. */
    List<PeerConnection> connections();

    /** The Origin-State-Id advertised now; it increases on each start and restart. */
    long originStateId();

    /** Whether the peer is started and not closed. */
    boolean isRunning();

    /**
     * Simulates a reboot: drops every connection, takes a new (higher) Origin-State-Id, and comes
     * back (a server keeps listening on the same port, a client reconnects and redoes CER/CEA).
     */
    void restart();

    /**
     * Closes every channel, cancels every timer and releases the port; returns when done. Idempotent
     * and bounded.
     */
    @Override
    void close();
}
