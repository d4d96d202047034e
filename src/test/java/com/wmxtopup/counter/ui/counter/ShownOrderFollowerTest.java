package com.wmxtopup.counter.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.order.FollowShownOrder;
import com.wmxtopup.counter.application.order.Fulfilment;
import com.wmxtopup.counter.application.order.PaymentUpdates;
import com.wmxtopup.counter.application.port.NotificationCheck;
import com.wmxtopup.counter.application.port.PaymentGateway;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.application.port.QrisCharge;
import com.wmxtopup.counter.application.port.QrisChargeRequest;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.support.MutableClock;
import com.wmxtopup.counter.support.PaymentFixture;
import com.wmxtopup.counter.support.SameThreadTaskRunner;
import com.wmxtopup.counter.support.TestConsoleRun;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The screen's fast look at the order it shows, with the real use case against the Midtrans
/// simulator over HTTP (status requests counted on their way), a runner the test ticks and a clock
/// it moves: about one look every 2 s while the QR is shown, never two at once, none once the QR
/// left the screen or the order left what can still change.
class ShownOrderFollowerTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final AtomicInteger statusRequests = new AtomicInteger();
    private PaymentFixture payments;
    private MutableClock clock;
    private ShownOrderFollower follower;

    /// The real client; status requests counted.
    private final class CountingGateway implements PaymentGateway {
        @Override
        public QrisCharge chargeQris(QrisChargeRequest request) throws PaymentGatewayException {
            return payments.gateway.chargeQris(request);
        }

        @Override
        public PaymentStatus status(String orderId) throws PaymentGatewayException {
            statusRequests.incrementAndGet();
            return payments.gateway.status(orderId);
        }

        @Override
        public PaymentStatus cancel(String orderId) throws PaymentGatewayException {
            return payments.gateway.cancel(orderId);
        }

        @Override
        public PaymentStatus expire(String orderId) throws PaymentGatewayException {
            return payments.gateway.expire(orderId);
        }

        @Override
        public PaymentStatus refund(String orderId, Money amount, String refundKey, String reason) throws PaymentGatewayException {
            return payments.gateway.refund(orderId, amount, refundKey, reason);
        }

        @Override
        public NotificationCheck checkNotification(byte[] body) {
            return payments.gateway.checkNotification(body);
        }
    }

    @BeforeEach
    void start() {
        payments = new PaymentFixture();
        clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        var fulfilment = new Fulfilment(payments.orders, payments.catalog.supplier, payments.catalog.database,
                TestConsoleRun.begun(payments.catalog.database, clock), clock, Fulfilment.Settings.defaults());
        var follow = new FollowShownOrder(payments.orders, new CountingGateway(), new PaymentUpdates(payments.orders, clock),
                payments.catalog.supplier, fulfilment, clock, FollowShownOrder.Settings.defaults());
        follower = new ShownOrderFollower(follow, tasks, clock);
    }

    @AfterEach
    void stop() {
        follower.stop();
        payments.close();
    }

    private Order waitingQr() throws Exception {
        return payments.waiting(clock.instant().plus(Duration.ofMinutes(15)), true);
    }

    /// Half a second passes and the timer ticks, `times` times.
    private void ticks(int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(ShownOrderFollower.TICK);
            tasks.tick();
        }
    }

    @Test
    void aShownQrIsLookedAtAboutEveryTwoSecondsUntilItLeavesTheScreen() throws Exception {
        Order order = waitingQr();
        follower.shown(order);
        ticks(1);
        assertThat(statusRequests).as("the first look at once").hasValue(1);

        ticks(3); // 1.5 s
        assertThat(statusRequests).as("not before 2 s").hasValue(1);
        ticks(1);
        assertThat(statusRequests).hasValue(2);
        ticks(8); // 4 s more
        assertThat(statusRequests).hasValue(4);

        follower.shown(null); // a new sale: the QR left the screen
        assertThat(follower.isFollowing()).isFalse();
        assertThat(tasks.periodicWork()).doesNotContain("shown order follow");
        ticks(20);
        assertThat(statusRequests).as("no look after the QR left").hasValue(4);
    }

    @Test
    void neverTwoLooksAtOnceEvenWhenTheAnswerIsSlowOrNoLongerWanted() throws Exception {
        Order order = waitingQr();
        follower.shown(order);
        tasks.hold(); // the look's request is on its way and does not come back yet
        ticks(20);
        assertThat(statusRequests).as("held: not sent yet").hasValue(0);
        tasks.release();
        assertThat(statusRequests).as("ten seconds of ticks, one look").hasValue(1);

        tasks.hold();
        ticks(5);
        follower.shown(null);
        Order next = waitingQr();
        follower.shown(next); // the next sale's QR, while the old look is still on its way
        ticks(10);
        tasks.release();
        assertThat(statusRequests).as("the old look ended before the next began").hasValue(2);
        ticks(1);
        assertThat(statusRequests).hasValue(3);
    }

    @Test
    void aPaidQrIsFollowedOnAndAClosedOneNoLonger() throws Exception {
        Order paid = waitingQr();
        follower.shown(paid);
        payments.midtrans.pay(paid.orderNumber().value());
        ticks(1);
        assertThat(payments.statusOf(paid)).isEqualTo(OrderStatus.PAID);
        assertThat(follower.isFollowing()).as("on to the supplier").isTrue();

        Order expired = waitingQr();
        follower.shown(expired);
        payments.midtrans.expireNow(expired.orderNumber().value());
        ticks(1);
        assertThat(payments.statusOf(expired)).isEqualTo(OrderStatus.EXPIRED);
        assertThat(follower.isFollowing()).as("the order left WAITING_PAYMENT for good: the look stops by itself").isFalse();
        int before = statusRequests.get();
        ticks(10);
        assertThat(statusRequests).hasValue(before);
    }
}
