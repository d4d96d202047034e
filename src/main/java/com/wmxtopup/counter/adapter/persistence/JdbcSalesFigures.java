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
import java.util.Optional;
import com.wmxtopup.counter.application.DatabaseKind;
import java.sql.SQLException;

/// Report sums from the `sales_days` and `sales_hours` rollups (V9, ADR 0012), kept up to date in
/// the background by a [SalesRollupKeeper] (ADR 0018) and read as they are when they already hold
/// every change; otherwise the report waits for a refresh that started after it was asked for.
/// So a report always equals the same sums taken straight from the orders ([#direct]) at the
/// moment it was asked for. Only SQL aggregates: no order is read into memory.
///
/// The rollups are read without the state row's lock, so a report does not wait for a refresh in
/// progress when it does not need it; the refresh generation (V11) read before and after tells
/// whether a refresh committed in between, and then it reads again.
public final class JdbcSalesFigures implements SalesFigures, AutoCloseable {

    /// Reads that saw a refresh commit in between are tried this often before one is made under
    /// the state row's lock (which keeps refreshes out while it reads).
    private static final int UNLOCKED_READS = 3;
    private final Jdbc jdbc;
    private final SalesRollup rollup;
    private final SalesRollupKeeper keeper;

    /// @param zone the shop's zone, whose days the rollup is cut at (a fixed offset: Indonesia has
    ///             no daylight saving)
    public JdbcSalesFigures(Jdbc jdbc, ShopZone zone) {
        this.jdbc = jdbc;
        this.rollup = new SalesRollup(zone.zone().getRules().getOffset(Instant.now()).getTotalSeconds());
        // The embedded H2 has one connection that every sale and payment needs (Database): its
        // rollups are refreshed a shop day per transaction.
        this.keeper = new SalesRollupKeeper(jdbc, rollup, jdbc.kind() == DatabaseKind.H2);
    }

    /// Keeps the rollups up to date in the background from now: soon after start, not while the
    /// window opens (the first filling after an upgrade), then every minute; see also
    /// [#ordersChanged].
    public void keepUpToDate() {
        keeper.start();
    }

    /// As [#keepUpToDate()], the first look at once (tests).
    void keepUpToDateNow() {
        keeper.start(java.time.Duration.ZERO);
    }

    /// Orders changed on this console: the rollups take them in a few seconds from now.
    public void ordersChanged() {
        keeper.soon();
    }

    @Override
    public Sums between(LocalDate first, LocalDate last, Waiting waiting) {
        Optional<Sums> read = read(first, last, true, false);
        if (read.isPresent()) {
            return read.get();
        }
        // Behind: a refresh that starts after this call takes in every change committed before it.
        keeper.catchUp(waiting);
        for (int attempt = 1;; attempt++) {
            read = read(first, last, false, attempt > UNLOCKED_READS);
            if (read.isPresent()) {
                return read.get();
            }
            if (attempt > UNLOCKED_READS) {
                // Not filled in this zone (another console cut the days in another zone meanwhile).
                keeper.catchUp(waiting);
            }
            if (attempt > UNLOCKED_READS + 3) {
                throw new IllegalStateException("the sales rollups could not be read in the shop's zone");
            }
        }
    }

    /// The sums from the rollups, or empty when they are not filled in this zone, when `current`
    /// and they do not hold every change yet, or when a refresh committed while they were read.
    private Optional<Sums> read(LocalDate first, LocalDate last, boolean current, boolean locked) {
        long firstDay = first.toEpochDay();
        long lastDay = last.toEpochDay();
        long firstHour = rollup.startOf(firstDay).getEpochSecond() / 3_600;
        long endHour = rollup.startOf(lastDay + 1).getEpochSecond() / 3_600;
        return jdbc.fromTransaction(tx -> {
            if (locked) {
                rollup.lock(tx);
            }
            long generation = rollup.generation(tx);
            if (current ? !rollup.current(tx) : !rollup.filled(tx)) {
                return Optional.empty();
            }
            Map<Dimension, List<Group>> groups = new LinkedHashMap<>();
            for (Dimension d : Dimension.values()) {
                groups.put(d, groups(rows(tx,
                        "SELECT group_key, MAX(group_label) AS group_label, SUM(order_count) AS n, SUM(amount) AS amount_sum,"
                                + " SUM(cost) AS cost_sum"
                                + " FROM sales_days WHERE dimension = '" + d.code() + "' AND shop_day >= :first AND shop_day <= :last"
                                + " GROUP BY group_key ORDER BY 1",
                        Map.of("first", firstDay, "last", lastDay))));
            }
            var hours = rows(tx, "SELECT hour_utc, order_count, amount, cost FROM sales_hours WHERE hour_utc >= :first"
                    + " AND hour_utc < :end ORDER BY 1", Map.of("first", firstHour, "end", endHour));
            return rollup.generation(tx) == generation ? Optional.of(sums(groups, hours)) : Optional.<Sums>empty();
        });
    }

    /// The same sums straight from the orders, without the rollups: what tests compare with, and
    /// the benchmark's baseline.
    public Sums direct(LocalDate first, LocalDate last) {
        Map<String, Object> span = Map.of("from", rollup.startOf(first.toEpochDay()), "to", rollup.startOf(last.toEpochDay() + 1));
        return jdbc.fromTransaction(tx -> {
            Map<Dimension, List<Group>> groups = new LinkedHashMap<>();
            for (Dimension d : Dimension.values()) {
                groups.put(d, groups(rows(tx, "SELECT " + d.key + " AS group_key, MAX(" + d.label + ") AS group_label, COUNT(*) AS n,"
                        + " SUM(amount) AS amount_sum, SUM(cost) AS cost_sum FROM orders"
                        + " WHERE created_at >= :from AND created_at < :to" + d.sold() + " GROUP BY " + d.key + " ORDER BY 1", span)));
            }
            var hours = rows(tx, "SELECT " + SalesRollup.HOUR_OF_CREATION + " AS hour_utc, COUNT(*) AS n, SUM(amount) AS amount_sum,"
                    + " SUM(cost) AS cost_sum FROM orders"
                    + " WHERE created_at >= :from AND created_at < :to AND status = 'SUCCESS' GROUP BY " + SalesRollup.HOUR_OF_CREATION
                    + " ORDER BY 1", span);
            return sums(groups, hours);
        });
    }

    /// Brings the rollups up to date now and waits for it, as a report that found them behind
    /// does (the benchmark, tests).
    public void refresh() {
        keeper.catchUp(Waiting.NONE);
    }

    /// Whether the rollups hold every order change committed so far (a report then reads them
    /// without waiting).
    public boolean upToDate() {
        return jdbc.fromTransaction(rollup::current);
    }

    /// How many background refreshes rewrote the rollups so far.
    public long refreshes() {
        return keeper.refreshes();
    }

    /// Stops keeping the rollups (before the database closes).
    @Override
    public void close() {
        keeper.close();
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

    private static List<Object[]> rows(Jdbc.Tx tx, String sql, Map<String, Object> parameters) throws SQLException {
        return tx.sql(sql).bindAll(parameters).list(SqlStatement.Row::values);
    }

    private static Sum sum(Object[] row, int at) {
        return new Sum(((Number) row[at]).longValue(), ((Number) row[at + 1]).longValue(), ((Number) row[at + 2]).longValue());
    }
}
