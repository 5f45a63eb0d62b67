package io.diameterharness.samples.sms.diameter;

/**
 * Bytes that are not a well-formed Diameter message, with the RFC 6733 Result-Code that describes
 * the fault (5015 DIAMETER_INVALID_MESSAGE_LENGTH, 5014 DIAMETER_INVALID_AVP_LENGTH, 5011
 * DIAMETER_UNSUPPORTED_VERSION, 3008 DIAMETER_INVALID_HDR_BITS, 3009 DIAMETER_INVALID_AVP_BITS).
 */
public final class MalformedMessageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long resultCode;

    /**
     * @param resultCode the Result-Code that names the fault
     * @param message what is wrong, with the offending value
     */
    public MalformedMessageException(long resultCode, String message) {
        super(message + " (Result-Code " + resultCode + ")");
        this.resultCode = resultCode;
    }

    /** @return the Result-Code that names the fault */
    public long resultCode() {
        return resultCode;
    }
}
