package io.diameterharness.codec;

/** An AVP value does not fit the type it was read as; carries the {@link DecodeError} with its Result-Code. */
public final class InvalidAvpValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient DecodeError error;

    /** Wraps a decode error. */
    public InvalidAvpValueException(DecodeError error) {
        super(error.toString(), null, false, false);
        this.error = error;
    }

    /** The error, with its Result-Code and offending AVP. */
    public DecodeError error() {
        return error;
    }
}
