package io.diameterharness.benchmarks.suite;

import java.util.Arrays;
import java.util.List;

/** A median with its spread (smallest and largest value) over repeated measurements. */
record Stats(double median, double min, double max, int n) {

    static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Stats(median, v[0], v[n - 1], n);
    }

    /** {@code 12,345 (11,900–12,800)} with the given number of decimals. */
    String format(int decimals) {
        if (n == 1) {
            return Format.number(median, decimals);
        }
        return Format.number(median, decimals) + " (" + Format.number(min, decimals) + "–"
                + Format.number(max, decimals) + ")";
    }
}
