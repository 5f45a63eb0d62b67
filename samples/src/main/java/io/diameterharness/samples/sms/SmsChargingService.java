package io.diameterharness.samples.sms;

import io.diameterharness.samples.sms.ChargingOutcome.FailedAvp;
import io.diameterharness.samples.sms.ChargingOutcome.Verdict;
import io.diameterharness.samples.sms.diameter.Answer;
import io.diameterharness.samples.sms.diameter.Avp;
import io.diameterharness.samples.sms.diameter.Codes;
import io.diameterharness.samples.sms.diameter.DiameterClient;
import io.diameterharness.samples.sms.diameter.DiameterClientListener;
import io.diameterharness.samples.sms.diameter.DiameterRequestException;
import io.diameterharness.samples.sms.diameter.MalformedMessageException;
import io.diameterharness.samples.sms.diameter.Message;
import io.diameterharness.samples.sms.diameter.PeerRole;
import io.diameterharness.samples.sms.profile.ProfileLookupException;
import io.diameterharness.samples.sms.profile.SubscriberProfile;
import io.diameterharness.samples.sms.profile.SubscriberProfileClient;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Charges SMS against an online charging system: for each SMS it looks the sender up in the profile
 * service over HTTP, sends a Credit-Control EVENT request (direct debiting of one SMS) to the OCS
 * over Diameter and decides from the answer:
 *
 * <ul>
 *   <li>2xxx: {@link Verdict#ALLOWED};</li>
 *   <li>4012 DIAMETER_CREDIT_LIMIT_REACHED: {@link Verdict#DENIED_CREDIT_LIMIT};</li>
 *   <li>any other failure (3xxx, 4xxx, 5xxx): {@link Verdict#REJECTED}, with the Result-Code and
 *       the AVP named by Failed-AVP when there is one;</li>
 *   <li>no usable answer: {@link Verdict#FALLBACK_APPLIED}, delivering or not as configured by
 *       {@code charging.timeout-fallback}.</li>
 * </ul>
 *
 * <p>A Result-Code inside Multiple-Services-Credit-Control overrides a command-level 2001 (the OCS
 * accepted the request but not the service). Thread-safe; {@link #charge} blocks its caller.
 */
public final class SmsChargingService implements AutoCloseable {

    private static final Logger LOG = System.getLogger(SmsChargingService.class.getName());

    private final SmsChargingConfig config;
    private final DiameterClient diameter;
    private final SubscriberProfileClient profiles;
    private final Clock clock;

    private SmsChargingService(SmsChargingConfig config, DiameterClientListener listener, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.profiles = new SubscriberProfileClient(config.profileUrl(), config.profileTimeout());
        this.diameter = DiameterClient.start(config.diameter(), listener);
    }

    /**
     * Starts the service: connects to the OCS peers in the background and returns at once.
     *
     * @param config the configuration
     * @return the running service; close it to disconnect (DPR) from the OCS
     */
    public static SmsChargingService start(SmsChargingConfig config) {
        return start(config, DiameterClientListener.NONE);
    }

    /**
     * Starts the service, reporting Diameter peer state changes and request routing to a listener.
     *
     * @param config the configuration
     * @param listener receives the Diameter client's events on its I/O thread; must not block
     * @return the running service; close it to disconnect (DPR) from the OCS
     */
    public static SmsChargingService start(SmsChargingConfig config, DiameterClientListener listener) {
        return new SmsChargingService(config, listener, Clock.systemUTC());
    }

    static SmsChargingService start(SmsChargingConfig config, DiameterClientListener listener, Clock clock) {
        return new SmsChargingService(config, listener, clock);
    }

    /** @return the configuration the service runs with */
    public SmsChargingConfig config() {
        return config;
    }

    /** @return the Diameter client, to observe peer states ({@link DiameterClient#peerState}) */
    public DiameterClient diameterClient() {
        return diameter;
    }

    /**
     * Charges one SMS.
     *
     * @param senderMsisdn the sender's MSISDN, 1 to 15 digits
     * @param recipientMsisdn the recipient's MSISDN, 1 to 15 digits
     * @return the decision
     * @throws IllegalArgumentException if an MSISDN is not 1 to 15 digits
     * @throws IllegalStateException if the service was closed
     * @throws InterruptedException if interrupted while waiting for the profile service or the OCS
     */
    public ChargingOutcome charge(String senderMsisdn, String recipientMsisdn) throws InterruptedException {
        requireMsisdn("sender", senderMsisdn);
        requireMsisdn("recipient", recipientMsisdn);
        Optional<SubscriberProfile> profile;
        try {
            profile = profiles.lookup(senderMsisdn);
        } catch (ProfileLookupException e) {
            LOG.log(Level.WARNING, "profile lookup failed for " + senderMsisdn + ": " + e.getMessage());
            return ChargingOutcome.withoutCharging(Verdict.PROFILE_UNAVAILABLE, e.getMessage());
        }
        if (profile.isEmpty()) {
            return ChargingOutcome.withoutCharging(Verdict.SUBSCRIBER_UNKNOWN,
                    "the profile service does not know " + senderMsisdn);
        }
        if (!profile.get().isActive()) {
            return ChargingOutcome.withoutCharging(Verdict.SUBSCRIBER_INACTIVE,
                    senderMsisdn + " has status " + profile.get().status());
        }
        String sessionId = diameter.newSessionId();
        Message ccr = SmsCreditControlRequest.build(config.diameter(), sessionId, diameter.originStateId(),
                clock.instant(), senderMsisdn, recipientMsisdn);
        CompletableFuture<Answer> answer = diameter.send(ccr);
        // The client always completes the future (request timeout per transmission); this bound only guards it.
        long bound = (DiameterClient.MAX_TRANSMISSIONS + 1) * config.diameter().requestTimeout().toMillis() + 5000;
        try {
            Answer cca = answer.get(bound, TimeUnit.MILLISECONDS);
            return decide(cca.message(), cca.peer(), sessionId);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DiameterRequestException failure) {
                if (failure.reason() == DiameterRequestException.Reason.CLIENT_CLOSED) {
                    throw new IllegalStateException("the SMS charging service is closed", failure);
                }
                return fallback(sessionId, failure.getMessage());
            }
            throw new IllegalStateException("unexpected failure of the Diameter client", e.getCause());
        } catch (TimeoutException e) {
            answer.cancel(false);
            return fallback(sessionId, "no outcome from the Diameter client within " + bound + " ms");
        }
    }

    private ChargingOutcome fallback(String sessionId, String why) {
        boolean allow = config.timeoutFallback() == TimeoutFallback.ALLOW;
        LOG.log(Level.WARNING, "no usable answer for " + sessionId + " (" + why + "); fallback "
                + config.timeoutFallback());
        return new ChargingOutcome(Verdict.FALLBACK_APPLIED, allow, OptionalLong.empty(), Optional.empty(),
                Optional.empty(), Optional.of(sessionId), why + "; fallback " + config.timeoutFallback());
    }

    private ChargingOutcome decide(Message cca, PeerRole answeredBy, String sessionId) {
        Optional<PeerRole> peer = Optional.of(answeredBy);
        OptionalLong resultCode = resultCode(cca.avps());
        Optional<Avp> mscc = cca.avp(Codes.MULTIPLE_SERVICES_CREDIT_CONTROL);
        if (resultCode.isPresent() && isSuccess(resultCode.getAsLong()) && mscc.isPresent()) {
            OptionalLong serviceResult = mscc.get().child(Codes.RESULT_CODE, 0).filter(a -> a.data().length == 4)
                    .map(a -> OptionalLong.of(a.asUnsigned32())).orElse(OptionalLong.empty());
            if (serviceResult.isPresent() && !isSuccess(serviceResult.getAsLong())) {
                resultCode = serviceResult;
            }
        }
        String errorMessage = cca.avp(Codes.ERROR_MESSAGE).map(Avp::asUtf8).orElse("");
        Optional<FailedAvp> failedAvp = failedAvp(cca);
        if (resultCode.isEmpty()) {
            return new ChargingOutcome(Verdict.REJECTED, false, resultCode, failedAvp, peer, Optional.of(sessionId),
                    "answer carries no Result-Code");
        }
        long rc = resultCode.getAsLong();
        Verdict verdict = isSuccess(rc) ? Verdict.ALLOWED
                : rc == Codes.DIAMETER_CREDIT_LIMIT_REACHED ? Verdict.DENIED_CREDIT_LIMIT : Verdict.REJECTED;
        String detail = "Result-Code " + rc + (errorMessage.isEmpty() ? "" : " (" + errorMessage + ")")
                + failedAvp.map(f -> ", Failed-AVP " + f.code() + (f.vendorId() != 0 ? " vendor " + f.vendorId() : ""))
                        .orElse("");
        if (verdict == Verdict.REJECTED) {
            LOG.log(Level.WARNING, "OCS rejected " + sessionId + ": " + detail);
        }
        return new ChargingOutcome(verdict, verdict == Verdict.ALLOWED, resultCode, failedAvp, peer,
                Optional.of(sessionId), detail);
    }

    private static boolean isSuccess(long resultCode) {
        return resultCode >= 2000 && resultCode < 3000;
    }

    /** Result-Code, else Experimental-Result / Experimental-Result-Code. */
    private static OptionalLong resultCode(List<Avp> avps) {
        for (Avp avp : avps) {
            if (avp.code() == Codes.RESULT_CODE && avp.vendorId() == 0 && avp.data().length == 4) {
                return OptionalLong.of(avp.asUnsigned32());
            }
        }
        for (Avp avp : avps) {
            if (avp.code() == Codes.EXPERIMENTAL_RESULT && avp.vendorId() == 0) {
                Optional<Avp> code = avp.child(Codes.EXPERIMENTAL_RESULT_CODE, 0).filter(a -> a.data().length == 4);
                if (code.isPresent()) {
                    return OptionalLong.of(code.get().asUnsigned32());
                }
            }
        }
        return OptionalLong.empty();
    }

    private static Optional<FailedAvp> failedAvp(Message cca) {
        Optional<Avp> failed = cca.avp(Codes.FAILED_AVP);
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Avp> inside = failed.get().asGrouped();
            return inside.isEmpty() ? Optional.empty()
                    : Optional.of(new FailedAvp(inside.get(0).code(), inside.get(0).vendorId()));
        } catch (MalformedMessageException e) {
            return Optional.empty();
        }
    }

    private static void requireMsisdn(String role, String msisdn) {
        if (msisdn == null || !msisdn.matches("[0-9]{1,15}")) {
            throw new IllegalArgumentException(role + " MSISDN '" + msisdn + "' is not 1 to 15 digits (E.164)");
        }
    }

    /** Disconnects from the OCS peers (DPR) and stops the Diameter client. Idempotent. */
    @Override
    public void close() {
        diameter.close();
    }
}
