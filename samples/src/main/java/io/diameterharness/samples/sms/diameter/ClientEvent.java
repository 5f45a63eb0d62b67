package io.diameterharness.samples.sms.diameter;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Something the Diameter client did or saw, reported to a {@link DiameterClientListener} so that
 * operators (and tests) can tell which peer was up when, and where each request went.
 */
public sealed interface ClientEvent {

    /** @return the peer the event concerns */
    PeerRole peer();

    /**
     * A peer connection changed state.
     *
     * @param peer which peer
     * @param address the peer's configured address
     * @param from the state before
     * @param to the state after
     * @param reason why, in words (e.g. {@code "no DWA within Tw=500 ms"}, {@code "CEA 2001 from ocs1"})
     */
    record PeerStateChanged(PeerRole peer, InetSocketAddress address, PeerState from, PeerState to, String reason)
            implements ClientEvent {
        /** Checks that nothing is null. */
        public PeerStateChanged {
            Objects.requireNonNull(peer, "peer");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * An application request (not CER, DWR or DPR) was written to a peer.
     *
     * @param peer where it went
     * @param commandCode its command code
     * @param hopByHopId the Hop-by-Hop Identifier used on that connection
     * @param endToEndId its End-to-End Identifier, the same on every transmission
     * @param retransmission whether it carried the T flag
     * @param sessionId its Session-Id, or the empty string
     */
    record RequestSent(PeerRole peer, int commandCode, int hopByHopId, int endToEndId, boolean retransmission,
            String sessionId) implements ClientEvent {
    }

    /**
     * An application request got no answer from a peer within the request timeout.
     *
     * @param peer the peer that did not answer
     * @param endToEndId the request's End-to-End Identifier
     * @param failingOver whether the request is being retransmitted to the other peer
     */
    record RequestTimedOut(PeerRole peer, int endToEndId, boolean failingOver) implements ClientEvent {
    }

    /**
     * An answer arrived that matched no pending request (late after a timeout, after failover, or
     * simply unknown) and was dropped.
     *
     * @param peer where it came from
     * @param commandCode its command code
     * @param hopByHopId its Hop-by-Hop Identifier
     * @param endToEndId its End-to-End Identifier
     * @param resultCode its Result-Code, or -1 when it has none
     */
    record AnswerDiscarded(PeerRole peer, int commandCode, int hopByHopId, int endToEndId, long resultCode)
            implements ClientEvent {
    }

    /**
     * A peer sent something the client could not use (malformed bytes, a request it does not serve).
     *
     * @param peer which peer
     * @param description what was wrong
     */
    record ProtocolError(PeerRole peer, String description) implements ClientEvent {
    }
}
