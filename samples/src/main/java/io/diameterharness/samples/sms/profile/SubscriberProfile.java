package io.diameterharness.samples.sms.profile;

import java.util.Objects;

/**
 * A subscriber as the profile service describes it.
 *
 * @param msisdn the subscriber's MSISDN (E.164 digits)
 * @param status the account status, e.g. {@code ACTIVE}, {@code SUSPENDED}, {@code BARRED}
 */
public record SubscriberProfile(String msisdn, String status) {

    /** Status of a subscriber who may send SMS. */
    public static final String ACTIVE = "ACTIVE";

    /** Checks that nothing is null. */
    public SubscriberProfile {
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(status, "status");
    }

    /** @return whether the status is {@value #ACTIVE} (ignoring case) */
    public boolean isActive() {
        return ACTIVE.equalsIgnoreCase(status);
    }
}
