package io.diameterharness.peer;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import java.util.List;
import java.util.Objects;

/**
 * Answers derived from their request as RFC 6733 section 6.2 asks: same command, application,
 * Hop-by-Hop and End-to-End identifiers, P bit copied, Session-Id copied first, our Origin-Host and
 * Origin-Realm, Proxy-Info copied; for protocol errors (3xxx) the E bit, Error-Message and Failed-AVP.
 */
public final class Answers {
    private Answers() {
    }

    /**
     * An answer with a Result-Code, ready for more AVPs: Session-Id (if the request had one),
     * Result-Code, Origin-Host, Origin-Realm, then Proxy-Info copies. The E bit is set when the
     * Result-Code is a protocol error (3xxx).
     *
     * @param request     the request answered
     * @param originHost  our Origin-Host
     * @param originRealm our Origin-Realm
     * @param resultCode  the Result-Code
     * @return a builder for the answer
     */
    public static DiameterMessage.Builder answer(DiameterMessage request, String originHost, String originRealm,
                                                 long resultCode) {
        Objects.requireNonNull(request, "request");
        if (!request.isRequest()) {
            throw new IllegalArgumentException("an answer derives from a request (R bit set), not from "
                    + "command " + request.commandCode() + " with flags " + DiameterMessage.flagString(request.flags()));
        }
        DiameterMessage.Builder b = DiameterMessage.answerTo(request);
        request.avp(Avps.SESSION_ID.code()).ifPresent(b::avp);
        b.avp(Avps.RESULT_CODE.avp(resultCode));
        b.avp(Avps.ORIGIN_HOST.avp(originHost));
        b.avp(Avps.ORIGIN_REALM.avp(originRealm));
        if (ResultCode.isProtocolError(resultCode)) {
            b.error();
        }
        for (Avp a : request.avps()) {
            if (Avps.PROXY_INFO.matches(a)) {
                b.avp(a);
            }
        }
        return b;
    }

    /**
     * An error answer: {@link #answer} plus Error-Message (when given) and one Failed-AVP holding
     * the offending AVPs (when given).
     *
     * @param request      the request answered
     * @param originHost   our Origin-Host
     * @param originRealm  our Origin-Realm
     * @param resultCode   the Result-Code (the E bit is set for 3xxx)
     * @param errorMessage the Error-Message text, or {@code null}
     * @param failedAvps   the offending AVPs for Failed-AVP, possibly empty
     * @return the answer
     */
    public static DiameterMessage error(DiameterMessage request, String originHost, String originRealm,
                                        long resultCode, String errorMessage, List<Avp> failedAvps) {
        DiameterMessage.Builder b = answer(request, originHost, originRealm, resultCode);
        List<Avp> all = b.avps();
        int insertAt = all.size();
        while (insertAt > 0 && Avps.PROXY_INFO.matches(all.get(insertAt - 1))) {
            insertAt--;
        }
        if (errorMessage != null) {
            b.avpAt(insertAt++, Avps.ERROR_MESSAGE.avp(errorMessage));
        }
        if (!failedAvps.isEmpty()) {
            b.avpAt(insertAt, Avps.FAILED_AVP.avp(List.copyOf(failedAvps)));
        }
        return b.build();
    }

    /** The Result-Code of an answer, or -1 when it has none (or an unreadable one). */
    public static long resultCode(DiameterMessage answer) {
        return answer.avp(Avps.RESULT_CODE.code()).filter(a -> a.valueLength() == 4).map(Avp::asUnsigned32)
                .orElse(-1L);
    }
}
