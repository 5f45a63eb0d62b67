package io.diameterharness.journal;

/** Which way a message went, seen from the peer that recorded it. */
public enum Direction {
    /** Received by the recording peer. */
    INBOUND,
    /** Sent by the recording peer. */
    OUTBOUND;

    /** {@code <-} for inbound, {@code ->} for outbound. */
    public String arrow() {
        return this == INBOUND ? "<-" : "->";
    }
}
