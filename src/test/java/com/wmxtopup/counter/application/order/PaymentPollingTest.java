package com.wmxtopup.counter.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.midtrans.MidtransClient;
import com.wmxtopup.counter.adapter.midtrans.MidtransSettings;
import com.wmxtopup.counter.adapter.persistence.HibernateOrderRepository;
import com.wmxtopup.counter.application.port.QrisChargeRequest;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.support.CatalogFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Polling for consoles without webhooks, against the Midtrans simulator through the real
/// client and orders on H2: a waiting QR is asked about, an overdue one expired at the gateway
/// first (a last-second payment wins), and one the gateway has never heard of is given up only
/// well after its expiry — silence (a timeout) never closes an order.
class PaymentPollingTest {

    private static final String KEY = "SB-Mid-server-POLLING-0001";
    private CatalogFixture fixture;
    private MidtransSimulator midtrans;
    private MidtransClient gateway;
    private HibernateOrderRepository orders;
    private int numbers;

    @BeforeEach
    void start() {
        fixture = new CatalogFixture();
        midtrans = new MidtransSimulator(MidtransSimulatorSettings.of(KEY));
        midtrans.start();
        gateway = new MidtransClient(MidtransSettings.of(midtrans.baseUrl(), KEY));
        orders = new HibernateOrderRepository(fixture.database.sessionFactory());
    }

    @AfterEach
    void stop() {
        gateway.close();
        midtrans.close();
        fixture.close();
    }

    /// A stored order waiting for its QR until `expiresAt`; charged at the simulator when `charged`.
    private Order waiting(Instant expiresAt, boolean charged) throws Exception {
        String number = "POLL-" + (++numbers) + "-" + System.nanoTime();
        String qr = "no-charge";
        if (charged) {
            qr = gateway.chargeQris(new QrisChargeRequest(number, Money.rupiah(21_600), "MLB86", "86 Diamonds",
                    Duration.ofMinutes(15), Optional.empty(), number)).qrString();
        }
        var order = Order.create(new OrderNumber(number), OrderFixtures.mobileLegends86(), new TopUpTarget("136216325", "2685"), "",
                Money.rupiah(21_600), Money.rupiah(20_500), PaymentMethod.QRIS, OrderFixtures.T0);
        Order stored = orders.insert(order, "test");
        assertThat(orders.compareAndSetStatus(StatusChange.of(stored.id(), OrderStatus.PENDING, 0, OrderStatus.WAITING_PAYMENT,
                Actor.SYSTEM, "test", OrderFixtures.T0).withPaymentRequest(qr, expiresAt, ""))).isTrue();
        return orders.findById(stored.id()).orElseThrow();
    }

    private PaymentPolling pollingAt(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new PaymentPolling(orders, gateway, new PaymentUpdates(orders, clock), clock);
    }

    private OrderStatus statusOf(Order order) {
        return orders.findById(order.id()).orElseThrow().status();
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
        assertThat(orders.history(unknown.id()).getLast().reason()).contains("does not know");
    }

    @Test
    void anOverdueQrIsExpiredAtTheGatewayUnlessItWasPaidAtTheLastSecond() throws Exception {
        Instant expiry = OrderFixtures.T0.plus(Duration.ofMinutes(15));
        Order unpaid = waiting(expiry, true);
        Order paidLate = waiting(expiry, true);
        midtrans.pay(paidLate.orderNumber().value());

        pollingAt(expiry.plusSeconds(1)).poll();
        assertThat(statusOf(unpaid)).isEqualTo(OrderStatus.EXPIRED);
        assertThat(midtrans.transaction(unpaid.orderNumber().value()).orElseThrow().transactionStatus()).isEqualTo("expire");
        assertThat(statusOf(paidLate)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aGatewayThatDoesNotAnswerNeverClosesAnOrder() throws Exception {
        Instant expiry = OrderFixtures.T0.plus(Duration.ofMinutes(15));
        Order waiting = waiting(expiry, true);
        midtrans.close();
        var pass = pollingAt(expiry.plus(Duration.ofDays(2))).poll();
        assertThat(pass.closed()).isZero();
        assertThat(statusOf(waiting)).isEqualTo(OrderStatus.WAITING_PAYMENT);
    }
}
