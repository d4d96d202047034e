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
        var orders = new HibernateOrderRepository(database.sessionFactory());
        var product = new Product("FF100-S13", "Free Fire", "100 Diamonds", Map.of(PriceLevel.BASIC, Money.rupiah(14_550)),
                ProductStatus.AVAILABLE, Instant.now());
        out.println("ready");
        for (int i = 1; ; i++) {
            orders.insert(Order.create(new OrderNumber("LOOP-" + i), product, TopUpTarget.of(Integer.toString(100_000 + i)), "",
                    Money.rupiah(15_300), Money.rupiah(14_550), PaymentMethod.CASH, Instant.now()), "loop");
            out.println("committed " + i);
        }
    }
}
