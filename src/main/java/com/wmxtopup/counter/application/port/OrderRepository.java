package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import java.util.List;
import java.util.Optional;

/// Orders and their status history. Every method is one short transaction.
public interface OrderRepository {

    /// Stores a new order together with the history event that created it; returns it with its id.
    /// Throws [DuplicateOrderNumberException] when the number is taken.
    Order insert(Order order, String reason);

    Optional<Order> findById(long id);

    Optional<Order> findByNumber(OrderNumber number);

    /// Orders in `status`, oldest first (the order they should be worked in).
    List<Order> findByStatus(OrderStatus status, int limit);

    /// Newest first.
    List<Order> findRecent(int limit);

    /// The order the supplier's transaction belongs to, if any of ours has that trxid.
    Optional<Order> findBySupplierTrxId(String trxId);

    /// Moves the order as described, appending the history event in the same transaction, only
    /// if nobody changed it since `change.expectedVersion()`. Returns false when another worker
    /// or console won; the caller then skips the order. Throws
    /// [com.wmxtopup.counter.domain.IllegalStatusTransitionException] for an edge the state
    /// machine does not have.
    boolean compareAndSetStatus(StatusChange change);

    /// The order's status history, oldest first.
    List<OrderEvent> history(long orderId);

    /// One page of orders matching `search`, newest first.
    List<Order> search(OrderSearch search);

    /// Count, revenue and cost of every order matching `search`'s filters (its paging ignored).
    OrderSearch.Totals totals(OrderSearch search);

    /// Every distinct "sold by" (cashiers, integrations), by name; orders from before users had none.
    List<String> sellers();
}
