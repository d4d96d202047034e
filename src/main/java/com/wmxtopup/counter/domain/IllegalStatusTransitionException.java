package com.wmxtopup.counter.domain;

/// An attempt to move an order along an edge the state machine does not have.
public final class IllegalStatusTransitionException extends RuntimeException {

    private final OrderStatus from;
    private final OrderStatus to;

    public IllegalStatusTransitionException(OrderStatus from, OrderStatus to) {
        super("order status cannot change from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }
}
