package com.wmxtopup.counter.benchmark;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcPaymentNotificationLog;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.order.OrderList;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.support.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// The back office's order list over 1,000,000 orders on PostgreSQL: one page of 100 with the
/// totals of everything the filters match, as the Pesanan screen and `GET /api/orders` ask for
/// it; beside it, in the same run, the baseline of reading one order by its primary key. The text
/// search is measured without and with its trigram indexes (ADR 0011), and then on H2.
/// Run with `./mvnw -Pbenchmark verify -DskipTests`.
public final class OrderListBenchmark {

    private static final int ORDERS = 1_000_000;
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private OrderListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var table = new BenchmarkTable("Order list over " + ORDERS + " orders on PostgreSQL, one page of 100 + totals (Java "
                + Runtime.version() + ")");
        try (var database = Database.open(PostgresServer.newDatabase())) {
            // The search's trigram indexes are created by Database.open; dropped here so that the
            // "before" rows of the text search are measured in this run, then built again (timed).
            dropSearchIndexes(database);
            long start = System.nanoTime();
            fill(database);
            System.out.printf("filled %d orders in %.1f s%n", ORDERS, (System.nanoTime() - start) / 1e9);
            var repository = new JdbcOrderRepository(database.jdbc());
            var list = new OrderList(repository, new JdbcPaymentNotificationLog(database.jdbc()),
                    Clock.fixed(NOW, ZoneOffset.UTC), ShopZone.WIB);
            table.measure("baseline: one order by primary key", 50, 200, 5, "", () -> repository.findById(500_000).orElseThrow().id());
            var all = OrderList.Filter.everything();
            table.measure("all orders: first page + totals", 3, 15, 200, "totals scan every order",
                    () -> list.page(all, Optional.empty(), 100).totals().count());
            var firstPage = list.page(all, Optional.empty(), 100);
            var deep = firstPage.next();
            for (int i = 0; i < 50 && deep.isPresent(); i++) {
                deep = list.rows(all, deep, 100).next();
            }
            var key = deep;
            table.measure("all orders: 51st page without totals", 5, 30, 50, "keyset: as fast as the first",
                    () -> list.rows(all, key, 100).orders().size());
            var needs = OrderList.Filter.needingAction();
            table.measure("needs action: first page + totals", 3, 15, 200, "",
                    () -> list.page(needs, Optional.empty(), 100).totals().count());
            var day = new OrderList.Filter(Set.of(), false, Optional.of(LocalDate.of(2026, 6, 1)), Optional.of(LocalDate.of(2026, 6, 1)),
                    "", Optional.empty(), "", "");
            table.measure("one shop day: first page + totals", 3, 15, 200, "",
                    () -> list.page(day, Optional.empty(), 100).totals().count());
            var failed = new OrderList.Filter(Set.of(OrderStatus.FAILED), false, Optional.empty(), Optional.empty(), "", Optional.empty(),
                    "", "");
            table.measure("status FAILED: first page + totals", 3, 15, 200, "",
                    () -> list.page(failed, Optional.empty(), 100).totals().count());
            table.measure("text search, no trigram index (before)", 2, 5, 1_000, "substring: scans every order",
                    () -> list.page(text("7654321"), Optional.empty(), 100).totals().count());
            var stored = new java.util.concurrent.atomic.AtomicInteger();
            table.measure("store one order, no search index (before)", 20, 200, 50, "insert + its history row, one commit",
                    () -> repository.insert(OrderFixtures.newOrder("WMX-NEW-" + stored.incrementAndGet()), "bench").id());

            start = System.nanoTime();
            boolean built = database.ensureSearchIndexes();
            System.out.printf("built the six search indexes (%s) over %d orders in %.1f s%n", built ? "ready" : "NOT READY", ORDERS,
                    (System.nanoTime() - start) / 1e9);
            table.measure("store one order, six search indexes", 20, 200, 50, "GIN pending list: cheap per write",
                    () -> repository.insert(OrderFixtures.newOrder("WMX-NEW-" + stored.incrementAndGet()), "bench").id());
            // 15 runs of each: past pgjdbc's prepareThreshold and PostgreSQL's switch to a generic plan.
            table.measure("text search: first page + totals", 3, 15, 200, "trigram indexes; no order matches",
                    () -> list.page(text("7654321"), Optional.empty(), 100).totals().count());
            table.measure("text search 'player12345' (11 match)", 3, 15, 200, "nickname, partly typed",
                    () -> list.page(text("player12345"), Optional.empty(), 100).totals().count());
            table.measure("text search: a whole order number", 3, 15, 200, "exact text: the same indexes",
                    () -> list.page(text("WMX-BENCH-123456"), Optional.empty(), 100).totals().count());
            table.measure("text search 'vp9' (1 in 9 match)", 2, 5, 1_000, "many matches: totals read them all",
                    () -> list.page(text("vp9"), Optional.empty(), 100).totals().count());
            table.measure("text search '76' (2 characters)", 2, 5, 2_000, "under 3 characters: no trigram, scans",
                    () -> list.page(text("76"), Optional.empty(), 100).totals().count());
        }
        h2(table);
        table.print();
    }

    /// The default store of one console: H2 keeps the scan (no trigram index there). 200,000
    /// orders is years of a busy counter (a few hundred sales a day).
    private static void h2(BenchmarkTable table) throws Exception {
        int h2Orders = 200_000;
        Path directory = Files.createTempDirectory("wmx-bench-h2-");
        Path file = directory.resolve("db");
        var settings = new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", DatabaseKind.H2,
                file.toString());
        try (var database = Database.open(settings)) {
            long start = System.nanoTime();
            database.jdbc().inTransaction(session -> session.sql("""
                    INSERT INTO orders (order_number, sku, product_name, game, target_user_id, target_zone_id, nickname, amount, cost,
                        payment_method, status, version, supplier_trx_id, note, qr_string, customer_phone, customer_email, created_at,
                        updated_at)
                    SELECT 'WMX-BENCH-' || X, 'MLB86-S1', '86 Diamonds', 'Mobile Legends B', CAST(100000000 + X AS VARCHAR), '2685',
                        'Player' || X, 22000, 20500, CASE WHEN MOD(X, 3) = 0 THEN 'CASH' ELSE 'QRIS' END,
                        CASE WHEN MOD(X, 1000) = 0 THEN 'FAILED' WHEN MOD(X, 7) = 0 THEN 'EXPIRED' ELSE 'SUCCESS' END,
                        5, 'VP' || X, '', '', '', '',
                        DATEADD(SECOND, -155 * X, TIMESTAMP WITH TIME ZONE '2026-11-26 12:00:00+00'),
                        DATEADD(SECOND, -155 * X + 40, TIMESTAMP WITH TIME ZONE '2026-11-26 12:00:00+00')
                    FROM SYSTEM_RANGE(1, %d)
                    """.formatted(h2Orders)).execute());
            System.out.printf("H2: filled %d orders in %.1f s%n", h2Orders, (System.nanoTime() - start) / 1e9);
            var repository = new JdbcOrderRepository(database.jdbc());
            var list = new OrderList(repository, new JdbcPaymentNotificationLog(database.jdbc()),
                    Clock.fixed(NOW, ZoneOffset.UTC), ShopZone.WIB);
            table.measure("H2 200k: baseline, one order by primary key", 50, 200, 5, "",
                    () -> repository.findById(100_000).orElseThrow().id());
            table.measure("H2 200k: all orders, first page + totals", 3, 10, 200, "",
                    () -> list.page(OrderList.Filter.everything(), Optional.empty(), 100).totals().count());
            table.measure("H2 200k: text search, first page + totals", 3, 10, 1_000, "scans every order (no trigram index on H2)",
                    () -> list.page(text("7654321"), Optional.empty(), 100).totals().count());
            table.measure("H2 200k: text search 'player12345'", 3, 10, 1_000, "",
                    () -> list.page(text("player12345"), Optional.empty(), 100).totals().count());
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static OrderList.Filter text(String text) {
        return new OrderList.Filter(Set.of(), false, Optional.empty(), Optional.empty(), "", Optional.empty(), text, "");
    }

    private static void dropSearchIndexes(Database database) {
        database.jdbc().inTransaction(session -> {
            List<String> names = session.sql(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'orders' AND indexname LIKE 'orders_search_%'")
                    .list(r -> r.string(1));
            for (String name : names) {
                session.sql("DROP INDEX " + name).execute();
            }
        });
    }

    /// A year of orders, mostly successful, in one statement on the server.
    private static void fill(Database database) {
        database.jdbc().inTransaction(session -> session.sql("""
                INSERT INTO orders (order_number, sku, product_name, game, target_user_id, target_zone_id, nickname, amount, cost,
                    payment_method, status, version, supplier_trx_id, note, qr_string, customer_phone, customer_email, created_at,
                    updated_at)
                SELECT 'WMX-BENCH-' || g, 'MLB86-S1', '86 Diamonds', 'Mobile Legends B', (100000000 + g)::text, '2685', 'Player' || g,
                    22000, 20500, CASE WHEN g % 3 = 0 THEN 'CASH' ELSE 'QRIS' END,
                    CASE WHEN g % 1000 = 0 THEN 'FAILED' WHEN g % 5000 = 1 THEN 'NEEDS_CHECK' WHEN g % 7 = 0 THEN 'EXPIRED'
                         ELSE 'SUCCESS' END,
                    5, 'VP' || g, '', '', '', '',
                    TIMESTAMPTZ '2026-11-26 12:00:00+00' - (g * INTERVAL '31 seconds'),
                    TIMESTAMPTZ '2026-11-26 12:00:00+00' - (g * INTERVAL '31 seconds') + INTERVAL '40 seconds'
                FROM generate_series(1, 1000000) AS g
                """).execute());
        database.jdbc().inTransaction(session -> session.sql("ANALYZE orders").execute());
    }
}
