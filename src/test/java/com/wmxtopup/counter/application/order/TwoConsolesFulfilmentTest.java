package com.wmxtopup.counter.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.adapter.vip.VipResellerClient;
import com.wmxtopup.counter.adapter.vip.VipResellerSettings;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import com.wmxtopup.counter.support.PostgresServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/// Two consoles — two connection pools, two engines, two supplier clients — on one real
/// PostgreSQL, racing over 200 paid orders: every order reaches the supplier exactly once.
class TwoConsolesFulfilmentTest {

    private static final int ORDERS = 200;

    @Test
    void twoEnginesOnOneDatabaseSendEachOfTwoHundredOrdersOnce() throws Exception {
        DatabaseSettings shared = PostgresServer.newDatabase();
        Clock clock = Clock.systemUTC();
        try (var simulator = new VipResellerSimulator(VipResellerSimulatorSettings.demo("TWOCON01", "two-consoles-key")
                .withBalance(50_000_000).withStatusDelays(Duration.ofHours(1), Duration.ofHours(1)).withErrorRatePercent(0), clock);
                var first = Database.open(shared);
                var second = Database.open(shared)) {
            simulator.start();
            var setupOrders = new JdbcOrderRepository(first.jdbc());
            var product = new Product("FF100-S13", "Free Fire", "100 Diamonds", Map.of(PriceLevel.BASIC, Money.rupiah(14_550)),
                    ProductStatus.AVAILABLE, Instant.now());
            for (int i = 0; i < ORDERS; i++) {
                var order = Order.create(new OrderNumber("TWO-" + i), product, TopUpTarget.of(Long.toString(500_000_000L + i)), "",
                        Money.rupiah(15_300), Money.rupiah(14_550), PaymentMethod.CASH, Instant.now());
                Order stored = setupOrders.insert(order, "test");
                setupOrders
                        .compareAndSetStatus(StatusChange.of(stored.id(), OrderStatus.PENDING, 0, OrderStatus.PAID, Actor.CASHIER, "cash",
                                Instant.now()));
            }

            List<Callable<Integer>> consoles = new ArrayList<>();
            var clients = new ArrayList<VipResellerClient>();
            for (Database database : List.of(first, second)) {
                var client = new VipResellerClient(VipResellerSettings.of(simulator.baseUrl(), "TWOCON01", "two-consoles-key"), clock);
                clients.add(client);
                var engine = new Fulfilment(new JdbcOrderRepository(database.jdbc()), client, database,
                        com.wmxtopup.counter.support.TestConsoleRun.begun(database, clock), clock, Fulfilment.Settings.defaults());
                consoles.add(() -> {
                    int sent = 0;
                    for (int pass = 0; pass < 100; pass++) {
                        int now = engine.dispatchDue();
                        sent += now;
                        if (now == 0 && setupOrders.findByStatus(OrderStatus.PAID, 1).isEmpty()) {
                            break;
                        }
                    }
                    return sent;
                });
            }
            List<Integer> sentByConsole = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                for (Future<Integer> f : pool.invokeAll(consoles, 5, TimeUnit.MINUTES)) {
                    sentByConsole.add(f.get());
                }
            } finally {
                clients.forEach(VipResellerClient::close);
            }

            assertThat(sentByConsole.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ORDERS);
            assertThat(sentByConsole).as("both consoles did work").allMatch(n -> n > 0);
            assertThat(simulator.transactions()).hasSize(ORDERS);
            Map<String, Integer> perPlayer = new HashMap<>();
            simulator.transactions().forEach(t -> perPlayer.merge(t.data(), 1, Integer::sum));
            assertThat(perPlayer).hasSize(ORDERS).allSatisfy((player, count) -> assertThat(count).isEqualTo(1));
            for (int i = 0; i < ORDERS; i++) {
                Order order = setupOrders.findByNumber(new OrderNumber("TWO-" + i)).orElseThrow();
                assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
                assertThat(setupOrders.history(order.id()).stream().map(OrderEvent::to).filter(s -> s == OrderStatus.SUPPLIER_REQUESTING))
                        .hasSize(1);
            }
        }
    }
}
