package com.wmxtopup.counter.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/// A tiny harness: warm up, time repeated runs, print one table row per case with the median,
/// 95th percentile and the target it should stay under. Benchmarks report; they never fail the
/// build (numbers on a shared 2-core machine vary), but a row over its target is marked.
final class BenchmarkTable {

    private record Row(String name, double medianMs, double p95Ms, double targetMs, String note) {
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
        for (int i = 0; i < warmup; i++) {
            sink += run.getAsLong();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            sink += run.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        rows.add(new Row(name, nanos[iterations / 2] / 1e6, nanos[(int) Math.min(iterations - 1, Math.ceil(iterations * 0.95) - 1)] / 1e6,
                targetMs, note));
    }

    /// Replaces the note of the row measured last (e.g. with a throughput worked out around it).
    void note(String note) {
        Row last = rows.removeLast();
        rows.add(new Row(last.name, last.medianMs, last.p95Ms, last.targetMs, note));
    }

    String lastNote() {
        return rows.getLast().note;
    }

    void print() {
        System.out.println();
        System.out.println(title);
        System.out.printf(Locale.ROOT, "| %-44s | %10s | %10s | %10s | %-6s | %s%n", "case", "median ms", "p95 ms", "target ms", "ok",
                "note");
        System.out.println("|" + "-".repeat(46) + "|" + "-".repeat(12) + "|" + "-".repeat(12) + "|" + "-".repeat(12) + "|" + "-".repeat(8)
                + "|------");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %-44s | %10.3f | %10.3f | %10.1f | %-6s | %s%n", r.name, r.medianMs, r.p95Ms, r.targetMs,
                    r.p95Ms <= r.targetMs ? "yes" : "OVER", r.note);
        }
        System.out.println();
    }
}
