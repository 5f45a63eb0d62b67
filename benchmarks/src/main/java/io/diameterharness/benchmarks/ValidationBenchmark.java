package io.diameterharness.benchmarks;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageDecoder;
import io.diameterharness.demo.ExampleMessages;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.dictionary.Violation;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating the example SMS charging CCR against the built-in dictionary: command ABNF, every
 * Grouped level (Service-Information down to Recipient-Address), flag rules, enum values and value
 * formats. {@code validateDecoded} starts from freshly decoded bytes, so Grouped values are parsed
 * on the way, as for a message just received; {@code render} is the Wireshark-like tree.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidationBenchmark {
    private Dictionary dictionary;
    private DiameterMessage ccr;
    private byte[] wire;

    /** Loads the built-in dictionary and builds the example CCR. */
    @Setup
    public void setUp() {
        dictionary = Dictionary.builtIn();
        ccr = ExampleMessages.creditControlRequest();
        wire = ccr.encode();
        if (!dictionary.validate(ccr).isEmpty()) {
            throw new IllegalStateException("the example CCR should be valid: " + dictionary.validate(ccr));
        }
    }

    /** Validation of a built message (Grouped children already parsed). */
    @Benchmark
    public List<Violation> validate() {
        return dictionary.validate(ccr);
    }

    /** Decode then validate, as for a received message. */
    @Benchmark
    public List<Violation> validateDecoded() {
        return dictionary.validate(MessageDecoder.decode(wire).message());
    }

    /** The tree rendering used in failure messages. */
    @Benchmark
    public String render() {
        return dictionary.render(ccr);
    }
}
