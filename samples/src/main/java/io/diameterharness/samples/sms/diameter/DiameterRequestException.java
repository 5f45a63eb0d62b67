package io.diameterharness.samples.sms.diameter;

/** A request that ended without a usable answer. */
public final class DiameterRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the request ended without an answer. */
    public enum Reason {
        /** Sent, but no answer arrived within the request timeout on any peer tried. */
        TIMEOUT,
        /** No peer was open during the whole request timeout, so it was never sent. */
        NO_PEER,
        /** The connection carrying it was lost after its last allowed transmission. */
        CONNECTION_LOST,
        /** The answer could not be decoded. */
        MALFORMED_ANSWER,
        /** The client was closed before an answer arrived. */
        CLIENT_CLOSED
    }

    private final Reason reason;

    /**
     * @param reason why
     * @param message details for the log
     */
    public DiameterRequestException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    /** @return why the request ended without an answer */
    public Reason reason() {
        return reason;
    }
}
