package com.wmxtopup.counter.application.receipt;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.time.Instant;

/// Orders and a shop for receipt tests.
public final class ReceiptFixtures {

    /// 10:15 WIB on 24 November 2026.
    public static final Instant SOLD_AT = Instant.parse("2026-11-24T03:15:00Z");

    public static final ShopInfo SHOP = new ShopInfo("WMX Topup Store", "Jl. Merdeka No. 10, Bandung", "Terima kasih! Simpan struk ini.",
            com.wmxtopup.counter.domain.ShopZone.WIB);

    private ReceiptFixtures() {
    }

    /// A QRIS sale of a long-named Mobile Legends item that succeeded with a serial number.
    public static Order successfulQrisSale() {
        return order(PaymentMethod.QRIS, Money.ZERO, OrderStatus.SUCCESS, "SN 0123456789ABCDEF/RF778899", "SimPlayer");
    }

    /// The same sale, made at `soldAt`.
    public static Order successfulQrisSaleAt(Instant soldAt) {
        Order o = successfulQrisSale();
        return new Order(o.id(), o.orderNumber(), o.sku(), o.productName(), o.game(), o.target(), o.nickname(), o.amount(), o.cost(),
                o.paymentMethod(), o.status(), o.version(), o.supplierTrxId(), o.note(), o.qrString(), o.paymentExpiresAt(),
                o.customerPhone(), o.customerEmail(), soldAt, soldAt, o.paymentTransactionId(), o.cashReceived(), soldAt, 1, null, "", "",
                null);
    }

    public static Order order(PaymentMethod method, Money cashReceived, OrderStatus status, String note, String nickname) {
        return new Order(7L, new OrderNumber("WMX-20261124-K7Q2M9XD3F"), "MLB257-S1", "257 Diamonds (234+23 Bonus)",
                "Mobile Legends", new TopUpTarget("136216325", "2685"), nickname, Money.rupiah(72_000), Money.rupiah(68_500),
                method, status, 3, "TRX-991", note, "", null, "", "", SOLD_AT, SOLD_AT.plusSeconds(40), "",
                cashReceived, SOLD_AT.plusSeconds(5), 1, null, "", "", null);
    }
}
