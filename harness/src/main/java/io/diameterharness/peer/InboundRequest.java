package io.diameterharness.peer;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import java.time.Duration;
import java.util.List;

/**
 * One received request and what can be done with it. Every action is safe to call from any thread;
 * actions run on the connection's event loop in the order called. Several actions may be combined
 * (answer twice, answer then close); doing nothing is {@link #drop()}.
 */
public interface InboundRequest {
    /** The request as decoded. */
    DiameterMessage message();

    /** A copy of the request's wire bytes. */
    byte[] bytes();

    /** The connection it arrived on. */
    PeerConnection connection();

    /** The scheduler's monotonic time at reception. */
    long receivedNanos();

    /**
     * An answer builder: identifiers, P bit, Session-Id first, Result-Code, our Origin-Host and
     * Origin-Realm, Proxy-Info; the E bit for 3xxx.
     *
     * @param resultCode the Result-Code
     * @return a builder to add AVPs to
     */
    DiameterMessage.Builder answerBuilder(long resultCode);

    /**
     * An error answer with Error-Message and Failed-AVP (the E bit for 3xxx).
     *
     * @param resultCode   the Result-Code
     * @param errorMessage the Error-Message, or {@code null}
     * @param failedAvps   the offending AVPs, possibly none
     * @return the answer
     */
    DiameterMessage errorAnswer(long resultCode, String errorMessage, List<Avp> failedAvps);

    /** What the peer's built-in handling would answer now (CEA, DWA, DPA, or 3001); sends nothing. */
    DiameterMessage defaultAnswer();

    /** Sends the built-in answer ({@link #defaultAnswer()}) now, with its effects (open, close after DPA). */
    void answerByDefault();

    /** Sends an answer now. */
    void answer(DiameterMessage answer);

    /** Sends an answer after a delay, on the peer's scheduler; nothing is sent if the connection closed meanwhile. */
    void answerAfter(Duration delay, DiameterMessage answer);

    /**
     * Runs {@code task} on the connection's event loop after {@code delay}, on the peer's scheduler;
     * the task is cancelled if the connection closes first. Counts as handling the request.
     */
    void later(Duration delay, Runnable task);

    /** Records a problem the test should hear about (a failing answer function) in the journal. */
    void reportError(String detail);

    /** Does nothing: the request stays unanswered. */
    void drop();

    /** Closes the connection gracefully (FIN) after what was written so far. */
    void close();

    /** Resets the connection (RST, through SO_LINGER 0). */
    void reset();

    /** Stops reading from the connection: the peer's writes back up in its socket buffers. */
    void stopReading();

    /** Writes arbitrary bytes on the connection (malformed answers, partial messages). */
    void writeRaw(byte[] bytes);

    /** Whether any action other than {@link #drop()} was taken. */
    boolean isHandled();
}
