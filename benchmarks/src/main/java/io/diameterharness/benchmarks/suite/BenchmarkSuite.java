package io.diameterharness.benchmarks.suite;

import io.diameterharness.benchmarks.BenchmarkMessages;
import io.diameterharness.benchmarks.load.LoadResult;
import io.diameterharness.benchmarks.load.Traffic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the whole benchmark suite in a bounded time and writes {@code BENCHMARKS.md}: codec (JMH
 * with the GC profiler), load comparison of our fake server with freeDiameter, Erlang/OTP
 * diameter and a raw Netty echo baseline under one load client, per-test overhead next to OkHttp
 * MockWebServer and WireMock (JMH sample and single-shot modes), and memory over many answers.
 *
 * <p>Options: {@code --output FILE} (default {@code BENCHMARKS.md}), {@code --rounds N} (load
 * rounds, default 3), {@code --load 1x64,4x256} (connections x requests in flight),
 * {@code --measure-seconds N} (default 5), {@code --memory-answers N} (default 10,000,000),
 * {@code --memory-budget-seconds N} (default 420), {@code --only codec,load,overhead,memory},
 * {@code --notes FILE} (hand-written analysis appended to the report, default
 * {@code benchmarks/NOTES.md}), {@code --quick} (a short smoke run).
 */
public final class BenchmarkSuite {
    private Path output = Path.of("BENCHMARKS.md");
    private Path notes = Path.of("benchmarks", "NOTES.md");
    private int rounds = 3;
    private List<LoadPhase.Shape> shapes = new ArrayList<>(List.of(LoadPhase.Shape.parse("1x64"),
            LoadPhase.Shape.parse("4x256")));
    private int measureSeconds = 5;
    private int warmUpSeconds = 2;
    private int firstWarmUpSeconds = 10;
    private long memoryAnswers = 10_000_000L;
    private int memoryBudgetSeconds = 420;
    private long journalAnswers = 50_000;
    private int jmhWarmups = 2;
    private int jmhIterations = 3;
    private int freshJvms = 5;
    private Set<String> phases = new LinkedHashSet<>(List.of("codec", "load", "overhead", "memory"));

    private BenchmarkSuite() {
    }

    /**
     * Runs the suite.
     *
     * @param args options, see the class comment
     */
    public static void main(String[] args) throws Exception {
        BenchmarkSuite suite = new BenchmarkSuite();
        suite.parse(args);
        suite.run();
        System.exit(0);
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            Function<String, String> next = name -> {
                throw new IllegalArgumentException(name + " needs a value");
            };
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--quick" -> {
                    rounds = 1;
                    measureSeconds = 2;
                    warmUpSeconds = 1;
                    firstWarmUpSeconds = 2;
                    memoryAnswers = 500_000;
                    journalAnswers = 10_000;
                    jmhWarmups = 1;
                    jmhIterations = 1;
                    freshJvms = 2;
                    shapes = new ArrayList<>(List.of(LoadPhase.Shape.parse("1x64")));
                }
                case "--output" -> output = Path.of(require(a, value, next));
                case "--notes" -> notes = Path.of(require(a, value, next));
                case "--rounds" -> rounds = Integer.parseInt(require(a, value, next));
                case "--measure-seconds" -> measureSeconds = Integer.parseInt(require(a, value, next));
                case "--memory-answers" -> memoryAnswers = Long.parseLong(require(a, value, next));
                case "--memory-budget-seconds" -> memoryBudgetSeconds = Integer.parseInt(require(a, value, next));
                case "--fresh-jvms" -> freshJvms = Integer.parseInt(require(a, value, next));
                case "--load" -> {
                    shapes = new ArrayList<>();
                    for (String s : require(a, value, next).split(",")) {
                        shapes.add(LoadPhase.Shape.parse(s));
                    }
                }
                case "--only" -> phases = new LinkedHashSet<>(List.of(require(a, value, next).split(",")));
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (--output, --notes, --rounds, --load, --measure-seconds, --memory-answers,"
                        + " --memory-budget-seconds, --fresh-jvms, --only, --quick)");
            }
            if (!a.equals("--quick")) {
                i++;
            }
        }
    }

    private static String require(String name, String value, Function<String, String> fail) {
        return value != null ? value : fail.apply(name);
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<String> loads = new ArrayList<>();
        loads.add("start: " + Environment.loadAverage());
        List<JmhPhase.CodecRow> codec = List.of();
        List<LoadPhase.ShapeResult> load = new ArrayList<>();
        Map<String, String> unavailable = Map.of();
        List<JmhPhase.OverheadRow> overhead = List.of();
        MemoryPhase.LongRun longRun = null;
        MemoryPhase.JournalCost journal = null;
        Map<String, String> durations = new LinkedHashMap<>();

        if (phases.contains("codec")) {
            long t = System.nanoTime();
            codec = JmhPhase.codec(jmhWarmups, jmhIterations + 2);
            durations.put("codec", seconds(t));
            loads.add("after codec: " + Environment.loadAverage());
        }
        if (phases.contains("load")) {
            long t = System.nanoTime();
            LoadPhase phase = new LoadPhase();
            try {
                phase.startServers();
                unavailable = phase.unavailable();
                for (LoadPhase.Shape shape : shapes) {
                    load.add(phase.run(shape, rounds, Duration.ofSeconds(firstWarmUpSeconds),
                            Duration.ofSeconds(warmUpSeconds), Duration.ofSeconds(measureSeconds)));
                }
            } finally {
                phase.stopServers();
            }
            durations.put("load", seconds(t));
            loads.add("after load: " + Environment.loadAverage());
        }
        if (phases.contains("overhead")) {
            long t = System.nanoTime();
            overhead = JmhPhase.overhead(jmhWarmups + 1, jmhIterations + 2, freshJvms);
            durations.put("per-test overhead", seconds(t));
            loads.add("after overhead: " + Environment.loadAverage());
        }
        if (phases.contains("memory")) {
            long t = System.nanoTime();
            journal = MemoryPhase.journal(journalAnswers);
            longRun = MemoryPhase.longRun(memoryAnswers, 10, Duration.ofSeconds(memoryBudgetSeconds));
            durations.put("memory", seconds(t));
            loads.add("after memory: " + Environment.loadAverage());
        }
        double minutes = (System.nanoTime() - t0) / 60e9;
        String report = new Report(started, minutes, loads, durations, codec, load, unavailable, overhead, longRun,
                journal, rounds, measureSeconds, readNotes()).render();
        Files.writeString(output, report, StandardCharsets.UTF_8);
        System.out.println("wrote " + output.toAbsolutePath() + " after " + Format.number(minutes, 1) + " min");
    }

    private String readNotes() throws IOException {
        return Files.isRegularFile(notes) ? Files.readString(notes, StandardCharsets.UTF_8) : null;
    }

    private static String seconds(long startNanos) {
        return Format.number((System.nanoTime() - startNanos) / 1e9, 0) + " s";
    }

    /** The markdown. */
    private record Report(Instant started, double minutes, List<String> loads, Map<String, String> durations,
                          List<JmhPhase.CodecRow> codec, List<LoadPhase.ShapeResult> load,
                          Map<String, String> unavailable, List<JmhPhase.OverheadRow> overhead,
                          MemoryPhase.LongRun longRun, MemoryPhase.JournalCost journal, int rounds,
                          int measureSeconds, String notes) {

        String render() {
            StringBuilder md = new StringBuilder();
            md.append("# Benchmarks\n\n");
            md.append("Written by `benchmarks/run.sh` (class `io.diameterharness.benchmarks.suite.BenchmarkSuite`)")
                    .append(" on ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(", in ")
                    .append(Format.number(minutes, 1)).append(" minutes. Every figure below was measured in that run;")
                    .append(" medians are given with their spread (smallest–largest) in parentheses.\n\n");
            machine(md);
            targets(md);
            codec(md);
            load(md);
            overhead(md);
            memory(md);
            if (notes != null) {
                md.append(notes.strip()).append("\n");
            }
            return md.toString();
        }

        private void machine(StringBuilder md) {
            Map<String, String> v = Environment.builtVersions();
            md.append("## Machine and versions\n\n");
            md.append("| | |\n|---|---|\n");
            md.append("| CPU | ").append(Environment.cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores available |\n");
            md.append("| Memory | ").append(Environment.memory()).append(" |\n");
            md.append("| OS | ").append(Environment.os()).append(" |\n");
            md.append("| JDK | ").append(Environment.jdk()).append(" |\n");
            md.append("| JVM options (servers, JMH forks) | `").append(String.join(" ", ServerProcess.JVM_OPTIONS))
                    .append("` |\n");
            md.append("| Load average (1, 5, 15 min) | ").append(String.join("; ", loads)).append(" |\n");
            md.append("| Phase durations | ");
            durations.forEach((k, d) -> md.append(k).append(' ').append(d).append("; "));
            md.append("|\n");
            md.append("| Diameter Harness | ").append(v.get("harness")).append(" (Netty ").append(v.get("netty"))
                    .append(") |\n");
            md.append("| freeDiameter | ").append(Environment.freeDiameterVersion()).append(" |\n");
            md.append("| Erlang/OTP diameter | ").append(Environment.erlangVersion()).append(" |\n");
            md.append("| OkHttp MockWebServer | mockwebserver3 ").append(v.get("mockwebserver")).append(" |\n");
            md.append("| WireMock | ").append(v.get("wiremock")).append(" |\n");
            md.append("| JMH, HdrHistogram | ").append(v.get("jmh")).append(", ").append(v.get("hdrhistogram"))
                    .append(" |\n\n");
            double load1 = firstLoad();
            if (load1 > Runtime.getRuntime().availableProcessors() * 0.5) {
                md.append("**The machine was not quiet**: the load average above counts other processes sharing ")
                        .append("these cores during the run, so absolute figures are lower and noisier than on an ")
                        .append("idle machine. Ratios between servers are measured round by round, seconds apart, ")
                        .append("and suffer less.\n\n");
            }
        }

        private double firstLoad() {
            try {
                String s = loads.get(0);
                return Double.parseDouble(s.substring(s.indexOf(':') + 1).trim().split(" ")[0]);
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }

        private void targets(StringBuilder md) {
            md.append("## Targets\n\n");
            md.append("Shown here, not asserted in tests. Load ratios are medians of per-round ratios (smallest–")
                    .append("largest round in parentheses), for every load shape measured.\n\n");
            md.append("| Target | Measured | Met |\n|---|---|---|\n");
            for (LoadPhase.ShapeResult shape : load) {
                for (String fake : List.of(LoadPhase.FAKE_ON, LoadPhase.FAKE_OFF)) {
                    String j = (fake.equals(LoadPhase.FAKE_ON) ? "journal on" : "journal off") + "; " + shape.shape();
                    target(md, "FakeServer ≥ 1.5× freeDiameter answers/s (" + j + ")", ratio(shape, fake,
                            LoadPhase.FREEDIAMETER), 1.5);
                    target(md, "FakeServer ≥ 3× Erlang/OTP diameter answers/s (" + j + ")", ratio(shape, fake,
                            LoadPhase.ERLANG), 3.0);
                    target(md, "FakeServer ≥ 60 % of the raw Netty echo's answers/s (" + j + ")", ratio(shape, fake,
                            LoadPhase.ECHO), 0.6);
                }
            }
            JmhPhase.OverheadRow ours = overheadRow("diameterHarness");
            JmhPhase.OverheadRow mws = overheadRow("mockWebServer");
            JmhPhase.OverheadRow wm = overheadRow("wireMock");
            if (ours != null && mws != null) {
                double r = ours.warmMedian().median() / mws.warmMedian().median();
                md.append("| Per-test overhead (warm median) ≤ MockWebServer's | ")
                        .append(Format.auto(ours.warmMedian().median())).append(" ms vs ")
                        .append(Format.auto(mws.warmMedian().median())).append(" ms (").append(Format.ratio(r))
                        .append(") | ").append(r <= 1.0 ? "yes" : "**no**").append(" |\n");
            }
            if (ours != null && mws != null && ours.firstInFreshJvm() != null && mws.firstInFreshJvm() != null) {
                double r = ours.firstInFreshJvm().median() / mws.firstInFreshJvm().median();
                md.append("| Per-test overhead (first cycle in a fresh JVM) ≤ MockWebServer's | ")
                        .append(Format.auto(ours.firstInFreshJvm().median())).append(" ms vs ")
                        .append(Format.auto(mws.firstInFreshJvm().median())).append(" ms (").append(Format.ratio(r))
                        .append(") | ").append(r <= 1.0 ? "yes" : "**no**").append(" |\n");
            }
            if (ours != null && wm != null) {
                double r = ours.warmMedian().median() / wm.warmMedian().median();
                md.append("| Per-test overhead (warm median) < 1/10 of WireMock's | ")
                        .append(Format.auto(ours.warmMedian().median())).append(" ms vs ")
                        .append(Format.auto(wm.warmMedian().median())).append(" ms (").append(Format.ratio(r))
                        .append(") | ").append(r < 0.1 ? "yes" : "**no**").append(" |\n");
            }
            if (ours != null && wm != null && ours.firstInFreshJvm() != null && wm.firstInFreshJvm() != null) {
                double r = ours.firstInFreshJvm().median() / wm.firstInFreshJvm().median();
                md.append("| Per-test overhead (first cycle in a fresh JVM) < 1/10 of WireMock's | ")
                        .append(Format.auto(ours.firstInFreshJvm().median())).append(" ms vs ")
                        .append(Format.auto(wm.firstInFreshJvm().median())).append(" ms (").append(Format.ratio(r))
                        .append(") | ").append(r < 0.1 ? "yes" : "**no**").append(" |\n");
            }
            if (longRun != null && longRun.checkpoints().size() > 1) {
                MemoryPhase.Checkpoint first = longRun.checkpoints().get(0);
                MemoryPhase.Checkpoint last = longRun.checkpoints().get(longRun.checkpoints().size() - 1);
                double growth = last.heap() - first.heap();
                boolean flat = Math.abs(growth) < 16 * 1024 * 1024 && last.direct() - first.direct() < 16 * 1024 * 1024;
                md.append("| Heap and direct memory flat over ").append(Format.number(last.answers(), 0))
                        .append(" answers, journal off | heap ").append(Format.bytes(first.heap())).append(" → ")
                        .append(Format.bytes(last.heap())).append(", direct ").append(Format.bytes(first.direct()))
                        .append(" → ").append(Format.bytes(last.direct())).append(" | ")
                        .append(flat ? "yes" : "**no**").append(longRun.stoppedEarly() ? " (run stopped early by its time budget)" : "")
                        .append(" |\n");
            }
            md.append("\n");
        }

        private JmhPhase.OverheadRow overheadRow(String tool) {
            return overhead.stream().filter(r -> r.tool().equals(tool)).findFirst().orElse(null);
        }

        private static void target(StringBuilder md, String what, Stats ratio, double goal) {
            md.append("| ").append(what).append(" | ");
            if (ratio == null) {
                md.append("not measured | n/a |\n");
                return;
            }
            md.append(Format.ratio(ratio.median())).append(" (").append(Format.ratio(ratio.min())).append("–")
                    .append(Format.ratio(ratio.max())).append(") | ").append(ratio.median() >= goal ? "yes" : "**no**")
                    .append(" |\n");
        }

        /** Per-round ratio of answers per second, a over b, as Stats; null when either is missing. */
        private static Stats ratio(LoadPhase.ShapeResult s, String a, String b) {
            List<LoadResult> ra = s.results().get(a);
            List<LoadResult> rb = s.results().get(b);
            if (ra == null || rb == null || ra.isEmpty() || rb.isEmpty()) {
                return null;
            }
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < Math.min(ra.size(), rb.size()); i++) {
                ratios.add(ra.get(i).answersPerSecond() / rb.get(i).answersPerSecond());
            }
            return Stats.of(ratios);
        }

        private void codec(StringBuilder md) {
            if (codec.isEmpty()) {
                return;
            }
            md.append("## Codec (JMH)\n\n");
            md.append("`CodecBenchmark`, one fork, throughput mode, 1 s iterations, GC profiler. Spread: ")
                    .append("smallest–largest iteration. Bytes per second = operations per second × message size. ")
                    .append("`decode` frames the top-level AVPs (Grouped values parse lazily); `decodeValidate` ")
                    .append("decodes and validates against the built-in dictionary, opening every Grouped level. ")
                    .append("The Gx CCA installs ").append(BenchmarkMessages.GX_RULES)
                    .append(" Charging-Rule-Install groups (each with two flows, QoS and ARP).\n\n");
            md.append("| Message | Size | Operation | Operations/s | MB/s | Allocated per operation |\n");
            md.append("|---|---:|---|---:|---:|---:|\n");
            for (JmhPhase.CodecRow r : codec) {
                md.append("| ").append(r.message()).append(" | ").append(r.size()).append(" B | ").append(r.operation())
                        .append(" | ").append(r.opsPerSecond().format(0)).append(" | ")
                        .append(Format.number(r.opsPerSecond().median() * r.size() / 1e6, 1)).append(" | ")
                        .append(Double.isNaN(r.allocatedBytesPerOp()) ? "n/a" : Format.bytes(r.allocatedBytesPerOp()))
                        .append(" |\n");
            }
            md.append("\n");
        }

        private void load(StringBuilder md) {
            if (load.isEmpty()) {
                return;
            }
            md.append("## Load: answers per second and latency on loopback\n\n");
            md.append("One load client of ours (`io.diameterharness.benchmarks.load.LoadClient`: Netty, one ")
                    .append("event-loop thread, CER/CEA then Credit-Control requests pipelined with a fixed number ")
                    .append("in flight, closed loop) drives each server in turn. Each server runs in its own process ")
                    .append("(our servers in a separate JVM, as the real ones). The request is an RFC 4006 ")
                    .append("EVENT_REQUEST CCR of ").append(Traffic.creditControlRequest("load1-0." + Traffic.CLIENT_REALM).length)
                    .append(" bytes that every server answers with 2001 (non-2001 answers are counted). The ")
                    .append("echo baseline answers each frame with a CCA-sized frame (")
                    .append(Traffic.creditControlAnswer("echo." + Traffic.SERVER_REALM).length)
                    .append(" bytes) without decoding it. ").append(rounds).append(" rounds of ")
                    .append(measureSeconds).append(" s per server after a warm-up, in rotating order; answers/s: ")
                    .append("median (smallest–largest round); latency (request written to answer read, ")
                    .append("HdrHistogram, microseconds): median over rounds of each round's percentile. Server CPU ")
                    .append("per answer: user+system CPU time of the server's process tree during the window ")
                    .append("(`/proc`), divided by the answers; it depends much less on other load on the machine ")
                    .append("than answers per second do.\n\n");
            for (LoadPhase.ShapeResult s : load) {
                md.append("### ").append(s.shape()).append("\n\n");
                md.append("| Server | Answers/s | p50 µs | p99 µs | p99.9 µs | Server CPU µs/answer | Non-2001 |\n");
                md.append("|---|---:|---:|---:|---:|---:|---:|\n");
                for (String t : LoadPhase.ORDER) {
                    List<LoadResult> rs = s.results().get(t);
                    md.append("| ").append(LoadPhase.LABELS.get(t)).append(" | ");
                    if (rs == null || rs.isEmpty()) {
                        md.append("not measured: ").append(s.problems().getOrDefault(t, "unavailable")
                                .replace('|', '/').replace('\n', ' ')).append(" | | | | | |\n");
                        continue;
                    }
                    md.append(Stats.of(map(rs, LoadResult::answersPerSecond)).format(0)).append(" | ")
                            .append(Format.number(Stats.of(map(rs, LoadResult::p50Micros)).median(), 0)).append(" | ")
                            .append(Format.number(Stats.of(map(rs, LoadResult::p99Micros)).median(), 0)).append(" | ")
                            .append(Format.number(Stats.of(map(rs, LoadResult::p999Micros)).median(), 0)).append(" | ")
                            .append(Format.number(Stats.of(map(rs, LoadResult::serverCpuMicrosPerAnswer)).median(), 2))
                            .append(" | ")
                            .append(rs.stream().mapToLong(LoadResult::failedAnswers).sum()).append(" |\n");
                }
                md.append("\nRatios of answers per second (median of per-round ratios, smallest–largest):\n\n");
                md.append("| | vs freeDiameter | vs Erlang/OTP diameter | vs raw Netty echo |\n|---|---:|---:|---:|\n");
                for (String fake : List.of(LoadPhase.FAKE_ON, LoadPhase.FAKE_OFF)) {
                    md.append("| ").append(LoadPhase.LABELS.get(fake)).append(" | ")
                            .append(ratioText(ratio(s, fake, LoadPhase.FREEDIAMETER))).append(" | ")
                            .append(ratioText(ratio(s, fake, LoadPhase.ERLANG))).append(" | ")
                            .append(ratioText(ratio(s, fake, LoadPhase.ECHO))).append(" |\n");
                }
                md.append("\n");
                for (Map.Entry<String, String> p : s.problems().entrySet()) {
                    if (s.results().containsKey(p.getKey()) && !s.results().get(p.getKey()).isEmpty()) {
                        md.append("- ").append(LoadPhase.LABELS.get(p.getKey())).append(": ").append(p.getValue())
                                .append("\n");
                    }
                }
            }
        }

        private static String ratioText(Stats r) {
            return r == null ? "n/a" : Format.ratio(r.median()) + " (" + Format.ratio(r.min()) + "–"
                    + Format.ratio(r.max()) + ")";
        }

        private static List<Double> map(List<LoadResult> rs, java.util.function.ToDoubleFunction<LoadResult> f) {
            List<Double> out = new ArrayList<>();
            for (LoadResult r : rs) {
                out.add(f.applyAsDouble(r));
            }
            return out;
        }

        private void overhead(StringBuilder md) {
            if (overhead.isEmpty()) {
                return;
            }
            md.append("## Per-test overhead\n\n");
            md.append("`PerTestOverheadBenchmark`. Diameter Harness: start a `FakeServer` with one rule, connect a ")
                    .append("`FakeClient` (CER/CEA), one CCR/CCA, close both. MockWebServer and WireMock: start on an ")
                    .append("ephemeral loopback port with one queued response or stub, one HTTP GET over a new ")
                    .append("connection from a plain socket, stop. Warm: JMH sample mode in one JVM after warm-up; ")
                    .append("median (smallest–largest iteration median) and p99 over all samples. First: JMH ")
                    .append("single-shot mode, one cycle per fresh JVM, no warm-up (class loading and JIT included, ")
                    .append("JVM start excluded); median (smallest–largest) over the fresh JVMs.\n\n");
            md.append("| Tool | Warm median ms | Warm p99 ms | Samples | First in a fresh JVM ms |\n");
            md.append("|---|---:|---:|---:|---:|\n");
            Map<String, String> names = Map.of("diameterHarness", "Diameter Harness FakeServer + FakeClient",
                    "mockWebServer", "OkHttp MockWebServer", "wireMock", "WireMock");
            for (JmhPhase.OverheadRow r : overhead) {
                md.append("| ").append(names.getOrDefault(r.tool(), r.tool())).append(" | ")
                        .append(r.warmMedian().format(3)).append(" | ").append(Format.number(r.warmP99(), 3))
                        .append(" | ").append(r.samples()).append(" | ")
                        .append(r.firstInFreshJvm() == null ? "n/a" : r.firstInFreshJvm().format(1)).append(" |\n");
            }
            md.append("\n");
        }

        private void memory(StringBuilder md) {
            if (longRun == null && journal == null) {
                return;
            }
            md.append("## Memory\n\n");
            if (journal != null) {
                md.append("Journal on: a fake server with a journal large enough to keep everything answered ")
                        .append(Format.number(journal.answers(), 0)).append(" CCRs; heap after GC grew by ")
                        .append(Format.bytes(journal.heapAfter() - journal.heapBefore())).append(" for ")
                        .append(Format.number(journal.entries(), 0)).append(" journal entries: **")
                        .append(Format.number(journal.bytesPerEntry(), 0)).append(" bytes per journaled message**")
                        .append(" (request or answer, ~").append(Traffic.creditControlRequest("x.bench.test").length)
                        .append("-byte CCR, ").append(Traffic.creditControlAnswer("x.example.test").length)
                        .append("-byte-class CCA). The default journal (10,000 entries) therefore holds about ")
                        .append(Format.bytes(journal.bytesPerEntry() * 10_000)).append(".\n\n");
            }
            if (longRun != null) {
                md.append("Journal off: one fake server JVM (`").append(String.join(" ", ServerProcess.JVM_OPTIONS))
                        .append("`), one connection with 64 requests in flight, ")
                        .append(Format.number(longRun.target(), 0))
                        .append(" answers after a 100,000-answer warm-up; heap used after `System.gc()` and direct ")
                        .append("memory (JDK direct buffer pool, and Netty's allocator) at each checkpoint.")
                        .append(longRun.stoppedEarly() ? " **The run stopped early, at its time budget.**" : "")
                        .append("\n\n");
                md.append("| Answers | Elapsed s | Heap after GC | Direct (JDK) | Direct (Netty allocator) |\n");
                md.append("|---:|---:|---:|---:|---:|\n");
                for (MemoryPhase.Checkpoint c : longRun.checkpoints()) {
                    md.append("| ").append(Format.number(c.answers(), 0)).append(" | ")
                            .append(Format.number(c.seconds(), 0)).append(" | ").append(Format.bytes(c.heap()))
                            .append(" | ").append(Format.bytes(c.direct())).append(" | ")
                            .append(c.nettyDirect() < 0 ? "n/a" : Format.bytes(c.nettyDirect())).append(" |\n");
                }
                md.append("\n");
            }
        }
    }
}
