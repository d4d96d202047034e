package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.PaymentGateway;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The fallback for a console that never receives webhooks (a shop PC behind NAT): asks the
/// gateway about every order waiting for payment, and expires the overdue ones (asking the
/// gateway to expire them first, so a payment made at the last second is not lost).
public final class PaymentPolling {

    /// What one pass found.
    public record Pass(int checked, int paid, int closed) {
    }

    private static final Logger log = LoggerFactory.getLogger(PaymentPolling.class);
    private static final int BATCH = 50;
    /// How long after its expiry an order the gateway says it has never heard of is still asked
    /// about. Midtrans settles only transactions it knows, so after this the QR cannot be paid any
    /// more (a verified settlement arriving later still pays the order: EXPIRED → PAID).
    static final Duration UNKNOWN_AFTER_EXPIRY = Duration.ofMinutes(30);

    private final OrderRepository orders;
    private final PaymentGateway gateway;
    private final PaymentUpdates updates;
    private final Clock clock;

    public PaymentPolling(OrderRepository orders, PaymentGateway gateway, PaymentUpdates updates, Clock clock) {
        this.orders = orders;
        this.gateway = gateway;
        this.updates = updates;
        this.clock = clock;
    }

    public Pass poll() {
        int checked = 0;
        int paid = 0;
        int closed = 0;
        Instant now = clock.instant();
        for (Order order : orders.findByStatus(OrderStatus.WAITING_PAYMENT, BATCH)) {
            checked++;
            try {
                boolean overdue = order.paymentExpiresAt() != null && now.isAfter(order.paymentExpiresAt());
                PaymentStatus status = overdue ? expire(order) : gateway.status(order.orderNumber().value());
                switch (updates.apply(order, status, Actor.SYNC_WORKER)) {
                    case BECAME_PAID -> paid++;
                    case CLOSED_UNPAID -> closed++;
                    case NO_CHANGE, AMOUNT_MISMATCH -> {
                    }
                }
            } catch (PaymentGatewayException e) {
                if (e.kind() == PaymentGatewayException.Kind.NOT_FOUND && order.paymentExpiresAt() != null
                        && now.isAfter(order.paymentExpiresAt().plus(UNKNOWN_AFTER_EXPIRY))) {
                    // A definite answer, not silence: e.g. a demo console restarted with a fresh simulator,
                    // or a charge whose answer was lost before it reached the gateway.
                    if (orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.WAITING_PAYMENT, order.version(),
                            OrderStatus.EXPIRED, Actor.SYNC_WORKER, "expired; the payment gateway does not know this QR", now))) {
                        log.info("Order {} expired: the payment gateway does not know its QR {} after expiry", order.orderNumber(),
                                UNKNOWN_AFTER_EXPIRY);
                        closed++;
                    }
                    continue;
                }
                // No answer about this payment: ask again next pass. Never expire on silence.
                log.warn("Payment status of order {} not available ({}): {}", order.orderNumber(), e.kind(), e.getMessage());
            }
        }
        return new Pass(checked, paid, closed);
    }

    /// Expires the QR at the gateway; if it cannot change any more (paid just now), its status says why.
    private PaymentStatus expire(Order order) throws PaymentGatewayException {
        try {
            return gateway.expire(order.orderNumber().value());
        } catch (PaymentGatewayException e) {
            if (e.kind() == PaymentGatewayException.Kind.STATUS_CANNOT_CHANGE || e.kind() == PaymentGatewayException.Kind.NOT_FOUND) {
                return gateway.status(order.orderNumber().value());
            }
            throw e;
        }
    }
}
