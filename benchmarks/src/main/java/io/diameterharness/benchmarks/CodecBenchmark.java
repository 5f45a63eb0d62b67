package io.diameterharness.benchmarks;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DecodeResult;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageDecoder;
import io.diameterharness.codec.MessageEncoder;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.dictionary.Violation;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding, encoding and decoding+validating four messages ({@link BenchmarkMessages}): the
 * example SMS charging CCR (484 bytes, 16 top-level AVPs, 4 levels of Grouped), its CCA, a DWR
 * and a large Gx CCA installing many PCC rules. Target: at least one million decode+encode
 * cycles per second of the CCR on one core. Bytes per second are operations per second times the
 * message size; run with {@code -prof gc} for allocations per operation.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CodecBenchmark -f 1 -wi 3 -i 5 -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmark {
    /** Which message: {@code ccr}, {@code cca}, {@code dwr} or {@code gx-cca}. */
    @Param({"ccr", "cca", "dwr", "gx-cca"})
    public String message;

    private Dictionary dictionary;
    private byte[] wire;
    private DiameterMessage built;
    private ByteBuf out;

    /** Encodes the message once; checks that it is valid. */
    @Setup
    public void setUp() {
        built = BenchmarkMessages.named(message);
        wire = built.encode();
        dictionary = Dictionary.builtIn();
        List<Violation> violations = dictionary.validate(MessageDecoder.decode(wire).message());
        if (!violations.isEmpty()) {
            throw new IllegalStateException("benchmark message " + message + " should be valid: " + violations);
        }
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
        return built.encode();
    }

    /** Decode, then validate against the built-in dictionary (every Grouped level parsed), as for a received request. */
    @Benchmark
    public List<Violation> decodeValidate() {
        return dictionary.validate(MessageDecoder.decode(wire).message());
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
            case 1001: case 1003: case 1058: case 1016: case 1034:
                return true;
            default:
                return false;
        }
    }
}
