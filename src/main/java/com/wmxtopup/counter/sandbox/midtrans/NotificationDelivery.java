package com.wmxtopup.counter.sandbox.midtrans;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/// One notification attempt, as the simulator's "See History" page would show it.
///
/// @param orderId           the `order_id` in the body (a made-up one for [NotificationFault.UnknownOrder])
/// @param transactionStatus the body's `transaction_status`
/// @param url               where it went (empty URI when dropped or when no URL was known)
/// @param body              the JSON body exactly as sent
/// @param httpStatus        the receiver's answer, 0 when there was none
/// @param error             why there was no answer, empty otherwise
/// @param at                when it was attempted (simulator time)
public record NotificationDelivery(String orderId, String transactionStatus, URI url, String body, Outcome outcome, int httpStatus,
                                   String error, Instant at) {

    public enum Outcome {
        /// The receiver answered 2xx.
        DELIVERED,
        /// The receiver answered something else.
        REJECTED,
        /// No answer: connection refused, timeout, …
        FAILED,
        /// Not sent on purpose ([NotificationFault.Drop]) or because no notification URL was known.
        DROPPED
    }

    public NotificationDelivery {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(transactionStatus, "transactionStatus");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(outcome, "outcome");
        error = Objects.requireNonNullElse(error, "");
        Objects.requireNonNull(at, "at");
    }
}
