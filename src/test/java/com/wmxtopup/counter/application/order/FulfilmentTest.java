package com.wmxtopup.counter.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.adapter.vip.VipResellerClient;
import com.wmxtopup.counter.adapter.vip.VipResellerSettings;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.application.ConsoleRun;
import com.wmxtopup.counter.support.CatalogFixture;
import com.wmxtopup.counter.support.TestConsoleRun;
import com.wmxtopup.counter.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The exactly-once engine against the VIP Reseller simulator over real HTTP, on H2, with a
/// clock the test moves (backoff and reconciliation windows).
class FulfilmentTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(800);
    private final AtomicInteger numbers = new AtomicInteger();
    private CatalogFixture fixture;
    private MutableClock clock;
    private VipResellerClient shortTimeoutSupplier;
    private JdbcOrderRepository orders;
    private Fulfilment fulfilment;
    private ConsoleRun run;

    @BeforeEach
    void start() {
        fixture = new CatalogFixture(
                settings -> settings.withStatusDelays(Duration.ofHours(1), Duration.ofHours(1)).withErrorRatePercent(0));
        assertThat(fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE)).isNotNull();
        clock = new MutableClock(Instant.parse("2026-11-24T03:00:00Z"));
        shortTimeoutSupplier = new VipResellerClient(VipResellerSettings.withTimeouts(fixture.simulator.baseUrl(), "TESTID01",
                "test-key-0123456789", Duration.ofSeconds(2), READ_TIMEOUT), clock);
        orders = new JdbcOrderRepository(fixture.database.jdbc());
        run = TestConsoleRun.begun(fixture.database, clock);
        fulfilment = new Fulfilment(orders, shortTimeoutSupplier, fixture.database, run, clock,
                settings(100));
    }

    @AfterEach
    void stop() {
        shortTimeoutSupplier.close();
        fixture.close();
    }

    private Order paidOrder(String sku, String userId, String zone) {
        var product = fixture.products.findBySku(sku).orElseThrow();
        var order = Order.create(new OrderNumber("T-" + numbers.incrementAndGet()), product, new TopUpTarget(userId, zone), "",
                Money.rupiah(25_000), product.buyPrice(com.wmxtopup.counter.domain.PriceLevel.BASIC), PaymentMethod.CASH, clock.instant());
        Order stored = orders.insert(order, "test");
        assertThat(orders.compareAndSetStatus(StatusChange.of(stored.id(), OrderStatus.PENDING, 0, OrderStatus.PAID, Actor.CASHIER,
                "cash", clock.instant()))).isTrue();
        return orders.findById(stored.id()).orElseThrow();
    }

    /// The engine's settings in these tests (short windows the test clock moves through), reading
    /// at most `recentLimit` of the supplier's recent transactions.
    static Fulfilment.Settings settings(int recentLimit) {
        return new Fulfilment.Settings(Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofMinutes(3),
                recentLimit, Duration.ofSeconds(10), Duration.ofMinutes(10));
    }

    /// The engine of this test reading at most `limit` recent supplier transactions.
    private Fulfilment withListLimit(int limit) {
        return new Fulfilment(orders, shortTimeoutSupplier, fixture.database, run, clock,
                settings(limit));
    }

    private Order reload(Order order) {
        return orders.findById(order.id()).orElseThrow();
    }

    @Test
    void acceptedOrderGoesProcessingThenSuccessWithTheSerial() {
        Order order = paidOrder("MLB86-S1", "136216325", "2685");

        assertThat(fulfilment.dispatchDue()).isEqualTo(1);
        Order processing = reload(order);
        assertThat(processing.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(processing.supplierTrxId()).startsWith("VP");
        assertThat(processing.supplierAttempts()).isEqualTo(1);
        assertThat(processing.supplierRequestedAt()).isEqualTo(clock.instant());

        assertThat(fulfilment.pollProcessing()).isZero(); // still waiting at the supplier
        fixture.simulator.completeAll();
        assertThat(fulfilment.pollProcessing()).isEqualTo(1);
        assertThat(reload(order).status()).isEqualTo(OrderStatus.SUCCESS);
        assertThat(fixture.simulator.orderRequestsReceived()).isEqualTo(1);
        assertThat(orders.history(order.id())).extracting(e -> e.to())
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING,
                        OrderStatus.SUCCESS);
    }

    @Test
    void insufficientBalanceFailsWithTheSuppliersReason() {
        fixture.simulator.setBalance(1_000);
        Order order = paidOrder("MLB86-S1", "136216325", "2685");

        assertThat(fulfilment.dispatch(order)).isEqualTo(Fulfilment.Dispatch.REJECTED);

        Order failed = reload(order);
        assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(failed.note()).isEqualTo("Saldo Anda tidak cukup untuk melakukan pemesanan ini.");
        assertThat(fixture.simulator.transactions()).isEmpty();
    }

    @Test
    void rateLimitPutsTheOrderBackWithBackoffAndItIsRetriedLater() {
        fixture.simulator.faults().rateLimit(true);
        fixture.simulator.faults().refuseNextOrder("Transaksi dibatasi, coba lagi dalam 6 detik.");
        Order order = paidOrder("MLB86-S1", "136216325", "2685");

        assertThat(fulfilment.dispatch(order)).isEqualTo(Fulfilment.Dispatch.RETRY_LATER);
        Order waiting = reload(order);
        assertThat(waiting.status()).isEqualTo(OrderStatus.PAID);
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(10));
        assertThat(fulfilment.dispatchDue()).as("not before the backoff").isZero();

        fixture.simulator.faults().rateLimit(false);
        clock.advance(Duration.ofSeconds(11));
        assertThat(fulfilment.dispatchDue()).isEqualTo(1);
        Order sent = reload(order);
        assertThat(sent.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(sent.supplierAttempts()).isEqualTo(2);
        assertThat(sent.nextAttemptAt()).isNull();
        assertThat(fixture.simulator.transactions()).hasSize(1);
    }

    @Test
    void backoffGrowsAndIsCapped() {
        assertThat(fulfilment.backoff(1, Duration.ZERO)).isEqualTo(Duration.ofSeconds(10));
        assertThat(fulfilment.backoff(2, Duration.ZERO)).isEqualTo(Duration.ofSeconds(20));
        assertThat(fulfilment.backoff(3, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
        assertThat(fulfilment.backoff(30, Duration.ZERO)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aTimeoutAfterTheOrderWasPlacedIsLookedUpAfterAboutTenSecondsWithoutASecondOrder() {
        fixture.simulator.faults().delayNextOrderResponse(READ_TIMEOUT.multipliedBy(3));
        Order order = paidOrder("MLB86-S1", "136216325", "2685");

        assertThat(fulfilment.dispatch(order)).isEqualTo(Fulfilment.Dispatch.OUTCOME_UNKNOWN);
        Order unknown = reload(order);
        assertThat(unknown.status()).as("not NEEDS_CHECK: it is being looked up").isEqualTo(OrderStatus.SUPPLIER_REQUESTING);
        assertThat(unknown.claimedBy()).as("released by this run").isEmpty();
        assertThat(unknown.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(10));
        assertThat(fulfilment.dispatchDue()).as("never re-sent automatically").isZero();
        assertThat(fulfilment.reconcileInFlight()).as("not before its look-up is due").isZero();

        clock.advance(Duration.ofSeconds(10));
        assertThat(fulfilment.reconcileInFlight()).isEqualTo(1);
        Order found = reload(order);
        assertThat(found.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(found.supplierTrxId()).isEqualTo(fixture.simulator.transactions().getFirst().trxId());
        assertThat(fixture.simulator.orderRequestsReceived()).isEqualTo(1);
        assertThat(fixture.simulator.transactions()).hasSize(1);
    }

    @Test
    void aLostResponseIsReconciledToo() {
        fixture.simulator.faults().dropNextOrderResponse();
        Order order = paidOrder("FF100-S13", "123456789", "");

        assertThat(fulfilment.dispatch(order)).isEqualTo(Fulfilment.Dispatch.OUTCOME_UNKNOWN);
        clock.advance(Duration.ofSeconds(10));
        assertThat(fulfilment.reconcile()).isEqualTo(1);
        assertThat(reload(order).status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(fixture.simulator.transactions()).hasSize(1);
    }

    @Test
    void anUnknownOutcomeThatProvablyPlacedNothingIsLookedUpWithBackoffAndSentAgainWhenTheSafeWindowEnds() {
        fixture.simulator.faults().failNextRequest(500); // answered with 500 without being processed
        Order order = paidOrder("MLB86-S1", "136216325", "2685");
        Instant claimed = clock.instant();

        assertThat(fulfilment.dispatch(order)).isEqualTo(Fulfilment.Dispatch.OUTCOME_UNKNOWN);
        var lookUps = new java.util.ArrayList<Instant>();
        for (int step = 0; step < 400 && reload(order).status() == OrderStatus.SUPPLIER_REQUESTING; step++) {
            clock.advance(Duration.ofSeconds(1));
            long before = reload(order).version();
            fulfilment.reconcileInFlight();
            if (reload(order).version() != before) {
                lookUps.add(clock.instant());
            }
        }
        assertThat(reload(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(lookUps.getFirst()).as("first look-up").isEqualTo(claimed.plusSeconds(10));
        assertThat(lookUps.getLast()).as("sent again just after the 3 min window, not later")
                .isBetween(claimed.plus(Duration.ofMinutes(3)), claimed.plus(Duration.ofMinutes(3)).plusSeconds(2));
        assertThat(lookUps.size()).as("backoff: a handful of look-ups, not one a second").isBetween(4, 12);
        assertThat(fulfilment.dispatchDue()).isEqualTo(1);
        assertThat(reload(order).status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(fixture.simulator.transactions()).hasSize(1);
    }

    @Test
    void aFullListStillProvesAbsenceWhenItReachesBackBeforeTheClaim() {
        // A busy shop: the supplier's list is cut at its limit (2 here), but it still holds orders of
        // ours claimed well before this one, so anything placed for this one would be in it too.
        var shortList = withListLimit(2);
        assertThat(shortList.dispatch(paidOrder("FF100-S13", "111111111", ""))).isEqualTo(Fulfilment.Dispatch.ACCEPTED);
        assertThat(shortList.dispatch(paidOrder("FF100-S13", "222222222", ""))).isEqualTo(Fulfilment.Dispatch.ACCEPTED);
        clock.advance(Duration.ofMinutes(5));
        fixture.simulator.faults().failNextRequest(500); // answered without being processed
        Order order = paidOrder("MLB86-S1", "136216325", "2685");
        assertThat(shortList.dispatch(order)).isEqualTo(Fulfilment.Dispatch.OUTCOME_UNKNOWN);

        clock.advance(Duration.ofMinutes(3).plusSeconds(2));
        shortList.reconcileInFlight();

        assertThat(reload(order).status()).as("absent from a list that reaches back: sent again").isEqualTo(OrderStatus.PAID);
        assertThat(fixture.simulator.transactions()).hasSize(2);
    }

    @Test
    void whenTheNewestTransactionsAreAllLaterTheListIsReadFurtherBack() {
        // Sales go on after the unknown one: the newest two transactions are both later than its
        // claim, so they prove nothing about it; a longer read reaches back and settles it.
        var shortList = withListLimit(2);
        fixture.simulator.faults().failNextRequest(500);
        Order order = paidOrder("MLB86-S1", "136216325", "2685");
        assertThat(shortList.dispatch(order)).isEqualTo(Fulfilment.Dispatch.OUTCOME_UNKNOWN);
        clock.advance(Duration.ofMinutes(2));
        assertThat(shortList.dispatch(paidOrder("FF100-S13", "111111111", ""))).isEqualTo(Fulfilment.Dispatch.ACCEPTED);
        assertThat(shortList.dispatch(paidOrder("FF100-S13", "222222222", ""))).isEqualTo(Fulfilment.Dispatch.ACCEPTED);

        clock.advance(Duration.ofMinutes(1).plusSeconds(2));
        shortList.reconcileInFlight();

        assertThat(reload(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void anOrderTheListCannotSettleGoesToNeedsCheckWithTheReasonAfterTenMinutes() {
        fixture.simulator.faults().failNextRequest(500);
        Order order = paidOrder("MLB86-S1", "136216325", "2685");
        assertThat(fulfilment.dispatch(order)).isEqualTo(Fulfilment.Dispatch.OUTCOME_UNKNOWN);
        fixture.simulator.faults().apiMaintenance(true); // the list cannot be read

        for (int minute = 0; minute < 9; minute++) {
            clock.advance(Duration.ofMinutes(1));
            fulfilment.reconcile();
            assertThat(reload(order).status()).isEqualTo(OrderStatus.SUPPLIER_REQUESTING);
        }
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        fulfilment.reconcile();
        assertThat(reload(order).status()).isEqualTo(OrderStatus.NEEDS_CHECK);
        assertThat(orders.history(order.id()).getLast().reason()).startsWith("outcome still unclear: the supplier's transaction list");
        assertThat(fixture.simulator.transactions()).as("never sent again").isEmpty();
        assertThat(fixture.simulator.orderRequestsReceived()).isEqualTo(1);
    }

    @Test
    void twoIdenticalUnknownOrdersAreNotGuessedApart() {
        // Same item, same player, both outcomes unknown, one transaction at the supplier: which
        // order it belongs to cannot be told, so neither is resolved automatically... unless one
        // match is left. Here both see the same single transaction: the first wins it, the
        // second must not take the same trxid.
        fixture.simulator.faults().dropNextOrderResponse();
        Order first = paidOrder("MLB86-S1", "136216325", "2685");
        assertThat(fulfilment.dispatch(first)).isEqualTo(Fulfilment.Dispatch.OUTCOME_UNKNOWN);
        fixture.simulator.faults().failNextRequest(500);
        Order second = paidOrder("MLB86-S1", "136216325", "2685");
        assertThat(fulfilment.dispatch(second)).isEqualTo(Fulfilment.Dispatch.OUTCOME_UNKNOWN);

        clock.advance(Duration.ofSeconds(10));
        fulfilment.reconcile();

        var statuses = java.util.List.of(reload(first).status(), reload(second).status());
        assertThat(statuses).containsExactlyInAnyOrder(OrderStatus.PROCESSING, OrderStatus.SUPPLIER_REQUESTING);
        assertThat(java.util.Set.of(reload(first).supplierTrxId(), reload(second).supplierTrxId())).hasSize(2);
        assertThat(fixture.simulator.transactions()).hasSize(1);
    }

    @Test
    void aClaimOfALiveRunIsLeftAloneButADeadRunsClaimIsLookedUpAtOnce() {
        Order order = paidOrder("MLB86-S1", "136216325", "2685");
        // Another console claimed the order and is (still) sending it.
        var otherConsole = TestConsoleRun.begun(fixture.database, clock);
        assertThat(orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PAID, order.version(),
                OrderStatus.SUPPLIER_REQUESTING, Actor.SYNC_WORKER, "claimed by another console", clock.instant())
                .asClaimBy(otherConsole.id()))).isTrue();

        clock.advance(Duration.ofSeconds(15));
        otherConsole.heartbeat();
        run.heartbeat();
        assertThat(fulfilment.reconcile()).as("its console is alive: the request may be in flight").isZero();
        assertThat(reload(order).version()).as("not even looked at").isEqualTo(order.version() + 1);

        clock.advance(ConsoleRun.LEASE.plusSeconds(1)); // the other console stops beating: it died
        run.heartbeat();
        assertThat(fulfilment.reconcileInFlight()).as("looked up at once, not found yet").isZero();
        assertThat(reload(order).status()).isEqualTo(OrderStatus.SUPPLIER_REQUESTING);
        assertThat(orders.history(order.id()).getLast().reason()).startsWith("not in the supplier's list yet");

        clock.advance(Duration.ofMinutes(3));
        run.heartbeat();
        assertThat(fulfilment.reconcileInFlight()).isEqualTo(1);
        assertThat(reload(order).status()).as("never placed: sent again").isEqualTo(OrderStatus.PAID);
        assertThat(fixture.simulator.orderRequestsReceived()).isZero();
    }

    @Test
    void aRestartedConsolesOwnClaimIsLookedUpAtOnceAndFoundAtTheSupplier() {
        Order order = paidOrder("FF100-S13", "123456789", "");
        var consoleId = java.util.UUID.randomUUID().toString();
        var runs = new com.wmxtopup.counter.adapter.persistence.JdbcConsoleRunRepository(fixture.database.jdbc());
        var before = new ConsoleRun(consoleId, "test", runs, clock);
        before.begin();
        var engineBefore = new Fulfilment(orders, shortTimeoutSupplier, fixture.database, before, clock, Fulfilment.Settings.defaults());
        // The supplier takes the order; the answer never comes back because the process dies.
        fixture.simulator.faults().delayNextOrderResponse(READ_TIMEOUT.multipliedBy(3));
        engineBefore.dispatch(order);
        // Simulate the kill: put the claim back as the dead run left it (owner set, no outcome recorded).
        Order left = reload(order);
        assertThat(orders.compareAndSetStatus(StatusChange.stay(left.id(), OrderStatus.SUPPLIER_REQUESTING, left.version(),
                Actor.SYNC_WORKER, "as left by the killed run", left.supplierRequestedAt()).asClaimBy(before.id()))).isTrue();

        var after = new ConsoleRun(consoleId, "test", runs, clock); // the same console, started again at once
        after.begin();
        var engineAfter = new Fulfilment(orders, shortTimeoutSupplier, fixture.database, after, clock, Fulfilment.Settings.defaults());
        assertThat(engineAfter.reconcileInFlight()).as("no lease to wait for: its own earlier run is over").isEqualTo(1);
        assertThat(reload(order).status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(fixture.simulator.transactions()).hasSize(1);
    }
}
