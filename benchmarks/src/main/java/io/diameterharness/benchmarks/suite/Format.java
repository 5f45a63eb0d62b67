package io.diameterharness.benchmarks.suite;

import java.util.Locale;

/** Number formatting for the report. */
final class Format {
    private Format() {
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** Two significant-ish digits for small values, none for large ones. */
    static String auto(double value) {
        double a = Math.abs(value);
        int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        return number(value, decimals);
    }

    static String bytes(double value) {
        double a = Math.abs(value);
        if (a >= 10 * 1024 * 1024) {
            return number(value / (1024 * 1024), 1) + " MiB";
        }
        if (a >= 10 * 1024) {
            return number(value / 1024, 1) + " KiB";
        }
        return number(value, 0) + " B";
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f×", value);
    }
}
