package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.PaymentGateway;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The order a customer is looking at, followed faster than the sync pass follows the others:
/// its QR's payment about every 2 s (behind NAT no webhook comes, and the pass may be 15 s away),
/// then the supplier's progress about every 3 s for its first minute, less often after that.
///
/// One [#check] is one look, with at most one request to the gateway or the supplier; the screen
/// that shows the order calls it again after [Look#againAfter], never while a look is running, so
/// there is one request in flight per order shown. What the answers change goes through the same
/// paths as the pass's — [PaymentUpdates] (compare-and-set, never backwards, amount checked) and
/// [Fulfilment#applyTransaction] — and a paid order is sent by the fulfilment worker, not here.
/// A failed look is not an answer: nothing changes, and the next look waits longer.
public final class FollowShownOrder {

    /// How often to look.
    ///
    /// @param payment       between two looks at a QR's payment
    /// @param progress      between two looks at a PROCESSING order in its first `fastFor`
    /// @param fastFor       how long after its supplier request an order is looked at every `progress`
    /// @param slowest       the longest wait: after failures, or for an order long at the supplier
    /// @param rateLimited   the least wait after a "too many requests"
    public record Settings(Duration payment, Duration progress, Duration fastFor, Duration slowest, Duration rateLimited) {

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMinutes(1), Duration.ofSeconds(60),
                    Duration.ofSeconds(10));
        }
    }

    /// What one look found: the order's status after it, whether the look failed (no answer), and
    /// when to look again — empty when there is nothing left to follow fast.
    public record Look(OrderStatus status, boolean failed, Optional<Duration> againAfter) {
    }

    private static final Logger log = LoggerFactory.getLogger(FollowShownOrder.class);

    private final OrderRepository orders;
    private final PaymentGateway gateway;
    private final PaymentUpdates updates;
    private final TopUpSupplier supplier;
    private final Fulfilment fulfilment;
    private final Clock clock;
    private final Settings settings;

    public FollowShownOrder(OrderRepository orders, PaymentGateway gateway, PaymentUpdates updates, TopUpSupplier supplier,
            Fulfilment fulfilment, Clock clock, Settings settings) {
        this.orders = orders;
        this.gateway = gateway;
        this.updates = updates;
        this.supplier = supplier;
        this.fulfilment = fulfilment;
        this.clock = clock;
        this.settings = settings;
    }

    /// Whether an order in this status is followed while shown: its QR waits, or it is on its way
    /// to or at the supplier.
    public static boolean follows(OrderStatus status) {
        return switch (status) {
            case WAITING_PAYMENT, PAID, SUPPLIER_REQUESTING, PROCESSING -> true;
            default -> false;
        };
    }

    /// One look at the order; `failuresSoFar` is how many looks in a row failed before this one.
    public Look check(long orderId, int failuresSoFar) {
        Optional<Order> found = orders.findById(orderId);
        if (found.isEmpty()) {
            return new Look(OrderStatus.FAILED, false, Optional.empty());
        }
        Order order = found.get();
        return switch (order.status()) {
            case WAITING_PAYMENT -> lookAtPayment(order, failuresSoFar);
            case PROCESSING -> lookAtSupplier(order, failuresSoFar);
            // Sent by the fulfilment worker at once; its next status comes as an order event. Read
            // again in a while only to go on to PROCESSING: no request.
            case PAID, SUPPLIER_REQUESTING -> new Look(order.status(), false, Optional.of(settings.progress()));
            default -> new Look(order.status(), false, Optional.empty());
        };
    }

    private Look lookAtPayment(Order order, int failuresSoFar) {
        try {
            var effect = updates.apply(order, gateway.status(order.orderNumber().value()), Actor.SYNC_WORKER);
            OrderStatus now = effect == PaymentUpdates.Effect.NO_CHANGE || effect == PaymentUpdates.Effect.AMOUNT_MISMATCH
                    ? order.status()
                    : orders.findById(order.id()).map(Order::status).orElse(order.status());
            if (effect == PaymentUpdates.Effect.BECAME_PAID) {
                log.info("Order {} paid: seen while its QR was shown", order.orderNumber());
            }
            return new Look(now, false, follows(now) ? Optional.of(settings.payment()) : Optional.empty());
        } catch (PaymentGatewayException e) {
            // Also NOT_FOUND: a QR just made may not be known yet, and expiry is the pass's to decide.
            log.debug("Payment of order {} not seen ({}): {}", order.orderNumber(), e.kind(), e.getMessage());
            Duration wait = backoff(settings.payment(), failuresSoFar + 1);
            if (e.kind() == PaymentGatewayException.Kind.RATE_LIMITED && wait.compareTo(settings.rateLimited()) < 0) {
                wait = settings.rateLimited();
            }
            return new Look(order.status(), true, Optional.of(wait));
        }
    }

    private Look lookAtSupplier(Order order, int failuresSoFar) {
        try {
            boolean changed = fulfilment.applyTransaction(order, supplier.transaction(order.supplierTrxId()));
            OrderStatus now = changed ? orders.findById(order.id()).map(Order::status).orElse(order.status()) : order.status();
            return new Look(now, false, follows(now) ? Optional.of(progressWait(order)) : Optional.empty());
        } catch (SupplierException e) {
            // A timeout is not a failure of the order: look again later.
            log.debug("Supplier status of order {} not seen ({}): {}", order.orderNumber(), e.kind(), e.getMessage());
            Duration wait = backoff(progressWait(order), failuresSoFar + 1);
            if (e.kind() == SupplierException.Kind.RATE_LIMITED && wait.compareTo(settings.rateLimited()) < 0) {
                wait = settings.rateLimited();
            }
            return new Look(order.status(), true, Optional.of(wait));
        }
    }

    /// Every `progress` in the order's first minute at the supplier; then a quarter of its age, at most `slowest`.
    private Duration progressWait(Order order) {
        Instant requested = order.supplierRequestedAt();
        Duration age = requested == null ? Duration.ZERO : Duration.between(requested, clock.instant());
        if (age.compareTo(settings.fastFor()) < 0) {
            return settings.progress();
        }
        Duration wait = age.dividedBy(4);
        return wait.compareTo(settings.slowest()) > 0 ? settings.slowest() : wait;
    }

    /// Doubles `base` for each failure in a row, never beyond `slowest`.
    private Duration backoff(Duration base, int failures) {
        Duration wait = base.multipliedBy(1L << Math.min(failures, 10));
        return wait.compareTo(settings.slowest()) > 0 ? settings.slowest() : wait;
    }
}
