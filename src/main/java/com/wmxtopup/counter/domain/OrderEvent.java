package com.wmxtopup.counter.domain;

import java.time.Instant;
import java.util.Objects;

/// One line of an order's status history. `from` is null for the event that created the order.
public record OrderEvent(OrderStatus from, OrderStatus to, Instant at, Actor actor, String reason) {

    public OrderEvent {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        reason = reason == null ? "" : reason;
    }

    public static OrderEvent created(OrderStatus initial, Instant at, Actor actor, String reason) {
        return new OrderEvent(null, initial, at, actor, reason);
    }
}
