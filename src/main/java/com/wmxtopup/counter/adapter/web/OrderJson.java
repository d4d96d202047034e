package com.wmxtopup.counter.adapter.web;

import com.wmxtopup.counter.domain.Order;
import java.util.LinkedHashMap;
import java.util.Map;

/// The API's view of an order: never the buy price or internal bookkeeping.
final class OrderJson {

    private OrderJson() {
    }

    static Map<String, Object> of(Order order) {
        var body = new LinkedHashMap<String, Object>();
        body.put("orderNumber", order.orderNumber().value());
        body.put("status", order.status().name());
        body.put("sku", order.sku());
        body.put("productName", order.productName());
        body.put("game", order.game());
        body.put("userId", order.target().userId());
        body.put("zoneId", order.target().zoneId());
        body.put("nickname", order.nickname());
        body.put("paymentMethod", order.paymentMethod().name());
        body.put("totalAmount", order.amount().rupiah());
        body.put("supplierTrxId", order.supplierTrxId());
        body.put("note", order.note());
        body.put("createdAt", order.createdAt().toString());
        body.put("updatedAt", order.updatedAt().toString());
        return body;
    }
}
