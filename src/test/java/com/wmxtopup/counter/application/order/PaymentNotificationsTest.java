package com.wmxtopup.counter.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.persistence.JdbcPaymentNotificationLog;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.support.PaymentFixture;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Signed notifications against the Midtrans simulator through the real client, orders on H2:
/// what is applied is the gateway's own status, not the notification — a correctly signed
/// settlement for an unpaid QR or an expiry for a payable one (what a leaked server key allows)
/// changes nothing; one that cannot be checked right now is not even stored, so Midtrans' next
/// delivery is handled anew.
class PaymentNotificationsTest {

    private PaymentFixture payments;
    private PaymentNotifications notifications;

    @BeforeEach
    void start() {
        payments = new PaymentFixture();
        var clock = Clock.systemUTC();
        notifications = new PaymentNotifications(payments.gateway, payments.orders,
                new JdbcPaymentNotificationLog(payments.catalog.database.jdbc()),
                new PaymentUpdates(payments.orders, clock), clock);
    }

    @AfterEach
    void stop() {
        payments.close();
    }

    private PaymentNotifications.Result deliver(String body) {
        return notifications.handle(body.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> storedOutcomes(Order order) {
        return payments.catalog.database.jdbc()
                .fromTransaction(tx -> tx.sql("SELECT outcome FROM payment_notifications WHERE order_number = :number ORDER BY id")
                        .bind("number", order.orderNumber().value()).list(r -> r.string(1)));
    }

    @Test
    void aSignedSettlementForAQrThatIsStillUnpaidPaysNothing() throws Exception {
        Order waiting = payments.waiting(OrderFixtures.T0.plus(Duration.ofDays(3650)), true);

        var result = deliver(PaymentFixture.signedNotification(waiting, "settlement", "forged-trx"));

        assertThat(result)
                .isEqualTo(new PaymentNotifications.Result.Accepted(waiting.orderNumber().value(), PaymentUpdates.Effect.NO_CHANGE));
        assertThat(payments.statusOf(waiting)).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(storedOutcomes(waiting)).containsExactly("NOT_CONFIRMED");
    }

    @Test
    void aSettlementTheGatewayConfirmsPaysTheOrderWithTheGatewaysTransaction() throws Exception {
        Order waiting = payments.waiting(OrderFixtures.T0.plus(Duration.ofDays(3650)), true);
        var paid = payments.midtrans.pay(waiting.orderNumber().value());
        var log = new JdbcPaymentNotificationLog(payments.catalog.database.jdbc());
        assertThat(log.lastReceivedAt()).as("nothing received yet").isEmpty();
        var before = java.time.Instant.now();

        var result = deliver(PaymentFixture.signedNotification(waiting, "settlement", paid.transactionId()));

        assertThat(result).isInstanceOfSatisfying(PaymentNotifications.Result.Accepted.class, a -> assertThat(a.becamePaid()).isTrue());
        Order stored = payments.orders.findById(waiting.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
        assertThat(stored.paymentTransactionId()).isEqualTo(paid.transactionId());
        assertThat(storedOutcomes(waiting)).containsExactly("APPLIED");
        assertThat(log.lastReceivedAt()).hasValueSatisfying(at -> assertThat(at).isBetween(before, java.time.Instant.now()));
    }

    @Test
    void anUnknownTransactionAtTheGatewayPaysNothing() throws Exception {
        Order neverCharged = payments.waiting(OrderFixtures.T0.plus(Duration.ofDays(3650)), false);

        deliver(PaymentFixture.signedNotification(neverCharged, "settlement", "made-up"));

        assertThat(payments.statusOf(neverCharged)).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(storedOutcomes(neverCharged)).containsExactly("NOT_CONFIRMED");
    }

    @Test
    void whenTheGatewayCannotBeAskedNothingChangesNothingIsStoredAndMidtransIsAskedToSendAgain() throws Exception {
        Order waiting = payments.waiting(OrderFixtures.T0.plus(Duration.ofDays(3650)), true);
        var paid = payments.midtrans.pay(waiting.orderNumber().value());
        payments.midtrans.close();

        var result = deliver(PaymentFixture.signedNotification(waiting, "settlement", paid.transactionId()));

        assertThat(result).isEqualTo(new PaymentNotifications.Result.RetryLater(waiting.orderNumber().value()));
        assertThat(payments.statusOf(waiting)).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(storedOutcomes(waiting)).as("not stored: the redelivery is handled anew").isEmpty();
    }

    @Test
    void aSignedExpiryForAQrThatCanStillBePaidClosesNothing() throws Exception {
        Order waiting = payments.waiting(OrderFixtures.T0.plus(Duration.ofDays(3650)), true);

        var result = deliver(PaymentFixture.signedNotification(waiting, "expire", "forged-trx"));

        assertThat(result)
                .isEqualTo(new PaymentNotifications.Result.Accepted(waiting.orderNumber().value(), PaymentUpdates.Effect.NO_CHANGE));
        assertThat(payments.statusOf(waiting)).isEqualTo(OrderStatus.WAITING_PAYMENT);
        payments.midtrans.pay(waiting.orderNumber().value());
        deliver(PaymentFixture.signedNotification(waiting, "settlement", "trx-later"));
        assertThat(payments.statusOf(waiting)).as("and the customer's payment still counts").isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aSettlementForAnOrderClosedHereAtTheLastSecondPaysIt() throws Exception {
        Order waiting = payments.waiting(OrderFixtures.T0.plus(Duration.ofDays(3650)), true);
        var paid = payments.midtrans.pay(waiting.orderNumber().value());
        assertThat(payments.orders.compareAndSetStatus(com.wmxtopup.counter.application.port.StatusChange.of(waiting.id(),
                OrderStatus.WAITING_PAYMENT, waiting.version(), OrderStatus.EXPIRED, com.wmxtopup.counter.domain.Actor.SYNC_WORKER,
                "test: closed here", java.time.Instant.now()))).isTrue();

        var result = deliver(PaymentFixture.signedNotification(waiting, "settlement", paid.transactionId()));

        assertThat(result).isInstanceOfSatisfying(PaymentNotifications.Result.Accepted.class, a -> assertThat(a.becamePaid()).isTrue());
        assertThat(payments.statusOf(waiting)).isEqualTo(OrderStatus.PAID);
    }
}
