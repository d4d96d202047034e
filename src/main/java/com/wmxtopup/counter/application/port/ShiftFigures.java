package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.time.Instant;
import java.util.List;

/// Sums over the orders for a shift's X and Z reports, computed by the database (a busy shift
/// can hold thousands of orders; none is loaded to be added up).
public interface ShiftFigures {

    /// Orders of one payment method in one status: how many, their amounts and their buy prices.
    record SalesLine(PaymentMethod method, OrderStatus status, long count, Money amount, Money cost) {
    }

    /// An order whose outcome was not settled yet when the report was made.
    record OpenOrder(String orderNumber, OrderStatus status, Money amount, Instant createdAt) {
    }

    /// What the supplier was asked for in a window: orders it delivered, and orders still in its
    /// hands (debited from the balance, not yet final).
    record SupplierSpend(long successful, Money successfulCost, long inProgress, Money inProgressCost) {
    }

    /// The shift's orders grouped by payment method and status.
    List<SalesLine> sales(long shiftId);

    /// The shift's paid orders that are neither delivered, failed nor refunded, oldest first.
    List<OpenOrder> unsettled(long shiftId, int limit);

    /// Every console's orders sent to the supplier in [from, to): the balance they moved.
    SupplierSpend supplierSpend(Instant from, Instant to);
}
