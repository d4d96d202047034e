package com.wmxtopup.counter.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/// One drawer's working period on one console: opened with a float, closed with the cash
/// counted (or force-closed by an admin without a count). Sales taken on the console meanwhile
/// belong to it.
///
/// @param supplierBalanceAtOpen the reseller balance when it opened, if the supplier answered
public record Shift(Long id, String consoleId, Instant openedAt, String openedBy, CashCount openingFloat,
                    Optional<Money> supplierBalanceAtOpen, Optional<Closing> closing, long version) {

    /// How the shift ended.
    ///
    /// @param expectedCash what the drawer should hold: float + cash sales + cash in − cash out
    /// @param counted      what was counted; empty when an admin force-closed it
    /// @param note         the cashier's remark, or the admin's reason for a forced close
    public record Closing(Instant at, String by, Money expectedCash, Optional<CashCount> counted,
                          Optional<Money> supplierBalanceAtClose, String note, boolean forced) {
        public Closing {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(expectedCash, "expectedCash");
            Objects.requireNonNull(counted, "counted");
            Objects.requireNonNull(supplierBalanceAtClose, "supplierBalanceAtClose");
            by = Objects.requireNonNullElse(by, "");
            note = Objects.requireNonNullElse(note, "").strip();
        }

        /// Counted minus expected: negative when cash is missing; empty without a count.
        public Optional<Long> variance() {
            return counted.map(c -> c.total().rupiah() - expectedCash.rupiah());
        }
    }

    public Shift {
        Objects.requireNonNull(consoleId, "consoleId");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(openingFloat, "openingFloat");
        Objects.requireNonNull(supplierBalanceAtOpen, "supplierBalanceAtOpen");
        Objects.requireNonNull(closing, "closing");
        openedBy = Objects.requireNonNullElse(openedBy, "");
    }

    /// A shift about to be opened (not yet stored).
    public static Shift opening(String consoleId, Instant at, String by, CashCount openingFloat, Optional<Money> supplierBalance) {
        return new Shift(null, consoleId, at, by, openingFloat, supplierBalance, Optional.empty(), 0);
    }

    /// Console ids are UUIDs: their first 8 characters tell a shop's consoles apart and fit the
    /// paper and a table column.
    public static String shortConsoleId(String consoleId) {
        return consoleId.length() > 12 ? consoleId.substring(0, 8) : consoleId;
    }

    public boolean isOpen() {
        return closing.isEmpty();
    }
}
