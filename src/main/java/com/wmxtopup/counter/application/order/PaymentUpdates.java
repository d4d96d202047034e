package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Applies what the payment gateway says about an order — from a verified notification or a
/// status poll — through the state machine. An order never moves backwards: a `pending` after
/// `settlement` changes nothing; a paid order is never expired or cancelled; the amount must
/// match before an order counts as paid.
public final class PaymentUpdates {

    /// What an update did.
    public enum Effect {
        BECAME_PAID,
        CLOSED_UNPAID,
        NO_CHANGE,
        AMOUNT_MISMATCH
    }

    private static final Logger log = LoggerFactory.getLogger(PaymentUpdates.class);

    private final OrderRepository orders;
    private final Clock clock;

    public PaymentUpdates(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    private Effect markPaid(Order order, PaymentStatus status, Actor actor, String remark) {
        if (!status.grossAmount().equals(order.amount())) {
            log.error("Order {}: gateway reports {} paid but the order is for {}; not marked paid", order.orderNumber(),
                    status.grossAmount().rupiah(), order.amount().rupiah());
            return Effect.AMOUNT_MISMATCH;
        }
        boolean moved = orders.compareAndSetStatus(StatusChange.of(order.id(), order.status(), order.version(), OrderStatus.PAID,
                actor, "QRIS " + status.transactionStatus() + " (" + status.transactionId() + ")" + remark, clock.instant())
                .withPaymentTransactionId(status.transactionId()));
        return moved ? Effect.BECAME_PAID : Effect.NO_CHANGE;
    }

    /// A QR that expired or was cancelled: closed without payment, yet a verified settlement that
    /// arrives late still pays it (EXPIRED/CANCELLED → PAID), so such an order is still followed and
    /// a new QR for it waits for a fresh read.
    public static boolean isClosedUnpaid(OrderStatus status) {
        return status == OrderStatus.EXPIRED || status == OrderStatus.CANCELLED;
    }

    public Effect apply(Order order, PaymentStatus status, Actor actor) {
        if (isClosedUnpaid(order.status()) && status.state() == PaymentStatus.State.PAID && order.paymentMethod() == PaymentMethod.QRIS) {
            // Paid at the last second, after we closed it: the money is real, so is the order.
            return markPaid(order, status, actor, " after the order was closed");
        }
        if (order.status() != OrderStatus.WAITING_PAYMENT && order.status() != OrderStatus.PENDING) {
            return Effect.NO_CHANGE; // already paid, closed or further along: never backwards
        }
        return switch (status.state()) {
            case PAID -> markPaid(order, status, actor, "");
            case FAILED -> {
                OrderStatus closed = "expire".equals(status.transactionStatus()) ? OrderStatus.EXPIRED : OrderStatus.CANCELLED;
                if (order.status() == OrderStatus.PENDING && closed == OrderStatus.EXPIRED) {
                    closed = OrderStatus.CANCELLED; // PENDING has no EXPIRED edge
                }
                boolean moved = orders.compareAndSetStatus(StatusChange.of(order.id(), order.status(), order.version(), closed, actor,
                        "QRIS " + status.transactionStatus(), clock.instant()));
                yield moved ? Effect.CLOSED_UNPAID : Effect.NO_CHANGE;
            }
            case PENDING, CHALLENGED, REFUNDED -> Effect.NO_CHANGE;
        };
    }
}
