package io.diameterharness.samples.sms.profile;

/** The profile service could not say who the subscriber is: unreachable, slow, failing or garbled. */
public final class ProfileLookupException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, with the URL
     * @param cause the underlying failure, or null
     */
    public ProfileLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
