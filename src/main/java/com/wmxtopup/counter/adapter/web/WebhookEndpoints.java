package com.wmxtopup.counter.adapter.web;

import com.wmxtopup.counter.application.order.PaymentNotifications;
import com.wmxtopup.counter.application.port.CallbackCheck;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import java.util.List;
import java.util.Map;

/// `POST /api/webhooks/midtrans` and `POST /api/webhooks/vip-reseller`: authenticated by
/// signature, not by token. They verify first, do one short idempotent step, wake the sync
/// worker and answer at once; work that talks to other servers happens on the worker.
public final class WebhookEndpoints {

    private final PaymentNotifications payments;
    private final TopUpSupplier supplier;
    private final Runnable wakeFulfilment;
    private final Runnable wakeOrderSync;

    public WebhookEndpoints(PaymentNotifications payments, TopUpSupplier supplier, Runnable wakeFulfilment, Runnable wakeOrderSync) {
        this.payments = payments;
        this.supplier = supplier;
        this.wakeFulfilment = wakeFulfilment;
        this.wakeOrderSync = wakeOrderSync;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.post("/api/webhooks/midtrans", this::midtrans),
                Endpoint.post("/api/webhooks/vip-reseller", this::vipReseller));
    }

    private JsonReply midtrans(WebRequest request) {
        return switch (payments.handle(request.body())) {
            case PaymentNotifications.Result.InvalidSignature invalid -> JsonReply.error(401, "invalid signature");
            case PaymentNotifications.Result.Malformed malformed -> JsonReply.error(400, "malformed notification: " + malformed.reason());
            case PaymentNotifications.Result.UnknownOrder unknown -> JsonReply.error(404, "unknown order " + unknown.orderId());
            case PaymentNotifications.Result.Duplicate duplicate -> JsonReply.ok(Map.of("status", "duplicate"));
            // Midtrans sends a notification again (for hours) unless it gets a 2xx.
            case PaymentNotifications.Result.RetryLater later ->
                JsonReply.error(503, "payment status cannot be confirmed now; send again later");
            case PaymentNotifications.Result.Accepted accepted -> {
                if (accepted.becamePaid()) {
                    wakeFulfilment.run();
                }
                yield JsonReply.ok(Map.of("status", "accepted"));
            }
        };
    }

    /// A hint only: the body is never believed; the worker asks the supplier about the order.
    private JsonReply vipReseller(WebRequest request) {
        return switch (supplier.checkCallback(request.header("X-Client-Signature").orElse(""), request.body())) {
            case CallbackCheck.InvalidSignature invalid -> JsonReply.error(401, "invalid signature");
            case CallbackCheck.Malformed malformed -> JsonReply.error(400, "malformed callback: " + malformed.reason());
            case CallbackCheck.Valid valid -> {
                wakeOrderSync.run();
                yield JsonReply.ok(Map.of("status", "accepted", "transactions", valid.transactions().size()));
            }
        };
    }
}
