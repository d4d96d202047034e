package com.wmxtopup.counter.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.sandbox.midtrans.ApiEndpoint;
import com.wmxtopup.counter.sandbox.midtrans.ApiFault;
import com.wmxtopup.counter.support.MutableClock;
import com.wmxtopup.counter.support.PaymentFixture;
import com.wmxtopup.counter.support.TestConsoleRun;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The fast look at the order on screen, against the Midtrans and VIP Reseller simulators over
/// real HTTP, on H2: a payment is seen at the next look and changes the order through the same
/// path as the pass; the supplier's progress is looked at every 3 s in the first minute, then
/// less; failures and rate limits back off and change nothing; a finished order is not looked at.
class FollowShownOrderTest {

    private PaymentFixture payments;
    private MutableClock clock;
    private Fulfilment fulfilment;
    private FollowShownOrder follow;

    @BeforeEach
    void start() {
        payments = new PaymentFixture();
        clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        fulfilment = new Fulfilment(payments.orders, payments.catalog.supplier, payments.catalog.database,
                TestConsoleRun.begun(payments.catalog.database, clock), clock, Fulfilment.Settings.defaults());
        follow = new FollowShownOrder(payments.orders, payments.gateway, new PaymentUpdates(payments.orders, clock),
                payments.catalog.supplier, fulfilment, clock, FollowShownOrder.Settings.defaults());
    }

    @AfterEach
    void stop() {
        payments.close();
    }

    private Order waitingQr() throws Exception {
        return payments.waiting(clock.instant().plus(Duration.ofMinutes(15)), true);
    }

    @Test
    void aPaymentIsSeenAtTheNextLookAndTheOrderFollowedToTheSupplier() throws Exception {
        Order order = waitingQr();

        assertThat(follow.check(order.id(), 0))
                .isEqualTo(new FollowShownOrder.Look(OrderStatus.WAITING_PAYMENT, false, Optional.of(Duration.ofSeconds(2))));
        payments.midtrans.pay(order.orderNumber().value());
        var paid = follow.check(order.id(), 0);

        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.againAfter()).as("followed on to the supplier").isPresent();
        assertThat(payments.orders.history(order.id()).getLast().reason()).startsWith("QRIS settlement");
        assertThat(follow.check(order.id(), 0).againAfter()).as("PAID: read again, no request").contains(Duration.ofSeconds(3));
        assertThat(payments.catalog.simulator.orderRequestsReceived()).as("sending is the fulfilment worker's").isZero();
    }

    @Test
    void theSuppliersProgressIsLookedAtEveryThreeSecondsForAMinuteThenLess() throws Exception {
        Order order = waitingQr();
        payments.midtrans.pay(order.orderNumber().value());
        follow.check(order.id(), 0);
        assertThat(fulfilment.dispatch(payments.orders.findById(order.id()).orElseThrow())).isEqualTo(Fulfilment.Dispatch.ACCEPTED);

        var early = follow.check(order.id(), 0);
        assertThat(early.status()).isIn(OrderStatus.PROCESSING, OrderStatus.SUCCESS, OrderStatus.FAILED);
        if (early.status() == OrderStatus.PROCESSING) {
            assertThat(early.againAfter()).contains(Duration.ofSeconds(3));
            clock.advance(Duration.ofMinutes(2));
            var later = follow.check(order.id(), 0);
            assertThat(later.againAfter()).as("a quarter of its two minutes").contains(Duration.ofSeconds(30));
            clock.advance(Duration.ofMinutes(10));
            assertThat(follow.check(order.id(), 0).againAfter()).contains(Duration.ofSeconds(60));
        }
        payments.catalog.simulator.completeAll();
        var done = follow.check(order.id(), 0);
        assertThat(done.status()).isIn(OrderStatus.SUCCESS, OrderStatus.FAILED);
        assertThat(done.againAfter()).as("nothing left to follow").isEmpty();
    }

    @Test
    void aRateLimitOrAnErrorBacksOffAndChangesNothing() throws Exception {
        Order order = waitingQr();
        payments.midtrans.pay(order.orderNumber().value());
        payments.midtrans.injectApiFault(ApiEndpoint.STATUS, new ApiFault.RateLimited(), 1);
        payments.midtrans.injectApiFault(ApiEndpoint.STATUS, new ApiFault.InternalError(), 2);

        var limited = follow.check(order.id(), 0);
        assertThat(limited).isEqualTo(new FollowShownOrder.Look(OrderStatus.WAITING_PAYMENT, true, Optional.of(Duration.ofSeconds(10))));
        assertThat(follow.check(order.id(), 1).againAfter()).contains(Duration.ofSeconds(8));
        assertThat(follow.check(order.id(), 2).againAfter()).contains(Duration.ofSeconds(16));
        assertThat(payments.statusOf(order)).as("no answer is not an answer").isEqualTo(OrderStatus.WAITING_PAYMENT);

        assertThat(follow.check(order.id(), 3).status()).as("the next answer counts").isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aClosedOrFinishedOrderIsNotLookedAt() throws Exception {
        Order order = waitingQr();
        payments.midtrans.expireNow(order.orderNumber().value());

        var expired = follow.check(order.id(), 0);
        assertThat(expired.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(expired.againAfter()).isEmpty();
        assertThat(follow.check(order.id(), 0).againAfter()).isEmpty();
        assertThat(FollowShownOrder.follows(OrderStatus.SUCCESS)).isFalse();
        assertThat(follow.check(Long.MAX_VALUE, 0).againAfter()).as("no such order").isEmpty();
    }
}
