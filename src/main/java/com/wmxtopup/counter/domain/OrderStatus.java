package com.wmxtopup.counter.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/// Every status an order can have, with the transitions of the state machine in
/// docs/architecture.md. The names are part of the REST API and must not change.
public enum OrderStatus {
    PENDING,
    WAITING_PAYMENT,
    PAID,
    SUPPLIER_REQUESTING,
    PROCESSING,
    SUCCESS,
    FAILED,
    EXPIRED,
    CANCELLED,
    NEEDS_CHECK,
    REFUNDED;

    private Set<OrderStatus> next;

    static {
        PENDING.next = EnumSet.of(WAITING_PAYMENT, PAID, CANCELLED);
        // A QR that expires or is cancelled/denied ends the order; settlement pays it.
        WAITING_PAYMENT.next = EnumSet.of(PAID, EXPIRED, CANCELLED);
        // A verified settlement that arrives after the order was closed locally (the customer
        // paid at the last second): the money is there, so the order is paid after all.
        EXPIRED.next = EnumSet.of(PAID);
        CANCELLED.next = EnumSet.of(PAID);
        // The claim before the supplier call. Nothing else may leave PAID: a paid order is
        // never cancelled or expired, only fulfilled (or refunded after a supplier failure).
        PAID.next = EnumSet.of(SUPPLIER_REQUESTING);
        // Answer with trxid, definite rejection, temporary refusal that proves nothing was
        // placed (back to PAID), or unknown outcome.
        SUPPLIER_REQUESTING.next = EnumSet.of(PROCESSING, FAILED, PAID, NEEDS_CHECK);
        PROCESSING.next = EnumSet.of(SUCCESS, FAILED);
        // Reconciliation: found at the supplier, provably absent, or an admin's refund, or an
        // admin's "delivered" after confirming it by other means (the supplier's dashboard).
        NEEDS_CHECK.next = EnumSet.of(PROCESSING, PAID, REFUNDED, SUCCESS);
        // Refund, or an admin retry when the supplier placed nothing (e.g. its balance was too low
        // and has been topped up since).
        FAILED.next = EnumSet.of(REFUNDED, PAID);
        SUCCESS.next = EnumSet.noneOf(OrderStatus.class);
        REFUNDED.next = EnumSet.noneOf(OrderStatus.class);
    }

    public boolean canMoveTo(OrderStatus target) {
        return next.contains(target);
    }

    public Set<OrderStatus> allowedNext() {
        return Collections.unmodifiableSet(next);
    }

    /// No transition leaves this status.
    public boolean isFinal() {
        return next.isEmpty();
    }

    /// Throws [IllegalStatusTransitionException] unless `target` is an allowed next status.
    public void requireCanMoveTo(OrderStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalStatusTransitionException(this, target);
        }
    }
}
