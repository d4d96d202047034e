package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/// The child process of [H2DurabilityTest]: opens the embedded database as the application
/// does and inserts orders for ever, saying "committed N" after each insert returned. The test
/// kills it with SIGKILL and counts what the file kept.
///
/// Arguments: the database file (without `.mv.db`), and `durable` (as the application opens it)
/// or `h2-default` (WRITE_DELAY put back to H2's default of 500 ms, the measured baseline).
public final class CommitLoop {

    private CommitLoop() {
    }

    static DatabaseSettings settings(Path file) {
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", DatabaseKind.H2, file.toString());
    }

    public static void main(String[] args) throws Exception {
        var out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        var database = Database.open(settings(Path.of(args[0])));
        if ("h2-default".equals(args[1])) {
            try (var connection = database.dataSourceForTests().getConnection(); var statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 500");
                connection.commit();
            }
        }
        var orders = new JdbcOrderRepository(database.jdbc());
        var product = new Product("FF100-S13", "Free Fire", "100 Diamonds", Map.of(PriceLevel.BASIC, Money.rupiah(14_550)),
                ProductStatus.AVAILABLE, Instant.now());
        if ("money-path".equals(args[1])) {
            int run = args.length > 3 ? Integer.parseInt(args[3]) : 0;
            int paths = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            for (int p = 1; p < paths; p++) {
                int path = run * 100 + p;
                Thread.ofPlatform().start(() -> moneyPathForEver(database, product, path, out));
            }
            moneyPathForEver(database, product, run * 100, out);
        }
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int firstThread = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        out.println("ready");
        for (int t = 1; t < threads; t++) {
            int thread = firstThread + t;
            Thread.ofPlatform().start(() -> commitForEver(orders, product, thread, out));
        }
        commitForEver(orders, product, firstThread, out);
    }

    /// The application's commits of one order, forced to the disk where the application does:
    /// insert, charge (forced), QR, paid, claim (forced); says "claimed <run> <n>" after each claim.
    /// A second thread keeps committing other work meanwhile (heartbeats, as the application does).
    private static void moneyPathForEver(Database database, Product product, int run, PrintStream out) {
        var orders = new JdbcOrderRepository(database.jdbc());
        var runs = new JdbcConsoleRunRepository(database.jdbc());
        runs.begin("run-" + run, "console", "host", Instant.now());
        Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                runs.heartbeat("run-" + run, Instant.now());
                commitForEver(orders, product, 1000 + run, new PrintStream(java.io.OutputStream.nullOutputStream()), 1);
            }
        });
        for (int i = 1;; i++) {
            Instant now = Instant.now();
            Order order = orders.insert(Order.create(new OrderNumber("PATH-" + run + "-" + i), product, TopUpTarget.of(Integer.toString(i)),
                    "", Money.rupiah(15_300), Money.rupiah(14_550), PaymentMethod.QRIS, now), "created");
            database.forceToDisk();
            orders.compareAndSetStatus(com.wmxtopup.counter.application.port.StatusChange.of(order.id(),
                    com.wmxtopup.counter.domain.OrderStatus.PENDING, 0, com.wmxtopup.counter.domain.OrderStatus.WAITING_PAYMENT,
                    com.wmxtopup.counter.domain.Actor.CASHIER, "QR", now).withPaymentRequest("0002", now.plusSeconds(900), "t"));
            orders.compareAndSetStatus(com.wmxtopup.counter.application.port.StatusChange.of(order.id(),
                    com.wmxtopup.counter.domain.OrderStatus.WAITING_PAYMENT, 1, com.wmxtopup.counter.domain.OrderStatus.PAID,
                    com.wmxtopup.counter.domain.Actor.SYNC_WORKER, "paid", now));
            orders.compareAndSetStatus(com.wmxtopup.counter.application.port.StatusChange.of(order.id(),
                    com.wmxtopup.counter.domain.OrderStatus.PAID, 2, com.wmxtopup.counter.domain.OrderStatus.SUPPLIER_REQUESTING,
                    com.wmxtopup.counter.domain.Actor.SYNC_WORKER, "claim", now).asClaimBy("run-" + run));
            database.forceToDisk();
            synchronized (out) {
                out.println("committed " + run + " " + i);
            }
        }
    }

    private static void commitForEver(JdbcOrderRepository orders, Product product, int thread, PrintStream out, int times) {
        for (int i = 1; i <= times; i++) {
            orders.insert(Order.create(new OrderNumber("LOOP-" + thread + "-" + System.nanoTime()), product, TopUpTarget.of("1"),
                    "", Money.rupiah(15_300), Money.rupiah(14_550), PaymentMethod.CASH, Instant.now()), "loop");
        }
    }

    /// Inserts orders `LOOP-<thread>-<n>`; says "committed <thread> <n>" after each insert returned.
    private static void commitForEver(JdbcOrderRepository orders, Product product, int thread, PrintStream out) {
        for (int i = 1;; i++) {
            orders.insert(Order.create(new OrderNumber("LOOP-" + thread + "-" + i), product, TopUpTarget.of(Integer.toString(100_000 + i)),
                    "", Money.rupiah(15_300), Money.rupiah(14_550), PaymentMethod.CASH, Instant.now()), "loop");
            synchronized (out) {
                out.println("committed " + thread + " " + i);
            }
        }
    }
}
