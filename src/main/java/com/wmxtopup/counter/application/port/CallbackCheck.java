package com.wmxtopup.counter.application.port;

import java.util.List;

/// The result of checking a callback from the supplier.
public sealed interface CallbackCheck {

    /// Signature right and body readable; the transactions it mentions (usually one).
    record Valid(List<SupplierTransaction> transactions) implements CallbackCheck {
        public Valid {
            transactions = List.copyOf(transactions);
        }
    }

    /// Missing or wrong signature: ignore the body entirely.
    record InvalidSignature() implements CallbackCheck {
    }

    /// Signed, but not a body we can read.
    record Malformed(String reason) implements CallbackCheck {
    }
}
