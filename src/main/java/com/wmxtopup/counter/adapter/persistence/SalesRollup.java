package com.wmxtopup.counter.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/// Keeps `sales_hours` (V9) equal to the orders summed per UTC hour, cheaply (ADR 0012). The
/// engine's writes are not touched: every status change already sets `orders.updated_at`, so the
/// hours to recompute are those of the orders updated since the newest `updated_at` taken in last
/// time (the watermark), through the index `orders_updated`. Each such hour is deleted and
/// summed again from the orders, in the caller's transaction; the first refresh sums them all.
///
/// `updated_at` comes from the clock of the console that wrote it, and a transaction may commit a
/// little after the time it wrote; orders updated up to [#LATE] before the watermark are
/// therefore looked at again each time (consoles whose clocks are further apart than that, or a
/// transaction held open longer, could leave an hour stale until that hour changes again).
final class SalesRollup {

    /// How far behind the watermark the next refresh looks again.
    static final java.time.Duration LATE = java.time.Duration.ofMinutes(10);
    /// The UTC hour of an order's creation, the same on H2 and PostgreSQL.
    static final String HOUR_OF_CREATION = "CAST(FLOOR(EXTRACT(EPOCH FROM created_at) / 3600) AS BIGINT)";
    private static final Instant FAR_FUTURE = Instant.parse("3000-01-01T00:00:00Z");
    private static final String INSERT = """
            INSERT INTO sales_hours (hour_utc, game, sku, product_name, sold_by, payment_method, status, order_count, amount, cost)
            SELECT %1$s, game, sku, MAX(product_name), sold_by, payment_method, status, COUNT(*), SUM(amount), SUM(cost)
            FROM orders WHERE created_at >= :from AND created_at < :to
            GROUP BY %1$s, game, sku, sold_by, payment_method, status
            """.formatted(HOUR_OF_CREATION);

    /// Whole hours since the epoch; refuses an instant that is not on a whole hour.
    static long hourOf(Instant instant) {
        if (instant.getEpochSecond() % 3_600 != 0 || instant.getNano() != 0) {
            throw new IllegalArgumentException("not a whole UTC hour: " + instant);
        }
        return Math.floorDiv(instant.getEpochSecond(), 3_600);
    }

    void refresh(Session session) {
        // The row lock makes refreshes from several consoles on one PostgreSQL take turns.
        Number watermark = (Number) session.createNativeQuery("SELECT covered_to FROM sales_hours_watermark WHERE id = 1 FOR UPDATE",
                Object.class).getSingleResult();
        Instant newest = session.createSelectionQuery("select max(o.updatedAt) from OrderEntity o", Instant.class).getSingleResult();
        if (newest == null) {
            return;
        }
        if (watermark == null) {
            session.createNativeMutationQuery("DELETE FROM sales_hours").executeUpdate();
            sum(session, Instant.EPOCH, FAR_FUTURE);
        } else {
            Instant since = Instant.ofEpochMilli(watermark.longValue()).minus(LATE);
            List<Long> hours = session.createNativeQuery(
                    "SELECT DISTINCT " + HOUR_OF_CREATION + " AS hour_utc FROM orders WHERE updated_at > :since ORDER BY hour_utc",
                    Object.class)
                    .setParameter("since", since).getResultList().stream().map(h -> ((Number) h).longValue()).toList();
            for (long[] run : runs(hours)) {
                session.createNativeMutationQuery("DELETE FROM sales_hours WHERE hour_utc >= :first AND hour_utc <= :last")
                        .setParameter("first", run[0]).setParameter("last", run[1]).executeUpdate();
                sum(session, Instant.ofEpochSecond(run[0] * 3_600), Instant.ofEpochSecond((run[1] + 1) * 3_600));
            }
        }
        long covered = Math.max(newest.toEpochMilli(), watermark == null ? Long.MIN_VALUE : watermark.longValue());
        session.createNativeMutationQuery("UPDATE sales_hours_watermark SET covered_to = :covered WHERE id = 1")
                .setParameter("covered", covered).executeUpdate();
    }

    private static void sum(Session session, Instant from, Instant to) {
        session.createNativeMutationQuery(INSERT).setParameter("from", from).setParameter("to", to).executeUpdate();
    }

    /// Sorted hours as runs of consecutive hours, first and last of each.
    private static List<long[]> runs(List<Long> hours) {
        var runs = new ArrayList<long[]>();
        for (long hour : hours) {
            if (!runs.isEmpty() && runs.getLast()[1] == hour - 1) {
                runs.getLast()[1] = hour;
            } else {
                runs.add(new long[] {hour, hour});
            }
        }
        return runs;
    }
}
