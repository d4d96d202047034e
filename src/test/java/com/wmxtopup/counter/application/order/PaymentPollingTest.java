package com.wmxtopup.counter.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.support.PaymentFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Polling for consoles without webhooks, against the Midtrans simulator through the real
/// client and orders on H2: a waiting QR is asked about, an overdue one expired at the gateway
/// first (a last-second payment wins), and one the gateway has never heard of is given up only
/// well after its expiry — silence (a timeout) never closes an order.
class PaymentPollingTest {

    private PaymentFixture payments;

    @BeforeEach
    void start() {
        payments = new PaymentFixture();
    }

    @AfterEach
    void stop() {
        payments.close();
    }

    private Order waiting(Instant expiresAt, boolean charged) throws Exception {
        return payments.waiting(expiresAt, charged);
    }

    private PaymentPolling pollingAt(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new PaymentPolling(payments.orders, payments.gateway, new PaymentUpdates(payments.orders, clock), clock);
    }

    private OrderStatus statusOf(Order order) {
        return payments.statusOf(order);
    }

    @Test
    void anOrderTheGatewayNeverHeardOfIsExpiredOnlyWellAfterItsExpiry() throws Exception {
        Instant expiry = OrderFixtures.T0.plus(Duration.ofMinutes(15));
        Order unknown = waiting(expiry, false);

        pollingAt(expiry.minusSeconds(60)).poll();
        assertThat(statusOf(unknown)).as("not yet due").isEqualTo(OrderStatus.WAITING_PAYMENT);
        pollingAt(expiry.plus(PaymentPolling.UNKNOWN_AFTER_EXPIRY).minusSeconds(1)).poll();
        assertThat(statusOf(unknown)).as("within the grace after expiry: still asked about").isEqualTo(OrderStatus.WAITING_PAYMENT);

        var pass = pollingAt(expiry.plus(PaymentPolling.UNKNOWN_AFTER_EXPIRY).plusSeconds(1)).poll();
        assertThat(statusOf(unknown)).isEqualTo(OrderStatus.EXPIRED);
        assertThat(pass.closed()).isEqualTo(1);
        assertThat(payments.orders.history(unknown.id()).getLast().reason()).contains("does not know");
    }

    @Test
    void anOverdueQrIsExpiredAtTheGatewayUnlessItWasPaidAtTheLastSecond() throws Exception {
        Instant expiry = OrderFixtures.T0.plus(Duration.ofMinutes(15));
        Order unpaid = waiting(expiry, true);
        Order paidLate = waiting(expiry, true);
        payments.midtrans.pay(paidLate.orderNumber().value());

        pollingAt(expiry.plusSeconds(1)).poll();
        assertThat(statusOf(unpaid)).isEqualTo(OrderStatus.EXPIRED);
        assertThat(payments.midtrans.transaction(unpaid.orderNumber().value()).orElseThrow().transactionStatus()).isEqualTo("expire");
        assertThat(statusOf(paidLate)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aGatewayThatDoesNotAnswerNeverClosesAnOrder() throws Exception {
        Instant expiry = OrderFixtures.T0.plus(Duration.ofMinutes(15));
        Order waiting = waiting(expiry, true);
        payments.midtrans.close();
        var pass = pollingAt(expiry.plus(Duration.ofDays(2))).poll();
        assertThat(pass.closed()).isZero();
        assertThat(statusOf(waiting)).isEqualTo(OrderStatus.WAITING_PAYMENT);
    }
}
