package com.wmxtopup.counter.application.port;

import java.util.Objects;

/// A gateway call without a usable answer. The body's `status_code` decides the kind, not the
/// HTTP status line (Midtrans returns several errors with HTTP 200).
public final class PaymentGatewayException extends Exception {

    public enum Kind {
        /// 401: wrong server key or wrong environment (sandbox key on production or vice versa).
        AUTHENTICATION,
        /// 400: the request was invalid (`validationMessages` on the message).
        VALIDATION,
        /// 402: QRIS is not active for this merchant.
        PAYMENT_CHANNEL_INACTIVE,
        /// 404: no such transaction.
        NOT_FOUND,
        /// 406: the order id was already used.
        DUPLICATE_ORDER_ID,
        /// 412: the transaction's status cannot change (e.g. cancel after settlement).
        STATUS_CANNOT_CHANGE,
        /// 429.
        RATE_LIMITED,
        /// 5xx / 503 / other unexpected codes: try again later.
        SERVER_ERROR,
        /// Not the JSON the contract describes.
        MALFORMED_RESPONSE,
        /// The request may have been processed (timeout after sending, reset, 5xx on charge).
        UNKNOWN_OUTCOME,
        /// Could not connect at all.
        UNREACHABLE
    }

    private final Kind kind;
    private final String gatewayStatusCode;
    private final String gatewayMessage;

    public PaymentGatewayException(Kind kind, String message, String gatewayStatusCode, String gatewayMessage, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.gatewayStatusCode = Objects.requireNonNullElse(gatewayStatusCode, "");
        this.gatewayMessage = Objects.requireNonNullElse(gatewayMessage, "");
    }

    public PaymentGatewayException(Kind kind, String message) {
        this(kind, message, "", "", null);
    }

    public Kind kind() {
        return kind;
    }

    /// The body's `status_code` (e.g. `"406"`), empty when there was none.
    public String gatewayStatusCode() {
        return gatewayStatusCode;
    }

    public String gatewayMessage() {
        return gatewayMessage;
    }
}
