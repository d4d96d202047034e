package com.wmxtopup.counter.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/// A tiny harness: warm up, time repeated runs, print one table row per case with the median,
/// 95th percentile and the target it should stay under. Benchmarks report; they never fail the
/// build (numbers on a shared 2-core machine vary), but a row over its target is marked.
///
/// A row may carry its baseline — the same kind of figure for the simplest thing that does the
/// same job, measured in the same run — and then prints it and the ratio figure / baseline.
final class BenchmarkTable {

    /// `higherIsBetter`: a throughput (its target is a floor), not a time or a size (a ceiling).
    private record Row(String name, String unit, double median, double p95, double baseline, double target, boolean higherIsBetter,
                       String note) {

        boolean ok() {
            return higherIsBetter ? median >= target : (Double.isNaN(p95) ? median : p95) <= target;
        }
    }

    /// Results are summed here so that the JIT cannot treat the measured work as dead code.
    private volatile long sink;
    private final String title;
    private final List<Row> rows = new ArrayList<>();

    BenchmarkTable(String title) {
        this.title = title;
    }

    /// `run` performs one measured operation and returns something derived from its result, so
    /// the JIT cannot drop the work.
    void measure(String name, int warmup, int iterations, double targetMs, String note, LongSupplier run) {
        double[] timed = time(warmup, iterations, run);
        rows.add(new Row(name, "ms", timed[0], timed[1], Double.NaN, targetMs, false, note));
    }

    /// Like [#measure], with `baseline` timed the same way in the same run (first, then the case).
    void measureAgainst(String name, int warmup, int iterations, double targetMs, String note, LongSupplier baseline, LongSupplier run) {
        double[] base = time(warmup, iterations, baseline);
        double[] timed = time(warmup, iterations, run);
        rows.add(new Row(name, "ms", timed[0], timed[1], base[0], targetMs, false, note));
    }

    /// A row measured elsewhere (latencies read from order histories, a resident size, a rate);
    /// `baseline` is the same figure's median for the baseline, NaN when there is none.
    void add(String name, String unit, double median, double p95, double baseline, double target, boolean higherIsBetter, String note) {
        rows.add(new Row(name, unit, median, p95, baseline, target, higherIsBetter, note));
    }

    /// The median and 95th percentile of `values`, in the order given back.
    static double[] medianAndP95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]};
    }

    /// The `fraction` (0..1) quantile of `values`.
    static double quantile(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1))];
    }

    private double[] time(int warmup, int iterations, LongSupplier run) {
        for (int i = 0; i < warmup; i++) {
            sink += run.getAsLong();
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            sink += run.getAsLong();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return medianAndP95(millis);
    }

    /// Replaces the note of the row measured last (e.g. with a throughput worked out around it).
    void note(String note) {
        Row last = rows.removeLast();
        rows.add(new Row(last.name, last.unit, last.median, last.p95, last.baseline, last.target, last.higherIsBetter, note));
    }

    String lastNote() {
        return rows.getLast().note;
    }

    /// Three significant digits: 0.00321×, 57.3×.
    private static String ratio(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() + "×";
    }

    void print() {
        System.out.println();
        System.out.println(title);
        System.out.printf(Locale.ROOT, "| %-44s | %-5s | %10s | %10s | %10s | %9s | %10s | %-6s | %s%n", "case", "unit", "median", "p95",
                "baseline", "ratio", "target", "ok", "note");
        System.out.println("|" + "-".repeat(46) + "|" + "-".repeat(7) + "|" + "-".repeat(12) + "|" + "-".repeat(12) + "|"
                + "-".repeat(12) + "|" + "-".repeat(11) + "|" + "-".repeat(12) + "|" + "-".repeat(8) + "|------");
        for (Row r : rows) {
            boolean hasBaseline = !Double.isNaN(r.baseline);
            System.out.printf(Locale.ROOT, "| %-44s | %-5s | %10.3f | %10s | %10s | %9s | %10s | %-6s | %s%n", r.name, r.unit, r.median,
                    Double.isNaN(r.p95) ? "—" : String.format(Locale.ROOT, "%.3f", r.p95),
                    hasBaseline ? String.format(Locale.ROOT, "%.3f", r.baseline) : "—",
                    hasBaseline && r.baseline != 0 ? ratio(r.median / r.baseline) : "—",
                    (r.higherIsBetter ? "≥ " : "") + String.format(Locale.ROOT, "%.1f", r.target), r.ok() ? "yes" : "OVER", r.note);
        }
        System.out.println();
    }
}
