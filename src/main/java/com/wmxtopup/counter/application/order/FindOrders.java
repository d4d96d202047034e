package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/// Finding orders, for the counter, recent sales and the REST API: the only way the UI and the
/// web adapter read orders (they never see a repository). Returns immutable domain values.
/// Every method reads the database: never call it on the FX thread.
public final class FindOrders {

    /// The same item for the same player sold this recently is worth a warning at the counter.
    public static final Duration DUPLICATE_SALE_WINDOW = Duration.ofMinutes(10);
    private volatile Duration duplicateSaleWindow = DUPLICATE_SALE_WINDOW;
    /// How far back "recent" looks when a rule scans recent sales.
    private static final int RECENT_SCAN = 200;

    private final OrderRepository orders;
    private final Clock clock;

    public FindOrders(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /// Newest first.
    public List<Order> recent(int limit) {
        return orders.findRecent(limit);
    }

    public Optional<Order> byId(long id) {
        return orders.findById(id);
    }

    public Optional<Order> byNumber(OrderNumber number) {
        return orders.findByNumber(number);
    }

    /// Orders in `status`, newest first.
    public List<Order> inStatus(OrderStatus status, int limit) {
        return orders.findByStatus(status, limit).reversed();
    }

    /// The games of the latest sales, most recent first, each once: the counter shows them first.
    public List<String> gamesSoldLast(int limit) {
        return orders.findRecent(RECENT_SCAN).stream().map(Order::game).distinct().limit(limit).toList();
    }

    /// How far back [#recentSameSale] looks (`sale.duplicate-window-minutes`; the settings screen changes it).
    public void setDuplicateSaleWindow(Duration window) {
        duplicateSaleWindow = java.util.Objects.requireNonNull(window);
    }

    /// The same item for the same player sold within the duplicate-sale window (default [#DUPLICATE_SALE_WINDOW]) and not left unpaid:
    /// a warning, not a block (the customer may really buy the same item twice).
    public Optional<Order> recentSameSale(String sku, TopUpTarget target) {
        var since = clock.instant().minus(duplicateSaleWindow);
        return orders.findRecent(RECENT_SCAN).stream()
                .filter(o -> o.createdAt().isAfter(since) && o.sku().equals(sku) && o.target().equals(target))
                .filter(o -> o.status() != OrderStatus.CANCELLED && o.status() != OrderStatus.EXPIRED)
                .findFirst();
    }
}
