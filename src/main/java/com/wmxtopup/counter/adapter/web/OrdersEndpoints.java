package com.wmxtopup.counter.adapter.web;

import com.wmxtopup.counter.application.access.Operator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.order.OrderSync;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// The orders part of the local REST API (docs/configuration.md): create (QRIS), read one, and
/// "send paid orders now" (the list and the admin's actions: [BackOfficeEndpoints]).
public final class OrdersEndpoints {

    private final Checkout checkout;
    private final FindOrders orders;
    private final OrderSync sync;
    private final ApiAuthentication auth;

    public OrdersEndpoints(Checkout checkout, FindOrders orders, OrderSync sync, ApiAuthentication auth) {
        this.checkout = checkout;
        this.orders = orders;
        this.sync = sync;
        this.auth = auth;
    }

    public List<Endpoint> endpoints() {
        Endpoint.Handler process = auth.require(request -> JsonReply.ok(Map.of("dispatched", sync.dispatchNow())));
        return List.of(
                Endpoint.post("/api/orders/create", auth.require(this::create)),
                Endpoint.get("/api/orders/process", process),
                Endpoint.post("/api/orders/process", process),
                Endpoint.get("/api/orders/*", auth.require(this::one)));
    }

    private JsonReply create(WebRequest request, Operator integration) {
        Optional<ObjectNode> body = Json.object(request.body());
        if (body.isEmpty()) {
            return JsonReply.error(400, "the body must be a JSON object");
        }
        String sku = Json.text(body.get(), "sku");
        String userId = Json.text(body.get(), "userId");
        String method = Json.text(body.get(), "paymentMethod");
        if (sku.isEmpty()) {
            return JsonReply.error(400, "sku is required", "sku");
        }
        if (userId.isEmpty()) {
            return JsonReply.error(400, "userId is required", "userId");
        }
        if (!method.isEmpty() && !method.equalsIgnoreCase("QRIS")) {
            return JsonReply.error(400, "only paymentMethod QRIS can be created through the API", "paymentMethod");
        }
        var checkoutRequest = new Checkout.Request(sku, new TopUpTarget(userId, Json.text(body.get(), "zoneId")), "",
                Json.text(body.get(), "phone"), Json.text(body.get(), "email"));
        return switch (checkout.qris(checkoutRequest, integration)) {
            case Checkout.Result.Created created -> {
                Order order = created.order();
                var reply = new LinkedHashMap<String, Object>();
                reply.put("orderNumber", order.orderNumber().value());
                reply.put("status", order.status().name());
                reply.put("totalAmount", order.amount().rupiah());
                reply.put("qrString", order.qrString());
                reply.put("expiresAt", order.paymentExpiresAt() == null ? null : order.paymentExpiresAt().toString());
                yield new JsonReply(201, reply);
            }
            case Checkout.Result.Invalid invalid -> JsonReply.error(400, invalidMessage(invalid), invalid.field());
            case Checkout.Result.NotForSale notForSale -> JsonReply.error(409, "item " + notForSale.sku() + " cannot be sold now ("
                    + notForSale.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")", "sku");
            case Checkout.Result.SupplierBalanceTooLow low -> JsonReply.error(409,
                    "the supplier balance (" + low.balance().rupiah() + ") does not cover this item (" + low.needed().rupiah()
                            + "); top up the VIP Reseller balance");
            // Only QRIS is sold over the API, so no drawer is involved; kept for a complete answer.
            case Checkout.Result.NoOpenShift noShift -> JsonReply.error(409, "no shift is open on this console");
            case Checkout.Result.PaymentUnavailable unavailable -> JsonReply.error(502,
                    "QRIS could not be created (" + unavailable.kind() + "); order " + unavailable.orderNumber() + " was cancelled");
        };
    }

    private static String invalidMessage(Checkout.Result.Invalid invalid) {
        return switch (invalid.problem()) {
            case "UNKNOWN" -> "unknown sku '" + invalid.detail() + "'";
            case "REQUIRED" -> invalid.field() + " is required for this game";
            case "DIGITS_ONLY" -> invalid.field() + " must contain digits only";
            case "LENGTH" -> invalid.field() + " must be " + invalid.detail() + " characters long";
            case "UNKNOWN_SERVER" -> invalid.field() + " must be one of: " + invalid.detail();
            case "NOT_ALLOWED" -> "this game takes no " + invalid.field();
            case "INVALID_CHARACTERS" -> invalid.field() + " contains characters that player IDs do not use";
            case "FORMAT" -> invalid.field() + " is not valid";
            default -> invalid.field() + " is not valid (" + invalid.problem() + ")";
        };
    }

    private JsonReply one(WebRequest request) {
        String number = request.lastSegment();
        Optional<Order> order;
        try {
            order = orders.byNumber(new OrderNumber(number));
        } catch (IllegalArgumentException e) {
            return JsonReply.error(400, "not an order number: " + number, "orderNumber");
        }
        return order.map(o -> JsonReply.ok(OrderJson.of(o))).orElseGet(() -> JsonReply.error(404, "no order " + number));
    }
}
