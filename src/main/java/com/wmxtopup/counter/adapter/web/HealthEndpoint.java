package com.wmxtopup.counter.adapter.web;

import com.wmxtopup.counter.application.HealthService;
import java.util.LinkedHashMap;

/// `GET /health`: liveness without auth, `{"status":"UP","database":"UP","mode":"demo"}`;
/// 503 with `DOWN` when the database does not answer.
public final class HealthEndpoint {

    private final HealthService health;

    public HealthEndpoint(HealthService health) {
        this.health = health;
    }

    public Endpoint endpoint() {
        return Endpoint.get("/health", request -> {
            var h = health.check();
            var body = new LinkedHashMap<String, Object>();
            body.put("status", h.isUp() ? "UP" : "DOWN");
            body.put("database", h.databaseUp() ? "UP" : "DOWN");
            body.put("mode", h.mode().apiName());
            return new JsonReply(h.isUp() ? 200 : 503, body);
        });
    }
}
