package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DecodeResult;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.codec.MessageDecoder;
import io.diameterharness.codec.ResultCode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzz test of dictionary validation and rendering (Jazzer): any decodable message,
 * however wrong for its command, yields violations that each carry a Result-Code and a Failed-AVP
 * that encodes, and renders as text; never an exception. Regression inputs live in
 * {@code src/test/resources/io/diameterharness/dictionary/ValidatorFuzzTestInputs/<method>/}.
 */
// Above the 60 s fuzzing run: JUnit times the whole fuzzing invocation, and Jazzer makes the same
// value its per-input hang limit.
@Timeout(120)
class ValidatorFuzzTest {
    private static final Dictionary DICTIONARY = Dictionary.builtIn();
    private static final List<String> PATHS = List.of("Subscription-Id/Subscription-Id-Data",
            "Multiple-Services-Credit-Control/Used-Service-Unit/CC-Total-Octets",
            "Service-Information/SMS-Information/Recipient-Info/Recipient-Address/Address-Data");

    static Stream<byte[]> seeds() {
        return ValidMessages.encodedOfBuiltInDictionary().stream();
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "60s")
    void validationYieldsViolationsWithResultCodesForAnyMessage(byte[] input) {
        DecodeResult r = MessageDecoder.decode(input);
        if (!r.isSuccess()) {
            return; // the codec fuzz test covers undecodable bytes
        }
        DiameterMessage m = r.message();
        List<Violation> violations = DICTIONARY.validate(m);
        for (Violation v : violations) {
            assertTrue(v.resultCode() >= 3000 && v.resultCode() < 6000
                    && !"UNKNOWN".equals(ResultCode.name(v.resultCode())), () -> "Result-Code of " + v);
            assertNotNull(v.description());
            if (v.failedAvp() != null) {
                assertTrue(v.failedAvp().encode().length >= 8, () -> "Failed-AVP of " + v);
            }
        }
        assertEquals(violations, DICTIONARY.validate(m), "validation is deterministic");
        DICTIONARY.validate(m, 1);
        assertNotNull(DICTIONARY.render(m));
        for (Avp a : m.avps()) {
            DICTIONARY.displayValue(a);
            DICTIONARY.enumLabel(a);
            try {
                DICTIONARY.value(a);
            } catch (InvalidAvpValueException e) {
                assertTrue(e.error().resultCode() >= 3000, e::toString);
            }
        }
        for (String path : PATHS) {
            try {
                DICTIONARY.find(m, path);
            } catch (InvalidAvpValueException e) {
                assertTrue(e.error().resultCode() >= 3000, e::toString);
            }
        }
    }
}
