package com.wmxtopup.counter.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.midtrans.MidtransClient;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.sandbox.midtrans.ApiEndpoint;
import com.wmxtopup.counter.sandbox.midtrans.ApiFault;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.support.CatalogFixture;
import com.wmxtopup.counter.support.PaymentFixture;
import com.wmxtopup.counter.support.Qris;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Creating orders against the real catalog (VIP simulator, H2) and the Midtrans simulator.
class CheckoutTest {

    private PaymentFixture payments;
    private final com.wmxtopup.counter.support.TestDrawer drawer = com.wmxtopup.counter.support.TestDrawer.open(1);
    private CatalogFixture fixture;
    private MidtransSimulator midtrans;
    private MidtransClient gateway;
    private JdbcOrderRepository orders;
    private Checkout checkout;

    @BeforeEach
    void start() {
        payments = new PaymentFixture();
        fixture = payments.catalog;
        midtrans = payments.midtrans;
        gateway = payments.gateway;
        orders = payments.orders;
        fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
        checkout = new Checkout(fixture.catalog, orders, gateway, fixture.accounts, fixture.database,
                com.wmxtopup.counter.support.TestConsoleRun.begun(fixture.database, Clock.systemUTC()), drawer, Clock.systemUTC(),
                new Checkout.Settings("WMX", Duration.ofMinutes(15), Optional.empty(), com.wmxtopup.counter.domain.ShopZone.WIB));
    }

    @AfterEach
    void stop() {
        payments.close();
    }

    private static Checkout.Request mobileLegends86(String userId, String zone) {
        return new Checkout.Request("MLB86-S1", new TopUpTarget(userId, zone), "SimPlayer", "0812-3456-7890", "");
    }

    @Test
    void qrisCheckoutStoresTheQrAndWaitsForPayment() {
        var result = checkout.qris(mobileLegends86("136216325", "2685"), com.wmxtopup.counter.support.TestOperators.CASHIER);

        var order = ((Checkout.Result.Created) result).order();
        assertThat(order.status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(order.orderNumber().value()).matches("WMX-\\d{8}-[0-9A-Z]{10}");
        assertThat(order.amount()).isEqualTo(Money.rupiah(21_600));
        assertThat(order.cost()).isEqualTo(Money.rupiah(20_500));
        assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.QRIS);
        assertThat(order.nickname()).isEqualTo("SimPlayer");
        assertThat(order.customerPhone()).isEqualTo("0812-3456-7890");
        assertThat(order.qrString()).isEqualTo(midtrans.transaction(order.orderNumber().value()).orElseThrow().qrString());
        assertThat(Qris.tags(order.qrString())).containsEntry("54", "21600.00");
        assertThat(order.paymentExpiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(14)));
        assertThat(order.paymentTransactionId()).isNotBlank();
        assertThat(orders.history(order.id())).extracting(e -> e.actor()).last().isEqualTo(Actor.CASHIER);
        // Who sold it, as stored (for the orders filter and the reports).
        assertThat(orders.findById(order.id()).orElseThrow().soldBy()).isEqualTo("Cashier");
    }

    @Test
    void anIntegrationsSaleIsRecordedAsTheIntegrations() {
        var order = ((Checkout.Result.Created) checkout.qris(mobileLegends86("136216325", "2685"),
                com.wmxtopup.counter.support.TestOperators.API)).order();

        assertThat(orders.findById(order.id()).orElseThrow().soldBy()).isEqualTo("API test");
        assertThat(orders.history(order.id())).extracting(e -> e.actor()).last().isEqualTo(Actor.API);
    }

    @Test
    void cashCheckoutIsPaidAtOnceWithTheChange() {
        var result = checkout.cash(mobileLegends86("136216325", "2685"), Money.rupiah(50_000),
                com.wmxtopup.counter.support.TestOperators.CASHIER);

        var order = ((Checkout.Result.Created) result).order();
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.CASH);
        assertThat(order.cashReceived()).isEqualTo(Money.rupiah(50_000));
        assertThat(order.change()).isEqualTo(Money.rupiah(28_400));
        assertThat(order.qrString()).isEmpty();
        assertThat(midtrans.transactions()).isEmpty();
        assertThat(order.shiftId()).isEqualTo(1L); // the drawer's open shift took it
    }

    @Test
    void cashWithoutAnOpenShiftIsRefusedBeforeAnythingIsStoredWhileQrisStillSells() {
        drawer.close();
        assertThat(checkout.cash(mobileLegends86("136216325", "2685"), Money.rupiah(50_000),
                com.wmxtopup.counter.support.TestOperators.CASHIER)).isEqualTo(new Checkout.Result.NoOpenShift());
        assertThat(orders.findRecent(10)).isEmpty();

        var qris = ((Checkout.Result.Created) checkout.qris(mobileLegends86("136216325", "2685"),
                com.wmxtopup.counter.support.TestOperators.CASHIER)).order();
        assertThat(qris.shiftId()).isNull();
    }

    @Test
    void tooLittleCashIsRefusedBeforeAnythingIsStored() {
        var result = checkout.cash(mobileLegends86("136216325", "2685"), Money.rupiah(20_000),
                com.wmxtopup.counter.support.TestOperators.CASHIER);
        assertThat(result).isEqualTo(new Checkout.Result.Invalid("cashReceived", "LESS_THAN_AMOUNT", "21600"));
        assertThat(orders.findRecent(10)).isEmpty();
    }

    @Test
    void badTargetsUnknownItemsAndBadContactsAreRefusedWithTheField() {
        assertThat(checkout.qris(mobileLegends86("136216325", ""), com.wmxtopup.counter.support.TestOperators.API))
                .isEqualTo(new Checkout.Result.Invalid("zoneId", "REQUIRED", ""));
        assertThat(checkout.qris(mobileLegends86("13621632x", "2685"), com.wmxtopup.counter.support.TestOperators.API))
                .isEqualTo(new Checkout.Result.Invalid("userId", "DIGITS_ONLY", ""));
        assertThat(checkout.qris(new Checkout.Request("NOPE", TopUpTarget.of("1"), "", "", ""),
                com.wmxtopup.counter.support.TestOperators.API))
                .isEqualTo(new Checkout.Result.Invalid("sku", "UNKNOWN", "NOPE"));
        assertThat(checkout.qris(new Checkout.Request("MLB86-S1", new TopUpTarget("136216325", "2685"), "", "12ab", ""),
                com.wmxtopup.counter.support.TestOperators.API))
                .isEqualTo(new Checkout.Result.Invalid("phone", "FORMAT", ""));
        assertThat(checkout.qris(new Checkout.Request("MLB86-S1", new TopUpTarget("136216325", "2685"), "", "", "a@b"),
                com.wmxtopup.counter.support.TestOperators.API))
                .isEqualTo(new Checkout.Result.Invalid("email", "FORMAT", ""));
        assertThat(orders.findRecent(10)).isEmpty();
    }

    @Test
    void unavailableItemsAreNotSold() {
        assertThat(checkout.qris(new Checkout.Request("PB120000-S6", TopUpTarget.of("player01"), "", "", ""),
                com.wmxtopup.counter.support.TestOperators.API))
                .isEqualTo(new Checkout.Result.NotForSale("PB120000-S6", PriceQuote.Block.UNAVAILABLE));
    }

    @Test
    void aKnownLowSupplierBalanceRefusesTheSale() {
        fixture.accounts.save(new SupplierAccount("Toko", "toko", Money.rupiah(20_000), PriceLevel.BASIC), Instant.now());
        assertThat(checkout.qris(mobileLegends86("136216325", "2685"), com.wmxtopup.counter.support.TestOperators.CASHIER))
                .isEqualTo(new Checkout.Result.SupplierBalanceTooLow(Money.rupiah(20_000), Money.rupiah(20_500)));
        assertThat(orders.findRecent(10)).isEmpty();
    }

    @Test
    void aGatewayFailureCancelsTheOrderAndSaysWhy() {
        midtrans.injectApiFault(ApiEndpoint.CHARGE, ApiFault.rateLimited());
        var result = checkout.qris(mobileLegends86("136216325", "2685"), com.wmxtopup.counter.support.TestOperators.CASHIER);
        assertThat(result).isInstanceOfSatisfying(Checkout.Result.PaymentUnavailable.class,
                unavailable -> assertThat(unavailable.kind()).isEqualTo(PaymentGatewayException.Kind.RATE_LIMITED));
        assertThat(orders.findRecent(1).getFirst().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aChargeWhoseAnswerWasLostIsRecoveredWithTheSameIdempotencyKey() {
        midtrans.injectApiFault(ApiEndpoint.CHARGE, ApiFault.droppedConnection());
        var result = checkout.qris(mobileLegends86("136216325", "2685"), com.wmxtopup.counter.support.TestOperators.CASHIER);
        var order = ((Checkout.Result.Created) result).order();
        assertThat(order.status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(midtrans.transactions()).hasSize(1);
        assertThat(order.qrString()).isEqualTo(midtrans.transactions().getFirst().qrString());
    }
}
