package io.diameterharness.codec;

import java.util.Objects;

/**
 * The outcome of decoding one message: either the message or a {@link DecodeError}. Never both,
 * never an exception.
 */
public final class DecodeResult {
    private final DiameterMessage message;
    private final DecodeError error;

    private DecodeResult(DiameterMessage message, DecodeError error) {
        this.message = message;
        this.error = error;
    }

    /** A successful decode. */
    public static DecodeResult success(DiameterMessage message) {
        return new DecodeResult(Objects.requireNonNull(message), null);
    }

    /** A failed decode. */
    public static DecodeResult failure(DecodeError error) {
        return new DecodeResult(null, Objects.requireNonNull(error));
    }

    /** Whether decoding succeeded. */
    public boolean isSuccess() {
        return message != null;
    }

    /** The message; fails with {@link IllegalStateException} naming the error when decoding failed. */
    public DiameterMessage message() {
        if (message == null) {
            throw new IllegalStateException("decoding failed: " + error);
        }
        return message;
    }

    /** The error; fails with {@link IllegalStateException} when decoding succeeded. */
    public DecodeError error() {
        if (error == null) {
            throw new IllegalStateException("decoding succeeded; there is no error");
        }
        return error;
    }

    @Override
    public String toString() {
        return message != null ? "DecodeResult[ok " + message.commandCode() + "]" : "DecodeResult[" + error + "]";
    }
}
