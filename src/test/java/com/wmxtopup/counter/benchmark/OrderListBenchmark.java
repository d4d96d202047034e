package com.wmxtopup.counter.benchmark;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.HibernateOrderRepository;
import com.wmxtopup.counter.adapter.persistence.HibernatePaymentNotificationLog;
import com.wmxtopup.counter.application.order.OrderList;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.support.PostgresServer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/// The back office's order list over 1,000,000 orders on PostgreSQL: one page of 100 with the
/// totals of everything the filters match, as the Pesanan screen and `GET /api/orders` ask for
/// it; beside it, in the same run, the baseline of reading one order by its primary key.
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
            long start = System.nanoTime();
            fill(database);
            System.out.printf("filled %d orders in %.1f s%n", ORDERS, (System.nanoTime() - start) / 1e9);
            var repository = new HibernateOrderRepository(database.sessionFactory());
            var list = new OrderList(repository, new HibernatePaymentNotificationLog(database.sessionFactory()),
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
            var text = new OrderList.Filter(Set.of(), false, Optional.empty(), Optional.empty(), "", Optional.empty(), "7654321", "");
            table.measure("text search: first page + totals", 3, 10, 1_000, "substring: scans every order (no trigram index yet)",
                    () -> list.page(text, Optional.empty(), 100).totals().count());
        }
        table.print();
    }

    /// A year of orders, mostly successful, in one statement on the server.
    private static void fill(Database database) {
        database.sessionFactory().inTransaction(session -> session.createNativeMutationQuery("""
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
                """).executeUpdate());
        database.sessionFactory().inTransaction(session -> session.createNativeMutationQuery("ANALYZE orders").executeUpdate());
    }
}
