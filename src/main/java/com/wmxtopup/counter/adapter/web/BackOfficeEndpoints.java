package com.wmxtopup.counter.adapter.web;

import com.wmxtopup.counter.application.access.Operator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.OrderList;
import com.wmxtopup.counter.application.order.SettleOrders;
import com.wmxtopup.counter.application.order.SupplierLookup;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// The back office over REST, for headless servers (docs/configuration.md): the filtered, keyset
/// paged order list with its totals, and the admin's actions on one order. The same use cases
/// as the Pesanan screen; the acting person is the API token's holder.
///
/// Unlike the other handlers, recheck, retry (of a NEEDS_CHECK order) and refund (QRIS) talk to
/// Midtrans and VIP Reseller while the request waits: an admin asked for their answer. Their
/// clients' timeouts bound the wait (seconds, not minutes); the server's other threads carry on.
public final class BackOfficeEndpoints {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final OrderList list;
    private final FindOrders find;
    private final SettleOrders settle;
    private final ApiAuthentication auth;

    public BackOfficeEndpoints(OrderList list, FindOrders find, SettleOrders settle, ApiAuthentication auth) {
        this.list = list;
        this.find = find;
        this.settle = settle;
        this.auth = auth;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get("/api/orders", auth.require(this::page)),
                Endpoint.post("/api/orders/*/recheck", auth.require(this::recheck)),
                Endpoint.post("/api/orders/*/retry", auth.require((request, operator) -> act(request,
                        (order, body) -> settle.retry(order.id(), Json.text(body, "reason"), operator)))),
                Endpoint.post("/api/orders/*/refund", auth.require((request, operator) -> act(request,
                        (order, body) -> settle.refund(order.id(), Json.text(body, "reason"), operator)))),
                Endpoint.post("/api/orders/*/resolve", auth.require((request, operator) -> act(request,
                        (order, body) -> settle.markDelivered(order.id(), Json.text(body, "supplierTrxId"), Json.text(body, "reason"),
                                operator)))));
    }

    private JsonReply page(WebRequest request) {
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        for (String value : request.query().getOrDefault("status", List.of())) {
            for (String one : value.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(OrderStatus.valueOf(one.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    return JsonReply.error(400, "status must be one of " + Arrays.toString(OrderStatus.values()), "status");
                }
            }
        }
        Optional<LocalDate> from;
        Optional<LocalDate> to;
        try {
            from = request.queryParameter("from").filter(s -> !s.isBlank()).map(s -> LocalDate.parse(s.strip()));
            to = request.queryParameter("to").filter(s -> !s.isBlank()).map(s -> LocalDate.parse(s.strip()));
        } catch (DateTimeParseException e) {
            return JsonReply.error(400, "from and to are days of the shop, as yyyy-MM-dd", "from");
        }
        Optional<PaymentMethod> method;
        try {
            method = request.queryParameter("paymentMethod").filter(s -> !s.isBlank())
                    .map(s -> PaymentMethod.valueOf(s.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return JsonReply.error(400, "paymentMethod must be QRIS or CASH", "paymentMethod");
        }
        int limit;
        try {
            limit = request.queryParameter("limit").filter(s -> !s.isBlank()).map(s -> Integer.parseInt(s.strip())).orElse(DEFAULT_LIMIT);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return JsonReply.error(400, "limit must be between 1 and " + MAX_LIMIT, "limit");
        }
        Optional<OrderSearch.PageKey> after;
        try {
            after = request.queryParameter("after").filter(s -> !s.isBlank()).map(BackOfficeEndpoints::cursor);
        } catch (IllegalArgumentException e) {
            return JsonReply.error(400, "after must be the \"next\" of an earlier answer", "after");
        }
        boolean needsAction = request.queryParameter("needsAction").map(s -> s.strip().equalsIgnoreCase("true")).orElse(false);
        var filter = new OrderList.Filter(statuses, needsAction, from, to, request.queryParameter("game").orElse(""), method,
                request.queryParameter("q").orElse(""), request.queryParameter("soldBy").orElse(""));
        var page = list.page(filter, after, limit);
        var reply = new LinkedHashMap<String, Object>();
        reply.put("orders", page.orders().stream().map(OrderJson::of).toList());
        page.next().ifPresent(key -> reply.put("next", cursor(key)));
        var totals = page.totals();
        reply.put("totals", Map.of("count", totals.count(), "revenue", totals.revenue(), "cost", totals.cost(), "profit", totals.profit()));
        return JsonReply.ok(reply);
    }

    /// An opaque cursor: the last row's creation time (to the nanosecond) and id.
    static String cursor(OrderSearch.PageKey key) {
        String raw = key.createdAt().getEpochSecond() + ":" + key.createdAt().getNano() + ":" + key.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static OrderSearch.PageKey cursor(String text) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8).split(":");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a cursor");
        }
        try {
            return new OrderSearch.PageKey(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }

    private JsonReply recheck(WebRequest request, Operator operator) {
        Optional<Order> order = order(request.segmentBeforeLast());
        if (order.isEmpty()) {
            return JsonReply.error(404, "no order " + request.segmentBeforeLast());
        }
        var recheck = settle.recheck(order.get().id(), operator).orElseThrow();
        var reply = new LinkedHashMap<String, Object>();
        reply.put("order", OrderJson.of(recheck.order()));
        var payment = new LinkedHashMap<String, Object>();
        recheck.payment().ifPresent(p -> {
            payment.put("transactionStatus", p.transactionStatus());
            payment.put("state", p.state().name());
        });
        if (!recheck.paymentProblem().isEmpty()) {
            payment.put("problem", recheck.paymentProblem());
        }
        reply.put("payment", payment);
        reply.put("supplier", supplier(recheck.supplier()));
        reply.put("changed", recheck.changed());
        return JsonReply.ok(reply);
    }

    private static Map<String, Object> supplier(SupplierLookup lookup) {
        var answer = new LinkedHashMap<String, Object>();
        switch (lookup) {
            case SupplierLookup.Found found -> {
                answer.put("result", "FOUND");
                answer.put("trxId", found.transaction().trxId());
                answer.put("state", found.transaction().state().name());
            }
            case SupplierLookup.Absent absent -> {
                answer.put("result", "ABSENT");
                answer.put("transactionsRead", absent.transactionsRead());
            }
            case SupplierLookup.Ambiguous ambiguous -> {
                answer.put("result", "AMBIGUOUS");
                answer.put("candidates", ambiguous.candidates().stream().map(t -> t.trxId()).toList());
            }
            case SupplierLookup.Unclear unclear -> {
                answer.put("result", "UNCLEAR");
                answer.put("why", unclear.why());
            }
            case SupplierLookup.NeverSent never -> answer.put("result", "NEVER_SENT");
        }
        return answer;
    }

    @FunctionalInterface
    private interface Action {
        SettleOrders.Outcome apply(Order order, ObjectNode body);
    }

    private JsonReply act(WebRequest request, Action action) {
        Optional<ObjectNode> body = Json.object(request.body());
        if (body.isEmpty()) {
            return JsonReply.error(400, "the body must be a JSON object with a \"reason\"");
        }
        // The reason and the reference are the use case's to check (REASON_REQUIRED, REFERENCE_REQUIRED below).
        Optional<Order> order = order(request.segmentBeforeLast());
        if (order.isEmpty()) {
            return JsonReply.error(404, "no order " + request.segmentBeforeLast());
        }
        return switch (action.apply(order.get(), body.get())) {
            case SettleOrders.Outcome.Done done -> JsonReply.ok(Map.of("order", OrderJson.of(done.order())));
            case SettleOrders.Outcome.Refused refused -> switch (refused.refusal()) {
                case NOT_FOUND -> JsonReply.error(404, "no order " + request.segmentBeforeLast());
                case REASON_REQUIRED -> JsonReply.error(400, "reason is required", "reason");
                case REFERENCE_REQUIRED -> JsonReply.error(400, "supplierTrxId (or the serial number) is required", "supplierTrxId");
                case NOT_IN_THIS_STATUS -> JsonReply.error(409, "not allowed for an order in status " + refused.detail());
                case SUPPLIER_HOLDS_IT -> JsonReply.error(409,
                        "the supplier holds this order (" + refused.detail() + "); recheck it instead of sending it again");
                case SUPPLIER_MAY_HOLD_IT -> JsonReply.error(409, "there is no proof that the supplier does not hold this order ("
                        + refused.detail() + "); check the supplier's dashboard, then resolve or refund it");
                case CHANGED_MEANWHILE -> JsonReply.error(409, "the order changed meanwhile; read it again and retry");
                case NO_OPEN_SHIFT -> JsonReply.error(409, "a cash refund comes out of a drawer: open a shift on this console first");
            };
        };
    }

    private Optional<Order> order(String number) {
        try {
            return find.byNumber(new OrderNumber(number));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
