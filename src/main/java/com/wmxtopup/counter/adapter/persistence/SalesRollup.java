package com.wmxtopup.counter.adapter.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/// Keeps `sales_days` and `sales_hours` (V9) equal to the orders summed per shop day and per UTC
/// hour, cheaply (ADR 0012). The engine's writes are not touched: every status change already
/// sets `orders.updated_at`, so the days to sum again are those of the orders updated since the
/// newest `updated_at` taken in last time (the watermark), found through `orders_updated`. Each
/// such run of days is deleted and summed again from the orders in the caller's transaction;
/// the first refresh, and one after the shop's zone changed, sums them all.
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
    private static final Instant FAR_FUTURE = Instant.parse("3000-01-01T00:00:00Z");

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

    void refresh(Session session) {
        // The row lock makes refreshes from several consoles on one PostgreSQL take turns.
        Object[] state = session.createNativeQuery("SELECT covered_to, offset_seconds, window_orders, window_versions"
                + " FROM sales_rollup_state WHERE id = 1 FOR UPDATE", Object[].class).getSingleResult();
        Instant newest = session.createSelectionQuery("select max(o.updatedAt) from OrderEntity o", Instant.class).getSingleResult();
        boolean sameZone = state[1] != null && ((Number) state[1]).intValue() == offsetSeconds;
        if (state[0] == null || !sameZone) {
            sum(session, Instant.EPOCH, FAR_FUTURE, () -> {
                session.createNativeMutationQuery("DELETE FROM sales_days").executeUpdate();
                session.createNativeMutationQuery("DELETE FROM sales_hours").executeUpdate();
            });
        } else if (newest != null) {
            Instant watermark = fromMicros(((Number) state[0]).longValue());
            // Orders committed late into the minutes before the watermark change their count or
            // their versions (every update adds one); only then are those minutes looked at again.
            long[] window = window(session, watermark);
            boolean lateCommits = state[2] == null || window[0] != ((Number) state[2]).longValue()
                    || window[1] != ((Number) state[3]).longValue();
            Instant since = lateCommits ? watermark.minus(LATE) : watermark;
            List<Long> days = session.createNativeQuery("SELECT DISTINCT " + dayOfCreation
                    + " AS shop_day FROM orders WHERE updated_at > :since ORDER BY shop_day", Object.class).setParameter("since", since)
                    .getResultList().stream().map(d -> ((Number) d).longValue()).toList();
            for (long[] run : runs(days)) {
                Instant from = startOf(run[0]);
                Instant to = startOf(run[1] + 1);
                sum(session, from, to, () -> {
                    session.createNativeMutationQuery("DELETE FROM sales_days WHERE shop_day >= :first AND shop_day <= :last")
                            .setParameter("first", run[0]).setParameter("last", run[1]).executeUpdate();
                    session.createNativeMutationQuery("DELETE FROM sales_hours WHERE hour_utc >= :first AND hour_utc < :end")
                            .setParameter("first", from.getEpochSecond() / 3_600).setParameter("end", to.getEpochSecond() / 3_600)
                            .executeUpdate();
                });
            }
        }
        if (newest == null) {
            // No order yet: the next refresh sums everything again (nothing).
            session.createNativeMutationQuery("UPDATE sales_rollup_state SET offset_seconds = :offset WHERE id = 1")
                    .setParameter("offset", offsetSeconds).executeUpdate();
            return;
        }
        Instant covered = state[0] == null || !sameZone ? newest : later(newest, fromMicros(((Number) state[0]).longValue()));
        long[] window = window(session, covered);
        session.createNativeMutationQuery("UPDATE sales_rollup_state SET covered_to = :covered, offset_seconds = :offset,"
                + " window_orders = :orders, window_versions = :versions WHERE id = 1").setParameter("covered", micros(covered))
                .setParameter("offset", offsetSeconds).setParameter("orders", window[0]).setParameter("versions", window[1])
                .executeUpdate();
    }

    /// How many orders have an `updated_at` in the [#LATE] minutes up to `end`, and the sum of
    /// their versions (through `orders_updated`: a few rows at a counter).
    private static long[] window(Session session, Instant end) {
        Object[] row = session.createNativeQuery("SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS versions FROM orders"
                + " WHERE updated_at > :from AND updated_at <= :to", Object[].class).setParameter("from", end.minus(LATE))
                .setParameter("to", end).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
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
    private void sum(Session session, Instant from, Instant to, Runnable deleteOld) {
        var days = new ArrayList<Object[]>();
        for (Dimension d : Dimension.values()) {
            for (Object[] row : session.createNativeQuery("SELECT " + dayOfCreation + " AS shop_day, " + d.key + " AS group_key, MAX("
                    + d.label + ") AS group_label, COUNT(*) AS n, SUM(amount) AS amount_sum, SUM(cost) AS cost_sum"
                    + " FROM orders WHERE created_at >= :from AND created_at < :to" + d.sold() + " GROUP BY " + dayOfCreation + ", "
                    + d.key,
                    Object[].class).setParameter("from", from).setParameter("to", to).getResultList()) {
                days.add(new Object[] {row[0], d.code(), row[1], row[2], row[3], row[4], row[5]});
            }
        }
        List<Object[]> hours = session.createNativeQuery("SELECT " + HOUR_OF_CREATION + " AS hour_utc, COUNT(*) AS n,"
                + " SUM(amount) AS amount_sum, SUM(cost) AS cost_sum FROM orders WHERE created_at >= :from AND created_at < :to"
                + " AND status = 'SUCCESS' GROUP BY " + HOUR_OF_CREATION, Object[].class).setParameter("from", from)
                .setParameter("to", to).getResultList();
        deleteOld.run();
        session.doWork(connection -> {
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
        });
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
