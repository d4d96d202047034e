package com.wmxtopup.counter.sandbox.midtrans;

import java.time.Duration;
import java.util.Objects;

/// What can go wrong with an HTTP notification on its way to the POS (specs/midtrans-api.md
/// §4.5 and §8). Aimed with [MidtransSimulator#faultNextNotification] or
/// [MidtransSimulator#faultAllNotifications].
public sealed interface NotificationFault {

    /// The same body delivered `copies` times, one after another or all at once.
    record Duplicate(int copies, boolean concurrently) implements NotificationFault {
        public Duplicate {
            if (copies < 2) {
                throw new IllegalArgumentException("a duplicate delivery needs at least 2 copies");
            }
        }
    }

    /// Never sent: the POS must find out by polling.
    record Drop() implements NotificationFault {
    }

    /// Held back until the next notification for the same order has been delivered, then sent
    /// (e.g. `pending` arriving after `settlement`).
    record DeliverAfterNext() implements NotificationFault {
    }

    /// Sent after `delay`, independently of later notifications.
    record Delay(Duration delay) implements NotificationFault {
        public Delay {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /// A signature that does not verify (as if made with another server key or tampered with).
    record BadSignature() implements NotificationFault {
    }

    /// `gross_amount` changed by `differenceRupiah` and signed correctly: only a comparison
    /// with the order's own amount catches it.
    record AmountMismatch(long differenceRupiah) implements NotificationFault {
    }

    /// An `order_id` (and `transaction_id`) nobody created, signed correctly.
    record UnknownOrder() implements NotificationFault {
    }

    static NotificationFault duplicate(int copies) {
        return new Duplicate(copies, false);
    }

    static NotificationFault duplicateConcurrently(int copies) {
        return new Duplicate(copies, true);
    }

    static NotificationFault drop() {
        return new Drop();
    }

    static NotificationFault deliverAfterNext() {
        return new DeliverAfterNext();
    }

    static NotificationFault delay(Duration delay) {
        return new Delay(delay);
    }

    static NotificationFault badSignature() {
        return new BadSignature();
    }

    static NotificationFault amountMismatch(long differenceRupiah) {
        return new AmountMismatch(differenceRupiah);
    }

    static NotificationFault unknownOrder() {
        return new UnknownOrder();
    }
}
