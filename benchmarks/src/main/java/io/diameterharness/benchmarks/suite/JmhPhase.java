package io.diameterharness.benchmarks.suite;

import io.diameterharness.benchmarks.BenchmarkMessages;
import io.diameterharness.benchmarks.CodecBenchmark;
import io.diameterharness.benchmarks.PerTestOverheadBenchmark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The JMH parts of the suite, run through JMH's Runner API with bounded forks and iterations. */
final class JmhPhase {
    /** One codec figure. */
    record CodecRow(String message, int size, String operation, Stats opsPerSecond, double allocatedBytesPerOp) {
    }

    /** One per-test overhead figure set, milliseconds. */
    record OverheadRow(String tool, Stats warmMedian, double warmP99, long samples, Stats firstInFreshJvm) {
    }

    private JmhPhase() {
    }

    static List<CodecRow> codec(int warmupIterations, int iterations) throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(CodecBenchmark.class.getName() + "\\.(decode|encode|decodeValidate)$")
                .forks(1)
                .warmupIterations(warmupIterations).warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(ServerProcess.JVM_OPTIONS.toArray(new String[0]))
                .addProfiler(GCProfiler.class);
        List<CodecRow> rows = new ArrayList<>();
        for (RunResult r : new Runner(o.build()).run()) {
            BenchmarkParams p = r.getParams();
            String message = p.getParam("message");
            String op = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.') + 1);
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult b : r.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    scores.add(i.getPrimaryResult().getScore());
                }
            }
            rows.add(new CodecRow(message, BenchmarkMessages.named(message).encode().length, op, Stats.of(scores),
                    secondary(r.getSecondaryResults(), "gc.alloc.rate.norm")));
        }
        return rows;
    }

    private static double secondary(Map<String, Result> results, String suffix) {
        for (Map.Entry<String, Result> e : results.entrySet()) {
            if (e.getKey().endsWith(suffix)) {
                return e.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    static List<OverheadRow> overhead(int warmupIterations, int iterations, int freshJvms) throws RunnerException {
        String include = PerTestOverheadBenchmark.class.getName() + "\\.";
        Collection<RunResult> warm = new Runner(new OptionsBuilder()
                .include(include)
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS)
                .forks(1)
                .warmupIterations(warmupIterations).warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(ServerProcess.JVM_OPTIONS.toArray(new String[0]))
                .build()).run();
        Collection<RunResult> cold = new Runner(new OptionsBuilder()
                .include(include)
                .mode(Mode.SingleShotTime).timeUnit(TimeUnit.MILLISECONDS)
                .forks(freshJvms)
                .warmupIterations(0)
                .measurementIterations(1).measurementBatchSize(1)
                .jvmArgsAppend(ServerProcess.JVM_OPTIONS.toArray(new String[0]))
                .build()).run();
        List<OverheadRow> rows = new ArrayList<>();
        for (RunResult w : warm) {
            String name = w.getParams().getBenchmark();
            List<Double> iterationMedians = new ArrayList<>();
            for (BenchmarkResult b : w.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    iterationMedians.add(i.getPrimaryResult().getStatistics().getPercentile(50));
                }
            }
            Stats median = Stats.of(iterationMedians);
            double p99 = w.getPrimaryResult().getStatistics().getPercentile(99);
            long n = w.getPrimaryResult().getStatistics().getN();
            Stats first = null;
            for (RunResult c : cold) {
                if (c.getParams().getBenchmark().equals(name)) {
                    List<Double> firsts = new ArrayList<>();
                    for (BenchmarkResult b : c.getBenchmarkResults()) {
                        for (IterationResult i : b.getIterationResults()) {
                            firsts.add(i.getPrimaryResult().getScore());
                        }
                    }
                    first = Stats.of(firsts);
                }
            }
            rows.add(new OverheadRow(name.substring(name.lastIndexOf('.') + 1), median, p99, n, first));
        }
        return rows;
    }
}
