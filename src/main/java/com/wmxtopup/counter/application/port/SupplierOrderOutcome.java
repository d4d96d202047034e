package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Money;
import java.time.Duration;
import java.util.Objects;

/// What the supplier said to an order request. Only [Unknown] means the request may have
/// reached the supplier: never re-order on it, reconcile instead.
public sealed interface SupplierOrderOutcome {

    /// The supplier took the order; `trxId` identifies it from now on.
    record Accepted(String trxId, Money charged, Money balanceAfter, String note) implements SupplierOrderOutcome {
        public Accepted {
            Objects.requireNonNull(trxId, "trxId");
            note = Objects.requireNonNullElse(note, "");
        }
    }

    /// Definitely refused, and asking again will not help: nothing was placed.
    record Rejected(RejectionReason reason, String supplierMessage) implements SupplierOrderOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            supplierMessage = Objects.requireNonNullElse(supplierMessage, "");
        }
    }

    /// Refused for now (rate limit, maintenance, our credentials): nothing was placed; ask again
    /// after `after`.
    record TryLater(Duration after, TemporaryReason reason, String supplierMessage) implements SupplierOrderOutcome {
        public TryLater {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(reason, "reason");
            supplierMessage = Objects.requireNonNullElse(supplierMessage, "");
        }
    }

    /// Timeout after sending, connection reset, 5xx, unreadable body: the order may or may not
    /// exist at the supplier.
    record Unknown(String cause) implements SupplierOrderOutcome {
        public Unknown {
            cause = Objects.requireNonNullElse(cause, "");
        }
    }

    enum RejectionReason {
        INSUFFICIENT_BALANCE,
        PRODUCT_UNAVAILABLE,
        INVALID_TARGET,
        OTHER
    }

    enum TemporaryReason {
        RATE_LIMITED,
        SIMILAR_IN_PROCESS,
        MAINTENANCE,
        /// Our credentials or IP were refused: fix the settings; the order stays paid.
        AUTHENTICATION,
        /// The request was never sent (e.g. connection refused before any byte left).
        NOT_SENT
    }
}
