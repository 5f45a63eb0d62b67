package io.diameterharness.standalone.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.diameterharness.behaviour.RequestPattern;
import io.diameterharness.codec.DiameterMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * What the admin API does to the running Diameter server besides its rules: the journal, the
 * connections, sending requests, reset and shutdown. Results are JSON ready to return.
 */
public interface ServerControl {

    /**
     * Journal entries as JSON.
     *
     * @param sinceSequence only entries with a larger sequence number (0 for all)
     * @param filter        only messages matching this (applied to requests and answers alike), or {@code null}
     * @param limit         at most this many, the oldest first
     */
    JsonNode journal(long sinceSequence, RequestPattern filter, int limit);

    /** Empties the journal; returns how many entries it held. */
    int clearJournal();

    /** The journal as a pcap file (Wireshark opens it as Diameter). */
    byte[] journalPcap();

    /** The connections with peer identity, state and watchdog state. */
    JsonNode connections();

    /**
     * Sends a request on a connection and completes with the answer as JSON.
     *
     * @param connectionId the connection, as listed by {@link #connections()}
     * @param request      the request; identifiers, Origin-Host and Origin-Realm are filled in when absent
     * @param timeout      how long to wait for the answer
     * @throws IllegalArgumentException when there is no such open connection
     */
    CompletableFuture<JsonNode> send(String connectionId, DiameterMessage request, Duration timeout);

    /** Clears rules, scenarios and the journal, as if the server had just started. */
    void reset();

    /** Starts a graceful shutdown (DPR to every peer, then close) and returns at once. */
    void shutdown();
}
