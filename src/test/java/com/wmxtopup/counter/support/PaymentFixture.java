package com.wmxtopup.counter.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.midtrans.MidtransClient;
import com.wmxtopup.counter.adapter.midtrans.MidtransSettings;
import com.wmxtopup.counter.adapter.midtrans.MidtransSignature;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/// Orders waiting for a QRIS payment, stored on H2, with the Midtrans simulator behind the real
/// client: what the payment-following use cases are tested against.
public final class PaymentFixture implements AutoCloseable {

    public static final String SERVER_KEY = "SB-Mid-server-PAYMENTS-0001";
    public static final long AMOUNT = 21_600;

    public final CatalogFixture catalog = new CatalogFixture();
    public final MidtransSimulator midtrans;
    public final MidtransClient gateway;
    public final JdbcOrderRepository orders;
    private final AtomicInteger numbers = new AtomicInteger();

    public PaymentFixture() {
        this(UnaryOperator.identity());
    }

    /// With the simulator's settings changed by `simulator` (e.g. closing connections like a real server).
    public PaymentFixture(UnaryOperator<MidtransSimulatorSettings> simulator) {
        midtrans = new MidtransSimulator(simulator.apply(MidtransSimulatorSettings.of(SERVER_KEY)));
        midtrans.start();
        gateway = new MidtransClient(MidtransSettings.of(midtrans.baseUrl(), SERVER_KEY));
        orders = new JdbcOrderRepository(catalog.database.jdbc());
    }

    /// A stored order waiting for its QR until `expiresAt`; charged at the simulator when `charged`.
    public Order waiting(Instant expiresAt, boolean charged) throws PaymentGatewayException {
        String number = "PAY-" + numbers.incrementAndGet() + "-" + System.nanoTime();
        String qr = "no-charge";
        if (charged) {
            qr = gateway.chargeQris(new QrisChargeRequest(number, Money.rupiah(AMOUNT), "MLB86", "86 Diamonds",
                    Duration.ofMinutes(15), Optional.empty(), number)).qrString();
        }
        var order = Order.create(new OrderNumber(number), OrderFixtures.mobileLegends86(), new TopUpTarget("136216325", "2685"), "",
                Money.rupiah(AMOUNT), Money.rupiah(20_500), PaymentMethod.QRIS, OrderFixtures.T0);
        Order stored = orders.insert(order, "test");
        assertThat(orders.compareAndSetStatus(StatusChange.of(stored.id(), OrderStatus.PENDING, 0, OrderStatus.WAITING_PAYMENT,
                Actor.SYSTEM, "test", OrderFixtures.T0).withPaymentRequest(qr, expiresAt, ""))).isTrue();
        return orders.findById(stored.id()).orElseThrow();
    }

    public OrderStatus statusOf(Order order) {
        return orders.findById(order.id()).orElseThrow().status();
    }

    /// A notification body for `order` signed with the server key, as Midtrans (or whoever holds
    /// the key) would send it.
    public static String signedNotification(Order order, String transactionStatus, String transactionId) {
        String orderId = order.orderNumber().value();
        String gross = order.amount().rupiah() + ".00";
        // Midtrans signs the status code with the status: 407 goes with expire, 200 with the others used here.
        String statusCode = transactionStatus.equals("expire") ? "407" : "200";
        return "{\"order_id\":\"" + orderId + "\",\"status_code\":\"" + statusCode + "\",\"gross_amount\":\"" + gross + "\","
                + "\"transaction_status\":\"" + transactionStatus + "\",\"fraud_status\":\"accept\",\"transaction_id\":\"" + transactionId
                + "\",\"payment_type\":\"qris\",\"signature_key\":\"" + MidtransSignature.of(orderId, statusCode, gross, SERVER_KEY)
                + "\"}";
    }

    @Override
    public void close() {
        gateway.close();
        midtrans.close();
        catalog.close();
    }
}
