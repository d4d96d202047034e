package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.ConsoleRun;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.PaymentGateway;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Nothing stays PENDING for ever. A PENDING order is one whose checkout did not finish: the
/// console died between storing the order and storing its QR or its cash payment, or the QRIS
/// charge's outcome was unknown. Once nobody holds it any more (its console run is dead or
/// released it), Midtrans is asked by the order number and the order moved on:
///
/// - paid at Midtrans → PAID (the money is real);
/// - waiting at Midtrans → cancelled there first, then CANCELLED: nobody was shown that QR,
///   because WAITING_PAYMENT is committed before any screen or API answer shows one;
/// - expired, cancelled or denied at Midtrans → CANCELLED; unknown to Midtrans (404) → CANCELLED,
///   the charge never arrived;
/// - a cash sale → PAID: the cashier confirmed the cash before the order was stored.
///
/// A question Midtrans does not answer changes nothing; the next pass asks again.
public final class ChargeRecovery {

    /// A checkout still running after this long is not running any more (a charge takes at most
    /// two gateway calls of 25 s), whatever its run's lease says.
    static final Duration LONGEST_CHECKOUT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ChargeRecovery.class);
    private static final int BATCH = 50;

    private final OrderRepository orders;
    private final PaymentGateway gateway;
    private final PaymentUpdates updates;
    private final ConsoleRun run;
    private final Clock clock;

    public ChargeRecovery(OrderRepository orders, PaymentGateway gateway, PaymentUpdates updates, ConsoleRun run, Clock clock) {
        this.orders = orders;
        this.gateway = gateway;
        this.updates = updates;
        this.run = run;
        this.clock = clock;
    }

    /// Moves on every PENDING order nobody holds; returns how many changed.
    public int recover() {
        Instant now = clock.instant();
        ConsoleRun.Liveness liveness = null;
        int moved = 0;
        for (Order order : orders.findByStatus(OrderStatus.PENDING, BATCH)) {
            if (order.createdAt().plus(LONGEST_CHECKOUT).isAfter(now)) {
                if (liveness == null) {
                    liveness = run.liveness();
                }
                if (liveness.isAlive(order.claimedBy())) {
                    continue; // its checkout is still running
                }
            }
            try {
                if (recover(order, now)) {
                    moved++;
                }
            } catch (PaymentGatewayException e) {
                log.warn("Interrupted checkout of order {} not settled yet: Midtrans did not answer ({}): {}", order.orderNumber(),
                        e.kind(), e.getMessage());
            }
        }
        return moved;
    }

    private boolean recover(Order order, Instant now) throws PaymentGatewayException {
        if (order.paymentMethod() == PaymentMethod.CASH) {
            return move(order, OrderStatus.PAID, "cash " + order.cashReceived().rupiah() + " was confirmed before the console stopped",
                    now);
        }
        String number = order.orderNumber().value();
        PaymentStatus status;
        try {
            status = gateway.status(number);
        } catch (PaymentGatewayException e) {
            if (e.kind() == PaymentGatewayException.Kind.NOT_FOUND) {
                return move(order, OrderStatus.CANCELLED, "checkout interrupted; the QRIS charge never reached Midtrans", now);
            }
            throw e;
        }
        if (status.state() == PaymentStatus.State.PENDING) {
            status = cancelUnshownQr(number);
        }
        PaymentUpdates.Effect effect = updates.apply(order, status, Actor.SYNC_WORKER);
        if (effect != PaymentUpdates.Effect.NO_CHANGE) {
            log.info("Interrupted checkout of order {} settled: {} at Midtrans ({})", order.orderNumber(), status.transactionStatus(),
                    effect);
        }
        return effect == PaymentUpdates.Effect.BECAME_PAID || effect == PaymentUpdates.Effect.CLOSED_UNPAID;
    }

    /// The QR exists at Midtrans but no screen showed it: close it, unless it was paid meanwhile.
    private PaymentStatus cancelUnshownQr(String number) throws PaymentGatewayException {
        try {
            return gateway.cancel(number);
        } catch (PaymentGatewayException e) {
            if (e.kind() != PaymentGatewayException.Kind.STATUS_CANNOT_CHANGE) {
                throw e;
            }
            return gateway.status(number);
        }
    }

    private boolean move(Order order, OrderStatus next, String reason, Instant now) {
        boolean moved = orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PENDING, order.version(), next,
                Actor.SYNC_WORKER, reason, now));
        if (moved) {
            log.info("Interrupted checkout of order {}: {} ({})", order.orderNumber(), next, reason);
        }
        return moved;
    }
}
