package com.wmxtopup.counter.application.port;

import java.time.Duration;

/// Asks VIP Reseller (or its simulator) for the account behind credentials that are not the
/// running ones: the settings screen's connection test.
@FunctionalInterface
public interface SupplierProbe {

    SupplierAccount account(String apiUrl, String apiId, String apiKey, Duration timeout) throws SupplierException;
}
