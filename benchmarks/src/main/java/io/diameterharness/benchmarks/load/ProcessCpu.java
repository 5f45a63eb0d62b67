package io.diameterharness.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time used so far by a process and its descendants (user plus system), from Linux's
 * {@code /proc/<pid>/stat}. CPU time per answer depends far less on other processes sharing the
 * machine than answers per second do.
 */
public final class ProcessCpu {
    /** Clock ticks per second of {@code /proc} times ({@code USER_HZ}, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** Whether this system has {@code /proc/<pid>/stat}. */
    public static boolean isSupported() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    /** CPU nanoseconds of {@code pid} and every process it started that still runs; -1 if unknown. */
    public static long cpuNanos(long pid) {
        List<Long> pids = new ArrayList<>();
        pids.add(pid);
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
        long ticks = 0;
        for (long p : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(p), "stat"));
                // fields after the command name (which may hold spaces) start after the last ')'
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
            } catch (IOException | RuntimeException e) {
                if (p == pid) {
                    return -1;
                }
            }
        }
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }
}
