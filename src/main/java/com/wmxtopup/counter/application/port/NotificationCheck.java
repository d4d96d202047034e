package com.wmxtopup.counter.application.port;

/// The result of checking a payment notification body.
public sealed interface NotificationCheck {

    /// The signature matched; `status` is what the notification claims (still only a hint:
    /// match it to the order, and re-check with the gateway when reachable).
    record Valid(PaymentStatus status, String rawBody) implements NotificationCheck {
    }

    /// Wrong or missing signature: believe nothing.
    record InvalidSignature(String orderId) implements NotificationCheck {
    }

    /// Not JSON, or required fields missing.
    record Malformed(String reason) implements NotificationCheck {
    }
}
