package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.adapter.persistence.SqlStatement.Row;
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
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/// Rows ⇄ domain objects for the tables more than one class reads.
final class Mappers {

    private Mappers() {
    }

    static Order order(Row r) throws SQLException {
        return new Order(r.longValue("id"), new OrderNumber(r.string("order_number")), r.string("sku"), r.string("product_name"),
                r.string("game"), new TopUpTarget(r.string("target_user_id"), r.string("target_zone_id")), r.string("nickname"),
                new Money(r.longValue("amount")), new Money(r.longValue("cost")), PaymentMethod.valueOf(r.string("payment_method")),
                OrderStatus.valueOf(r.string("status")), r.longValue("version"), r.string("supplier_trx_id"), r.string("note"),
                r.string("qr_string"), r.instant("payment_expires_at"), r.string("customer_phone"), r.string("customer_email"),
                r.instant("created_at"), r.instant("updated_at"), r.string("payment_transaction_id"),
                new Money(r.longValue("cash_received")), r.instant("supplier_requested_at"), r.intValue("supplier_attempts"),
                r.instant("next_attempt_at"), r.string("claimed_by"), r.string("sold_by"), r.nullableLong("shift_id"));
    }

    /// The columns of a new order, by name (the id is the database's).
    static Map<String, Object> newOrderColumns(Order o) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("order_number", o.orderNumber().value());
        c.put("sku", o.sku());
        c.put("product_name", o.productName());
        c.put("game", o.game());
        c.put("target_user_id", o.target().userId());
        c.put("target_zone_id", o.target().zoneId());
        c.put("nickname", o.nickname());
        c.put("amount", o.amount().rupiah());
        c.put("cost", o.cost().rupiah());
        c.put("payment_method", o.paymentMethod().name());
        c.put("status", o.status().name());
        c.put("version", 0L);
        c.put("supplier_trx_id", o.supplierTrxId());
        c.put("note", o.note());
        c.put("qr_string", o.qrString());
        c.put("payment_expires_at", o.paymentExpiresAt());
        c.put("customer_phone", o.customerPhone());
        c.put("customer_email", o.customerEmail());
        c.put("created_at", o.createdAt());
        c.put("updated_at", o.updatedAt());
        c.put("payment_transaction_id", o.paymentTransactionId());
        c.put("cash_received", o.cashReceived().rupiah());
        c.put("supplier_requested_at", o.supplierRequestedAt());
        c.put("supplier_attempts", o.supplierAttempts());
        c.put("next_attempt_at", o.nextAttemptAt());
        c.put("claimed_by", o.claimedBy());
        c.put("sold_by", Text.cut(o.soldBy(), 60));
        c.put("shift_id", o.shiftId());
        return c;
    }

    /// `INSERT INTO table (a, b) VALUES (:a, :b)` for the given columns.
    static String insertInto(String table, Map<String, Object> columns) {
        String names = String.join(", ", columns.keySet());
        String values = columns.keySet().stream().map(name -> ":" + name).collect(java.util.stream.Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")";
    }

    static OrderEvent orderEvent(Row r) throws SQLException {
        String from = r.string("from_status");
        return new OrderEvent(from == null ? null : OrderStatus.valueOf(from), OrderStatus.valueOf(r.string("to_status")),
                r.instant("at"), Actor.valueOf(r.string("actor")), r.string("reason"));
    }

    static Product product(Row r) throws SQLException {
        return new Product(r.string("sku"), r.string("game"), r.string("name"),
                Map.of(PriceLevel.BASIC, new Money(r.longValue("price_basic")), PriceLevel.PREMIUM, new Money(r.longValue("price_premium")),
                        PriceLevel.SPECIAL, new Money(r.longValue("price_special"))),
                ProductStatus.valueOf(r.string("status")), r.instant("updated_at"));
    }
}
