package io.diameterharness.peer;

import io.diameterharness.codec.DiameterMessage;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One transport connection of a peer: identities, addresses, state, the watchdog, and sending.
 * Thread-safe: any thread may read it and call its methods.
 */
public interface PeerConnection {
    /** The connection's id, unique in this JVM (the journal's connection id). */
    long id();

    /** Whether this side opened the connection (a client). */
    boolean isInitiator();

    /** Our end. */
    InetSocketAddress localAddress();

    /** The other end. */
    InetSocketAddress remoteAddress();

    /** Our Origin-Host. */
    String localHost();

    /** The peer's Origin-Host, from its CER or CEA. */
    Optional<String> peerHost();

    /** The peer's Origin-Realm, from its CER or CEA. */
    Optional<String> peerRealm();

    /** The peer's CER (we are the server) or CEA (we are the client). */
    Optional<DiameterMessage> peerCapabilities();

    /** The Origin-State-Id we advertise on this connection. */
    long originStateId();

    /** Whether the connection runs TLS. */
    boolean isTls();

    /** The connection's state. */
    ConnectionState state();

    /** The watchdog's state. */
    WatchdogState watchdogState();

    /** Every watchdog state change so far, with timestamps, the initial state first. */
    List<WatchdogTransition> watchdogTransitions();

    /** Why the connection closed, once it has. */
    Optional<String> closeReason();

    /** Completes with the close reason when the connection is closed. */
    CompletableFuture<String> closeFuture();

    /**
     * A request builder with our Origin-Host and Origin-Realm filled in.
     *
     * @param commandCode   the command code
     * @param applicationId the Application-ID
     * @return a builder with the R bit set
     */
    DiameterMessage.Builder newRequest(int commandCode, long applicationId);

    /**
     * Sends a request and returns its answer. The Hop-by-Hop identifier is always assigned here; the
     * End-to-End identifier is kept when non-zero, assigned otherwise. The future fails when the
     * connection closes before the answer.
     *
     * @param request a request (R bit set)
     * @return the answer, as decoded
     */
    CompletableFuture<DiameterMessage> send(DiameterMessage request);

    /** Like {@link #send(DiameterMessage)}, failing with a {@link java.util.concurrent.TimeoutException} after {@code timeout}. */
    CompletableFuture<DiameterMessage> send(DiameterMessage request, Duration timeout);

    /** Writes arbitrary bytes (malformed or partial messages). */
    void writeRaw(byte[] bytes);

    /**
     * Sends DPR with the cause; the connection closes when DPA arrives (or the answer times out).
     *
     * @param cause the Disconnect-Cause
     * @return the DPA
     */
    CompletableFuture<DiameterMessage> disconnect(DisconnectCause cause);

    /**
     * Closes gracefully (FIN) after pending writes; returns the close future. A client peer with
     * automatic reconnection does not reconnect after a close asked for here (nor after
     * {@link #reset()} or {@link #disconnect(DisconnectCause)}).
     */
    CompletableFuture<String> close();

    /** Resets (RST through SO_LINGER 0); returns the close future. */
    CompletableFuture<String> reset();

    /** Stops reading from the socket (the peer's writes back up). */
    void stopReading();

    /** Resumes reading after {@link #stopReading()}. */
    void resumeReading();
}
