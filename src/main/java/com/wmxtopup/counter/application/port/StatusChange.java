package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.OrderStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/// A compare-and-set of an order's status: applied only if the order is still in `expected`
/// at `expectedVersion`. Optional fields are written in the same update (e.g. the supplier's
/// trxid together with PROCESSING), so the change and its data can never be seen apart.
public record StatusChange(
        long orderId,
        OrderStatus expected,
        long expectedVersion,
        OrderStatus next,
        Actor actor,
        String reason,
        Instant at,
        Optional<String> supplierTrxId,
        Optional<String> note) {

    public StatusChange {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        reason = Objects.requireNonNullElse(reason, "");
        supplierTrxId = Objects.requireNonNullElse(supplierTrxId, Optional.empty());
        note = Objects.requireNonNullElse(note, Optional.empty());
    }

    public static StatusChange of(long orderId, OrderStatus expected, long expectedVersion, OrderStatus next,
                                  Actor actor, String reason, Instant at) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, Optional.empty(), Optional.empty());
    }

    public StatusChange withSupplierTrxId(String trxId) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, Optional.of(trxId), note);
    }

    public StatusChange withNote(String text) {
        return new StatusChange(orderId, expected, expectedVersion, next, actor, reason, at, supplierTrxId, Optional.of(text));
    }
}
