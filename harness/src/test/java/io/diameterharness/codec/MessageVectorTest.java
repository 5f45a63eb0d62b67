package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.fixtures.Vectors;
import org.junit.jupiter.api.Test;

/** Message headers and flags against hand-made vectors (RFC 6733 section 3). */
class MessageVectorTest {

    private static DiameterMessage decode(String vector) {
        DecodeResult r = MessageDecoder.decode(Vectors.bytes(vector));
        assertTrue(r.isSuccess(), () -> r.toString());
        assertEquals(Hex.of(Vectors.bytes(vector)), Hex.of(r.message().encode()), "re-encodes byte for byte");
        return r.message();
    }

    @Test
    void deviceWatchdogRequestEncodesByteForByte() {
        DiameterMessage dwr = DiameterMessage.request(280, 0).hopByHopId(0x11223344).endToEndId(0x55667788)
                .avp(Avp.builder(264).mandatory().diameterIdentity("a.example").build())
                .avp(Avp.builder(296).mandatory().diameterIdentity("example").build())
                .build();
        assertEquals(Hex.of(Vectors.bytes(Vectors.MESSAGE_DWR)), Hex.of(dwr.encode()));
        assertEquals(dwr, decode(Vectors.MESSAGE_DWR));
        assertEquals(56, dwr.length());
    }

    @Test
    void requestAndProxiableBitsAreTheTwoHighBits() {
        DiameterMessage m = decode(Vectors.HEADER_REQUEST_PROXIABLE);
        assertTrue(m.isRequest());
        assertTrue(m.isProxiable());
        assertFalse(m.isError());
        assertFalse(m.isRetransmission());
        assertEquals(272, m.commandCode());
        assertEquals(4, m.applicationId());
        assertEquals(1, m.hopByHopId());
        assertEquals(2, m.endToEndId());
        assertEquals(Hex.of(Vectors.bytes(Vectors.HEADER_REQUEST_PROXIABLE)), Hex.of(
                DiameterMessage.request(272, 4).proxiable().hopByHopId(1).endToEndId(2).build().encode()));
    }

    @Test
    void errorBitMarksAnAnswerThatCarriesAProtocolError() {
        DiameterMessage m = decode(Vectors.HEADER_ANSWER_PROXIABLE_ERROR);
        assertTrue(m.isAnswer());
        assertTrue(m.isProxiable());
        assertTrue(m.isError());
        assertEquals(Hex.of(Vectors.bytes(Vectors.HEADER_ANSWER_PROXIABLE_ERROR)), Hex.of(DiameterMessage.builder()
                .commandCode(272).applicationId(4).proxiable().error().hopByHopId(1).endToEndId(2).build().encode()));
    }

    @Test
    void retransmittedBitIsTheFourthBit() {
        DiameterMessage m = decode(Vectors.HEADER_REQUEST_RETRANSMITTED);
        assertTrue(m.isRequest());
        assertTrue(m.isRetransmission());
        assertFalse(m.isProxiable());
        assertEquals(Hex.of(Vectors.bytes(Vectors.HEADER_REQUEST_RETRANSMITTED)), Hex.of(DiameterMessage
                .request(272, 4).retransmission().hopByHopId(1).endToEndId(2).build().encode()));
    }

    @Test
    void identifiersAreUnsigned32BitFields() {
        DiameterMessage m = decode(Vectors.HEADER_ANSWER_PLAIN);
        assertTrue(m.isAnswer());
        assertEquals(0, m.flags());
        assertEquals(0xffffffff, m.hopByHopId());
        assertEquals(0x80000000, m.endToEndId());
    }

    @Test
    void relayApplicationIdAndTheLargestCommandCodeFit() {
        DiameterMessage m = decode(Vectors.HEADER_RELAY_MAX_COMMAND);
        assertEquals(0xFFFFFF, m.commandCode());
        assertEquals(4294967295L, m.applicationIdUnsigned());
        assertEquals(Hex.of(Vectors.bytes(Vectors.HEADER_RELAY_MAX_COMMAND)), Hex.of(DiameterMessage
                .request(0xFFFFFF, 4294967295L).hopByHopId(1).endToEndId(2).build().encode()));
    }

    @Test
    void answerToCopiesIdentifiersCommandApplicationAndProxiableBit() {
        DiameterMessage request = decode(Vectors.HEADER_REQUEST_PROXIABLE);
        DiameterMessage answer = DiameterMessage.answerTo(request).build();
        assertTrue(answer.isAnswer());
        assertTrue(answer.isProxiable());
        assertEquals(request.hopByHopId(), answer.hopByHopId());
        assertEquals(request.endToEndId(), answer.endToEndId());
        assertEquals(272, answer.commandCode());
        assertEquals(4, answer.applicationId());
    }
}
