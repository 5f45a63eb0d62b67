package io.diameterharness.demo;

import io.diameterharness.codec.DecodeResult;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageDecoder;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.journal.pcap.CapturedPacket;
import io.diameterharness.journal.pcap.PcapWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's main job for now: encodes the example SMS charging Credit-Control-Request
 * ({@link ExampleMessages#creditControlRequest()}), decodes it back, writes it to a pcap file and
 * prints the file's path and the message tree with names from the built-in dictionary.
 *
 * <p>Usage: {@code ExampleCcrDemo [pcap-path]}; the default path is
 * {@code target/example-ccr.pcap} under the working directory.
 */
public final class ExampleCcrDemo {
    /** Where the pcap goes when no path is given. */
    public static final Path DEFAULT_PCAP = Path.of("target", "example-ccr.pcap");

    private ExampleCcrDemo() {
    }

    /**
     * Runs the demo.
     *
     * @param args optionally the pcap path
     * @throws IOException when the pcap file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            System.err.println("usage: ExampleCcrDemo [pcap-path]");
            System.exit(2);
        }
        run(args.length == 1 ? Path.of(args[0]) : DEFAULT_PCAP, System.out);
    }

    /**
     * Encodes, decodes and writes the example CCR to {@code pcap}, printing to {@code out}; returns the
     * decoded message.
     *
     * @param pcap where to write the capture
     * @param out  where to print the path and the tree
     * @return the message decoded from the encoded bytes
     * @throws IOException when the pcap file cannot be written
     */
    public static DiameterMessage run(Path pcap, PrintStream out) throws IOException {
        DiameterMessage ccr = ExampleMessages.creditControlRequest();
        byte[] wire = ccr.encode();
        DecodeResult decoded = MessageDecoder.decode(wire);
        if (!decoded.isSuccess()) {
            throw new IllegalStateException("the example CCR does not decode: " + decoded.error());
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        CapturedPacket packet = new CapturedPacket(ExampleMessages.EVENT_TIME,
                new InetSocketAddress(loopback, 40000), new InetSocketAddress(loopback, 3868), wire);
        PcapWriter.write(pcap, List.of(packet));
        out.println("Wrote " + wire.length + "-byte Credit-Control-Request to " + pcap.toAbsolutePath());
        out.println("Open it with: tshark -r " + pcap.toAbsolutePath() + " -V");
        out.println();
        out.println(Dictionary.builtIn().render(decoded.message()));
        return decoded.message();
    }
}
