package io.diameterharness.behaviour;

import io.diameterharness.codec.DiameterMessage;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * One inbound request as the behaviour layer sees it, and what an action may do about it. The peer
 * engine implements this for each request it hands to the rules; every method is safe to call from
 * the connection's event loop, which is where actions run.
 */
public interface Exchange {

    /** The request being handled. */
    DiameterMessage request();

    /** A short id of the connection the request came on, e.g. {@code c3}. */
    String connectionId();

    /** The Origin-Host the remote peer announced in its CER/CEA, or {@code null} before the handshake. */
    String remoteOriginHost();

    /** The remote socket address. */
    InetSocketAddress remoteAddress();

    /** Our Origin-Host, put in answers. */
    String localOriginHost();

    /** Our Origin-Realm, put in answers. */
    String localOriginRealm();

    /** Our current Origin-State-Id. */
    long localOriginStateId();

    /** Writes a message on this connection. */
    void send(DiameterMessage message);

    /** Writes raw bytes on this connection (malformed answers). */
    void sendRaw(byte[] bytes);

    /** Closes the connection gracefully (FIN) once pending writes are flushed. */
    void close(String reason);

    /** Resets the connection (RST, SO_LINGER 0). */
    void reset(String reason);

    /** Stops reading from the connection, so the remote peer's writes back up (a stalled peer). */
    void stopReading();

    /** Runs {@code task} on the connection's event loop after {@code delay}, through the peer's scheduler. */
    void schedule(Duration delay, Runnable task);

    /** Records that the request was deliberately left unanswered (for the journal and reports). */
    void dropped(String reason);

    /** Reports an error raised while handling the request (a failing answer function) to the test. */
    void failed(String what, Throwable cause);
}
