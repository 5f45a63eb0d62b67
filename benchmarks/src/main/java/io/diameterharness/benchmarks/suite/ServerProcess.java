package io.diameterharness.benchmarks.suite;

import io.diameterharness.benchmarks.load.TargetServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link TargetServer} in a child JVM with the same class path as this one. */
final class ServerProcess implements AutoCloseable {
    /** JVM options of every server JVM (and of the JMH forks). */
    static final List<String> JVM_OPTIONS = List.of("-Xms512m", "-Xmx512m",
            "-Dio.netty.leakDetection.level=disabled");

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(1000);
    private final InetSocketAddress address;
    private final String kind;

    private ServerProcess(String kind) {
        this.kind = kind;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TargetServer.class.getName());
        command.add(kind);
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.offer(line);
                }
            } catch (IOException e) {
                // process gone
            }
        }, "server-output-" + kind);
        reader.setDaemon(true);
        reader.start();
        String port = awaitLine("port ", 30);
        address = new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(port.substring("port ".length()).trim()));
    }

    static ServerProcess start(String kind) {
        return new ServerProcess(kind);
    }

    InetSocketAddress address() {
        return address;
    }

    long pid() {
        return process.pid();
    }

    /** Collects garbage in the server and returns heap, direct, nettyDirect and journal figures. */
    Map<String, Long> memory() {
        try {
            stdin.write("memory\n");
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("server " + kind + " is gone", e);
        }
        String line = awaitLine("memory ", 60);
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring("memory ".length()).trim().split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        return values;
    }

    private String awaitLine(String prefix, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try {
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new IllegalStateException("server " + kind + " printed no '" + prefix + "' line within "
                            + seconds + " s (alive: " + process.isAlive() + ")");
                }
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
