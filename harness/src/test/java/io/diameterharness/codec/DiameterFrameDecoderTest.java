package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.demo.ExampleMessages;
import io.diameterharness.fixtures.Vectors;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 24-bit length framer on an {@link EmbeddedChannel}: fragments, batches, bad lengths, leaks. */
class DiameterFrameDecoderTest {

    private static final List<DiameterMessage> EXAMPLES = List.of(
            ExampleMessages.capabilitiesExchangeRequest(), ExampleMessages.capabilitiesExchangeAnswer(),
            ExampleMessages.creditControlRequest(), ExampleMessages.creditControlAnswer(),
            ExampleMessages.deviceWatchdogRequest(), ExampleMessages.disconnectPeerAnswer());

    private static List<ReceivedFrame> drain(EmbeddedChannel ch) {
        List<ReceivedFrame> out = new ArrayList<>();
        for (Object o; (o = ch.readInbound()) != null; ) {
            out.add((ReceivedFrame) o);
        }
        return out;
    }

    private static ByteBuf tracked(byte[] bytes, int from, int to, List<ByteBuf> all) {
        ByteBuf b = Unpooled.buffer(to - from).writeBytes(bytes, from, to - from);
        all.add(b);
        return b;
    }

    @Test
    void messageSplitInTwoAtEveryOffsetIsDecodedOnce() {
        for (DiameterMessage m : EXAMPLES) {
            byte[] wire = m.encode();
            for (int split = 1; split < wire.length; split++) {
                List<ByteBuf> fed = new ArrayList<>();
                EmbeddedChannel ch = new EmbeddedChannel(new DiameterFrameDecoder());
                ch.writeInbound(tracked(wire, 0, split, fed));
                assertNull(ch.readInbound(), "nothing before the message is complete, split " + split);
                ch.writeInbound(tracked(wire, split, wire.length, fed));
                List<ReceivedFrame> frames = drain(ch);
                assertEquals(1, frames.size(), "split " + split);
                assertEquals(m, frames.get(0).message());
                assertArrayEquals(wire, frames.get(0).bytes());
                assertFalse(ch.finish(), "finish() leaves nothing");
                for (ByteBuf b : fed) {
                    assertEquals(0, b.refCnt(), "input buffer released, split " + split);
                }
            }
        }
    }

    @Test
    void messageFedOneByteAtATimeIsDecoded() {
        byte[] wire = ExampleMessages.creditControlRequest().encode();
        EmbeddedChannel ch = new EmbeddedChannel(new DiameterFrameDecoder());
        for (int i = 0; i < wire.length; i++) {
            ch.writeInbound(Unpooled.wrappedBuffer(wire, i, 1));
        }
        assertEquals(ExampleMessages.creditControlRequest(), drain(ch).get(0).message());
        assertFalse(ch.finish());
    }

    @Test
    void severalMessagesInOneBufferAreAllDecodedInOrder() {
        ByteBuf all = Unpooled.buffer();
        for (DiameterMessage m : EXAMPLES) {
            all.writeBytes(m.encode());
        }
        EmbeddedChannel ch = new EmbeddedChannel(new DiameterFrameDecoder());
        ch.writeInbound(all);
        assertEquals(EXAMPLES, drain(ch).stream().map(ReceivedFrame::message).toList());
        assertEquals(0, all.refCnt());
        assertFalse(ch.finish());
    }

    @Test
    void twoMessagesSplitAcrossBuffersAtEveryOffsetAreBothDecoded() {
        byte[] a = ExampleMessages.deviceWatchdogRequest().encode();
        byte[] b = ExampleMessages.deviceWatchdogAnswer().encode();
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        for (int split = 1; split < both.length; split++) {
            EmbeddedChannel ch = new EmbeddedChannel(new DiameterFrameDecoder());
            ch.writeInbound(Unpooled.copiedBuffer(both, 0, split));
            ch.writeInbound(Unpooled.copiedBuffer(both, split, both.length - split));
            assertEquals(List.of(ExampleMessages.deviceWatchdogRequest(), ExampleMessages.deviceWatchdogAnswer()),
                    drain(ch).stream().map(ReceivedFrame::message).toList(), "split " + split);
            assertFalse(ch.finish());
        }
    }

    @Test
    void badMessageWithATrustworthyLengthIsReportedAndTheStreamContinues() {
        byte[] badAvp = Vectors.bytes("01 000020 80 000118 00000000 00000001 00000002 00000108 40 000003 00000000");
        ByteBuf in = Unpooled.buffer().writeBytes(badAvp).writeBytes(ExampleMessages.deviceWatchdogRequest().encode());
        EmbeddedChannel ch = new EmbeddedChannel(new DiameterFrameDecoder());
        ch.writeInbound(in);
        List<ReceivedFrame> frames = drain(ch);
        assertEquals(2, frames.size());
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_LENGTH, frames.get(0).error().resultCode());
        assertFalse(frames.get(0).framingLost());
        assertArrayEquals(badAvp, frames.get(0).bytes());
        assertEquals(ExampleMessages.deviceWatchdogRequest(), frames.get(1).message());
        assertFalse(ch.finish());
    }

    @Test
    void lengthAboveTheMaximumIsReportedOnceWithoutWaitingForTheBytesAndTheRestIsDiscarded() {
        DiameterFrameDecoder decoder = DiameterFrameDecoder.withMaxMessageSize(4096);
        EmbeddedChannel ch = new EmbeddedChannel(decoder);
        ByteBuf claim = Unpooled.wrappedBuffer(Vectors.bytes("01 fffffc 80 000118"));
        ch.writeInbound(claim);
        List<ReceivedFrame> frames = drain(ch);
        assertEquals(1, frames.size());
        ReceivedFrame lost = frames.get(0);
        assertTrue(lost.framingLost());
        assertEquals(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH, lost.error().resultCode());
        assertTrue(lost.error().description().contains("16777212 exceeds the maximum message size of 4096"),
                lost.error().description());
        assertTrue(decoder.isFramingLost());
        ByteBuf more = Unpooled.wrappedBuffer(ExampleMessages.deviceWatchdogRequest().encode());
        ch.writeInbound(more);
        assertNull(ch.readInbound(), "no guessing after framing is lost");
        assertEquals(0, claim.refCnt());
        assertEquals(0, more.refCnt());
        assertFalse(ch.finish());
    }

    @Test
    void lengthsThatCannotFrameAMessageLoseFraming() {
        for (String header : List.of("01 000003 80 000118", "01 000013 80 000118", "01 000016 80 000118")) {
            EmbeddedChannel ch = new EmbeddedChannel(new DiameterFrameDecoder());
            ch.writeInbound(Unpooled.wrappedBuffer(Vectors.bytes(header + " 00000000 00000000 00000000")));
            ReceivedFrame f = ch.readInbound();
            assertTrue(f.framingLost(), header);
            assertEquals(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH, f.error().resultCode(), header);
            assertFalse(ch.finish());
        }
    }

    @Test
    void streamEndingMidMessageIsReportedAtClose() {
        byte[] wire = ExampleMessages.creditControlRequest().encode();
        EmbeddedChannel ch = new EmbeddedChannel(new DiameterFrameDecoder());
        ch.writeInbound(Unpooled.wrappedBuffer(wire, 0, 100));
        assertNull(ch.readInbound());
        assertTrue(ch.finish(), "the truncated message is reported");
        ReceivedFrame f = ch.readInbound();
        assertTrue(f.framingLost());
        assertEquals("stream ended after 100 of the 484 announced bytes of a message", f.error().description());
        assertNull(ch.readInbound());
    }

    @Test
    void encoderWritesTheExactBytesIntoOneBuffer() {
        EmbeddedChannel ch = new EmbeddedChannel(DiameterMessageEncoder.INSTANCE);
        for (DiameterMessage m : EXAMPLES) {
            ch.writeOutbound(m);
            ByteBuf out = ch.readOutbound();
            byte[] bytes = new byte[out.readableBytes()];
            out.readBytes(bytes);
            assertTrue(out.release());
            assertArrayEquals(m.encode(), bytes);
        }
        assertFalse(ch.finish());
    }
}
