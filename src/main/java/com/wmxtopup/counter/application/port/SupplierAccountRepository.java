package com.wmxtopup.counter.application.port;

import java.time.Instant;
import java.util.Optional;

/// The last known state of the reseller account (balance and price level).
public interface SupplierAccountRepository {

    /// The account and when it was read from the supplier.
    record Snapshot(SupplierAccount account, Instant checkedAt) {
    }

    Optional<Snapshot> latest();

    void save(SupplierAccount account, Instant checkedAt);
}
