package io.diameterharness.samples.sms.diameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Diameter message (RFC 6733 section 3) as this application's client stack sees it. Immutable;
 * the {@code with...} methods return modified copies.
 *
 * @param flags the command flag octet (R, P, E, T bits)
 * @param commandCode the command code
 * @param applicationId the Application-Id (an Unsigned32)
 * @param hopByHopId the Hop-by-Hop Identifier
 * @param endToEndId the End-to-End Identifier
 * @param avps the top-level AVPs, in order
 */
public record Message(int flags, int commandCode, long applicationId, int hopByHopId, int endToEndId,
        List<Avp> avps) {

    /** The R (Request) flag bit. */
    public static final int FLAG_REQUEST = 0x80;
    /** The P (Proxiable) flag bit. */
    public static final int FLAG_PROXIABLE = 0x40;
    /** The E (Error) flag bit. */
    public static final int FLAG_ERROR = 0x20;
    /** The T (potentially reTransmitted) flag bit. */
    public static final int FLAG_RETRANSMITTED = 0x10;

    /**
     * Checks the header fields and freezes the AVP list.
     *
     * @throws IllegalArgumentException if a field is outside its wire range
     */
    public Message {
        if (flags < 0 || flags > 0xFF) {
            throw new IllegalArgumentException("command flags " + flags + " do not fit one octet");
        }
        if (commandCode < 0 || commandCode > 0xFF_FFFF) {
            throw new IllegalArgumentException("command code " + commandCode + " does not fit 24 bits");
        }
        if (applicationId < 0 || applicationId > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Application-Id " + applicationId + " is not an Unsigned32");
        }
        avps = List.copyOf(avps);
    }

    /**
     * A new request.
     *
     * @param commandCode the command code
     * @param applicationId the Application-Id
     * @param proxiable whether the P flag is set
     * @param avps the AVPs in order
     * @return the request, with both identifiers 0 until the stack assigns them
     */
    public static Message request(int commandCode, long applicationId, boolean proxiable, List<Avp> avps) {
        return new Message(FLAG_REQUEST | (proxiable ? FLAG_PROXIABLE : 0), commandCode, applicationId, 0, 0, avps);
    }

    /**
     * An answer to {@code request}: same command, application, identifiers and P flag.
     *
     * @param request the request being answered
     * @param avps the answer's AVPs in order
     * @return the answer
     */
    public static Message answerTo(Message request, List<Avp> avps) {
        return new Message(request.flags & FLAG_PROXIABLE, request.commandCode, request.applicationId,
                request.hopByHopId, request.endToEndId, avps);
    }

    /** @return whether the R flag is set */
    public boolean isRequest() {
        return (flags & FLAG_REQUEST) != 0;
    }

    /** @return whether the E flag is set */
    public boolean isError() {
        return (flags & FLAG_ERROR) != 0;
    }

    /** @return whether the T flag is set */
    public boolean isRetransmission() {
        return (flags & FLAG_RETRANSMITTED) != 0;
    }

    /** @return whether the P flag is set */
    public boolean isProxiable() {
        return (flags & FLAG_PROXIABLE) != 0;
    }

    /**
     * The first top-level AVP with this code and no vendor.
     *
     * @param code the AVP code
     * @return the AVP, or empty
     */
    public Optional<Avp> avp(int code) {
        return Avp.find(avps, code, 0);
    }

    /**
     * The first top-level AVP with this code and vendor.
     *
     * @param code the AVP code
     * @param vendorId the Vendor-Id (0 for IETF AVPs)
     * @return the AVP, or empty
     */
    public Optional<Avp> avp(int code, long vendorId) {
        return Avp.find(avps, code, vendorId);
    }

    /**
     * Every top-level AVP with this code and vendor.
     *
     * @param code the AVP code
     * @param vendorId the Vendor-Id (0 for IETF AVPs)
     * @return the AVPs in order, possibly empty
     */
    public List<Avp> avps(int code, long vendorId) {
        return Avp.findAll(avps, code, vendorId);
    }

    /**
     * The Result-Code (268) of an answer.
     *
     * @return the code, or empty when the AVP is absent or not an Unsigned32
     */
    public Optional<Long> resultCode() {
        return avp(Codes.RESULT_CODE).filter(a -> a.dataLength() == 4).map(Avp::asUnsigned32);
    }

    /**
     * @param hopByHop the new Hop-by-Hop Identifier
     * @return a copy with this Hop-by-Hop Identifier
     */
    public Message withHopByHopId(int hopByHop) {
        return new Message(flags, commandCode, applicationId, hopByHop, endToEndId, avps);
    }

    /**
     * @param endToEnd the new End-to-End Identifier
     * @return a copy with this End-to-End Identifier
     */
    public Message withEndToEndId(int endToEnd) {
        return new Message(flags, commandCode, applicationId, hopByHopId, endToEnd, avps);
    }

    /** @return a copy with the T flag set */
    public Message withRetransmissionFlag() {
        return new Message(flags | FLAG_RETRANSMITTED, commandCode, applicationId, hopByHopId, endToEndId, avps);
    }

    /** @return a copy with the E flag set */
    public Message withErrorFlag() {
        return new Message(flags | FLAG_ERROR, commandCode, applicationId, hopByHopId, endToEndId, avps);
    }

    /**
     * @param code the code of the IETF AVPs to drop
     * @return a copy without any top-level IETF AVP of this code
     */
    public Message withoutAvp(int code) {
        List<Avp> kept = new ArrayList<>(avps);
        kept.removeIf(a -> a.code() == code && a.vendorId() == 0);
        return new Message(flags, commandCode, applicationId, hopByHopId, endToEndId, kept);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Codes.commandName(commandCode, isRequest())).append(" (").append(commandCode).append(") flags=");
        sb.append(isRequest() ? 'R' : '-').append(isProxiable() ? 'P' : '-').append(isError() ? 'E' : '-')
                .append(isRetransmission() ? 'T' : '-');
        sb.append(" app=").append(applicationId);
        sb.append(String.format(" hbh=0x%08x e2e=0x%08x", hopByHopId, endToEndId));
        avp(Codes.SESSION_ID).ifPresent(a -> sb.append(" Session-Id=").append(a.asUtf8()));
        resultCode().ifPresent(rc -> sb.append(" Result-Code=").append(rc));
        return sb.toString();
    }
}
