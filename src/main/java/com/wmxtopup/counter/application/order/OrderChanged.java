package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.domain.OrderStatus;
import java.util.Objects;

/// "Order N changed": published after a status change (or a new order) was committed. Carries no
/// more than a listener needs to decide whether to read the order again.
///
/// @param status the status the order has after the change
public record OrderChanged(long orderId, OrderStatus status) {

    public OrderChanged {
        Objects.requireNonNull(status, "status");
    }
}
