package io.diameterharness.dictionary;

import java.util.Objects;

/**
 * A Diameter command (RFC 6733 section 3.1): code, name, the short names of its request and answer
 * (CCR / CCA), its application, whether the P bit is set, and the ABNF of request and answer.
 *
 * @param code            the command code
 * @param name            the name without Request/Answer, e.g. {@code Credit-Control}
 * @param requestShortName e.g. {@code CCR}
 * @param answerShortName  e.g. {@code CCA}
 * @param applicationId   the Application-Id of the header
 * @param proxiable       whether the P bit is set in the header
 * @param request         the request ABNF
 * @param answer          the answer ABNF
 * @param source          where it was defined ({@code file:line}), or {@code null}
 */
public record CommandDefinition(int code, String name, String requestShortName, String answerShortName,
                                long applicationId, boolean proxiable, Abnf request, Abnf answer, String source) {

    /** Checks names and ABNF are present. */
    public CommandDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requestShortName, "requestShortName");
        Objects.requireNonNull(answerShortName, "answerShortName");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(answer, "answer");
    }

    /** The ABNF for a request ({@code true}) or an answer. */
    public Abnf abnf(boolean isRequest) {
        return isRequest ? request : answer;
    }

    /** {@code Credit-Control-Request} or {@code Credit-Control-Answer}. */
    public String fullName(boolean isRequest) {
        return name + (isRequest ? "-Request" : "-Answer");
    }

    /** {@code CCR} or {@code CCA}. */
    public String shortName(boolean isRequest) {
        return isRequest ? requestShortName : answerShortName;
    }

    /** This command with other request and answer ABNF. */
    public CommandDefinition withAbnf(Abnf newRequest, Abnf newAnswer) {
        return new CommandDefinition(code, name, requestShortName, answerShortName, applicationId, proxiable,
                newRequest, newAnswer, source);
    }

    /** {@code Credit-Control(272, app 4)}. */
    @Override
    public String toString() {
        return name + "(" + code + ", app " + applicationId + ")";
    }
}
