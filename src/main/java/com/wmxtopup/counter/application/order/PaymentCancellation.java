package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.PaymentGateway;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;

/// The cashier cancels a sale whose QR was not paid. The gateway decides: a QR paid a second
/// before the cancel cannot be cancelled any more, and then the order is paid, not cancelled.
public final class PaymentCancellation {

    private final OrderRepository orders;
    private final PaymentGateway gateway;
    private final PaymentUpdates updates;

    public PaymentCancellation(OrderRepository orders, PaymentGateway gateway, PaymentUpdates updates) {
        this.orders = orders;
        this.gateway = gateway;
        this.updates = updates;
    }

    /// The order as it is after the attempt (CANCELLED, or PAID when the customer was faster).
    /// Throws when the gateway cannot be reached: nothing changes then.
    public Order cancel(Order waiting) throws PaymentGatewayException {
        if (waiting.status() != OrderStatus.WAITING_PAYMENT) {
            return orders.findById(waiting.id()).orElse(waiting);
        }
        PaymentStatus status;
        try {
            status = gateway.cancel(waiting.orderNumber().value());
        } catch (PaymentGatewayException e) {
            if (e.kind() != PaymentGatewayException.Kind.STATUS_CANNOT_CHANGE) {
                throw e;
            }
            status = gateway.status(waiting.orderNumber().value());
        }
        Order current = orders.findById(waiting.id()).orElse(waiting);
        updates.apply(current, status, Actor.CASHIER);
        return orders.findById(waiting.id()).orElse(current);
    }
}
