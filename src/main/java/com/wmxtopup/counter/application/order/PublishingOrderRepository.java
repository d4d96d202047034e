package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import java.util.List;
import java.util.Optional;

/// The order repository that tells [OrderEvents] after each committed change: every writer —
/// checkout, webhooks, polling, fulfilment, recovery — publishes through this one place, so no
/// use case can forget to. A change that lost its compare-and-set publishes nothing.
public final class PublishingOrderRepository implements OrderRepository {

    private final OrderRepository orders;
    private final OrderEvents events;

    public PublishingOrderRepository(OrderRepository orders, OrderEvents events) {
        this.orders = orders;
        this.events = events;
    }

    @Override
    public Order insert(Order order, String reason) {
        Order stored = orders.insert(order, reason);
        events.publish(new OrderChanged(stored.id(), stored.status()));
        return stored;
    }

    @Override
    public boolean compareAndSetStatus(StatusChange change) {
        boolean committed = orders.compareAndSetStatus(change);
        if (committed) {
            events.publish(new OrderChanged(change.orderId(), change.next()));
        }
        return committed;
    }

    @Override
    public Optional<Order> findById(long id) {
        return orders.findById(id);
    }

    @Override
    public Optional<Order> findByNumber(OrderNumber number) {
        return orders.findByNumber(number);
    }

    @Override
    public List<Order> findByStatus(OrderStatus status, int limit) {
        return orders.findByStatus(status, limit);
    }

    @Override
    public List<Order> findRecent(int limit) {
        return orders.findRecent(limit);
    }

    @Override
    public Optional<Order> findBySupplierTrxId(String trxId) {
        return orders.findBySupplierTrxId(trxId);
    }

    @Override
    public List<OrderEvent> history(long orderId) {
        return orders.history(orderId);
    }

    @Override
    public List<Order> search(OrderSearch search) {
        return orders.search(search);
    }

    @Override
    public OrderSearch.Totals totals(OrderSearch search) {
        return orders.totals(search);
    }

    @Override
    public List<String> sellers() {
        return orders.sellers();
    }
}
