package io.diameterharness.standalone.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone jar running as a separate process ({@code java -jar}), started on free ports;
 * its output is collected, and it is destroyed (and awaited) on {@link #close()}.
 */
final class StandaloneProcess implements AutoCloseable {
    private static final Pattern DIAMETER = Pattern.compile("Diameter (TCP|TLS) listening on ([0-9.]+|\\[[0-9a-f:]+\\]):(\\d+)");
    private static final Pattern ADMIN = Pattern.compile("admin API on (http://\\S+/__admin)/");

    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();
    private final Thread reader;
    int diameterPort;
    int tlsPort;
    String admin;

    private StandaloneProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "standalone-output");
        reader.setDaemon(true);
        reader.start();
    }

    static Path jar() {
        String p = System.getProperty("standalone.jar");
        Path jar = p != null ? Path.of(p) : Path.of("target", "diameter-harness-standalone.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw verify (the jar is built in package)");
        }
        return jar;
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dio.netty.leakDetection.level=paranoid");
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts the jar with free ports plus {@code args}, and waits for "ready". */
    static StandaloneProcess start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("--port", "0", "--admin-port", "0"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(command(cmd.toArray(new String[0]))).redirectErrorStream(true).start();
        StandaloneProcess sp = new StandaloneProcess(p);
        try {
            sp.awaitLine("diameter-harness: ready", Duration.ofSeconds(30));
        } catch (AssertionError | RuntimeException e) {
            sp.close();
            throw e;
        }
        for (String l : sp.all) {
            Matcher m = DIAMETER.matcher(l);
            if (m.find()) {
                if (m.group(1).equals("TCP")) {
                    sp.diameterPort = Integer.parseInt(m.group(3));
                } else {
                    sp.tlsPort = Integer.parseInt(m.group(3));
                }
            }
            Matcher a = ADMIN.matcher(l);
            if (a.find()) {
                sp.admin = a.group(1);
            }
        }
        return sp;
    }

    InetSocketAddress diameter() {
        return new InetSocketAddress("127.0.0.1", diameterPort);
    }

    /** Waits for an output line containing {@code text}; returns it. */
    String awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (all) {
            for (String l : all) {
                if (l.contains(text)) {
                    return l;
                }
            }
        }
        while (true) {
            long left = deadline - System.nanoTime();
            String l = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (l == null) {
                throw new AssertionError("no line with \"" + text + "\" within " + timeout.toMillis() + " ms; output:\n"
                        + String.join("\n", output()));
            }
            synchronized (all) {
                all.add(l);
            }
            if (l.contains(text)) {
                return l;
            }
        }
    }

    List<String> output() {
        synchronized (all) {
            lines.drainTo(all);
            return List.copyOf(all);
        }
    }

    HttpResponse<String> http(HttpClient client, String method, String path, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(admin + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        process.waitFor(20, TimeUnit.SECONDS);
        reader.join(5000);
    }
}
