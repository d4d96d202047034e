package com.wmxtopup.counter.sandbox.midtrans;

import java.nio.charset.StandardCharsets;

/// One answer of the simulated Core API before it becomes an HTTP response.
///
/// @param bodyStatusCode  the body's `status_code` (0 when the body has none)
/// @param fixedHttpStatus the status line regardless of [HttpStatusMode] (0: derive it from the body code)
record Answer(int bodyStatusCode, int fixedHttpStatus, String contentType, byte[] body) {

    static final String JSON = "application/json";

    static Answer json(int bodyStatusCode, String body) {
        return new Answer(bodyStatusCode, 0, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    static Answer fixed(int httpStatus, String contentType, String body) {
        return new Answer(0, httpStatus, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /// What Midtrans caches for an `Idempotency-Key`: a normal answer (2xx or the 407 of "expired").
    boolean successful() {
        return fixedHttpStatus == 0 && ((bodyStatusCode >= 200 && bodyStatusCode < 300) || bodyStatusCode == 407);
    }

    int httpStatus(HttpStatusMode mode) {
        if (fixedHttpStatus != 0) {
            return fixedHttpStatus;
        }
        if (mode == HttpStatusMode.SAME_AS_BODY) {
            return bodyStatusCode;
        }
        // specs/midtrans-api.md §5: Midtrans returns most error bodies with HTTP 200.
        return switch (bodyStatusCode) {
            case 400, 401, 429 -> bodyStatusCode;
            default -> bodyStatusCode >= 500 ? bodyStatusCode : 200;
        };
    }
}
