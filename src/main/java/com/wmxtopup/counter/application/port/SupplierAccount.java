package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;

/// The reseller account at the supplier.
public record SupplierAccount(String fullName, String username, Money balance, PriceLevel level) {
}
