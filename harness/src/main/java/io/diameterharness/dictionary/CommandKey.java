package io.diameterharness.dictionary;

import io.diameterharness.codec.DiameterMessage;
import java.util.Objects;

/**
 * A typed handle on one command of one application: code, Application-Id, name and short names,
 * and whether its header has the P bit. See {@link Commands} for the constants.
 *
 * <pre>{@code
 * DiameterMessage ccr = Commands.CREDIT_CONTROL.request().avp(...).build();
 * boolean isCca = Commands.CREDIT_CONTROL.matchesAnswer(message);
 * }</pre>
 */
public final class CommandKey {
    private final int code;
    private final long applicationId;
    private final String name;
    private final String requestShortName;
    private final String answerShortName;
    private final boolean proxiable;

    /**
     * @param code             the command code
     * @param applicationId    the Application-Id of its header
     * @param name             the name without Request/Answer, e.g. {@code Credit-Control}
     * @param shortName        the abbreviation without R/A, e.g. {@code CC} (gives CCR and CCA)
     * @param proxiable        whether the header has the P bit
     */
    public CommandKey(int code, long applicationId, String name, String shortName, boolean proxiable) {
        if (code < 0 || code > 0xFFFFFF) {
            throw new IllegalArgumentException("command code must fit 24 bits, not " + code);
        }
        if (applicationId < 0 || applicationId > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("Application-Id must be an unsigned 32-bit number, not " + applicationId);
        }
        this.code = code;
        this.applicationId = applicationId;
        this.name = Objects.requireNonNull(name, "name");
        this.requestShortName = Objects.requireNonNull(shortName, "shortName") + "R";
        this.answerShortName = shortName + "A";
        this.proxiable = proxiable;
    }

    /** The command code. */
    public int code() {
        return code;
    }

    /** The Application-Id. */
    public long applicationId() {
        return applicationId;
    }

    /** The name without Request/Answer, e.g. {@code Credit-Control}. */
    public String name() {
        return name;
    }

    /** e.g. {@code CCR}. */
    public String requestShortName() {
        return requestShortName;
    }

    /** e.g. {@code CCA}. */
    public String answerShortName() {
        return answerShortName;
    }

    /** Whether the header has the P bit. */
    public boolean proxiable() {
        return proxiable;
    }

    /** A request builder with this code, application, R bit and (when proxiable) P bit. */
    public DiameterMessage.Builder request() {
        DiameterMessage.Builder b = DiameterMessage.request(code, applicationId);
        if (proxiable) {
            b.proxiable();
        }
        return b;
    }

    /** Whether {@code m} is a request of this command in this application. */
    public boolean matchesRequest(DiameterMessage m) {
        return m.isRequest() && matches(m);
    }

    /** Whether {@code m} is an answer of this command in this application. */
    public boolean matchesAnswer(DiameterMessage m) {
        return m.isAnswer() && matches(m);
    }

    /** Whether {@code m} has this command code and Application-Id (request or answer). */
    public boolean matches(DiameterMessage m) {
        return m.commandCode() == code && m.applicationIdUnsigned() == applicationId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandKey && ((CommandKey) o).code == code && ((CommandKey) o).applicationId == applicationId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(applicationId) * 31 + code;
    }

    /** {@code CCR/CCA Credit-Control(272, app 4)}. */
    @Override
    public String toString() {
        return requestShortName + "/" + answerShortName + " " + name + "(" + code + ", app " + applicationId + ")";
    }
}
