package com.wmxtopup.counter.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.ConsoleRun;
import com.wmxtopup.counter.application.order.ChargeRecovery;
import com.wmxtopup.counter.application.order.Fulfilment;
import com.wmxtopup.counter.application.order.OrderEvents;
import com.wmxtopup.counter.application.order.OrderSync;
import com.wmxtopup.counter.application.order.PaymentPolling;
import com.wmxtopup.counter.application.order.PaymentUpdates;
import com.wmxtopup.counter.application.order.PublishingOrderRepository;
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
import com.wmxtopup.counter.support.PaymentFixture;
import com.wmxtopup.counter.support.TestConsoleRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The fulfilment worker against the VIP Reseller simulator over real HTTP, on H2: a paid order is
/// sent at once — not when the sync thread, busy with a slow supplier call, gets to it — and every
/// order still reaches the supplier exactly once.
class FulfilmentWorkerTest {

    private static final Duration SLOW_ANSWER = Duration.ofSeconds(4);
    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger numbers = new AtomicInteger();
    private final AtomicInteger balanceMarks = new AtomicInteger();
    private PaymentFixture payments;
    private OrderEvents events;
    private PublishingOrderRepository publishing;
    private Fulfilment fulfilment;
    private OrderSync sync;
    private FulfilmentWorker worker;

    @BeforeEach
    void start() {
        payments = new PaymentFixture();
        events = new OrderEvents();
        publishing = new PublishingOrderRepository(payments.orders, events);
        ConsoleRun run = TestConsoleRun.begun(payments.catalog.database, clock);
        fulfilment = new Fulfilment(publishing, payments.catalog.supplier, payments.catalog.database, run, clock,
                Fulfilment.Settings.defaults());
        var updates = new PaymentUpdates(publishing, clock);
        sync = new OrderSync(new ChargeRecovery(publishing, payments.gateway, updates, run, clock),
                new PaymentPolling(publishing, payments.gateway, updates, clock), fulfilment, payments.catalog.supplier,
                payments.catalog.accounts, clock);
        worker = new FulfilmentWorker(fulfilment, balanceMarks::incrementAndGet);
        events.subscribe(change -> {
            if (change.status() == OrderStatus.PAID) {
                worker.wake();
            }
        });
    }

    @AfterEach
    void stop() {
        worker.close();
        payments.close();
    }

    /// A cash order, stored PENDING straight in the database (no event: nobody is told of it).
    private Order pending(String sku, String game, String item, String userId, String zone) {
        var product = new Product(sku, game, item, Map.of(PriceLevel.BASIC, Money.rupiah(14_550)), ProductStatus.AVAILABLE,
                Instant.now());
        var order = Order.create(new OrderNumber("FW-" + numbers.incrementAndGet() + "-" + System.nanoTime()), product,
                new TopUpTarget(userId, zone), "", Money.rupiah(15_300), Money.rupiah(14_550), PaymentMethod.CASH, clock.instant());
        return payments.orders.insert(order, "test");
    }

    private Order reload(Order order) {
        return payments.orders.findById(order.id()).orElseThrow();
    }

    private Instant when(Order order, OrderStatus status) {
        return payments.orders.history(order.id()).stream().filter(e -> e.to() == status).map(OrderEvent::at).findFirst()
                .orElseThrow();
    }

    @Test
    void aPaidOrderIsSentWhileTheSyncPassWaitsForASlowSupplierAnswer() throws Exception {
        // Order A is PAID without an event, so only the pass sends it — and its answer comes late.
        Order first = pending("MLB86-S1", "Mobile Legends", "86 Diamonds", "136216325", "2685");
        assertThat(payments.orders.compareAndSetStatus(StatusChange.of(first.id(), OrderStatus.PENDING, 0, OrderStatus.PAID,
                Actor.CASHIER, "cash", clock.instant()))).isTrue();
        payments.catalog.simulator.faults().delayNextOrderResponse(SLOW_ANSWER);
        var pass = CompletableFuture.supplyAsync(sync::pass);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (payments.catalog.simulator.orderRequestsReceived() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(payments.catalog.simulator.orderRequestsReceived()).as("the pass is in A's supplier call").isEqualTo(1);
        // Started only now: the start's own scan would otherwise race the pass for A (and, on a
        // busy machine, win it — then the pass has nothing to wait for).
        worker.start();

        // Order B is paid now (through the publishing repository, as a webhook pays it).
        Order second = pending("FF100-S13", "Free Fire", "100 Diamonds", "512345678", "");
        assertThat(publishing.compareAndSetStatus(StatusChange.of(second.id(), OrderStatus.PENDING, 0, OrderStatus.PAID,
                Actor.WEBHOOK, "QRIS settlement", clock.instant()))).isTrue();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (reload(second).status() != OrderStatus.PROCESSING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }

        assertThat(reload(second).status()).as("B sent and accepted while the pass still waits").isEqualTo(OrderStatus.PROCESSING);
        assertThat(pass).as("the pass is still in A's supplier call").isNotDone();
        assertThat(Duration.between(when(second, OrderStatus.PAID), when(second, OrderStatus.SUPPLIER_REQUESTING)))
                .as("paid → supplier request").isLessThan(Duration.ofMillis(1_000));

        assertThat(pass.get(15, TimeUnit.SECONDS).dispatched()).isEqualTo(1);
        assertThat(reload(first).status()).isEqualTo(OrderStatus.PROCESSING);
        sync.pass();
        worker.wake();
        Thread.sleep(300);
        assertThat(payments.catalog.simulator.orderRequestsReceived()).as("each order sent once").isEqualTo(2);
        assertThat(balanceMarks).hasValue(1);
    }

    @Test
    void manyPaidOrdersAtOnceAreEachSentOnceWhileThePassRacesForThem() throws Exception {
        worker.start();
        var paid = new java.util.ArrayList<Order>();
        for (int i = 0; i < 12; i++) {
            // One game per order: the simulator refuses a second order of one family within 6 s.
            Order order = pending(i % 2 == 0 ? "MLB86-S1" : "FF100-S13", "Game", "Item", Long.toString(700_000_000L + i),
                    i % 2 == 0 ? "2685" : "");
            paid.add(order);
        }
        var racing = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 20; i++) {
                sync.dispatchNow();
            }
        });
        for (Order order : paid) {
            assertThat(publishing.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PENDING, 0, OrderStatus.PAID,
                    Actor.WEBHOOK, "QRIS settlement", clock.instant()))).isTrue();
        }
        racing.get(60, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (paid.stream().anyMatch(o -> reload(o).status() == OrderStatus.PAID || reload(o).status() == OrderStatus.SUPPLIER_REQUESTING)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        for (Order order : paid) {
            long claims = payments.orders.history(order.id()).stream().filter(e -> e.to() == OrderStatus.SUPPLIER_REQUESTING).count();
            assertThat(claims).as("claims of %s", order.orderNumber()).isGreaterThanOrEqualTo(1);
        }
        // Every player ID is one order's: two transactions for one would be an order bought twice.
        for (Order order : paid) {
            String userId = order.target().userId();
            assertThat(payments.catalog.simulator.transactions().stream().filter(t -> t.data().equals(userId)).count())
                    .as("supplier transactions for %s", order.orderNumber()).isLessThanOrEqualTo(1);
            if (!reload(order).supplierTrxId().isEmpty()) {
                assertThat(payments.catalog.simulator.transactions()).anyMatch(t -> t.trxId().equals(reload(order).supplierTrxId()));
            }
        }
    }
}
