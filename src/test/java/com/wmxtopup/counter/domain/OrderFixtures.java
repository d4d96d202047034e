package com.wmxtopup.counter.domain;

import java.time.Instant;
import java.util.Map;

/// Small builders for domain values in tests.
public final class OrderFixtures {

    public static final Instant T0 = Instant.parse("2026-11-24T03:00:00Z");

    private OrderFixtures() {
    }

    public static Product mobileLegends86() {
        return new Product("MLB86-S1", "Mobile Legends B", "86 Diamonds",
                Map.of(PriceLevel.BASIC, Money.rupiah(20_500), PriceLevel.PREMIUM, Money.rupiah(20_300),
                        PriceLevel.SPECIAL, Money.rupiah(20_150)),
                ProductStatus.AVAILABLE, T0);
    }

    public static Order newOrder(String number) {
        return Order.create(new OrderNumber(number), mobileLegends86(), new TopUpTarget("136216325", "2685"), "SimPlayer",
                Money.rupiah(22_000), Money.rupiah(20_500), PaymentMethod.QRIS, T0);
    }

    public static Order order(OrderStatus status) {
        var o = newOrder("WMX-TEST-1");
        return new Order(o.id(), o.orderNumber(), o.sku(), o.productName(), o.game(), o.target(), o.nickname(), o.amount(),
                o.cost(), o.paymentMethod(), status, o.version(), o.supplierTrxId(), o.note(), o.qrString(),
                o.paymentExpiresAt(), o.customerPhone(), o.customerEmail(), o.createdAt(), o.updatedAt(), "", Money.ZERO, null, 0, null,
                "", "", null);
    }
}
