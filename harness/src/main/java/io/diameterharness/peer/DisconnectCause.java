package io.diameterharness.peer;

/** Disconnect-Cause values (RFC 6733 section 5.4.3) for DPR. */
public enum DisconnectCause {
    /** 0: the peer is going to reboot. */
    REBOOTING(0),
    /** 1: the peer is busy. */
    BUSY(1),
    /** 2: the peer does not want to talk to us. */
    DO_NOT_WANT_TO_TALK_TO_YOU(2);

    private final int value;

    DisconnectCause(int value) {
        this.value = value;
    }

    /** The Enumerated value on the wire. */
    public int value() {
        return value;
    }
}
