package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.support.InMemoryAuditLog;
import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.midtrans.MidtransClient;
import com.wmxtopup.counter.adapter.midtrans.MidtransSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.adapter.vip.VipResellerClient;
import com.wmxtopup.counter.adapter.vip.VipResellerSettings;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.support.CatalogFixture;
import com.wmxtopup.counter.support.MutableClock;
import com.wmxtopup.counter.support.TestConsoleRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The admin's actions on stuck orders against the VIP Reseller and Midtrans simulators over real
/// HTTP, on H2: the rules that keep a retry from buying a top-up twice, and actions that exclude
/// each other when pressed at once.
class SettleOrdersTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(800);
    private static final Operator ADMIN = Operator.user(7, "Budi", Role.ADMIN);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final AtomicInteger numbers = new AtomicInteger();
    private final AtomicInteger dispatchRequests = new AtomicInteger();
    private final com.wmxtopup.counter.support.TestDrawer drawer = com.wmxtopup.counter.support.TestDrawer.open(1);
    private CatalogFixture fixture;
    private MutableClock clock;
    private VipResellerClient supplier;
    private MidtransSimulator midtrans;
    private MidtransClient gateway;
    private JdbcOrderRepository orders;
    private Fulfilment fulfilment;

    @BeforeEach
    void start() {
        fixture = new CatalogFixture(
                settings -> settings.withStatusDelays(Duration.ofHours(1), Duration.ofHours(1)).withErrorRatePercent(0));
        assertThat(fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE)).isNotNull();
        clock = new MutableClock(Instant.parse("2026-11-24T03:00:00Z"));
        supplier = new VipResellerClient(VipResellerSettings.withTimeouts(fixture.simulator.baseUrl(), "TESTID01",
                "test-key-0123456789", Duration.ofSeconds(2), READ_TIMEOUT), clock);
        midtrans = new MidtransSimulator(MidtransSimulatorSettings.of("SB-Mid-server-SETTLE-0001"));
        midtrans.start();
        gateway = new MidtransClient(MidtransSettings.of(midtrans.baseUrl(), "SB-Mid-server-SETTLE-0001"));
        orders = new JdbcOrderRepository(fixture.database.jdbc());
        fulfilment = new Fulfilment(orders, supplier, fixture.database, TestConsoleRun.begun(fixture.database, clock), clock,
                FulfilmentTest.settings(100));
    }

    @AfterEach
    void stop() {
        gateway.close();
        midtrans.close();
        supplier.close();
        fixture.close();
    }

    private SettleOrders settle(OrderRepository repository) {
        return new SettleOrders(repository, gateway, new PaymentUpdates(repository, clock), fulfilment, dispatchRequests::incrementAndGet,
                drawer, new Audit(auditLog, clock), clock);
    }

    private Order paidCashOrder() {
        var product = fixture.products.findBySku("MLB86-S1").orElseThrow();
        var order = Order.create(new OrderNumber("S-" + numbers.incrementAndGet()), product, new TopUpTarget("136216325", "2685"), "",
                Money.rupiah(25_000), product.buyPrice(PriceLevel.BASIC), PaymentMethod.CASH, clock.instant());
        Order stored = orders.insert(order, "test");
        assertThat(orders.compareAndSetStatus(StatusChange.of(stored.id(), OrderStatus.PENDING, 0, OrderStatus.PAID, Actor.CASHIER,
                "cash", clock.instant()))).isTrue();
        return reload(stored);
    }

    private Order failedOrder() {
        fixture.simulator.setBalance(1_000);
        Order order = paidCashOrder();
        assertThat(fulfilment.dispatch(order)).isEqualTo(Fulfilment.Dispatch.REJECTED);
        fixture.simulator.setBalance(5_000_000);
        return reload(order);
    }

    /// An order whose request the supplier answered with `fault` and which stayed unclear for ten
    /// minutes because the supplier's list could not be read.
    private Order needsCheckOrder(Runnable fault) {
        fault.run();
        Order order = paidCashOrder();
        assertThat(fulfilment.dispatch(order)).isEqualTo(Fulfilment.Dispatch.OUTCOME_UNKNOWN);
        fixture.simulator.faults().apiMaintenance(true);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        fulfilment.reconcile();
        fixture.simulator.faults().apiMaintenance(false);
        Order unclear = reload(order);
        assertThat(unclear.status()).isEqualTo(OrderStatus.NEEDS_CHECK);
        return unclear;
    }

    private Order reload(Order order) {
        return orders.findById(order.id()).orElseThrow();
    }

    @Test
    void aFailedOrderIsRetriedOnceWithTheReasonAndThePersonInItsHistory() {
        Order failed = failedOrder();
        assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);

        var outcome = settle(orders).retry(failed.id(), "saldo sudah diisi", ADMIN);

        assertThat(outcome).isInstanceOf(SettleOrders.Outcome.Done.class);
        assertThat(reload(failed).status()).isEqualTo(OrderStatus.PAID);
        assertThat(dispatchRequests).hasValue(1);
        OrderEvent last = orders.history(failed.id()).getLast();
        assertThat(last.actor()).isEqualTo(Actor.ADMIN);
        assertThat(last.reason()).isEqualTo("retry by Budi: saldo sudah diisi");
        assertThat(fulfilment.dispatchDue()).isEqualTo(1);
        assertThat(reload(failed).status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(fixture.simulator.transactions()).hasSize(1);
        assertThat(auditLog.of(com.wmxtopup.counter.application.audit.AuditAction.ORDER_RETRIED)).singleElement().satisfies(e -> {
            assertThat(e.who()).isEqualTo("Budi");
            assertThat(e.subject()).isEqualTo(failed.orderNumber().value());
            assertThat(e.detail()).isEqualTo("saldo sudah diisi");
        });
    }

    @Test
    void aCashiersRefundIsRefusedByTheUseCaseAndChangesNothing() {
        Order failed = failedOrder();
        var cashier = com.wmxtopup.counter.support.TestOperators.CASHIER;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settle(orders).refund(failed.id(), "pelanggan batal", cashier))
                .isInstanceOf(com.wmxtopup.counter.application.access.NotPermittedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settle(orders).retry(failed.id(), "coba lagi", cashier))
                .isInstanceOf(com.wmxtopup.counter.application.access.NotPermittedException.class);

        assertThat(reload(failed).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(reload(failed).version()).isEqualTo(failed.version());
        assertThat(auditLog.entries()).isEmpty();
        // An admin approving for her (supervisor override) may, and both names are written down.
        var approved = ADMIN.approvingFor(cashier);
        assertThat(settle(orders).refund(failed.id(), "pelanggan batal", approved)).isInstanceOf(SettleOrders.Outcome.Done.class);
        assertThat(orders.history(failed.id()).getLast().reason()).contains("Budi untuk Cashier");
        assertThat(auditLog.of(com.wmxtopup.counter.application.audit.AuditAction.ORDER_REFUNDED)).singleElement()
                .satisfies(e -> assertThat(e.who()).isEqualTo("Budi untuk Cashier"));
    }

    @Test
    void aRetryNeedsAReasonAndAStatusThatAllowsIt() {
        Order failed = failedOrder();
        assertThat(settle(orders).retry(failed.id(), "  ", ADMIN))
                .isEqualTo(new SettleOrders.Outcome.Refused(SettleOrders.Refusal.REASON_REQUIRED, ""));
        Order paid = paidCashOrder();
        assertThat(settle(orders).retry(paid.id(), "why not", ADMIN))
                .isEqualTo(new SettleOrders.Outcome.Refused(SettleOrders.Refusal.NOT_IN_THIS_STATUS, "PAID"));
        assertThat(settle(orders).retry(999_999, "gone", ADMIN))
                .isEqualTo(new SettleOrders.Outcome.Refused(SettleOrders.Refusal.NOT_FOUND, ""));
        assertThat(dispatchRequests).hasValue(0);
    }

    @Test
    void aNeedsCheckOrderTheSupplierHoldsIsNeverRetriedAndARecheckFindsIt() {
        // The supplier placed it, but its answer was lost: a retry would be the second top-up.
        Order unclear = needsCheckOrder(() -> fixture.simulator.faults().dropNextOrderResponse());

        var retry = settle(orders).retry(unclear.id(), "customer says nothing arrived", ADMIN);

        assertThat(retry).isInstanceOfSatisfying(SettleOrders.Outcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(SettleOrders.Refusal.SUPPLIER_HOLDS_IT));
        assertThat(reload(unclear).status()).isEqualTo(OrderStatus.NEEDS_CHECK);
        assertThat(fixture.simulator.orderRequestsReceived()).isEqualTo(1);

        var recheck = settle(orders).recheck(unclear.id(), ADMIN).orElseThrow();
        assertThat(recheck.supplier()).isInstanceOf(SupplierLookup.Found.class);
        assertThat(recheck.changed()).isTrue();
        assertThat(recheck.order().status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(recheck.order().supplierTrxId()).isEqualTo(fixture.simulator.transactions().getFirst().trxId());
        assertThat(orders.history(unclear.id()).getLast().reason()).startsWith("recheck by Budi: found at the supplier as VP");
        assertThat(fixture.simulator.orderRequestsReceived()).isEqualTo(1);
    }

    @Test
    void aNeedsCheckOrderIsNotRetriedWhileTheSupplierCannotSayWhetherItHoldsIt() {
        Order unclear = needsCheckOrder(() -> fixture.simulator.faults().failNextRequest(500));
        fixture.simulator.faults().apiMaintenance(true);

        var retry = settle(orders).retry(unclear.id(), "try again", ADMIN);

        assertThat(retry).isInstanceOfSatisfying(SettleOrders.Outcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(SettleOrders.Refusal.SUPPLIER_MAY_HOLD_IT));
        assertThat(reload(unclear).status()).isEqualTo(OrderStatus.NEEDS_CHECK);
        assertThat(dispatchRequests).hasValue(0);
    }

    @Test
    void aNeedsCheckOrderTheSupplierProvablyDoesNotHoldIsRetried() {
        // Answered with 500 without being processed: the complete list proves nothing was placed.
        Order unclear = needsCheckOrder(() -> fixture.simulator.faults().failNextRequest(500));

        var retry = settle(orders).retry(unclear.id(), "nothing was placed", ADMIN);

        assertThat(retry).isInstanceOf(SettleOrders.Outcome.Done.class);
        assertThat(reload(unclear).status()).isEqualTo(OrderStatus.PAID);
        assertThat(fulfilment.dispatchDue()).isEqualTo(1);
        assertThat(fixture.simulator.transactions()).hasSize(1);
    }

    @Test
    void markDeliveredNeedsTheSuppliersReferenceAndEndsTheOrder() {
        Order unclear = needsCheckOrder(() -> fixture.simulator.faults().failNextRequest(500));
        var settle = settle(orders);

        assertThat(settle.markDelivered(unclear.id(), " ", "seen in the dashboard", ADMIN))
                .isEqualTo(new SettleOrders.Outcome.Refused(SettleOrders.Refusal.REFERENCE_REQUIRED, ""));
        var done = settle.markDelivered(unclear.id(), "VP-DASHBOARD-77", "seen in the VIP dashboard", ADMIN);

        assertThat(done).isInstanceOf(SettleOrders.Outcome.Done.class);
        Order delivered = reload(unclear);
        assertThat(delivered.status()).isEqualTo(OrderStatus.SUCCESS);
        assertThat(delivered.supplierTrxId()).isEqualTo("VP-DASHBOARD-77");
        assertThat(orders.history(unclear.id()).getLast().reason())
                .isEqualTo("marked delivered by Budi (VP-DASHBOARD-77): seen in the VIP dashboard");
        assertThat(auditLog.of(com.wmxtopup.counter.application.audit.AuditAction.ORDER_MARKED_DELIVERED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("VP-DASHBOARD-77: seen in the VIP dashboard"));
    }

    @Test
    void aCashRefundWithoutAnOpenShiftIsRefusedAndChangesNothing() {
        Order failed = failedOrder();
        drawer.close();

        assertThat(settle(orders).refund(failed.id(), "customer wants the money back", ADMIN))
                .isEqualTo(new SettleOrders.Outcome.Refused(SettleOrders.Refusal.NO_OPEN_SHIFT, ""));
        assertThat(reload(failed).status()).isEqualTo(OrderStatus.FAILED);
        assertThat(drawer.handedBack()).isEmpty();
    }

    @Test
    void aRefundIsFinalAndRecordsHowTheMoneyWentBack() {
        Order failed = failedOrder();
        var settle = settle(orders);

        assertThat(settle.refund(failed.id(), "customer wants the money back", ADMIN)).isInstanceOf(SettleOrders.Outcome.Done.class);

        assertThat(reload(failed).status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(orders.history(failed.id()).getLast().reason())
                .isEqualTo("cash refund 25000 handed back — by Budi: customer wants the money back");
        // The cash came out of this console's open drawer.
        assertThat(drawer.handedBack()).containsExactly(new com.wmxtopup.counter.support.TestDrawer.HandedBack(
                failed.orderNumber().value(), Money.rupiah(25_000), "customer wants the money back"));
        assertThat(settle.retry(failed.id(), "changed my mind", ADMIN))
                .isEqualTo(new SettleOrders.Outcome.Refused(SettleOrders.Refusal.NOT_IN_THIS_STATUS, "REFUNDED"));
    }

    @Test
    void aFailedQrisOrderIsRefundedAtMidtransAfterItWasClosed() throws Exception {
        fixture.simulator.setBalance(1_000);
        var product = fixture.products.findBySku("MLB86-S1").orElseThrow();
        String number = "S-QRIS-" + numbers.incrementAndGet();
        var charge = gateway.chargeQris(new com.wmxtopup.counter.application.port.QrisChargeRequest(number, Money.rupiah(25_000),
                "MLB86-S1", "86 Diamonds", Duration.ofMinutes(15), Optional.empty(), number));
        Order stored = orders.insert(Order.create(new OrderNumber(number), product, new TopUpTarget("136216325", "2685"), "",
                Money.rupiah(25_000), product.buyPrice(PriceLevel.BASIC), PaymentMethod.QRIS, clock.instant()), "test");
        orders.compareAndSetStatus(StatusChange.of(stored.id(), OrderStatus.PENDING, 0, OrderStatus.WAITING_PAYMENT, Actor.CASHIER, "QR",
                clock.instant()).withPaymentRequest(charge.qrString(), clock.instant().plusSeconds(900), charge.transactionId()));
        midtrans.pay(number);
        orders.compareAndSetStatus(StatusChange.of(stored.id(), OrderStatus.WAITING_PAYMENT, 1, OrderStatus.PAID, Actor.WEBHOOK,
                "settlement", clock.instant()));
        assertThat(fulfilment.dispatch(reload(stored))).isEqualTo(Fulfilment.Dispatch.REJECTED);

        var outcome = settle(orders).refund(stored.id(), "customer wants the money back", ADMIN);

        assertThat(outcome).isInstanceOf(SettleOrders.Outcome.Done.class);
        assertThat(reload(stored).status()).isEqualTo(OrderStatus.REFUNDED);
        List<OrderEvent> history = orders.history(stored.id());
        assertThat(history.get(history.size() - 2).reason())
                .isEqualTo("QRIS refund of 25000 requested at Midtrans — by Budi: customer wants the money back");
        assertThat(history.getLast().reason()).startsWith("refunded at Midtrans (refund)");
        assertThat(midtrans.transaction(number).orElseThrow().transactionStatus()).isEqualTo("refund");
    }

    @Test
    void aNeedsCheckOrderTheSupplierIsDeliveringIsNotRefunded() {
        Order unclear = needsCheckOrder(() -> fixture.simulator.faults().dropNextOrderResponse());

        assertThat(settle(orders).refund(unclear.id(), "customer left", ADMIN))
                .isInstanceOfSatisfying(SettleOrders.Outcome.Refused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(SettleOrders.Refusal.SUPPLIER_HOLDS_IT));
        assertThat(reload(unclear).status()).isEqualTo(OrderStatus.NEEDS_CHECK);
    }

    @Test
    void retryAndRefundPressedAtOnceCannotBothWin() throws Exception {
        Order failed = failedOrder();
        // Both read the order before either writes: the interleaving two consoles would have.
        var bothRead = new CyclicBarrier(2);
        var reads = new AtomicInteger();
        OrderRepository racing = new DelegatingOrderRepository(orders) {
            @Override
            public Optional<Order> findById(long id) {
                Optional<Order> found = super.findById(id);
                if (reads.incrementAndGet() <= 2) {
                    try {
                        bothRead.await(5, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return found;
            }
        };
        var settle = settle(racing);
        List<SettleOrders.Outcome> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<SettleOrders.Outcome> retry = pool.submit(() -> settle.retry(failed.id(), "saldo diisi", ADMIN));
            Future<SettleOrders.Outcome> refund = pool.submit(() -> settle.refund(failed.id(), "uang kembali", ADMIN));
            outcomes.add(retry.get(10, TimeUnit.SECONDS));
            outcomes.add(refund.get(10, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn(o -> o instanceof SettleOrders.Outcome.Done).hasSize(1);
        assertThat(outcomes).contains(new SettleOrders.Outcome.Refused(SettleOrders.Refusal.CHANGED_MEANWHILE, ""));
        assertThat(reload(failed).status()).isIn(OrderStatus.PAID, OrderStatus.REFUNDED);
        assertThat(orders.history(failed.id()).stream().filter(e -> e.from() == OrderStatus.FAILED)).hasSize(1);
    }

    /// Passes everything to a real repository; a test overrides what it needs to interleave.
    private static class DelegatingOrderRepository implements OrderRepository {
        private final OrderRepository delegate;

        DelegatingOrderRepository(OrderRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Order insert(Order order, String reason) {
            return delegate.insert(order, reason);
        }

        @Override
        public Optional<Order> findById(long id) {
            return delegate.findById(id);
        }

        @Override
        public Optional<Order> findByNumber(OrderNumber number) {
            return delegate.findByNumber(number);
        }

        @Override
        public List<Order> findByStatus(OrderStatus status, int limit) {
            return delegate.findByStatus(status, limit);
        }

        @Override
        public List<Order> findRecent(int limit) {
            return delegate.findRecent(limit);
        }

        @Override
        public Optional<Order> findBySupplierTrxId(String trxId) {
            return delegate.findBySupplierTrxId(trxId);
        }

        @Override
        public boolean compareAndSetStatus(StatusChange change) {
            return delegate.compareAndSetStatus(change);
        }

        @Override
        public List<OrderEvent> history(long orderId) {
            return delegate.history(orderId);
        }

        @Override
        public List<Order> search(OrderSearch search) {
            return delegate.search(search);
        }

        @Override
        public OrderSearch.Totals totals(OrderSearch search) {
            return delegate.totals(search);
        }

        @Override
        public java.util.List<String> sellers() {
            return delegate.sellers();
        }
    }
}
