package com.wmxtopup.counter.application.port;

/// The payment gateway (Midtrans Core API with QRIS, or its built-in simulator in demo mode).
/// Calls throw [PaymentGatewayException] with a [PaymentGatewayException.Kind]; the gateway's
/// own answers about a transaction (pending, paid, expired, …) come back as [PaymentStatus].
public interface PaymentGateway {

    /// Creates a QRIS payment. The returned `qrString`, image URL and expiry cannot be fetched
    /// again: store them. A [PaymentGatewayException.Kind#UNKNOWN_OUTCOME] means the charge may
    /// exist: resolve with [#status] on the same order id before charging again.
    QrisCharge chargeQris(QrisChargeRequest request) throws PaymentGatewayException;

    /// The transaction's current state (by our order id). Throws
    /// [PaymentGatewayException.Kind#NOT_FOUND] when the gateway has no such transaction.
    PaymentStatus status(String orderId) throws PaymentGatewayException;

    /// Cancels a pending payment. Cancelling one that is already paid fails with
    /// [PaymentGatewayException.Kind#STATUS_CANNOT_CHANGE]: check [#status] then.
    PaymentStatus cancel(String orderId) throws PaymentGatewayException;

    /// Expires a pending payment now (our own on-screen timer ran out).
    PaymentStatus expire(String orderId) throws PaymentGatewayException;

    /// Refunds a settled payment (all of `amount`). `refundKey` makes the request idempotent: sent
    /// again with the same key, Midtrans refunds once (a second answer may be 406, "duplicate").
    /// Not every QRIS account allows refunds through the API (Midtrans activates it per merchant).
    PaymentStatus refund(String orderId, com.wmxtopup.counter.domain.Money amount, String refundKey, String reason)
            throws PaymentGatewayException;

    /// Parses and verifies an HTTP notification body, exactly as received. Verification comes
    /// first; nothing in an unverified body is believed.
    NotificationCheck checkNotification(byte[] body);
}
