package io.diameterharness.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.DecodeResult;
import io.diameterharness.codec.DiameterFrameDecoder;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageDecoder;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.dictionary.ValidMessages;
import io.diameterharness.journal.ConnectionEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzz test of a server peer's whole pipeline (frame decoder and connection state
 * machine) in an {@link EmbeddedChannel} on a manual clock. Any byte stream from the remote side
 * yields a defined outcome: answers that are well-formed messages with a Result-Code, or a closed
 * connection whose journal says why; never an exception inside the peer. Regression inputs live in
 * {@code src/test/resources/io/diameterharness/peer/PeerPipelineFuzzTestInputs/<method>/}.
 */
// Above the 60 s fuzzing run: JUnit times the whole fuzzing invocation, and Jazzer makes the same
// value its per-input hang limit.
@Timeout(120)
class PeerPipelineFuzzTest {
    private static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 3868);
    private static final InetSocketAddress REMOTE = new InetSocketAddress("127.0.0.1", 40000);

    static byte[] capabilitiesExchangeRequest() {
        return DiameterMessage.request(257, 0).hopByHopId(1).endToEndId(1)
                .avp(Avps.ORIGIN_HOST.avp("client.example.net")).avp(Avps.ORIGIN_REALM.avp("example.net"))
                .avp(Avps.HOST_IP_ADDRESS.avp(AddressValue.parse("127.0.0.1"))).avp(Avps.VENDOR_ID.avp(0L))
                .avp(Avps.PRODUCT_NAME.avp("fuzz")).avp(Avps.AUTH_APPLICATION_ID.avp(4L)).build().encode();
    }

    /** CER, then a valid message of each built-in command: the conversation goes past the handshake. */
    static Stream<byte[]> seeds() {
        byte[] cer = capabilitiesExchangeRequest();
        return ValidMessages.encodedOfBuiltInDictionary().stream().map(m -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(cer);
            out.writeBytes(m);
            return out.toByteArray();
        });
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "60s")
    void serverPipelineAnswersOrClosesWithAReasonForAnyByteStream(byte[] input) throws Exception {
        ManualScheduler clock = new ManualScheduler();
        PeerConfig config = PeerConfig.builder().originHost("server.example.net").originRealm("example.net")
                .authApplicationIds(4).scheduler(clock).maxMessageSize(16384)
                .requestHandler(r -> {
                    if (BaseProtocol.isBase(r.message().commandCode()) || (r.message().hopByHopId() & 1) == 0) {
                        r.answerByDefault();
                    } else {
                        r.answer(r.answerBuilder(2001).build());
                    }
                }).build();
        PeerCore core = new PeerCore(config, true);
        core.newOriginStateId();
        EmbeddedChannel ch = new EmbeddedChannel(false, true) {
            @Override
            public SocketAddress localAddress() {
                return LOCAL;
            }

            @Override
            public SocketAddress remoteAddress() {
                return REMOTE;
            }
        };
        ch.pipeline().addLast(new DiameterFrameDecoder(config.transport().decoderOptions()),
                new Connection(core, ch, false, false));
        ch.register();
        List<ByteBuf> pieces = new ArrayList<>();
        try {
            int step = input.length == 0 ? 1 : 1 + (input[input.length - 1] & 0xFF);
            for (int at = 0; at < input.length && ch.isOpen(); at += step) {
                ByteBuf piece = Unpooled.copiedBuffer(input, at, Math.min(step, input.length - at));
                pieces.add(piece);
                ch.writeInbound(piece);
                ch.runPendingTasks();
            }
            clock.advance(Duration.ofSeconds(90)); // CER timeout, watchdog: timers fire too
            ch.runPendingTasks();
            ch.checkException();
            checkOutbound(ch);
            List<ConnectionEvent> events = core.journal.events();
            for (ConnectionEvent e : events) {
                assertFalse(e.kind() == ConnectionEvent.Kind.ERROR && e.detail().startsWith("failure handling"),
                        () -> "an exception inside the peer: " + e);
            }
            if (!ch.isOpen()) {
                ConnectionEvent closed = events.stream().filter(e -> e.kind() == ConnectionEvent.Kind.CLOSED)
                        .findFirst().orElseThrow(() -> new AssertionError("closed without a CLOSED event: " + events));
                assertFalse(closed.detail().isBlank(), "a close reason");
            }
        } finally {
            ch.finishAndReleaseAll();
        }
        assertTrue(core.connections.isEmpty(), "the connection unregistered");
        for (ByteBuf piece : pieces) {
            assertEquals(0, piece.refCnt(), "every inbound buffer released");
        }
    }

    /** Everything the peer wrote is a sequence of well-formed messages, each answer with a Result-Code. */
    private static void checkOutbound(EmbeddedChannel ch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ByteBuf b = ch.readOutbound(); b != null; b = ch.readOutbound()) {
            byte[] bytes = new byte[b.readableBytes()];
            b.readBytes(bytes);
            b.release();
            out.writeBytes(bytes);
        }
        byte[] all = out.toByteArray();
        int at = 0;
        while (at < all.length) {
            assertTrue(all.length - at >= 20, "a whole header at " + at);
            int length = ((all[at + 1] & 0xFF) << 16) | ((all[at + 2] & 0xFF) << 8) | (all[at + 3] & 0xFF);
            DecodeResult r = MessageDecoder.decode(java.util.Arrays.copyOfRange(all, at, at + length));
            assertTrue(r.isSuccess(), () -> "our output decodes: " + r);
            DiameterMessage m = r.message();
            if (!m.isRequest()) {
                assertNotEquals(-1L, Answers.resultCode(m), () -> "an answer with a Result-Code: " + m);
            }
            at += length;
        }
        assertEquals(all.length, at);
    }
}
