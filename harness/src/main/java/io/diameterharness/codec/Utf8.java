package io.diameterharness.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: malformed or unmappable input is an error (5004), never replaced. */
final class Utf8 {
    private Utf8() {
    }

    static String decodeStrict(byte[] b, int offset, int length, Avp avp) {
        boolean ascii = true;
        for (int i = offset; i < offset + length; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, offset, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidAvpValueException(DecodeError.of(ResultCode.DIAMETER_INVALID_AVP_VALUE,
                    "AVP " + Integer.toUnsignedString(avp.code()) + " is not valid UTF-8", -1, avp));
        }
    }

    static boolean isValid(byte[] b, int offset, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
