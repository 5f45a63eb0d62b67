package io.diameterharness.samples.sms;

import io.diameterharness.samples.sms.diameter.PeerRole;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The decision on one SMS and why. Immutable.
 *
 * @param verdict what the service decided
 * @param smsAllowed whether the SMS may be delivered
 * @param resultCode the Result-Code that decided (the Multiple-Services-Credit-Control one when
 *        it overrides a command-level 2001; an Experimental-Result-Code when no Result-Code was sent),
 *        present when an answer arrived
 * @param failedAvp the first AVP inside the answer's Failed-AVP, when there is one
 * @param answeredBy which OCS peer answered, when one did
 * @param sessionId the Session-Id of the Credit-Control request, when one was sent
 * @param detail a sentence for the log (Error-Message, the timeout, the HTTP failure...)
 */
public record ChargingOutcome(Verdict verdict, boolean smsAllowed, OptionalLong resultCode,
        Optional<FailedAvp> failedAvp, Optional<PeerRole> answeredBy, Optional<String> sessionId, String detail) {

    /** What the service decided. */
    public enum Verdict {
        /** The OCS debited the SMS (2xxx); deliver it. */
        ALLOWED,
        /** The OCS answered 4012 DIAMETER_CREDIT_LIMIT_REACHED; do not deliver. */
        DENIED_CREDIT_LIMIT,
        /** The OCS answered with another failure (3xxx, 4xxx, 5xxx); do not deliver. */
        REJECTED,
        /** No usable answer (timeout, no peer, malformed answer): the configured {@link TimeoutFallback} decided. */
        FALLBACK_APPLIED,
        /** The profile service could not be asked (HTTP error, timeout, reset); no CCR was sent. */
        PROFILE_UNAVAILABLE,
        /** The profile service does not know the sender (HTTP 404); no CCR was sent. */
        SUBSCRIBER_UNKNOWN,
        /** The sender's profile status is not ACTIVE; no CCR was sent. */
        SUBSCRIBER_INACTIVE
    }

    /**
     * The AVP an answer's Failed-AVP names.
     *
     * @param code its AVP code
     * @param vendorId its Vendor-Id, 0 for IETF AVPs
     */
    public record FailedAvp(int code, long vendorId) {
    }

    /** Checks that nothing is null. */
    public ChargingOutcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(resultCode, "resultCode");
        Objects.requireNonNull(failedAvp, "failedAvp");
        Objects.requireNonNull(answeredBy, "answeredBy");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(detail, "detail");
    }

    static ChargingOutcome withoutCharging(Verdict verdict, String detail) {
        return new ChargingOutcome(verdict, false, OptionalLong.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), detail);
    }
}
