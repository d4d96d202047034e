package com.wmxtopup.counter.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.midtrans.MidtransClient;
import com.wmxtopup.counter.adapter.midtrans.MidtransSettings;
import com.wmxtopup.counter.application.ConsoleRun;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.sandbox.midtrans.ApiEndpoint;
import com.wmxtopup.counter.sandbox.midtrans.ApiFault;
import com.wmxtopup.counter.support.PaymentFixture;
import com.wmxtopup.counter.support.TestConsoleRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Nothing stays PENDING for ever: a checkout interrupted by a crash, or whose charge outcome
/// was unknown, is settled by asking Midtrans — against the Midtrans simulator over real HTTP, on H2.
class ChargeRecoveryTest {

    private PaymentFixture payments;
    private ConsoleRun thisRun;
    private ConsoleRun deadRun;
    private ChargeRecovery recovery;
    private int numbers;

    @BeforeEach
    void start() {
        payments = new PaymentFixture();
        Clock clock = Clock.systemUTC();
        deadRun = TestConsoleRun.begun(payments.catalog.database, clock);
        deadRun.end(); // the console that was killed (its restart ended it)
        thisRun = TestConsoleRun.begun(payments.catalog.database, clock);
        recovery = new ChargeRecovery(payments.orders, payments.gateway, new PaymentUpdates(payments.orders, clock), thisRun, clock);
    }

    @AfterEach
    void stop() {
        payments.close();
    }

    /// A PENDING order as a killed checkout leaves it: stored, held by `owner`, charged at Midtrans or not.
    private Order interruptedCheckout(PaymentMethod method, ConsoleRun owner, boolean charged) throws PaymentGatewayException {
        String number = "REC-" + (++numbers) + "-" + System.nanoTime();
        var order = Order.create(new OrderNumber(number), OrderFixtures.mobileLegends86(), new TopUpTarget("136216325", "2685"), "",
                Money.rupiah(PaymentFixture.AMOUNT), Money.rupiah(20_500), method, Instant.now())
                .withCashReceived(method == PaymentMethod.CASH ? Money.rupiah(50_000) : Money.ZERO)
                .claimedBy(owner.id());
        Order stored = payments.orders.insert(order, "test");
        if (charged) {
            payments.gateway.chargeQris(Checkout.chargeRequest(stored,
                    new Checkout.Settings("WMX", Duration.ofMinutes(15), Optional.empty(), com.wmxtopup.counter.domain.ShopZone.WIB)));
        }
        return stored;
    }

    private OrderStatus statusOf(Order order) {
        return payments.statusOf(order);
    }

    @Test
    void aQrChargedButNeverShownIsCancelledAtMidtransAndHere() throws Exception {
        Order order = interruptedCheckout(PaymentMethod.QRIS, deadRun, true);

        assertThat(recovery.recover()).isEqualTo(1);

        assertThat(statusOf(order)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(payments.midtrans.transaction(order.orderNumber().value()).orElseThrow().transactionStatus()).isEqualTo("cancel");
    }

    @Test
    void aQrPaidAtMidtransBecomesPaid() throws Exception {
        Order order = interruptedCheckout(PaymentMethod.QRIS, deadRun, true);
        payments.midtrans.pay(order.orderNumber().value());

        assertThat(recovery.recover()).isEqualTo(1);

        assertThat(statusOf(order)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aChargeThatNeverReachedMidtransIsCancelled() throws Exception {
        Order order = interruptedCheckout(PaymentMethod.QRIS, deadRun, false);

        assertThat(recovery.recover()).isEqualTo(1);

        assertThat(statusOf(order)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(payments.orders.history(order.id()).getLast().reason()).contains("never reached Midtrans");
    }

    @Test
    void aCashSaleConfirmedBeforeTheCrashIsPaid() throws Exception {
        Order order = interruptedCheckout(PaymentMethod.CASH, deadRun, false);

        assertThat(recovery.recover()).isEqualTo(1);

        assertThat(statusOf(order)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aCheckoutOfALiveRunIsLeftToItUntilItCannotBeRunningAnyMore() throws Exception {
        Order ours = interruptedCheckout(PaymentMethod.QRIS, thisRun, true);
        var otherConsole = TestConsoleRun.begun(payments.catalog.database, Clock.systemUTC());
        Order theirs = interruptedCheckout(PaymentMethod.QRIS, otherConsole, true);

        assertThat(recovery.recover()).isZero();
        assertThat(statusOf(ours)).isEqualTo(OrderStatus.PENDING);
        assertThat(statusOf(theirs)).isEqualTo(OrderStatus.PENDING);

        var later = Clock.offset(Clock.systemUTC(), ChargeRecovery.LONGEST_CHECKOUT.plusSeconds(1));
        var recoveryLater = new ChargeRecovery(payments.orders, payments.gateway, new PaymentUpdates(payments.orders, later), thisRun,
                later);
        assertThat(recoveryLater.recover()).isEqualTo(2);
        assertThat(statusOf(ours)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(statusOf(theirs)).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void midtransSilentChangesNothingAndTheNextPassSettlesIt() throws Exception {
        Order order = interruptedCheckout(PaymentMethod.QRIS, deadRun, true);
        payments.midtrans.injectApiFault(ApiEndpoint.STATUS, new ApiFault.Unavailable());

        assertThat(recovery.recover()).isZero();
        assertThat(statusOf(order)).isEqualTo(OrderStatus.PENDING);

        payments.midtrans.pay(order.orderNumber().value());
        assertThat(recovery.recover()).isEqualTo(1);
        assertThat(statusOf(order)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aChargeWhoseOutcomeStaysUnknownIsReleasedAndSettledByTheNextPass() {
        payments.catalog.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
        var checkout = new Checkout(payments.catalog.catalog, payments.orders, payments.gateway, payments.catalog.accounts,
                payments.catalog.database, thisRun, com.wmxtopup.counter.support.TestDrawer.open(1), Clock.systemUTC(),
                new Checkout.Settings("WMX", Duration.ofMinutes(15), Optional.empty(), com.wmxtopup.counter.domain.ShopZone.WIB));
        // The charge is made, then both answers are lost: the QR exists at Midtrans, nobody saw it.
        payments.midtrans.injectApiFault(ApiEndpoint.CHARGE, new ApiFault.DroppedConnection(), 2);

        var result = checkout.qris(new Checkout.Request("MLB86-S1", new TopUpTarget("136216325", "2685"), "", "", ""),
                com.wmxtopup.counter.support.TestOperators.CASHIER);

        assertThat(result).isInstanceOf(Checkout.Result.PaymentUnavailable.class);
        String number = ((Checkout.Result.PaymentUnavailable) result).orderNumber();
        Order pending = payments.orders.findByNumber(new OrderNumber(number)).orElseThrow();
        assertThat(pending.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(pending.claimedBy()).as("released for recovery").isEmpty();

        assertThat(recovery.recover()).isEqualTo(1);
        assertThat(statusOf(pending)).isEqualTo(OrderStatus.CANCELLED);
    }
}
