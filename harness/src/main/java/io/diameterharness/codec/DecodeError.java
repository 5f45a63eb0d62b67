package io.diameterharness.codec;

import java.util.Optional;

/**
 * Why bytes could not be decoded, as a value: the RFC 6733 Result-Code it maps to, a description,
 * the byte offset in the message (or -1 when not known), the AVP code concerned (or -1), and the
 * offending AVP for Failed-AVP when there is one. When the header could be trusted,
 * {@link #partialMessage()} holds the header (and the AVPs decoded before the error) so an error
 * answer can carry the right identifiers.
 *
 * @param resultCode   the RFC 6733 Result-Code, e.g. 5014 DIAMETER_INVALID_AVP_LENGTH
 * @param description  what is wrong, in words
 * @param offset       byte offset of the problem in the message, or -1
 * @param avpCode      the AVP code concerned, or -1
 * @param offendingAvp the AVP to put in Failed-AVP, or {@code null}
 * @param partial      the header and AVPs decoded before the error, or {@code null} when the header is untrusted
 */
public record DecodeError(int resultCode, String description, int offset, long avpCode, Avp offendingAvp,
                          DiameterMessage partial) {

    /** An error with an offending AVP and no partial message. */
    public static DecodeError of(int resultCode, String description, int offset, Avp offendingAvp) {
        return new DecodeError(resultCode, description, offset,
                offendingAvp == null ? -1 : Integer.toUnsignedLong(offendingAvp.code()), offendingAvp, null);
    }

    /** The offending AVP, for Failed-AVP. */
    public Optional<Avp> failedAvp() {
        return Optional.ofNullable(offendingAvp);
    }

    /** The header and AVPs decoded before the error, when the header could be trusted. */
    public Optional<DiameterMessage> partialMessage() {
        return Optional.ofNullable(partial);
    }

    /** This error with the partial message attached. */
    public DecodeError withPartial(DiameterMessage message) {
        return new DecodeError(resultCode, description, offset, avpCode, offendingAvp, message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(resultCode).append(' ')
                .append(ResultCode.name(resultCode)).append(": ").append(description);
        if (offset >= 0) {
            sb.append(" (at byte ").append(offset).append(')');
        }
        return sb.toString();
    }
}
