package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.application.port.DemoCustomer;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import java.util.List;
import java.util.Optional;

/// The demo customer: asks the Midtrans simulator to settle the newest waiting QR. The console
/// learns of the payment the normal way (signed notification, or polling).
final class SimulatedCustomer implements DemoCustomer {

    private static final int LOOK_AT = 200;
    private final MidtransSimulator midtrans;
    private final OrderRepository orders;

    SimulatedCustomer(MidtransSimulator midtrans, OrderRepository orders) {
        this.midtrans = midtrans;
        this.orders = orders;
    }

    @Override
    public Optional<String> payNewestWaitingOrder() {
        List<Order> waiting = orders.findByStatus(OrderStatus.WAITING_PAYMENT, LOOK_AT);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        String number = waiting.getLast().orderNumber().value();
        midtrans.pay(number);
        return Optional.of(number);
    }
}
