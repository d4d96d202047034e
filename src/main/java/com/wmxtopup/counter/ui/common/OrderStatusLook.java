package com.wmxtopup.counter.ui.common;

import com.wmxtopup.counter.domain.OrderStatus;
import java.util.Locale;

/// How an order's status reads and looks in a list (recent sales, the back office): its words in
/// the current language and the style class of its cell (see [StatusCell]).
public final class OrderStatusLook {

    private OrderStatusLook() {
    }

    public static String text(I18n i18n, OrderStatus status) {
        return i18n.text("sale.recent.state." + status.name().toLowerCase(Locale.ROOT));
    }

    /// `state-done` (success), `state-failed` (needs someone), `state-closed` (ended without a
    /// top-up) or `state-open` (still on its way).
    public static String style(OrderStatus status) {
        return switch (status) {
            case SUCCESS -> "state-done";
            case FAILED, NEEDS_CHECK -> "state-failed";
            case REFUNDED, EXPIRED, CANCELLED -> "state-closed";
            default -> "state-open";
        };
    }
}
