package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.OrderStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/// A compare-and-set of an order's status: applied only if the order is still in `expected`
/// at `expectedVersion`. The optional fields are written in the same update (e.g. the
/// supplier's trxid together with PROCESSING), so a status and its data are never seen apart.
///
/// @param supplierTrxId        sets the supplier's transaction id
/// @param note                 sets the supplier's note (serial number or reason)
/// @param qrString             sets the QRIS payload
/// @param paymentExpiresAt     sets when the QR stops being payable
/// @param paymentTransactionId sets the gateway's transaction id
/// @param claimedAt            marks a claim for the supplier: sets `supplierRequestedAt` and
///                             adds one to `supplierAttempts`
/// @param nextAttemptAt        sets (or, with an empty inner value, clears) the earliest time a
///                             PAID order may be sent again
public record StatusChange(
        long orderId,
        OrderStatus expected,
        long expectedVersion,
        OrderStatus next,
        Actor actor,
        String reason,
        Instant at,
        Optional<String> supplierTrxId,
        Optional<String> note,
        Optional<String> qrString,
        Optional<Instant> paymentExpiresAt,
        Optional<String> paymentTransactionId,
        Optional<Instant> claimedAt,
        Optional<Optional<Instant>> nextAttemptAt) {

    public StatusChange {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        reason = Objects.requireNonNullElse(reason, "");
        supplierTrxId = Objects.requireNonNullElse(supplierTrxId, Optional.empty());
        note = Objects.requireNonNullElse(note, Optional.empty());
        qrString = Objects.requireNonNullElse(qrString, Optional.empty());
        paymentExpiresAt = Objects.requireNonNullElse(paymentExpiresAt, Optional.empty());
        paymentTransactionId = Objects.requireNonNullElse(paymentTransactionId, Optional.empty());
        claimedAt = Objects.requireNonNullElse(claimedAt, Optional.empty());
        nextAttemptAt = Objects.requireNonNullElse(nextAttemptAt, Optional.empty());
    }

    public static StatusChange of(long orderId, OrderStatus expected, long expectedVersion, OrderStatus next,
                                  Actor actor, String reason, Instant at) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public StatusChange withSupplierTrxId(String trxId) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, Optional.of(trxId), note, qrString,
                paymentExpiresAt, paymentTransactionId, claimedAt, nextAttemptAt);
    }

    public StatusChange withNote(String text) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, Optional.of(text), qrString,
                paymentExpiresAt, paymentTransactionId, claimedAt, nextAttemptAt);
    }

    public StatusChange withPaymentRequest(String qr, Instant expiresAt, String transactionId) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, note, Optional.of(qr),
                Optional.of(expiresAt), Optional.of(transactionId), claimedAt, nextAttemptAt);
    }

    public StatusChange withPaymentTransactionId(String transactionId) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, note, qrString,
                paymentExpiresAt, Optional.of(transactionId), claimedAt, nextAttemptAt);
    }

    /// This change claims the order for the supplier.
    public StatusChange asClaim() {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, note, qrString,
                paymentExpiresAt, paymentTransactionId, Optional.of(at), Optional.of(Optional.empty()));
    }

    public StatusChange withNextAttemptAt(Instant when) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, note, qrString,
                paymentExpiresAt, paymentTransactionId, claimedAt, Optional.of(Optional.of(when)));
    }
}
