package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.SupplierTransaction;
import java.util.List;

/// What the supplier says about one order when an admin asks (see [Fulfilment#lookUp]).
public sealed interface SupplierLookup {

    /// The supplier holds it: by its trxid, or as the one transaction that fits the order.
    record Found(SupplierTransaction transaction) implements SupplierLookup {
    }

    /// The supplier's list reaches back before the request and holds nothing like it, and the
    /// absence window has passed: the request placed nothing, a retry cannot make a second top-up.
    record Absent(int transactionsRead) implements SupplierLookup {
    }

    /// Several transactions fit (same item, same player): only a person can tell which, if any.
    record Ambiguous(List<SupplierTransaction> candidates) implements SupplierLookup {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /// No proof either way (the list is too short, the request too young, or no answer).
    record Unclear(String why) implements SupplierLookup {
    }

    /// The order was never sent to the supplier.
    record NeverSent() implements SupplierLookup {
    }
}
