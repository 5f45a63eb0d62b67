package io.diameterharness.benchmarks.load;

/**
 * One measured load window.
 *
 * @param answers        answers received in the window
 * @param seconds        length of the window
 * @param failedAnswers  answers whose Result-Code was not 2001 (or that had none)
 * @param p50Micros      median latency, request written to answer read, in microseconds
 * @param p99Micros      99th percentile latency in microseconds
 * @param p999Micros     99.9th percentile latency in microseconds
 * @param maxMicros      largest latency in microseconds
 * @param serverCpuMicrosPerAnswer CPU time of the server process (and its children) per answer in
 *                       the window, in microseconds; NaN when unknown
 */
public record LoadResult(long answers, double seconds, long failedAnswers, double p50Micros,
                         double p99Micros, double p999Micros, double maxMicros, double serverCpuMicrosPerAnswer) {

    /** Answers per second over the window. */
    public double answersPerSecond() {
        return answers / seconds;
    }
}
