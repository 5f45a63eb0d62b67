package io.diameterharness.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswersTest {
    static final Avp PROXY_INFO = Avps.PROXY_INFO.avp(Avps.PROXY_HOST.avp("proxy.test"),
            Avps.PROXY_STATE.avp(new byte[] {1, 2}));

    static DiameterMessage ccr() {
        return DiameterMessage.request(272, 4).proxiable().hopByHopId(0x11).endToEndId(0x22)
                .avp(Avps.ORIGIN_HOST.avp("pcef.test")).avp(Avps.SESSION_ID.avp("pcef.test;1"))
                .avp(PROXY_INFO).build();
    }

    @Test
    void answerCopiesIdentifiersPBitAndSessionIdFirstAndProxyInfo() {
        DiameterMessage a = Answers.answer(ccr(), "ocs.test", "test", ResultCode.DIAMETER_SUCCESS).build();
        assertFalse(a.isRequest());
        assertTrue(a.isProxiable());
        assertFalse(a.isError());
        assertEquals(272, a.commandCode());
        assertEquals(4, a.applicationId());
        assertEquals(0x11, a.hopByHopId());
        assertEquals(0x22, a.endToEndId());
        assertEquals(List.of(263, 268, 264, 296, 284), a.avps().stream().map(Avp::code).toList());
        assertEquals(PROXY_INFO, a.avps().get(4));
    }

    @Test
    void protocolErrorSetsTheEBitWithErrorMessageAndFailedAvpBeforeProxyInfo() {
        Avp bad = Avps.DESTINATION_REALM.avp("nowhere");
        DiameterMessage a = Answers.error(ccr(), "ocs.test", "test", ResultCode.DIAMETER_REALM_NOT_SERVED,
                "realm not served", List.of(bad));
        assertTrue(a.isError());
        assertEquals(List.of(263, 268, 264, 296, 281, 279, 284), a.avps().stream().map(Avp::code).toList());
        assertEquals(List.of(bad), Avps.FAILED_AVP.read(a.avp(279).orElseThrow()));
        assertEquals(3003L, Answers.resultCode(a));
    }

    @Test
    void permanentFailureHasNoEBit() {
        DiameterMessage a = Answers.error(ccr(), "ocs.test", "test", ResultCode.DIAMETER_MISSING_AVP, null, List.of());
        assertFalse(a.isError());
        assertTrue(a.avp(Avps.ERROR_MESSAGE.code()).isEmpty());
    }

    @Test
    void answerWithoutSessionIdStartsWithResultCode() {
        DiameterMessage dwr = DiameterMessage.request(280, 0).build();
        DiameterMessage a = Answers.answer(dwr, "ocs.test", "test", 2001).build();
        assertEquals(268, a.avps().get(0).code());
        assertFalse(a.isProxiable());
    }

    @Test
    void answeringAnAnswerIsRefusedWithTheReason() {
        DiameterMessage answer = DiameterMessage.answerTo(ccr()).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Answers.answer(answer, "h", "r", 2001));
        assertTrue(e.getMessage().contains("derives from a request"), e.getMessage());
    }

    @Test
    void resultCodeIsMinusOneWhenAbsent() {
        assertEquals(-1, Answers.resultCode(DiameterMessage.answerTo(ccr()).build()));
    }
}
