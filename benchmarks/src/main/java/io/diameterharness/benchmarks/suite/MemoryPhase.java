package io.diameterharness.benchmarks.suite;

import io.diameterharness.benchmarks.load.LoadClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Heap and direct memory of a fake server over many answers; bytes per journaled message. */
final class MemoryPhase {
    /** One checkpoint of the long run. */
    record Checkpoint(long answers, double seconds, long heap, long direct, long nettyDirect) {
    }

    /** The long run: checkpoints, and whether it stopped early (time budget) before its target. */
    record LongRun(long target, List<Checkpoint> checkpoints, boolean stoppedEarly) {
    }

    /** The journal measurement. */
    record JournalCost(long answers, long entries, long heapBefore, long heapAfter) {
        double bytesPerEntry() {
            return (heapAfter - heapBefore) / (double) entries;
        }
    }

    private MemoryPhase() {
    }

    static LongRun longRun(long answers, int checkpoints, Duration budget) {
        List<Checkpoint> points = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        boolean early = false;
        try (ServerProcess server = ServerProcess.start("fake-journal-off");
             LoadClient load = LoadClient.connect(server.address(), 1, 64, "memory")) {
            load.answer(100_000, Duration.ofMinutes(2)); // warm-up, before the first checkpoint
            long done = 0;
            points.add(checkpoint(server, done, start));
            long chunk = Math.max(1, answers / checkpoints);
            while (done < answers) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    early = true;
                    break;
                }
                done += load.answer(Math.min(chunk, answers - done), Duration.ofNanos(left).plusMinutes(1));
                points.add(checkpoint(server, done, start));
                Checkpoint last = points.get(points.size() - 1);
                System.out.printf("memory %,d answers  heap %,d  direct %,d  netty direct %,d  (load %s)%n",
                        done, last.heap(), last.direct(), last.nettyDirect(), Environment.loadAverage());
            }
        }
        return new LongRun(answers, points, early);
    }

    private static Checkpoint checkpoint(ServerProcess server, long answers, long start) {
        Map<String, Long> m = server.memory();
        return new Checkpoint(answers, (System.nanoTime() - start) / 1e9, m.get("heap"), m.get("direct"),
                m.get("nettyDirect"));
    }

    /** Heap per journal entry: a big journal, heap after GC before and after {@code answers} answers. */
    static JournalCost journal(long answers) {
        int capacity = (int) Math.min(Integer.MAX_VALUE, answers * 2 + 20_000);
        try (ServerProcess server = ServerProcess.start("fake-journal=" + capacity);
             LoadClient load = LoadClient.connect(server.address(), 1, 64, "journal")) {
            load.answer(2_000, Duration.ofMinutes(1));
            Map<String, Long> before = server.memory();
            load.answer(answers, Duration.ofMinutes(5));
            Map<String, Long> after = server.memory();
            long entries = after.get("journal") - before.get("journal");
            return new JournalCost(answers, entries, before.get("heap"), after.get("heap"));
        }
    }
}
