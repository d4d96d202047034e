package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// Every verified payment notification, stored once, with its raw body (the delivery log).
public interface PaymentNotificationLog {

    /// What was done with a notification.
    enum Outcome {
        APPLIED,
        IGNORED,
        UNKNOWN_ORDER,
        AMOUNT_MISMATCH,
        /// A signed settlement the gateway's own status did not confirm (a leaked key, or a forgery).
        NOT_CONFIRMED
    }

    /// @param dedupeKey identifies one event: a redelivery of the same event has the same key
    record Entry(String dedupeKey, String orderNumber, String transactionStatus, Money grossAmount, Instant receivedAt,
                 Outcome outcome, String rawBody) {
    }

    /// Stores the entry; false when an entry with the same key exists (a duplicate delivery).
    boolean recordOnce(Entry entry);

    /// Updates the outcome of a stored entry once it is known.
    void updateOutcome(String dedupeKey, Outcome outcome);

    /// When the newest notification with a valid signature arrived: shows whether the gateway can
    /// reach this console's webhook at all (behind NAT it never does, and polling carries on).
    Optional<Instant> lastReceivedAt();

    /// The notifications received for one order, oldest first (the back office shows them).
    List<Entry> forOrder(String orderNumber);
}
