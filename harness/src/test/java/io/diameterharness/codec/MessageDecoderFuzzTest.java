package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.diameterharness.dictionary.ValidMessages;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzz test of {@link MessageDecoder} (Jazzer). Without {@code JAZZER_FUZZ} it runs as
 * a regression test on the seeds (a valid request and answer of every built-in command) and on every
 * input saved under {@code src/test/resources/io/diameterharness/codec/MessageDecoderFuzzTestInputs/}.
 * The contract: any input yields a defined outcome, never an uncaught exception.
 */
// Above the 60 s fuzzing run: JUnit times the whole fuzzing invocation, and Jazzer makes the same
// value its per-input hang limit.
@Timeout(120)
class MessageDecoderFuzzTest {
    static Stream<byte[]> seeds() {
        return ValidMessages.encodedOfBuiltInDictionary().stream();
    }

    /**
     * Any bytes decode to a message that re-encodes to the same bytes and whose AVP tree can be
     * walked and printed, or to an error carrying a Result-Code of RFC 6733.
     */
    @MethodSource("seeds")
    @FuzzTest(maxDuration = "60s")
    void messageDecoderYieldsAMessageOrAnErrorWithAResultCode(byte[] input) {
        DecodeResult r = MessageDecoder.decode(input, FuzzChecks.OPTIONS);
        if (r.isSuccess()) {
            DiameterMessage m = r.message();
            assertArrayEquals(input, m.encode(), "a decoded message re-encodes to its bytes");
            assertEquals(m, MessageDecoder.decode(m.encode(), FuzzChecks.OPTIONS).message());
            FuzzChecks.walkEverything(m);
        } else {
            DecodeError e = r.error();
            FuzzChecks.assertKnownResultCode(e.resultCode(), e.toString());
            assertNotNull(e.description());
            e.failedAvp().ifPresent(a -> assertTrue(a.encode().length >= 8, "Failed-AVP is a whole AVP"));
            e.partialMessage().ifPresent(FuzzChecks::walkEverything);
        }
    }
}
