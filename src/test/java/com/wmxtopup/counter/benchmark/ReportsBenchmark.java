package com.wmxtopup.counter.benchmark;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcSalesFigures;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.report.ReportPeriod;
import com.wmxtopup.counter.application.report.SalesReports;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.support.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/// The sales reports (Laporan) over 1,000,000 orders — a year of a very busy counter: 12 items of
/// 6 games, 4 sellers, QRIS and cash, a few failed, refunded, unclear and expired — on PostgreSQL
/// and on H2. Each report is two periods (the one asked for and the one before) with every
/// breakdown, read from the `sales_hours` rollup after bringing it up to date (ADR 0012). In the
/// same run: the baseline of one order by primary key, the same sums straight from the orders
/// (what the rollup saves), the first filling of the rollups as the background does it, a report
/// after 25 orders changed once the background took them in and the background's own time per
/// changed day (ADR 0018), a report asked before it did, and an order stored with and without the
/// index the rollup needs.
/// Run with `./mvnw -Pbenchmark verify -DskipTests`; `-Dreports.databases=postgresql` (or `h2`)
/// runs one of the two (the H2 part alone takes about 15 minutes on a busy 2-core machine, most
/// of it filling the store).
public final class ReportsBenchmark {

    private static final int ORDERS = 1_000_000;
    private static final ShopZone ZONE = ShopZone.WIB;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var table = new BenchmarkTable("Sales reports over " + ORDERS + " orders (a year), both periods and every breakdown (Java "
                + Runtime.version() + ")");
        String databases = System.getProperty("reports.databases", "both");
        if (!databases.equals("h2")) {
            try (var database = Database.open(PostgresServer.newDatabase())) {
                run(table, "PostgreSQL", database, true, 200);
            }
            table.print(); // so far, in case the H2 part fails
        }
        if (databases.equals("postgresql")) {
            return;
        }
        Path directory = Files.createTempDirectory("wmx-bench-reports-h2-");
        Path file = directory.resolve("db");
        try (var database = Database.open(new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "",
                DatabaseKind.H2, file.toString()))) {
            run(table, "H2", database, false, 1_000);
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        table.print();
    }

    private static void run(BenchmarkTable table, String name, Database database, boolean postgresql, double target) {
        long start = System.nanoTime();
        fill(database, postgresql);
        System.out.printf("%s: filled %d orders in %.1f s%n", name, ORDERS, (System.nanoTime() - start) / 1e9);
        var jdbc = database.jdbc();
        var repository = new JdbcOrderRepository(jdbc);
        var figures = new JdbcSalesFigures(jdbc, ZONE);
        var reports = new SalesReports(figures, (r, s, l, f) -> {
        }, (r, s, l, f) -> {
        }, ZONE, () -> "Bench");
        var owner = com.wmxtopup.counter.application.access.Operator.SYSTEM;
        var month = ReportPeriod.month(LocalDate.of(2026, 10, 1));
        var year = ReportPeriod.range(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30));

        table.measure(name + ": baseline, one order by primary key", 50, 200, 5, "", () -> repository.findById(500_000).orElseThrow().id());
        table.measure(name + ": month straight from orders (before)", 1, 3, target, "no rollup: GROUP BY over the month's orders",
                () -> figures.direct(month.first(), month.last()).games().size());
        table.measure(name + ": year straight from orders (before)", 0, 2, target, "no rollup: GROUP BY over every order",
                () -> figures.direct(year.first(), year.last()).games().size());
        // The first filling after the upgrade, as the background does it at start (on H2 a shop day
        // per transaction); beside it the one GROUP BY over every order it replaces.
        String load = load();
        var year0 = System.nanoTime();
        figures.direct(year.first(), year.last());
        double groupBy = (System.nanoTime() - year0) / 1e6;
        start = System.nanoTime();
        figures.refresh();
        double fill = (System.nanoTime() - start) / 1e6;
        table.add(name + ": first filling of the rollups (background)", "ms", fill, Double.NaN, groupBy, 60_000, false,
                "at start, off the report's path; baseline: the year straight from orders; load " + load + " → " + load());
        table.measure(name + ": report, a day", 5, 30, target, "rollup; nothing changed", () -> reports.report(owner,
                ReportPeriod.day(TODAY.minusDays(1))).now().sold().orders());
        table.measure(name + ": report, a week", 5, 30, target, "",
                () -> reports.report(owner, ReportPeriod.week(TODAY)).now().sold().orders());
        table.measure(name + ": report, a month", 5, 30, target, "", () -> reports.report(owner, month).now().sold().orders());
        table.measure(name + ": report, a year (range of 365 days)", 3, 15, target, "",
                () -> reports.report(owner, year).now().sold().orders());
        var round = new AtomicInteger();
        // What the owner waits for once the background took the changes in (it does a few seconds
        // after them): the report of the day read from the rollups, beside the same report with
        // nothing changed since; and the background's own work per changed day, beside summing one
        // day straight from its orders. Other old days each round: days H2 has not read lately.
        int rounds = 10;
        double[] report = new double[rounds];
        double[] unchanged = new double[rounds];
        double[] perDay = new double[rounds];
        double[] oneDay = new double[rounds];
        load = load();
        for (int i = -1; i < rounds; i++) {
            touch(database, round.incrementAndGet());
            long t0 = System.nanoTime();
            figures.refresh();
            long t1 = System.nanoTime();
            long sold = reports.report(owner, ReportPeriod.day(TODAY)).now().sold().orders();
            long t2 = System.nanoTime();
            sold += reports.report(owner, ReportPeriod.day(TODAY)).now().sold().orders();
            long t3 = System.nanoTime();
            LocalDate old = TODAY.minusDays(40 + round.get());
            figures.direct(old, old);
            long t4 = System.nanoTime();
            if (i >= 0 && sold > 0) {
                perDay[i] = (t1 - t0) / 1e6 / CHANGED_DAYS;
                report[i] = (t2 - t1) / 1e6;
                unchanged[i] = (t3 - t2) / 1e6;
                oneDay[i] = (t4 - t3) / 1e6;
            }
        }
        String loads = "load " + load + " → " + load();
        double[] r = BenchmarkTable.medianAndP95(report);
        table.add(name + ": report, a day, after 25 orders changed", "ms", r[0], r[1], BenchmarkTable.medianAndP95(unchanged)[0], target,
                false, "background caught up first (not timed here); baseline: same report, nothing changed; " + loads);
        double[] d = BenchmarkTable.medianAndP95(perDay);
        table.add(name + ": background refresh, per changed day", "ms", d[0], d[1], BenchmarkTable.medianAndP95(oneDay)[0], target,
                false, "6 days a round (today + 5 old, other old days each round); baseline: one day straight from orders");
        table.measure(name + ": report, a day, asked before the background caught up", 1, 10, target,
                "25 orders changed just before: waits for a refresh (the same work as the row above) and reads", () -> {
                    touch(database, round.incrementAndGet());
                    return reports.report(owner, ReportPeriod.day(TODAY)).now().sold().orders();
                });
        var stored = new AtomicInteger();
        table.measure(name + ": store one order (with orders_updated)", 20, 200, 50, "insert + its history row, one commit",
                () -> repository.insert(OrderFixtures.newOrder("WMX-NEW-" + name + stored.incrementAndGet()), "bench").id());
        jdbc.inTransaction(tx -> tx.sql("DROP INDEX orders_updated").execute());
        table.measure(name + ": store one order, no orders_updated (before)", 20, 200, 50, "",
                () -> repository.insert(OrderFixtures.newOrder("WMX-NEW-" + name + stored.incrementAndGet()), "bench").id());
        jdbc.inTransaction(tx -> tx.sql("CREATE INDEX orders_updated ON orders (updated_at)").execute());
    }

    /// The shop days a [#touch] changes: today and five old ones.
    private static final int CHANGED_DAYS = 6;

    /// The load average of the last minute, as the kernel tells it.
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /// What a busy hour brings between two reports: 20 of today's orders (the newest ids) and 5
    /// older ones, months apart, change status (deliveries, refunds); other old days each round
    /// (an order every 31 s: 2,787 a day). Read by primary key.
    private static void touch(Database database, int round) {
        var ids = new java.util.ArrayList<Long>();
        for (int i = 1; i <= 20; i++) {
            ids.add((long) (round * 20 + i));
        }
        for (int i = 1; i <= 5; i++) {
            ids.add((long) (i * 150_000 + round * 2_800));
        }
        database.jdbc().inTransaction(session -> session.sql(
                "UPDATE orders SET status = CASE WHEN status = 'SUCCESS' THEN 'REFUNDED' ELSE 'SUCCESS' END, updated_at = :now"
                        + " WHERE id IN (:ids)")
                .bind("now", java.time.Instant.now().plusSeconds(round)).bind("ids", ids)
                .execute());
    }

    /// A year of orders in one statement on the server.
    private static void fill(Database database, boolean postgresql) {
        String series = postgresql ? "generate_series(1, " + ORDERS + ") AS s(g)" : "SYSTEM_RANGE(1, " + ORDERS + ") AS s(g)";
        String created = postgresql
                ? "TIMESTAMPTZ '2026-11-26 12:00:00+00' - (g * INTERVAL '31 seconds')"
                : "DATEADD(SECOND, -31 * g, TIMESTAMP WITH TIME ZONE '2026-11-26 12:00:00+00')";
        String item = "MOD(g * 7 + g / 13, 12)";
        database.jdbc().inTransaction(session -> session.sql("""
                INSERT INTO orders (order_number, sku, product_name, game, target_user_id, target_zone_id, nickname, amount, cost,
                    payment_method, status, version, supplier_trx_id, note, qr_string, customer_phone, customer_email, created_at,
                    updated_at, sold_by)
                SELECT 'WMX-BENCH-' || g, 'SKU' || %1$s, 'Item ' || %1$s, 'Game ' || (%1$s / 2), '1', '', 'Player',
                    10000 + %1$s * 5000, (10000 + %1$s * 5000) * 92 / 100,
                    CASE WHEN MOD(g / 5, 3) = 0 THEN 'CASH' ELSE 'QRIS' END,
                    CASE WHEN MOD(g, 1000) = 0 THEN 'FAILED' WHEN MOD(g, 997) = 0 THEN 'REFUNDED' WHEN MOD(g, 5000) = 1 THEN 'NEEDS_CHECK'
                         WHEN MOD(g, 7) = 0 THEN 'EXPIRED' ELSE 'SUCCESS' END,
                    5, '', '', '', '', '', %2$s, %2$s,
                    CASE MOD(g / 3, 4) WHEN 0 THEN 'Dewi' WHEN 1 THEN 'Budi' WHEN 2 THEN 'Sari' ELSE '' END
                FROM %3$s
                """.formatted(item, created, series)).execute());
        if (postgresql) {
            database.jdbc().inTransaction(session -> session.sql("ANALYZE orders").execute());
        }
    }
}
