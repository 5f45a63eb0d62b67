package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Coverage-guided fuzz test of {@link DiameterFrameDecoder} (Jazzer) in an {@link EmbeddedChannel}.
 * Without {@code JAZZER_FUZZ} it runs as a regression test on the seeds and on every input saved
 * under {@code src/test/resources/io/diameterharness/codec/FrameDecoderFuzzTestInputs/}.
 */
// Above the 60 s fuzzing run: JUnit times the whole fuzzing invocation, and Jazzer makes the same
// value its per-input hang limit.
@Timeout(120)
class FrameDecoderFuzzTest {
    static Stream<byte[]> seeds() {
        return ValidMessages.encodedOfBuiltInDictionary().stream();
    }

    /**
     * Any byte stream, cut into arbitrary pieces, is framed into messages and errors in order; after
     * an untrusted length nothing more is emitted; nothing is left over and no buffer leaks.
     */
    @MethodSource("seeds")
    @FuzzTest(maxDuration = "60s")
    void frameDecoderFramesAnyByteStreamIntoMessagesAndErrors(byte[] input) {
        EmbeddedChannel ch = new EmbeddedChannel(new DiameterFrameDecoder(FuzzChecks.OPTIONS));
        int step = input.length == 0 ? 1 : 1 + (input[input.length - 1] & 0x3F);
        List<ByteBuf> pieces = new ArrayList<>();
        for (int at = 0; at < input.length; at += step) {
            ByteBuf piece = Unpooled.copiedBuffer(input, at, Math.min(step, input.length - at));
            pieces.add(piece);
            ch.writeInbound(piece);
        }
        ch.finish();
        for (ByteBuf piece : pieces) {
            assertEquals(0, piece.refCnt(), "the decoder released every buffer it was given");
        }
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
                FuzzChecks.assertKnownResultCode(f.error().resultCode(), f.error().toString());
            }
        }
        boolean lost = !frames.isEmpty() && frames.get(frames.size() - 1).framingLost();
        assertTrue(lost || consumed == input.length, "every byte is accounted for: " + consumed + " of "
                + input.length);
        assertFalse(ch.finish(), "nothing left in the channel");
    }
}
