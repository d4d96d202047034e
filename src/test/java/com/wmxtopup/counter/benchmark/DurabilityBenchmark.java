package com.wmxtopup.counter.benchmark;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.DurabilityBaseline;
import com.wmxtopup.counter.adapter.persistence.JdbcConsoleRunRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.application.ConsoleRun;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.port.Durability;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.PostgresServer;
import com.wmxtopup.counter.support.TestApp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/// What durable-before-effect costs (ADR 0009): the database work of one QRIS order from
/// checkout to the supplier's answer — store PENDING, force to disk, WAITING_PAYMENT with the QR,
/// PAID, claim, force to disk, PROCESSING — timed on H2 and PostgreSQL, each as the application
/// now runs it and, in the same run, as before (H2's 500 ms write delay and no flush;
/// PostgreSQL without synchronous commit). No HTTP: only what the rule adds is measured.
/// Run with `./mvnw -Pbenchmark verify -DskipTests`.
public final class DurabilityBenchmark {

    private static final int WARMUP = 50;
    private static final int ORDERS = 300;
    private static final Product PRODUCT = new Product("FF100-S13", "Free Fire", "100 Diamonds",
            Map.of(PriceLevel.BASIC, Money.rupiah(14_550)), ProductStatus.AVAILABLE, Instant.EPOCH);

    private DurabilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var table = new BenchmarkTable("Durable before effect: database work of one QRIS order, before → after (Java "
                + Runtime.version() + ")");
        var h2File = TestApp.newDataDirectory("bench-h2").resolve("db");
        var h2 = new DatabaseSettings("jdbc:h2:file:" + h2File + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", DatabaseKind.H2, h2File.toString());
        measure(table, "H2", h2);
        measure(table, "PostgreSQL", PostgresServer.newDatabase());
        table.print();
    }

    private static void measure(BenchmarkTable table, String name, DatabaseSettings settings) throws Exception {
        try (var database = Database.open(settings)) {
            var orders = new JdbcOrderRepository(database.jdbc());
            var run = new ConsoleRun("bench-" + name, "bench", new JdbcConsoleRunRepository(database.jdbc()),
                    Clock.systemUTC());
            run.begin();
            var numbers = new AtomicLong();
            DurabilityBaseline.undo(database);
            row(table, name + ", before (no flush, lazy commits)", () -> {
            }, orders, run, numbers);
        }
        try (var database = Database.open(settings)) { // opened again: the application's own setup
            var orders = new JdbcOrderRepository(database.jdbc());
            var run = new ConsoleRun("bench-" + name, "bench", new JdbcConsoleRunRepository(database.jdbc()),
                    Clock.systemUTC());
            run.begin();
            var numbers = new AtomicLong(1_000_000);
            row(table, name + ", after (durable before effect)", database, orders, run, numbers);
            if (settings.kind() == DatabaseKind.POSTGRESQL) {
                // The embedded test server may run without fsync: then "after" shows the commit path, not the disk.
                String fsync = database.jdbc()
                        .fromTransaction(tx -> tx.sql("SHOW fsync").single(r -> r.string(1)));
                table.note(table.lastNote() + "; server fsync=" + fsync);
            }
        }
    }

    private static void row(BenchmarkTable table, String name, Durability durability, JdbcOrderRepository orders, ConsoleRun run,
            AtomicLong numbers) {
        long start = System.nanoTime();
        table.measure(name, WARMUP, ORDERS, 50, "", () -> oneOrder(durability, orders, run, numbers.incrementAndGet()));
        double seconds = (System.nanoTime() - start) / 1e9;
        table.note(String.format(Locale.ROOT, "%.0f orders/s, one console", (WARMUP + ORDERS) / seconds));
    }

    private static long oneOrder(Durability durability, JdbcOrderRepository orders, ConsoleRun run, long number) {
        Instant now = Instant.now();
        Order order = orders.insert(Order.create(new OrderNumber("BENCH-" + number), PRODUCT, TopUpTarget.of(Long.toString(number)), "",
                Money.rupiah(15_300), Money.rupiah(14_550), PaymentMethod.QRIS, now).claimedBy(run.id()), "created");
        durability.forceToDisk(); // before the charge
        orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PENDING, 0, OrderStatus.WAITING_PAYMENT, Actor.CASHIER, "QR",
                now).withPaymentRequest("000201010212", now.plusSeconds(900), "trx-" + number));
        orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.WAITING_PAYMENT, 1, OrderStatus.PAID, Actor.SYNC_WORKER,
                "settlement", now));
        orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PAID, 2, OrderStatus.SUPPLIER_REQUESTING, Actor.SYNC_WORKER,
                "claim", now).asClaimBy(run.id()));
        durability.forceToDisk(); // before the supplier request
        orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.SUPPLIER_REQUESTING, 3, OrderStatus.PROCESSING,
                Actor.SYNC_WORKER, "accepted", now).withSupplierTrxId("VP" + number));
        return order.id();
    }
}
