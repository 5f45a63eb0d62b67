package io.diameterharness.samples.sms.diameter;

import java.util.Objects;

/**
 * An answer to a request sent with {@link DiameterClient#send}, and where it came from.
 *
 * @param message the answer message
 * @param peer the peer that answered
 * @param transmissions how many times the request was sent (2 when it failed over)
 */
public record Answer(Message message, PeerRole peer, int transmissions) {
    /** Checks that nothing is null. */
    public Answer {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(peer, "peer");
    }
}
