package io.diameterharness.peer;

import io.diameterharness.codec.DiameterMessage;
import java.util.Optional;

/** CER/CEA did not succeed: the CEA carried a Result-Code other than 2001, or it did not come in time. */
public final class CapabilitiesExchangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient DiameterMessage answer;
    private final long resultCode;

    CapabilitiesExchangeException(String message, DiameterMessage answer, long resultCode) {
        super(message);
        this.answer = answer;
        this.resultCode = resultCode;
    }

    /** The CEA, when one arrived. */
    public Optional<DiameterMessage> answer() {
        return Optional.ofNullable(answer);
    }

    /** The CEA's Result-Code, or -1 when no CEA arrived or it had none. */
    public long resultCode() {
        return resultCode;
    }
}
