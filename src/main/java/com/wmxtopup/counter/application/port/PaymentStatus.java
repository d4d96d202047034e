package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Money;
import java.util.Objects;

/// A transaction's state at the gateway, from a status call, cancel/expire, or a verified
/// notification.
///
/// @param transactionStatus the gateway's raw `transaction_status` (`settlement`, `pending`, …)
/// @param fraudStatus       the raw `fraud_status`, empty when absent
/// @param grossAmount       the amount the gateway holds for the transaction (parsed from `"10000.00"`)
public record PaymentStatus(String orderId, String transactionId, State state, Money grossAmount, String transactionStatus,
                            String fraudStatus, String statusCode) {

    /// The POS meaning of `transaction_status` + `fraud_status` (specs/midtrans-api.md §4.4).
    public enum State {
        /// Waiting for the customer.
        PENDING,
        /// Paid: `settlement` (or `capture`) with `fraud_status` accept or absent.
        PAID,
        /// Card capture held for review; never seen for QRIS.
        CHALLENGED,
        /// Will not be paid: deny, cancel, expire, failure (or fraud deny).
        FAILED,
        /// Refunded (fully or partly) or charged back after payment.
        REFUNDED
    }

    public PaymentStatus {
        Objects.requireNonNull(orderId, "orderId");
        transactionId = Objects.requireNonNullElse(transactionId, "");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(grossAmount, "grossAmount");
        transactionStatus = Objects.requireNonNullElse(transactionStatus, "");
        fraudStatus = Objects.requireNonNullElse(fraudStatus, "");
        statusCode = Objects.requireNonNullElse(statusCode, "");
    }
}
