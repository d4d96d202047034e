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
/// @param nextAttemptAt        sets (or, with an empty inner value, clears) the earliest time the
///                             engine works on the order again (a PAID order is sent, an unknown
///                             supplier outcome is looked up)
/// @param claimedBy            the console run that holds the order in flight after this change;
///                             empty: nobody (every change that is not a claim releases the order)
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
                           Optional<Optional<Instant>> nextAttemptAt,
                           String claimedBy) {

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
        claimedBy = Objects.requireNonNullElse(claimedBy, "");
    }

    public static StatusChange of(long orderId, OrderStatus expected, long expectedVersion, OrderStatus next,
            Actor actor, String reason, Instant at) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    /// Keeps the order in `status` (no edge of the state machine) but records `reason` in its
    /// history, compare-and-set like a move: e.g. "outcome unknown, looking it up at 10:04:12".
    public static StatusChange stay(long orderId, OrderStatus status, long expectedVersion, Actor actor, String reason, Instant at) {
        return of(orderId, status, expectedVersion, status, actor, reason, at);
    }

    /// Whether this change keeps the status and only records something about the order.
    public boolean keepsStatus() {
        return expected == next;
    }

    public StatusChange withSupplierTrxId(String trxId) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, Optional.of(trxId), note, qrString,
                paymentExpiresAt, paymentTransactionId, claimedAt, nextAttemptAt, claimedBy);
    }

    public StatusChange withNote(String text) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, Optional.of(text), qrString,
                paymentExpiresAt, paymentTransactionId, claimedAt, nextAttemptAt, claimedBy);
    }

    public StatusChange withPaymentRequest(String qr, Instant expiresAt, String transactionId) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, note, Optional.of(qr),
                Optional.of(expiresAt), Optional.of(transactionId), claimedAt, nextAttemptAt, claimedBy);
    }

    public StatusChange withPaymentTransactionId(String transactionId) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, note, qrString,
                paymentExpiresAt, Optional.of(transactionId), claimedAt, nextAttemptAt, claimedBy);
    }

    /// This change claims the order for the supplier on behalf of console run `runId`.
    public StatusChange asClaimBy(String runId) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, note, qrString,
                paymentExpiresAt, paymentTransactionId, Optional.of(at), Optional.of(Optional.empty()), runId);
    }

    public StatusChange withNextAttemptAt(Instant when) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, note, qrString,
                paymentExpiresAt, paymentTransactionId, claimedAt, Optional.of(Optional.of(when)), claimedBy);
    }
}
