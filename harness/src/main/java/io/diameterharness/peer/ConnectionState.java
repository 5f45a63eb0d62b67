package io.diameterharness.peer;

/** The life of one connection, as a test sees it. */
public enum ConnectionState {
    /** The transport is up; CER/CEA has not completed. */
    WAIT_CAPABILITIES,
    /** CER/CEA completed with 2001: requests flow. */
    OPEN,
    /** DPR was sent or received: the connection closes after DPA. */
    CLOSING,
    /** Closed; {@link PeerConnection#closeReason()} says why. */
    CLOSED
}
