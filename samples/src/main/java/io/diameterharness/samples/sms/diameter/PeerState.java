package io.diameterharness.samples.sms.diameter;

/**
 * The state of the connection to one peer, a simplified RFC 6733 section 5.6 state machine with the
 * RFC 3539 watchdog folded in.
 */
public enum PeerState {
    /** No connection; a reconnect may be scheduled. */
    DOWN,
    /** A TCP connect is in progress. */
    CONNECTING,
    /** Connected, CER sent, waiting for the CEA. */
    WAIT_CEA,
    /** CEA received with 2001: requests may be sent. */
    OPEN,
    /** A DPR was sent or received: no new requests; the connection is about to close. */
    CLOSING,
    /** The client was closed; no reconnect will follow. */
    CLOSED
}
