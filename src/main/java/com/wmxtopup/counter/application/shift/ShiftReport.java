package com.wmxtopup.counter.application.shift;

import com.wmxtopup.counter.application.port.ShiftFigures;
import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.CashMovement;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.time.Instant;
import com.wmxtopup.counter.domain.ShopZone;
import java.util.List;
import java.util.Optional;

/// What an X report (during a shift) or a Z report (at its close) says: the drawer's cash, the
/// sales by payment method, the orders' outcomes with cost and profit, and the supplier balance
/// against what the supplier was asked for. Printed and saved as PDF by a [ShiftReportPrinter].
public record ShiftReport(Kind kind, Header header, List<MethodLine> sales, Cash cash, Orders orders, Supplier supplier,
                          List<CashMovement> movements) {

    public enum Kind {
        /// A look during the shift; nothing is closed.
        X,
        /// The close of the shift.
        Z
    }

    /// @param demo whether the console runs against the simulators (the paper says so)
    public record Header(String shopName, String consoleId, long shiftId, Instant openedAt, String openedBy, Optional<Instant> closedAt,
                         String closedBy, Instant madeAt, ShopZone zone, boolean demo) {
    }

    /// Paid sales of one payment method (refunded ones included: the money came in).
    public record MethodLine(PaymentMethod method, long count, Money value) {
    }

    /// The drawer: what should be in it and what was counted.
    ///
    /// @param forcedReason why an admin closed the shift without a count (empty otherwise)
    public record Cash(Money openingFloat, Money cashSales, Money cashIn, Money payouts, Money bankDrops, Money cashRefunds,
                       Money expected, Optional<CashCount> counted, Optional<Long> variance, String note, boolean forced) {
    }

    /// The shift's orders by outcome. Revenue, cost and profit are those of delivered orders.
    public record Orders(long successful, long failed, long refunded, Money refundedValue, List<ShiftFigures.OpenOrder> unsettled,
                         long unsettledCount, Money revenue, Money cost) {
        public long profit() {
            return revenue.rupiah() - cost.rupiah();
        }
    }

    /// The supplier balance at open and close against the cost of what it was asked for between.
    ///
    /// @param difference (open − close) − (delivered + in progress): zero when everything that
    ///                   moved the balance went through this shop's consoles; empty when a
    ///                   balance could not be read
    public record Supplier(Optional<Money> atOpen, Optional<Money> atClose, ShiftFigures.SupplierSpend spend,
                           Optional<Long> difference) {
    }
}
