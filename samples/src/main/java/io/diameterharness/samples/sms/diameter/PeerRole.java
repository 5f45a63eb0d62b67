package io.diameterharness.samples.sms.diameter;

/** Which of the two configured online charging system peers a connection or event concerns. */
public enum PeerRole {
    /** The peer requests go to while it is open. */
    PRIMARY,
    /** The peer requests go to while the primary is not open, and where pending requests fail over. */
    SECONDARY;

    /** @return the other role */
    public PeerRole other() {
        return this == PRIMARY ? SECONDARY : PRIMARY;
    }
}
