package com.wmxtopup.counter.adapter.web;

import com.wmxtopup.counter.application.order.OrderSync;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// `/api/admin/sync-status` (one sync pass now: by bearer token, or the seed's cron form
/// `GET ?key=<CRON_SECRET_KEY>`) and `GET /api/test/vip-connection`.
public final class AdminEndpoints {

    private final OrderSync sync;
    private final TopUpSupplier supplier;
    private final ApiAuthentication auth;
    private final Optional<byte[]> cronKey;

    public AdminEndpoints(OrderSync sync, TopUpSupplier supplier, ApiAuthentication auth, Optional<String> cronKey) {
        this.sync = sync;
        this.supplier = supplier;
        this.auth = auth;
        this.cronKey = cronKey.filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8));
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.post("/api/admin/sync-status", auth.require(request -> {
                    if (!request.queryParameter("action").orElse("").equals("sync-all")) {
                        return JsonReply.error(400, "unknown action; use action=sync-all", "action");
                    }
                    return pass();
                })),
                Endpoint.get("/api/admin/sync-status", this::cron),
                Endpoint.get("/api/test/vip-connection", auth.require(request -> vipConnection())));
    }

    private JsonReply cron(WebRequest request) {
        if (cronKey.isEmpty()) {
            return JsonReply.error(401, "cron access is disabled: set CRON_SECRET_KEY (cron.secret-key)");
        }
        byte[] given = request.queryParameter("key").orElse("").getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, cronKey.get())) {
            return JsonReply.error(401, "invalid key");
        }
        return pass();
    }

    private JsonReply pass() {
        OrderSync.Summary summary = sync.pass();
        var body = new LinkedHashMap<String, Object>();
        body.put("paymentsChecked", summary.paymentsChecked());
        body.put("paid", summary.paid());
        body.put("closedUnpaid", summary.closedUnpaid());
        body.put("dispatched", summary.dispatched());
        body.put("finished", summary.finished());
        body.put("reconciled", summary.reconciled());
        return JsonReply.ok(body);
    }

    private JsonReply vipConnection() {
        try {
            var account = supplier.account();
            return JsonReply.ok(Map.of("ok", true, "balance", account.balance().rupiah(), "level", account.level().name()));
        } catch (SupplierException e) {
            var body = new LinkedHashMap<String, Object>();
            body.put("ok", false);
            body.put("error", e.kind().name());
            body.put("message", e.getMessage());
            if (!e.ipAddress().isEmpty()) {
                body.put("ip", e.ipAddress());
            }
            return new JsonReply(502, body);
        }
    }
}
