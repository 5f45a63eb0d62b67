package io.diameterharness.benchmarks.load;

import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;

import io.diameterharness.fake.FakeServer;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A server under load in its own JVM, so that it does not share a process with the load client
 * (as the real servers do not): {@code fake-journal-on}, {@code fake-journal-off},
 * {@code fake-journal=<capacity>} (a {@link FakeServer} answering every CCR with
 * {@code success()}), or {@code echo} (the raw {@link EchoServer} baseline).
 *
 * <p>Protocol on standard input and output: it prints {@code port <n>} once listening; the line
 * {@code memory} makes it collect garbage and print
 * {@code memory heap=<bytes> direct=<bytes> nettyDirect=<bytes> journal=<entries>}; end of input
 * stops it.
 */
public final class TargetServer {
    /** The journal capacity of {@code fake-journal-on}: the test default. */
    public static final int DEFAULT_JOURNAL = io.diameterharness.journal.Journal.DEFAULT_CAPACITY;

    private TargetServer() {
    }

    /**
     * Runs a server until standard input ends.
     *
     * @param args one argument: the kind of server
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TargetServer fake-journal-on|fake-journal-off|fake-journal=N|echo");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String kind = args[0];
        AutoCloseable server;
        InetSocketAddress address;
        FakeServer fake = null;
        if (kind.equals("echo")) {
            EchoServer echo = EchoServer.start(io.diameterharness.transport.EventLoops.threadCount());
            server = echo;
            address = echo.address();
        } else {
            int capacity = switch (kind) {
                case "fake-journal-on" -> DEFAULT_JOURNAL;
                case "fake-journal-off" -> 0;
                default -> {
                    if (!kind.startsWith("fake-journal=")) {
                        throw new IllegalArgumentException("unknown server kind: " + kind);
                    }
                    yield Integer.parseInt(kind.substring("fake-journal=".length()));
                }
            };
            fake = FakeServer.builder().name("fake").realm(Traffic.SERVER_REALM)
                    .peerConfig(c -> c.journalCapacity(capacity)).start();
            fake.on(creditControlRequest()).answer(success());
            server = fake;
            address = fake.address();
        }
        out.println("port " + address.getPort());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals("memory")) {
                out.println(memory(fake));
            }
        }
        try {
            server.close();
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.exit(0);
    }

    private static String memory(FakeServer fake) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long direct = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                direct = pool.getMemoryUsed();
            }
        }
        long nettyDirect = ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider p
                ? p.metric().usedDirectMemory() : -1;
        long nettyTracked = io.netty.util.internal.PlatformDependent.usedDirectMemory();
        int journal = fake == null ? 0 : fake.journal().size();
        return "memory heap=" + heap + " direct=" + Math.max(direct, nettyTracked) + " nettyDirect=" + nettyDirect
                + " journal=" + journal;
    }
}
