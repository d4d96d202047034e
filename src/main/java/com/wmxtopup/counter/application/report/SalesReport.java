package com.wmxtopup.counter.application.report;

import com.wmxtopup.counter.domain.ShopZone;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/// A sales report for a period with the period before it beside each figure. "Sold" means
/// SUCCESS: the supplier delivered and the customer paid. Failed (FAILED), refunded (REFUNDED)
/// and unfinished (paid but not delivered yet: PAID, SUPPLIER_REQUESTING, PROCESSING, NEEDS_CHECK)
/// orders are counted apart and add nothing to revenue. Orders count on the shop day they were
/// created.
///
/// @param current the period asked for
/// @param previous the period before it ([ReportPeriod#previous])
/// @param games successful orders per game, biggest revenue first
/// @param items per item (SKU, labelled with its name)
/// @param sellers per cashier (or REST integration) who sold them
/// @param paymentMethods per payment method (QRIS, CASH)
/// @param days every day of the current period, in order, and the previous period's beside it
///             by position (the first day beside the first day)
/// @param hoursOfDay the 24 hours of the shop's clock, both periods
public record SalesReport(ReportPeriod current, ReportPeriod previous, ShopZone zone, Figures now, Figures before, List<Line> games,
                          List<Line> items, List<Line> sellers, List<Line> paymentMethods, List<Day> days, List<Hour> hoursOfDay) {

    /// Sold orders with their revenue (what customers paid) and cost (what the supplier charged).
    public record Totals(long orders, long revenue, long cost) {
        public static final Totals ZERO = new Totals(0, 0, 0);

        public long profit() {
            return revenue - cost;
        }

        /// Profit as a share of revenue in hundredths of a percent (1234 = 12.34 %); empty
        /// without revenue.
        public OptionalLong marginBasisPoints() {
            return revenue == 0 ? OptionalLong.empty() : OptionalLong.of(Math.floorDiv(profit() * 10_000, revenue));
        }

        /// How much `value` changed from `before` in hundredths of a percent; empty when
        /// `before` is zero (no base to compare with).
        public static OptionalLong changeBasisPoints(long value, long before) {
            return before == 0 ? OptionalLong.empty() : OptionalLong.of(Math.floorDiv((value - before) * 10_000, Math.abs(before)));
        }
    }

    /// @param sold successful orders
    /// @param failed FAILED orders (the supplier refused; not refunded yet)
    /// @param refunded REFUNDED orders
    /// @param unfinished paid but not delivered yet (PAID, SUPPLIER_REQUESTING, PROCESSING, NEEDS_CHECK)
    public record Figures(Totals sold, long failed, long refunded, long unfinished) {
    }

    /// A group (a game, an item, a cashier, a payment method) in both periods.
    public record Line(String key, String label, Totals now, Totals before) {
    }

    /// A day of the current period and the day at the same position in the previous one.
    public record Day(LocalDate day, Totals now, LocalDate previousDay, Totals before) {
    }

    /// An hour of the shop's clock (0 to 23) in both periods.
    public record Hour(int hour, Totals now, Totals before) {
    }
}
