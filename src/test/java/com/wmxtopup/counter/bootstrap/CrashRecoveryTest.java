package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
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
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import com.wmxtopup.counter.support.HeadlessChild;
import com.wmxtopup.counter.support.PostgresServer;
import com.wmxtopup.counter.support.TestApp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// A power cut in the middle of fulfilment: the headless app (a child JVM, live mode against
/// the simulators, on a real PostgreSQL) is killed with SIGKILL while a supplier request is in
/// flight, then started again. Every paid order reaches the supplier exactly once, none is
/// ordered twice, and the one cut off mid-request is found at the supplier within 30 s of the
/// restart (its console run is over, so nobody waits for a lease or a stale-claim window).
class CrashRecoveryTest {

    private static final int ORDERS = 12;

    @Test
    void sigkillWhileOrdersAreInFlightLosesNothingAndDoublesNothing() throws Exception {
        String databaseUrl = PostgresServer.newDatabaseUri();
        Clock clock = Clock.systemUTC();
        try (var vip = new VipResellerSimulator(VipResellerSimulatorSettings.demo("CRASH001", "crash-key-0123456789")
                .withBalance(10_000_000).withStatusDelays(Duration.ofHours(1), Duration.ofHours(1)).withErrorRatePercent(0), clock);
                var midtrans = new MidtransSimulator(MidtransSimulatorSettings.of("SB-Mid-server-CRASH-0001"))) {
            vip.start();
            midtrans.start();
            insertPaidOrders(databaseUrl);
            // The first order is placed at the supplier, then its answer is held back: the
            // console is killed while it waits.
            vip.faults().delayNextOrderResponse(Duration.ofSeconds(30));

            Map<String, String> env = Map.of(
                    "DATABASE_URL", databaseUrl,
                    "VIP_RESELLER_API_URL", vip.baseUrl(),
                    "VIP_RESELLER_API_ID", "CRASH001",
                    "VIP_RESELLER_API_KEY", "crash-key-0123456789",
                    "MIDTRANS_SERVER_KEY", "SB-Mid-server-CRASH-0001",
                    "MIDTRANS_API_URL", midtrans.baseUrl().toString(),
                    "SYNC_INTERVAL_SECONDS", "1");
            var dataDirectory = TestApp.newDataDirectory("crash").toString();

            try (var first = HeadlessChild.start(env, HeadlessProcessTest.CONFIG_VARIABLES, "--headless", "--port", "0", "--data-dir",
                    dataDirectory)) {
                first.awaitListening(90);
                waitUntil(() -> vip.orderRequestsReceived() >= 1, Duration.ofSeconds(30));
                assertThat(first.output()).anyMatch(line -> line.contains("in LIVE mode"));
                first.kill();
            }
            // The fulfilment worker sends paid orders on several threads beside the pass (ADR 0013):
            // while the cut-off one waits for its answer, others may be placed before the kill,
            // their answers recorded or cut off with it.
            int placedBeforeKill = vip.transactions().size();
            assertThat(placedBeforeKill).as("the cut-off order was placed").isBetween(1, ORDERS);

            try (var second = HeadlessChild.start(env, HeadlessProcessTest.CONFIG_VARIABLES, "--headless", "--port", "0", "--data-dir",
                    dataDirectory);
                    var database = Database.open(PostgresServer.settingsFor(databaseUrl))) {
                long restarted = System.nanoTime();
                second.awaitListening(90);
                var orders = new JdbcOrderRepository(database.jdbc());
                waitUntil(() -> allProcessing(orders), Duration.ofSeconds(30),
                        () -> "orders " + statuses(orders) + "; the restarted console's last lines:\n"
                                + String.join("\n", tail(List.copyOf(second.output()))));
                assertThat(Duration.ofNanos(System.nanoTime() - restarted)).as("restart → every order accounted for")
                        .isLessThan(Duration.ofSeconds(30));
                Thread.sleep(2_000); // more passes: nothing may be sent again
                assertThat(second.terminate(60)).isZero();
            }

            assertThat(vip.transactions()).hasSize(ORDERS);
            Map<String, Integer> perPlayer = new HashMap<>();
            vip.transactions().forEach(t -> perPlayer.merge(t.data(), 1, Integer::sum));
            assertThat(perPlayer).hasSize(ORDERS).allSatisfy((player, count) -> assertThat(count).isEqualTo(1));
            try (var database = Database.open(com.wmxtopup.counter.support.PostgresServer.settingsFor(databaseUrl))) {
                var orders = new JdbcOrderRepository(database.jdbc());
                var statuses = new HashMap<OrderStatus, Integer>();
                for (int i = 0; i < ORDERS; i++) {
                    Order order = orders.findByNumber(new OrderNumber("CRASH-" + i)).orElseThrow();
                    statuses.merge(order.status(), 1, Integer::sum);
                }
                // Sent exactly once and accepted; the cut-off one found at the supplier with its trxid.
                assertThat(statuses).containsExactly(Map.entry(OrderStatus.PROCESSING, ORDERS));
                long foundAfterRestart = java.util.stream.IntStream.range(0, ORDERS)
                        .mapToObj(i -> orders.findByNumber(new OrderNumber("CRASH-" + i)).orElseThrow())
                        .filter(order -> orders.history(order.id()).getLast().reason().contains("found at the supplier"))
                        .count();
                assertThat(foundAfterRestart).as("the cut-off order (and any other whose answer the kill cut), looked up after the restart")
                        .isBetween(1L, (long) placedBeforeKill);
            }
        }
    }

    private static boolean allProcessing(JdbcOrderRepository orders) {
        for (int i = 0; i < ORDERS; i++) {
            if (orders.findByNumber(new OrderNumber("CRASH-" + i)).orElseThrow().status() != OrderStatus.PROCESSING) {
                return false;
            }
        }
        return true;
    }

    private static void insertPaidOrders(String databaseUrl) {
        try (var database = Database.open(PostgresServer.settingsFor(databaseUrl))) {
            var orders = new JdbcOrderRepository(database.jdbc());
            var product = new Product("FF100-S13", "Free Fire", "100 Diamonds", Map.of(PriceLevel.BASIC, Money.rupiah(14_550)),
                    ProductStatus.AVAILABLE, Instant.now());
            for (int i = 0; i < ORDERS; i++) {
                Order stored = orders
                        .insert(Order.create(new OrderNumber("CRASH-" + i), product, TopUpTarget.of(Long.toString(700_000_000L + i)),
                                "", Money.rupiah(15_300), Money.rupiah(14_550), PaymentMethod.CASH, Instant.now()), "test");
                orders.compareAndSetStatus(
                        StatusChange.of(stored.id(), OrderStatus.PENDING, 0, OrderStatus.PAID, Actor.CASHIER, "cash", Instant.now()));
            }
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        waitUntil(condition, limit, () -> "");
    }

    /// As above; `state` says what there was when the limit passed (a failure in a full run should
    /// be readable from its report).
    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit, java.util.function.Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit + " " + state.get());
            }
            Thread.sleep(50);
        }
    }

    private static Map<String, String> statuses(JdbcOrderRepository orders) {
        var statuses = new java.util.TreeMap<String, String>();
        for (int i = 0; i < ORDERS; i++) {
            var order = orders.findByNumber(new OrderNumber("CRASH-" + i)).orElseThrow();
            statuses.put("CRASH-" + i, order.status() + " (" + orders.history(order.id()).getLast().reason() + ")");
        }
        return statuses;
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 30), lines.size());
    }
}
