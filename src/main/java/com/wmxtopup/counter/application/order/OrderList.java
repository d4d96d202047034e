package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.application.port.PaymentNotificationLog;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.ShopZone;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// The back office's order list and an order's whole story: filters in the shop's terms (its days,
/// "needs action"), keyset pages and the totals of everything the filters match. Reads only;
/// never on the FX thread.
public final class OrderList {

    /// A paid order not sent for this long needs a look.
    public static final Duration PAID_NOT_SENT = Duration.ofMinutes(2);
    /// A top-up the supplier has been processing for this long needs a look.
    public static final Duration PROCESSING_TOO_LONG = Duration.ofMinutes(30);
    /// An order whose charge was never shown for this long needs a look.
    public static final Duration PENDING_TOO_LONG = Duration.ofMinutes(5);

    /// What the admin filters by. Days are the shop's days (its time zone), both ends included.
    ///
    /// @param statuses empty: any
    /// @param needsAction the "Perlu tindakan" preset (see [OrderSearch.NeedsAction])
    public record Filter(Set<OrderStatus> statuses, boolean needsAction, Optional<LocalDate> fromDay, Optional<LocalDate> toDay,
                         String game, Optional<PaymentMethod> paymentMethod, String text, String soldBy) {

        public Filter {
            statuses = Set.copyOf(statuses);
            game = game == null ? "" : game.strip();
            text = text == null ? "" : text.strip();
            soldBy = soldBy == null ? "" : soldBy.strip();
        }

        public static Filter everything() {
            return new Filter(Set.of(), false, Optional.empty(), Optional.empty(), "", Optional.empty(), "", "");
        }

        public static Filter needingAction() {
            return new Filter(Set.of(), true, Optional.empty(), Optional.empty(), "", Optional.empty(), "", "");
        }
    }

    /// One page, where the next one starts (empty on the last page), and the totals of all pages.
    public record Page(List<Order> orders, Optional<OrderSearch.PageKey> next, OrderSearch.Totals totals) {
        public Page {
            orders = List.copyOf(orders);
        }
    }

    /// One page's orders and where the next page starts (empty on the last page).
    public record Rows(List<Order> orders, Optional<OrderSearch.PageKey> next) {
        public Rows {
            orders = List.copyOf(orders);
        }
    }

    /// Everything the back office shows about one order.
    public record Story(Order order, List<OrderEvent> history, List<PaymentNotificationLog.Entry> notifications) {
        public Story {
            history = List.copyOf(history);
            notifications = List.copyOf(notifications);
        }
    }

    private final OrderRepository orders;
    private final PaymentNotificationLog notifications;
    private final Clock clock;
    private final ShopZone zone;

    public OrderList(OrderRepository orders, PaymentNotificationLog notifications, Clock clock, ShopZone zone) {
        this.orders = orders;
        this.notifications = notifications;
        this.clock = clock;
        this.zone = zone;
    }

    /// The page after `after` (the first page when empty) of at most `size` orders, newest first.
    public Page page(Filter filter, Optional<OrderSearch.PageKey> after, int size) {
        var rows = rows(filter, after, size);
        return new Page(rows.orders(), rows.next(), orders.totals(search(filter, after, 1)));
    }

    /// Like [#page] without the totals (an export counts once, not for every page).
    public Rows rows(Filter filter, Optional<OrderSearch.PageKey> after, int size) {
        List<Order> found = orders.search(search(filter, after, size + 1));
        boolean more = found.size() > size;
        List<Order> page = more ? found.subList(0, size) : found;
        Optional<OrderSearch.PageKey> next = more
                ? Optional.of(new OrderSearch.PageKey(page.getLast().createdAt(), page.getLast().id()))
                : Optional.empty();
        return new Rows(page, next);
    }

    /// How many orders the filters match.
    public long count(Filter filter) {
        return orders.totals(search(filter, Optional.empty(), 1)).count();
    }

    /// How many orders need an admin now (the navigation's badge).
    public long needingActionCount() {
        return count(Filter.needingAction());
    }

    /// Everyone who has sold something (cashiers, integrations), for the "sold by" filter.
    public java.util.List<String> sellers() {
        return orders.sellers();
    }

    public Optional<Order> order(long orderId) {
        return orders.findById(orderId);
    }

    public Optional<Story> story(long orderId) {
        return orders.findById(orderId).map(order -> new Story(order, orders.history(orderId),
                notifications.forOrder(order.orderNumber().value())));
    }

    private OrderSearch search(Filter filter, Optional<OrderSearch.PageKey> after, int limit) {
        var now = clock.instant();
        Optional<OrderSearch.NeedsAction> needs = filter.needsAction()
                ? Optional.of(new OrderSearch.NeedsAction(now.minus(PAID_NOT_SENT), now.minus(PROCESSING_TOO_LONG),
                        now.minus(PENDING_TOO_LONG)))
                : Optional.empty();
        return new OrderSearch(filter.statuses(), needs,
                filter.fromDay().map(day -> day.atStartOfDay(zone.zone()).toInstant()),
                filter.toDay().map(day -> day.plusDays(1).atStartOfDay(zone.zone()).toInstant()),
                filter.game(), filter.paymentMethod(), filter.text(), filter.soldBy(), after, limit);
    }
}
