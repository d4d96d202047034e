package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.ui.common.Notice;
import java.util.Optional;

/// What the order on screen reaching its status means for the sale: the sentence on the message
/// line, and whether the sale is over (the step then DONE) or the cashier only has to know.
record SaleOutcome(Notice notice, boolean over) {

    /// Nothing while the order is still on its way (unpaid, paid, at the supplier).
    static Optional<SaleOutcome> of(Order order) {
        return switch (order.status()) {
            case SUCCESS -> over(order.note().isEmpty()
                    ? Notice.success("sale.done.success")
                    : Notice.success("sale.done.successWithNote", order.note()));
            // The customer paid and got nothing: the money has to go back, or the order be retried.
            case FAILED -> over(Notice.danger("sale.done.failed", order.note()));
            case EXPIRED, CANCELLED -> over(Notice.warning("sale.done.unpaid"));
            case REFUNDED -> over(Notice.info("sale.reopen.refunded", order.note()));
            case NEEDS_CHECK -> Optional.of(new SaleOutcome(Notice.warning("sale.needsCheck"), false));
            case PENDING, WAITING_PAYMENT, PAID, SUPPLIER_REQUESTING, PROCESSING -> Optional.empty();
        };
    }

    private static Optional<SaleOutcome> over(Notice notice) {
        return Optional.of(new SaleOutcome(notice, true));
    }
}
