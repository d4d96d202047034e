package com.wmxtopup.counter.domain;

import java.time.Instant;
import java.util.Objects;

/// Cash that entered or left the drawer during a shift other than a sale.
///
/// @param orderNumber the refunded order for [Kind#REFUND]; empty otherwise
/// @param by          who did it ("Dewi", or "Budi untuk Dewi" with a supervisor's approval)
public record CashMovement(Long id, long shiftId, Kind kind, Money amount, String reason, String orderNumber, Instant at, String by) {

    public enum Kind {
        /// Cash put into the drawer (more change from the safe).
        CASH_IN(1),
        /// Cash paid out for something the shop bought (a reason says what).
        PAYOUT(-1),
        /// Cash taken to the bank or the safe.
        BANK_DROP(-1),
        /// Cash handed back to a customer for a refunded order.
        REFUND(-1);

        private final int sign;

        Kind(int sign) {
            this.sign = sign;
        }

        /// +1 when the drawer gains the amount, -1 when it loses it.
        public int sign() {
            return sign;
        }
    }

    public CashMovement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        reason = Objects.requireNonNullElse(reason, "").strip();
        orderNumber = Objects.requireNonNullElse(orderNumber, "");
        by = Objects.requireNonNullElse(by, "");
        if (amount.rupiah() <= 0) {
            throw new IllegalArgumentException("a cash movement moves some money");
        }
    }

    /// The amount with its sign for the drawer (positive in, negative out).
    public long signedRupiah() {
        return kind.sign() * amount.rupiah();
    }
}
