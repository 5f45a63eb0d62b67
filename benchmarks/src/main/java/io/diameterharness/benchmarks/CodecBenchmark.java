package io.diameterharness.benchmarks;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DecodeResult;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageDecoder;
import io.diameterharness.codec.MessageEncoder;
import io.diameterharness.demo.ExampleMessages;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding and encoding the example SMS charging CCR (484 bytes, 16 top-level AVPs, 4 levels of
 * Grouped). Target: at least one million decode+encode cycles per second on one core.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmark {
    private byte[] wire;
    private DiameterMessage ccr;
    private ByteBuf out;

    /** Encodes the example once. */
    @Setup
    public void setUp() {
        ccr = ExampleMessages.creditControlRequest();
        wire = ccr.encode();
        out = Unpooled.buffer(wire.length);
    }

    /** Releases the output buffer. */
    @TearDown
    public void tearDown() {
        out.release();
    }

    /** Frame bytes to message: header checks and top-level AVP framing (Grouped values parse lazily). */
    @Benchmark
    public DecodeResult decode() {
        return MessageDecoder.decode(wire);
    }

    /** Message to a new byte array. */
    @Benchmark
    public byte[] encode() {
        return ccr.encode();
    }

    /** The cycle of a fake peer relaying a message: decode the bytes, encode the message again. */
    @Benchmark
    public byte[] decodeEncode() {
        return MessageDecoder.decode(wire).message().encode();
    }

    /** Decode, then open every Grouped AVP and read every leaf value, then encode into a Netty buffer. */
    @Benchmark
    public void decodeDeepEncodeToByteBuf(Blackhole bh) {
        DiameterMessage m = MessageDecoder.decode(wire).message();
        Avp.walk(m.avps(), CodecBenchmark::isGrouped, 8, (avp, level) -> bh.consume(avp.valueLength() == 4
                ? avp.asUnsigned32() : avp.value()));
        out.clear();
        MessageEncoder.encode(m, out);
        bh.consume(out.writerIndex());
    }

    private static boolean isGrouped(Avp avp) {
        switch (avp.code()) {
            case 443: case 456: case 437: case 873: case 2000: case 2026: case 1201:
                return true;
            default:
                return false;
        }
    }
}
