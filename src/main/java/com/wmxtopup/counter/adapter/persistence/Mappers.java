package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.util.Map;

/// Entity ⇄ domain mapping; entities never leave this package.
final class Mappers {

    private Mappers() {
    }

    static Order toDomain(OrderEntity e) {
        return new Order(e.id, new OrderNumber(e.orderNumber), e.sku, e.productName, e.game,
                new TopUpTarget(e.targetUserId, e.targetZoneId), e.nickname, new Money(e.amount), new Money(e.cost),
                PaymentMethod.valueOf(e.paymentMethod), OrderStatus.valueOf(e.status), e.version, e.supplierTrxId,
                e.note, e.qrString, e.paymentExpiresAt, e.customerPhone, e.customerEmail, e.createdAt, e.updatedAt,
                e.paymentTransactionId, new Money(e.cashReceived), e.supplierRequestedAt, e.supplierAttempts, e.nextAttemptAt, e.claimedBy,
                e.soldBy, e.shiftId);
    }

    static OrderEntity toNewEntity(Order o) {
        var e = new OrderEntity();
        e.orderNumber = o.orderNumber().value();
        e.sku = o.sku();
        e.productName = o.productName();
        e.game = o.game();
        e.targetUserId = o.target().userId();
        e.targetZoneId = o.target().zoneId();
        e.nickname = o.nickname();
        e.amount = o.amount().rupiah();
        e.cost = o.cost().rupiah();
        e.paymentMethod = o.paymentMethod().name();
        e.status = o.status().name();
        e.supplierTrxId = o.supplierTrxId();
        e.note = o.note();
        e.qrString = o.qrString();
        e.paymentExpiresAt = o.paymentExpiresAt();
        e.customerPhone = o.customerPhone();
        e.customerEmail = o.customerEmail();
        e.createdAt = o.createdAt();
        e.updatedAt = o.updatedAt();
        e.paymentTransactionId = o.paymentTransactionId();
        e.cashReceived = o.cashReceived().rupiah();
        e.supplierRequestedAt = o.supplierRequestedAt();
        e.supplierAttempts = o.supplierAttempts();
        e.nextAttemptAt = o.nextAttemptAt();
        e.claimedBy = o.claimedBy();
        e.soldBy = o.soldBy().length() > 60 ? o.soldBy().substring(0, 60) : o.soldBy();
        e.shiftId = o.shiftId();
        return e;
    }

    static OrderEvent toDomain(OrderEventEntity e) {
        return new OrderEvent(e.fromStatus == null ? null : OrderStatus.valueOf(e.fromStatus), OrderStatus.valueOf(e.toStatus),
                e.at, Actor.valueOf(e.actor), e.reason);
    }

    static Product toDomain(ProductEntity e) {
        return new Product(e.sku, e.game, e.name,
                Map.of(PriceLevel.BASIC, new Money(e.priceBasic), PriceLevel.PREMIUM, new Money(e.pricePremium),
                        PriceLevel.SPECIAL, new Money(e.priceSpecial)),
                ProductStatus.valueOf(e.status), e.updatedAt);
    }

    static void copyInto(Product p, ProductEntity e) {
        e.sku = p.sku();
        e.game = p.game();
        e.name = p.name();
        e.priceBasic = p.buyPrice(PriceLevel.BASIC).rupiah();
        e.pricePremium = p.buyPrice(PriceLevel.PREMIUM).rupiah();
        e.priceSpecial = p.buyPrice(PriceLevel.SPECIAL).rupiah();
        e.status = p.status().name();
        e.updatedAt = p.updatedAt();
    }

    static ProductEntity newProductEntity() {
        return new ProductEntity();
    }
}
