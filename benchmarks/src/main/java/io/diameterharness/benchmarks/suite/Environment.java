package io.diameterharness.benchmarks.suite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** What the report says about the machine, the JDK and the versions compared. */
final class Environment {
    private Environment() {
    }

    static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return Format.number(kb / 1024.0 / 1024.0, 1) + " GiB";
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown";
    }

    /** The 1, 5 and 15 minute load averages, e.g. {@code 1.02 0.87 0.65}, or "unknown". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    static String jdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")";
    }

    /** Versions this jar was built with (Maven-filtered resource). */
    static Map<String, String> builtVersions() {
        Properties p = new Properties();
        try (InputStream in = Environment.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // leave empty
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : List.of("harness", "netty", "jmh", "hdrhistogram", "mockwebserver", "wiremock")) {
            m.put(key, p.getProperty(key, "unknown"));
        }
        return m;
    }

    static String freeDiameterVersion() {
        String v = run(List.of("dpkg-query", "-W", "-f", "${Version}", "freediameterd"));
        return v.isEmpty() ? "unknown" : v + " (Debian package freediameterd)";
    }

    static String erlangVersion() {
        String v = run(List.of("erl", "-noshell", "-eval",
                "application:load(diameter), {ok, V} = application:get_key(diameter, vsn),"
                        + " io:format(\"OTP ~s, diameter ~s\", [erlang:system_info(otp_release), V]), halt()."));
        return v.isEmpty() ? "unknown" : v;
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
