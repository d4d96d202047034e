package com.wmxtopup.counter.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.CatalogFixture;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Payment states applied to stored orders (H2): never backwards, amount must match, a late
/// settlement after a local close still pays the order.
class PaymentUpdatesTest {

    private CatalogFixture fixture;
    private JdbcOrderRepository orders;
    private PaymentUpdates updates;
    private int numbers;

    @BeforeEach
    void start() {
        fixture = new CatalogFixture();
        orders = new JdbcOrderRepository(fixture.database.jdbc());
        updates = new PaymentUpdates(orders, Clock.fixed(OrderFixtures.T0, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Order order(PaymentMethod method, OrderStatus... path) {
        var o = Order.create(new OrderNumber("PU-" + (++numbers)), OrderFixtures.mobileLegends86(), new TopUpTarget("136216325", "2685"),
                "",
                Money.rupiah(21_600), Money.rupiah(20_500), method, OrderFixtures.T0);
        Order stored = orders.insert(o, "test");
        OrderStatus from = OrderStatus.PENDING;
        long version = 0;
        for (OrderStatus to : path) {
            assertThat(orders.compareAndSetStatus(StatusChange.of(stored.id(), from, version++, to, Actor.SYSTEM, "", OrderFixtures.T0)))
                    .isTrue();
            from = to;
        }
        return orders.findById(stored.id()).orElseThrow();
    }

    private static PaymentStatus status(Order order, PaymentStatus.State state, String word, long amount) {
        return new PaymentStatus(order.orderNumber().value(), "trx-1", state, Money.rupiah(amount), word, "accept", "200");
    }

    private OrderStatus statusOf(Order order) {
        return orders.findById(order.id()).orElseThrow().status();
    }

    @Test
    void onlyAnExpiredOrCancelledQrIsClosedUnpaidAndALateSettlementCanStillPayIt() {
        assertThat(java.util.Arrays.stream(OrderStatus.values()).filter(PaymentUpdates::isClosedUnpaid))
                .containsExactlyInAnyOrder(OrderStatus.EXPIRED, OrderStatus.CANCELLED)
                .allMatch(status -> status.canMoveTo(OrderStatus.PAID));
    }

    @Test
    void settlementPaysAWaitingOrderOnce() {
        Order waiting = order(PaymentMethod.QRIS, OrderStatus.WAITING_PAYMENT);
        assertThat(updates.apply(waiting, status(waiting, PaymentStatus.State.PAID, "settlement", 21_600), Actor.WEBHOOK))
                .isEqualTo(PaymentUpdates.Effect.BECAME_PAID);
        Order paid = orders.findById(waiting.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.paymentTransactionId()).isEqualTo("trx-1");
        assertThat(updates.apply(paid, status(paid, PaymentStatus.State.PAID, "settlement", 21_600), Actor.WEBHOOK))
                .isEqualTo(PaymentUpdates.Effect.NO_CHANGE);
        // the stale copy of the order loses the compare-and-set
        assertThat(updates.apply(waiting, status(waiting, PaymentStatus.State.PAID, "settlement", 21_600), Actor.SYNC_WORKER))
                .isEqualTo(PaymentUpdates.Effect.NO_CHANGE);
    }

    @Test
    void aWrongAmountNeverPays() {
        Order waiting = order(PaymentMethod.QRIS, OrderStatus.WAITING_PAYMENT);
        assertThat(updates.apply(waiting, status(waiting, PaymentStatus.State.PAID, "settlement", 2_160), Actor.WEBHOOK))
                .isEqualTo(PaymentUpdates.Effect.AMOUNT_MISMATCH);
        assertThat(statusOf(waiting)).isEqualTo(OrderStatus.WAITING_PAYMENT);
    }

    @Test
    void pendingOrExpireAfterPaymentChangesNothing() {
        Order paid = order(PaymentMethod.QRIS, OrderStatus.WAITING_PAYMENT, OrderStatus.PAID);
        assertThat(updates.apply(paid, status(paid, PaymentStatus.State.PENDING, "pending", 21_600), Actor.WEBHOOK))
                .isEqualTo(PaymentUpdates.Effect.NO_CHANGE);
        assertThat(updates.apply(paid, status(paid, PaymentStatus.State.FAILED, "expire", 21_600), Actor.WEBHOOK))
                .isEqualTo(PaymentUpdates.Effect.NO_CHANGE);
        assertThat(statusOf(paid)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void expireAndCancelCloseAWaitingOrder() {
        Order expiring = order(PaymentMethod.QRIS, OrderStatus.WAITING_PAYMENT);
        assertThat(updates.apply(expiring, status(expiring, PaymentStatus.State.FAILED, "expire", 21_600), Actor.SYNC_WORKER))
                .isEqualTo(PaymentUpdates.Effect.CLOSED_UNPAID);
        assertThat(statusOf(expiring)).isEqualTo(OrderStatus.EXPIRED);
        Order cancelled = order(PaymentMethod.QRIS, OrderStatus.WAITING_PAYMENT);
        updates.apply(cancelled, status(cancelled, PaymentStatus.State.FAILED, "cancel", 21_600), Actor.WEBHOOK);
        assertThat(statusOf(cancelled)).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aSettlementAfterTheLocalExpiryStillPaysTheOrder() {
        Order expired = order(PaymentMethod.QRIS, OrderStatus.WAITING_PAYMENT, OrderStatus.EXPIRED);
        assertThat(updates.apply(expired, status(expired, PaymentStatus.State.PAID, "settlement", 21_600), Actor.WEBHOOK))
                .isEqualTo(PaymentUpdates.Effect.BECAME_PAID);
        assertThat(statusOf(expired)).isEqualTo(OrderStatus.PAID);
        assertThat(orders.history(expired.id()).getLast().reason()).endsWith("after the order was closed");
    }

    @Test
    void aCancelledCashSaleIsNotPaidByAGatewayMessage() {
        Order cash = order(PaymentMethod.CASH, OrderStatus.CANCELLED);
        assertThat(updates.apply(cash, status(cash, PaymentStatus.State.PAID, "settlement", 21_600), Actor.WEBHOOK))
                .isEqualTo(PaymentUpdates.Effect.NO_CHANGE);
        assertThat(statusOf(cash)).isEqualTo(OrderStatus.CANCELLED);
    }
}
