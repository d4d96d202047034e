package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.adapter.persistence.SalesRollup.Dimension;
import com.wmxtopup.counter.application.port.SalesFigures;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.ShopZone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/// Report sums from the `sales_days` and `sales_hours` rollups (V9, ADR 0012), brought up to date
/// from the orders in the same transaction before they are read, so a report always equals the
/// same sums taken straight from the orders ([#direct]). Only SQL aggregates: no order is read
/// into memory.
public final class HibernateSalesFigures implements SalesFigures {

    private final SessionFactory sessions;
    private final SalesRollup rollup;

    /// @param zone the shop's zone, whose days the rollup is cut at (a fixed offset: Indonesia has
    ///             no daylight saving)
    public HibernateSalesFigures(SessionFactory sessions, ShopZone zone) {
        this.sessions = sessions;
        this.rollup = new SalesRollup(zone.zone().getRules().getOffset(Instant.now()).getTotalSeconds());
    }

    @Override
    public Sums between(LocalDate first, LocalDate last) {
        long firstDay = first.toEpochDay();
        long lastDay = last.toEpochDay();
        long firstHour = rollup.startOf(firstDay).getEpochSecond() / 3_600;
        long endHour = rollup.startOf(lastDay + 1).getEpochSecond() / 3_600;
        return sessions.fromTransaction(session -> {
            rollup.refresh(session);
            Map<Dimension, List<Group>> groups = new LinkedHashMap<>();
            for (Dimension d : Dimension.values()) {
                groups.put(d, groups(rows(session,
                        "SELECT group_key, MAX(group_label) AS group_label, SUM(order_count) AS n, SUM(amount) AS amount_sum,"
                                + " SUM(cost) AS cost_sum"
                                + " FROM sales_days WHERE dimension = '" + d.code() + "' AND shop_day >= :first AND shop_day <= :last"
                                + " GROUP BY group_key ORDER BY 1",
                        Map.of("first", firstDay, "last", lastDay))));
            }
            var hours = rows(session, "SELECT hour_utc, order_count, amount, cost FROM sales_hours WHERE hour_utc >= :first"
                    + " AND hour_utc < :end ORDER BY 1", Map.of("first", firstHour, "end", endHour));
            return sums(groups, hours);
        });
    }

    /// The same sums straight from the orders, without the rollups: what tests compare with, and
    /// the benchmark's baseline.
    public Sums direct(LocalDate first, LocalDate last) {
        Map<String, Object> span = Map.of("from", rollup.startOf(first.toEpochDay()), "to", rollup.startOf(last.toEpochDay() + 1));
        return sessions.fromTransaction(session -> {
            Map<Dimension, List<Group>> groups = new LinkedHashMap<>();
            for (Dimension d : Dimension.values()) {
                groups.put(d, groups(rows(session, "SELECT " + d.key + " AS group_key, MAX(" + d.label + ") AS group_label, COUNT(*) AS n,"
                        + " SUM(amount) AS amount_sum, SUM(cost) AS cost_sum FROM orders"
                        + " WHERE created_at >= :from AND created_at < :to" + d.sold() + " GROUP BY " + d.key + " ORDER BY 1", span)));
            }
            var hours = rows(session, "SELECT " + SalesRollup.HOUR_OF_CREATION + " AS hour_utc, COUNT(*) AS n, SUM(amount) AS amount_sum,"
                    + " SUM(cost) AS cost_sum FROM orders"
                    + " WHERE created_at >= :from AND created_at < :to AND status = 'SUCCESS' GROUP BY " + SalesRollup.HOUR_OF_CREATION
                    + " ORDER BY 1", span);
            return sums(groups, hours);
        });
    }

    /// Brings the rollups up to date now (e.g. the first filling after an upgrade).
    public void refresh() {
        sessions.inTransaction(rollup::refresh);
    }

    private static Sums sums(Map<Dimension, List<Group>> groups, List<Object[]> hourRows) {
        Map<OrderStatus, Sum> byStatus = new LinkedHashMap<>();
        groups.get(Dimension.STATUS).forEach(g -> byStatus.put(OrderStatus.valueOf(g.key()), g.sum()));
        Map<Instant, Sum> hours = new LinkedHashMap<>();
        for (Object[] row : hourRows) {
            hours.put(Instant.ofEpochSecond(((Number) row[0]).longValue() * 3_600), sum(row, 1));
        }
        return new Sums(byStatus, groups.get(Dimension.GAME), groups.get(Dimension.ITEM), groups.get(Dimension.SELLER),
                groups.get(Dimension.PAYMENT), hours);
    }

    private static List<Group> groups(List<Object[]> rows) {
        var groups = new ArrayList<Group>();
        for (Object[] row : rows) {
            groups.add(new Group((String) row[0], (String) row[1], sum(row, 2)));
        }
        return groups;
    }

    private static List<Object[]> rows(Session session, String sql, Map<String, Object> parameters) {
        // Every column named: a native query with two unnamed columns of the same label is ambiguous.
        var query = session.createNativeQuery(sql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Sum sum(Object[] row, int at) {
        return new Sum(((Number) row[at]).longValue(), ((Number) row[at + 1]).longValue(), ((Number) row[at + 2]).longValue());
    }
}
