package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.diameterharness.dictionary.ValidMessages;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzz tests of the codec (Jazzer). Without {@code JAZZER_FUZZ} they run as
 * regression tests on the seeds (a valid request and answer of every built-in command) and on every
 * input saved under {@code src/test/resources/io/diameterharness/codec/CodecFuzzTestInputs/<method>/}.
 * The contract: any input yields a defined outcome, never an uncaught exception.
 */
// Above the 60 s fuzzing run: JUnit times the whole fuzzing invocation, and Jazzer makes the same
// value its per-input hang limit.
@Timeout(120)
class CodecFuzzTest {
    /** A small maximum so that the size check is reachable with fuzzer-sized inputs. */
    static final MessageDecoder.Options OPTIONS = MessageDecoder.DEFAULT_OPTIONS.withMaxMessageSize(8192)
            .withMaxNestingDepth(8);

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
        DecodeResult r = MessageDecoder.decode(input, OPTIONS);
        if (r.isSuccess()) {
            DiameterMessage m = r.message();
            assertArrayEquals(input, m.encode(), "a decoded message re-encodes to its bytes");
            assertEquals(m, MessageDecoder.decode(m.encode(), OPTIONS).message());
            walkEverything(m);
        } else {
            DecodeError e = r.error();
            assertKnownResultCode(e.resultCode(), e.toString());
            assertNotNull(e.description());
            e.failedAvp().ifPresent(a -> assertTrue(a.encode().length >= 8, "Failed-AVP is a whole AVP"));
            e.partialMessage().ifPresent(CodecFuzzTest::walkEverything);
        }
    }

    /**
     * Any byte stream, cut into arbitrary pieces, is framed into messages and errors in order; after
     * an untrusted length nothing more is emitted; nothing is left over and no buffer leaks.
     */
    @MethodSource("seeds")
    @FuzzTest(maxDuration = "60s")
    void frameDecoderFramesAnyByteStreamIntoMessagesAndErrors(byte[] input) {
        EmbeddedChannel ch = new EmbeddedChannel(new DiameterFrameDecoder(OPTIONS));
        int step = input.length == 0 ? 1 : 1 + (input[input.length - 1] & 0x3F);
        for (int at = 0; at < input.length; at += step) {
            ByteBuf piece = Unpooled.copiedBuffer(input, at, Math.min(step, input.length - at));
            ch.writeInbound(piece);
        }
        ch.finish();
        List<ReceivedFrame> frames = new ArrayList<>();
        for (Object o = ch.readInbound(); o != null; o = ch.readInbound()) {
            frames.add((ReceivedFrame) o);
        }
        int consumed = 0;
        for (int i = 0; i < frames.size(); i++) {
            ReceivedFrame f = frames.get(i);
            if (f.framingLost()) {
                assertEquals(frames.size() - 1, i, "nothing follows lost framing");
                assertEquals(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH, f.error().resultCode());
                break;
            }
            byte[] expected = java.util.Arrays.copyOfRange(input, consumed, consumed + f.bytes().length);
            assertArrayEquals(expected, f.bytes(), "frames are consecutive slices of the stream");
            consumed += f.bytes().length;
            if (f.message() != null) {
                assertArrayEquals(f.bytes(), f.message().encode());
            } else {
                assertKnownResultCode(f.error().resultCode(), f.error().toString());
            }
        }
        boolean lost = !frames.isEmpty() && frames.get(frames.size() - 1).framingLost();
        assertTrue(lost || consumed == input.length, "every byte is accounted for: " + consumed + " of "
                + input.length);
        assertFalse(ch.finish(), "nothing left in the channel");
    }

    static void assertKnownResultCode(int resultCode, String what) {
        assertTrue(resultCode >= 3000 && resultCode < 6000 && !"UNKNOWN".equals(ResultCode.name(resultCode)),
                "an RFC 6733 error Result-Code: " + what);
    }

    /** Walks, prints and reads every AVP value as its shape allows; value errors are values. */
    static void walkEverything(DiameterMessage m) {
        m.toString();
        try {
            Avp.walk(m.avps(), Avp::looksGrouped, 64, (avp, level) -> {
                avp.toString();
                avp.encode();
            });
        } catch (InvalidAvpValueException e) {
            assertKnownResultCode(e.error().resultCode(), e.toString());
        }
    }
}
