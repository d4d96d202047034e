package com.wmxtopup.counter.adapter.midtrans;

import com.wmxtopup.counter.application.port.PaymentStatus.State;
import java.util.Locale;
import java.util.Optional;

/// `transaction_status` + `fraud_status` → the POS meaning (specs/midtrans-api.md §4.4).
///
/// Strings are compared case-insensitively (one Midtrans sample shows `"PENDING"`). A status we
/// do not know is not guessed at: the caller treats it as a malformed answer and polls again.
final class TransactionStates {

    private TransactionStates() {
    }

    static Optional<State> of(String transactionStatus, String fraudStatus) {
        if (transactionStatus == null) {
            return Optional.empty();
        }
        String status = transactionStatus.trim().toLowerCase(Locale.ROOT);
        String fraud = fraudStatus == null ? "" : fraudStatus.trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (status) {
            // Money went back (or was pulled back) after a payment, whatever the fraud check said then.
            case "refund", "partial_refund", "chargeback", "partial_chargeback" -> State.REFUNDED;
            case "deny", "cancel", "expire", "failure" -> State.FAILED;
            case "pending", "authorize" -> fraud.equals("deny") ? State.FAILED : State.PENDING;
            case "settlement", "capture" -> switch (fraud) {
                case "", "accept" -> State.PAID;
                case "deny" -> State.FAILED;
                // "challenge", or a fraud verdict we do not know: held, never taken as paid.
                default -> State.CHALLENGED;
            };
            default -> null;
        });
    }
}
