package com.wmxtopup.counter.adapter.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.sql.SQLException;

/// Keeps `sales_days` and `sales_hours` (V9) equal to the orders summed per shop day and per UTC
/// hour, cheaply (ADR 0012). The engine's writes are not touched: every status change already
/// sets `orders.updated_at`, so the days to sum again are those of the orders updated since the
/// newest `updated_at` taken in last time (the watermark), found through `orders_updated`. Each
/// such run of days is deleted and summed again from the orders; the first refresh, and one after
/// the shop's zone changed, sums them all, a run of days at a time so that it can tell how far it
/// is. Run by [SalesRollupKeeper] off the reports' path (ADR 0018): in one transaction holding the
/// state row's lock ([#refresh(Jdbc.Tx, Steps, BooleanSupplier)]), or on H2 a shop day per
/// transaction ([#refreshInSteps]).
///
/// `updated_at` comes from the clock of the console that wrote it, and a transaction may commit a
/// little after the time it wrote. The count and version sum of the orders updated in the
/// [#LATE] minutes up to the watermark are kept; when they differ at the next refresh, an order
/// was committed late into those minutes, and they are looked at again (consoles whose clocks are
/// further apart than that, or a transaction held open longer, could leave a day stale until it
/// changes again).
final class SalesRollup {

    /// How far behind the watermark the next refresh looks again.
    static final Duration LATE = Duration.ofMinutes(10);
    /// The UTC hour of an order's creation, the same on H2 and PostgreSQL.
    static final String HOUR_OF_CREATION = "CAST(FLOOR(EXTRACT(EPOCH FROM created_at) / 3600) AS BIGINT)";
    /// The first filling sums at least this many days at a time, and in at most about
    /// [#FILL_RUNS] runs (each tells its progress).
    static final long FILL_DAYS = 7;
    static final long FILL_RUNS = 100;

    /// A breakdown kept per day: the orders' column it groups by and the one that names a group.
    enum Dimension {
        STATUS("status", "status", false),
        GAME("game", "game", true),
        ITEM("sku", "product_name", true),
        SELLER("sold_by", "sold_by", true),
        PAYMENT("payment_method", "payment_method", true);

        final String key;
        final String label;
        final boolean successfulOnly;

        Dimension(String key, String label, boolean successfulOnly) {
            this.key = key;
            this.label = label;
            this.successfulOnly = successfulOnly;
        }

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        String sold() {
            return successfulOnly ? " AND status = 'SUCCESS'" : "";
        }
    }

    private final int offsetSeconds;
    private final String dayOfCreation;

    /// @param offsetSeconds the shop zone's offset from UTC (fixed: Indonesia has no daylight saving)
    SalesRollup(int offsetSeconds) {
        this.offsetSeconds = offsetSeconds;
        // A number from the configuration, not from a user: written into the SQL so that the
        // same expression can be grouped by on PostgreSQL (a bind parameter would be another one).
        this.dayOfCreation = "CAST(FLOOR((EXTRACT(EPOCH FROM created_at) + " + offsetSeconds + ") / 86400) AS BIGINT)";
    }

    /// The instant the shop day `day` (days since the epoch in the shop's zone) begins.
    Instant startOf(long day) {
        return Instant.ofEpochSecond(day * 86_400 - offsetSeconds);
    }

    /// What a refresh tells while it works: `done` of `total` shop days summed so far.
    @FunctionalInterface
    interface Steps {
        Steps NONE = (done, total) -> {
        };

        void summed(long done, long total);
    }

    /// Thrown out of [#refresh] (its transaction then rolls back) when it was asked to stop.
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("the rollup refresh was stopped", null, false, false);
        }
    }

    /// The one row of `sales_rollup_state`.
    private record State(Instant coveredTo, boolean sameZone, Long windowOrders, Long windowVersions, long generation) {

        boolean filled() {
            return coveredTo != null && sameZone;
        }
    }

    /// The state row; `lock` takes its row lock (refreshes take turns on it), otherwise it is read
    /// as committed, without waiting for a refresh in progress.
    private State state(Jdbc.Tx tx, boolean lock) throws SQLException {
        Object[] row = tx.sql("SELECT covered_to, offset_seconds, window_orders, window_versions, generation"
                + " FROM sales_rollup_state WHERE id = 1" + (lock ? " FOR UPDATE" : "")).single(SqlStatement.Row::values);
        return new State(row[0] == null ? null : fromMicros(((Number) row[0]).longValue()),
                row[1] != null && ((Number) row[1]).intValue() == offsetSeconds, row[2] == null ? null : ((Number) row[2]).longValue(),
                row[3] == null ? null : ((Number) row[3]).longValue(), ((Number) row[4]).longValue());
    }

    /// Takes the state row's lock: refreshes wait until the caller's transaction ends.
    void lock(Jdbc.Tx tx) throws SQLException {
        state(tx, true);
    }

    /// Counts up at every refresh that rewrote rollup rows (V11): reads that saw the same number
    /// before and after saw no refresh commit in between.
    long generation(Jdbc.Tx tx) throws SQLException {
        return state(tx, false).generation();
    }

    /// Whether the rollups are cut in this zone and filled (or there is no order yet): what a report
    /// needs before it can read them at all.
    boolean filled(Jdbc.Tx tx) throws SQLException {
        State state = state(tx, false);
        return state.filled() || state.sameZone() && newest(tx) == null;
    }

    /// Whether the rollups already hold every order change committed so far, so that [#refresh]
    /// would have nothing to do; read without the lock and without waiting for a refresh in
    /// progress (a few index look-ups).
    boolean current(Jdbc.Tx tx) throws SQLException {
        State state = state(tx, false);
        Instant newest = newest(tx);
        if (!state.filled()) {
            return state.sameZone() && newest == null;
        }
        return newest == null || !newest.isAfter(state.coveredTo()) && !lateCommits(state, window(tx, state.coveredTo()));
    }

    private static Instant newest(Jdbc.Tx tx) throws SQLException {
        return tx.sql("SELECT MAX(updated_at) FROM orders").single(r -> r.instant(1));
    }

    /// Orders committed late into the minutes before the watermark change their count or their
    /// versions (every update adds one).
    private static boolean lateCommits(State state, long[] window) {
        return state.windowOrders() == null || window[0] != state.windowOrders() || window[1] != state.windowVersions();
    }

    void refresh(Jdbc.Tx tx) throws SQLException {
        refresh(tx, Steps.NONE, () -> false);
    }

    /// Brings the rollups up to date in the caller's transaction, telling `steps` how many shop
    /// days are summed so far, and stopping ([Stopped]) between two runs of days once `stop` says so.
    /// The state row's lock is held throughout: refreshes from several consoles on one
    /// PostgreSQL take turns.
    void refresh(Jdbc.Tx tx, Steps steps, BooleanSupplier stop) throws SQLException {
        apply(plan(tx, FILL_DAYS), work -> work.accept(tx), false, steps, stop);
    }

    /// As [#refresh(Jdbc.Tx, Steps, BooleanSupplier)], one shop day per transaction, for an
    /// embedded H2 whose one connection (Database) every sale and payment waits for: a refresh
    /// of many days, or of old days H2 has not read lately (about 0.4 s each at a million orders),
    /// lets them in between its days. The state is written last: until then every report finds
    /// the rollups behind. Only one refresher may run at a time (H2 is one process: its keeper).
    void refreshInSteps(Jdbc jdbc, Steps steps, BooleanSupplier stop) {
        try {
            apply(jdbc.fromTransaction(tx -> plan(tx, 1)), jdbc::inTransaction, true, steps, stop);
        } catch (SQLException e) {
            throw DatabaseException.of(e); // not thrown: each transaction of its own already turned it into one
        }
    }

    /// Runs a piece of a refresh's work in a transaction: the caller's, or one of its own.
    @FunctionalInterface
    private interface Transaction {
        void run(Jdbc.Action work) throws SQLException;
    }

    /// Carries out `plan`, each piece of work in `transaction` (the caller's one, or one each);
    /// `eachRunCommits`: every run of days counts up the generation, because it commits on its own.
    private void apply(Plan plan, Transaction transaction, boolean eachRunCommits, Steps steps, BooleanSupplier stop)
            throws SQLException {
        if (plan.full()) {
            transaction.run(SalesRollup::deleteAll);
        }
        long total = plan.days();
        long done = 0;
        steps.summed(0, total);
        for (long[] run : plan.runs()) {
            stopIf(stop);
            transaction.run(tx -> {
                sumAgain(tx, run, !plan.full());
                if (eachRunCommits) {
                    tx.sql("UPDATE sales_rollup_state SET generation = generation + 1 WHERE id = 1").execute();
                }
            });
            done += run[1] - run[0] + 1;
            steps.summed(done, total);
        }
        transaction.run(tx -> finish(tx, plan));
    }

    /// What a refresh does: sum everything again (`full`) or only `runs` of days, then take in
    /// the orders up to `covered` with the late-commit `window` as it was when planned (a commit
    /// into those minutes while the refresh runs changes it, and the next refresh looks again).
    private record Plan(boolean full, Instant covered, long[] window, List<long[]> runs) {

        long days() {
            return runs.stream().mapToLong(run -> run[1] - run[0] + 1).sum();
        }
    }

    /// Takes the state row's lock and works out what to sum again, in runs of at most
    /// `fillDays` days when everything is (at least a run of consecutive changed days otherwise,
    /// or one day when `fillDays` is 1).
    private Plan plan(Jdbc.Tx tx, long fillDays) throws SQLException {
        State state = state(tx, true);
        Instant newest = newest(tx);
        if (newest == null) {
            return new Plan(!state.filled(), null, null, List.of());
        }
        if (!state.filled()) {
            // In runs of days rather than at once, so that the first filling after an upgrade
            // (tens of seconds on H2 at a million orders) can tell how far it is.
            Instant[] span = tx.sql("SELECT MIN(created_at), MAX(created_at) FROM orders")
                    .single(r -> new Instant[] {r.instant(1), r.instant(2)});
            long first = dayOf(span[0]);
            long last = dayOf(span[1]);
            long step = fillDays == 1 ? 1 : Math.max(fillDays, (last - first + 1) / FILL_RUNS + 1);
            var runs = new ArrayList<long[]>();
            for (long day = first; day <= last; day += step) {
                runs.add(new long[] {day, Math.min(last, day + step - 1)});
            }
            return new Plan(true, newest, window(tx, newest), runs);
        }
        Instant watermark = state.coveredTo();
        Instant since = lateCommits(state, window(tx, watermark)) ? watermark.minus(LATE) : watermark;
        List<Long> days = tx
                .sql("SELECT DISTINCT " + dayOfCreation + " AS shop_day FROM orders WHERE updated_at > :since ORDER BY shop_day")
                .bind("since", since).list(r -> r.longValue(1));
        Instant covered = later(newest, watermark);
        return new Plan(false, covered, window(tx, covered), fillDays == 1
                ? days.stream().map(d -> new long[] {d, d}).toList()
                : runs(days));
    }

    private static void stopIf(BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new Stopped();
        }
    }

    private static void deleteAll(Jdbc.Tx tx) throws SQLException {
        tx.sql("DELETE FROM sales_days").execute();
        tx.sql("DELETE FROM sales_hours").execute();
    }

    /// Sums the run of days (first and last) again from its orders, its old rows deleted first
    /// when `replace`.
    private void sumAgain(Jdbc.Tx tx, long[] run, boolean replace) throws SQLException {
        Instant from = startOf(run[0]);
        Instant to = startOf(run[1] + 1);
        sum(tx, from, to, ignored -> {
            if (replace) {
                tx.sql("DELETE FROM sales_days WHERE shop_day >= :first AND shop_day <= :last")
                        .bind("first", run[0]).bind("last", run[1]).execute();
                tx.sql("DELETE FROM sales_hours WHERE hour_utc >= :first AND hour_utc < :end")
                        .bind("first", from.getEpochSecond() / 3_600).bind("end", to.getEpochSecond() / 3_600).execute();
            }
        });
    }

    /// Writes the state the plan brought the rollups to (in the transaction that holds the lock,
    /// or, in steps, after the last day).
    private void finish(Jdbc.Tx tx, Plan plan) throws SQLException {
        if (plan.covered() == null) {
            // No order yet: the next refresh sums everything again (nothing).
            tx.sql("UPDATE sales_rollup_state SET offset_seconds = :offset WHERE id = 1").bind("offset", offsetSeconds).execute();
            return;
        }
        tx.sql("UPDATE sales_rollup_state SET covered_to = :covered, offset_seconds = :offset,"
                + " window_orders = :orders, window_versions = :versions, generation = generation + :rewrote WHERE id = 1")
                .bind("covered", micros(plan.covered())).bind("offset", offsetSeconds)
                .bind("orders", plan.window()[0]).bind("versions", plan.window()[1])
                .bind("rewrote", plan.full() || !plan.runs().isEmpty() ? 1L : 0L).execute();
    }

    /// The shop day (days since the epoch in the shop's zone) of an instant.
    long dayOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond() + offsetSeconds, 86_400);
    }

    /// How many orders have an `updated_at` in the [#LATE] minutes up to `end`, and the sum of
    /// their versions (through `orders_updated`: a few rows at a counter).
    private static long[] window(Jdbc.Tx tx, Instant end) throws SQLException {
        return tx.sql("SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS versions FROM orders"
                + " WHERE updated_at > :from AND updated_at <= :to").bind("from", end.minus(LATE)).bind("to", end)
                .single(r -> new long[] {r.longValue(1), r.longValue(2)});
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }

    /// Sums the orders created in [from, to) into the rollups (whose rows for that span are
    /// deleted first). The sums are read first and written in one batch: on H2, an `INSERT …
    /// SELECT` per breakdown took 20–35 ms for a day's 2,700 orders, where the same `SELECT`
    /// takes about a millisecond (docs/benchmarks.md). Only the grouped rows come into memory
    /// (about 30 per day), never the orders.
    private void sum(Jdbc.Tx tx, Instant from, Instant to, Jdbc.Action deleteOld) throws SQLException {
        var days = new ArrayList<Object[]>();
        for (Dimension d : Dimension.values()) {
            for (Object[] row : tx.sql("SELECT " + dayOfCreation + " AS shop_day, " + d.key + " AS group_key, MAX("
                    + d.label + ") AS group_label, COUNT(*) AS n, SUM(amount) AS amount_sum, SUM(cost) AS cost_sum"
                    + " FROM orders WHERE created_at >= :from AND created_at < :to" + d.sold() + " GROUP BY " + dayOfCreation + ", "
                    + d.key).bind("from", from).bind("to", to).list(SqlStatement.Row::values)) {
                days.add(new Object[] {row[0], d.code(), row[1], row[2], row[3], row[4], row[5]});
            }
        }
        List<Object[]> hours = tx.sql("SELECT " + HOUR_OF_CREATION + " AS hour_utc, COUNT(*) AS n,"
                + " SUM(amount) AS amount_sum, SUM(cost) AS cost_sum FROM orders WHERE created_at >= :from AND created_at < :to"
                + " AND status = 'SUCCESS' GROUP BY " + HOUR_OF_CREATION).bind("from", from).bind("to", to).list(SqlStatement.Row::values);
        deleteOld.accept(tx);
        var connection = tx.connection();
        try (var insert = connection.prepareStatement("INSERT INTO sales_days (shop_day, dimension, group_key, group_label,"
                + " order_count, amount, cost) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : days) {
                insert.setLong(1, ((Number) row[0]).longValue());
                insert.setString(2, (String) row[1]);
                insert.setString(3, (String) row[2]);
                insert.setString(4, (String) row[3]);
                insert.setLong(5, ((Number) row[4]).longValue());
                insert.setLong(6, ((Number) row[5]).longValue());
                insert.setLong(7, ((Number) row[6]).longValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var insert = connection
                .prepareStatement("INSERT INTO sales_hours (hour_utc, order_count, amount, cost) VALUES (?, ?, ?, ?)")) {
            for (Object[] row : hours) {
                for (int i = 0; i < 4; i++) {
                    insert.setLong(i + 1, ((Number) row[i]).longValue());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /// Sorted days as runs of consecutive days, first and last of each.
    private static List<long[]> runs(List<Long> days) {
        var runs = new ArrayList<long[]>();
        for (long day : days) {
            if (!runs.isEmpty() && runs.getLast()[1] == day - 1) {
                runs.getLast()[1] = day;
            } else {
                runs.add(new long[] {day, day});
            }
        }
        return runs;
    }
}
