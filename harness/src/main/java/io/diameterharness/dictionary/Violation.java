package io.diameterharness.dictionary;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.ResultCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One way a message breaks its dictionary definition, with the Result-Code a peer answers it with
 * and the AVP to put in Failed-AVP (RFC 6733 section 7.5).
 *
 * @param resultCode  the RFC Result-Code, e.g. 5005 DIAMETER_MISSING_AVP
 * @param path        where: the command short name then AVP names, e.g. {@code CCR/Subscription-Id[1]/Subscription-Id-Data}
 * @param description what is wrong, in words
 * @param failedAvp   the content of Failed-AVP: the offending AVP, wrapped in copies of its enclosing
 *                    Grouped AVPs (holding only that child) when it is nested; for a missing AVP, an AVP
 *                    with its code and vendor and a zero-filled value of its type's minimum length;
 *                    {@code null} for header problems (3001, 3007)
 * @param offendingAvp the innermost offending AVP itself (or the zero-filled stand-in for a missing one),
 *                    or {@code null}
 */
public record Violation(int resultCode, String path, String description, Avp failedAvp, Avp offendingAvp) {

    /** Checks path and description are present. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(description, "description");
    }

    /** The Result-Code's RFC name, e.g. {@code DIAMETER_MISSING_AVP}. */
    public String resultCodeName() {
        return ResultCode.name(resultCode);
    }

    /** The Failed-AVP content, when the violation concerns an AVP. */
    public Optional<Avp> failedAvpContent() {
        return Optional.ofNullable(failedAvp);
    }

    /** {@code 5005 DIAMETER_MISSING_AVP at CCR: { Origin-Host } is missing}. */
    @Override
    public String toString() {
        return resultCode + " " + resultCodeName() + " at " + path + ": " + description;
    }
}
