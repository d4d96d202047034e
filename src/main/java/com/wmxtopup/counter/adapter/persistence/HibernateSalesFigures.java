package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.SalesFigures;
import com.wmxtopup.counter.domain.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/// Report sums from the `sales_hours` rollup (V9, ADR 0012), brought up to date from the orders
/// in the same transaction before it is read, so a report always equals the same sums taken
/// straight from the orders ([#direct]). Only SQL aggregates: no order is read into memory.
public final class HibernateSalesFigures implements SalesFigures {

    private static final String SUCCESS = OrderStatus.SUCCESS.name();
    private final SessionFactory sessions;
    private final SalesRollup rollup;

    public HibernateSalesFigures(SessionFactory sessions) {
        this.sessions = sessions;
        this.rollup = new SalesRollup();
    }

    @Override
    public Sums between(Instant from, Instant to) {
        long first = SalesRollup.hourOf(from);
        long end = SalesRollup.hourOf(to);
        return sessions.fromTransaction(session -> {
            rollup.refresh(session);
            return sums(session, new Source("sales_hours", "hour_utc >= :first AND hour_utc < :end", "SUM(order_count)", "hour_utc",
                    Map.of("first", first, "end", end)));
        });
    }

    /// The same sums straight from the orders, without the rollup: what tests compare with, and
    /// the benchmark's baseline.
    public Sums direct(Instant from, Instant to) {
        SalesRollup.hourOf(from);
        SalesRollup.hourOf(to);
        return sessions.fromTransaction(session -> sums(session, new Source("orders", "created_at >= :from AND created_at < :to",
                "COUNT(*)", SalesRollup.HOUR_OF_CREATION, Map.of("from", from, "to", to))));
    }

    /// Brings the rollup up to date now (a console can do it at start, off the FX thread, so
    /// that the first report after an upgrade does not wait for it).
    public void refresh() {
        sessions.inTransaction(rollup::refresh);
    }

    /// Where the rows come from: the rollup or the orders, the condition of the span, how a row
    /// counts orders and which column is its UTC hour.
    private record Source(String table, String span, String count, String hour, Map<String, Object> parameters) {
        String select(String columns, String where, String groupBy) {
            return "SELECT " + columns + ", " + count
                    + " AS n, COALESCE(SUM(amount), 0) AS amount_sum, COALESCE(SUM(cost), 0) AS cost_sum FROM " + table + " WHERE "
                    + span + where + " GROUP BY " + groupBy + " ORDER BY 1";
        }
    }

    private static Sums sums(Session session, Source source) {
        Map<OrderStatus, Sum> byStatus = new LinkedHashMap<>();
        for (Object[] row : rows(session, source, source.select("status AS group_key", "", "status"))) {
            byStatus.put(OrderStatus.valueOf((String) row[0]), sum(row, 1));
        }
        String sold = " AND status = '" + SUCCESS + "'";
        Map<Instant, Sum> hours = new LinkedHashMap<>();
        for (Object[] row : rows(session, source, source.select(source.hour() + " AS group_key", sold, source.hour()))) {
            hours.put(Instant.ofEpochSecond(((Number) row[0]).longValue() * 3_600), sum(row, 1));
        }
        return new Sums(byStatus, groups(session, source, source.select("game AS group_key, game AS group_label", sold, "game")),
                groups(session, source, source.select("sku AS group_key, MAX(product_name) AS group_label", sold, "sku")),
                groups(session, source, source.select("sold_by AS group_key, sold_by AS group_label", sold, "sold_by")),
                groups(session, source,
                        source.select("payment_method AS group_key, payment_method AS group_label", sold, "payment_method")),
                hours);
    }

    private static List<Group> groups(Session session, Source source, String sql) {
        var groups = new ArrayList<Group>();
        for (Object[] row : rows(session, source, sql)) {
            groups.add(new Group((String) row[0], (String) row[1], sum(row, 2)));
        }
        return groups;
    }

    private static List<Object[]> rows(Session session, Source source, String sql) {
        var query = session.createNativeQuery(sql, Object[].class);
        source.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    private static Sum sum(Object[] row, int at) {
        return new Sum(((Number) row[at]).longValue(), ((Number) row[at + 1]).longValue(), ((Number) row[at + 2]).longValue());
    }
}
