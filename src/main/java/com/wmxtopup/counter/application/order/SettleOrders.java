package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.PaymentGateway;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.application.port.SupplierTransaction;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.shift.CashDrawer;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// An admin settles orders that the engine could not finish on its own: recheck, retry, mark
/// delivered, refund. Every action names the person and a reason, both written to the order's
/// history, and changes the order only by compare-and-set on its status and version, so two
/// consoles pressing at once cannot both win. Every method calls out (Midtrans, VIP Reseller) or
/// reads the database: never on the FX thread.
///
/// The rule that matters most: a retry never sends a second supplier order while the supplier may
/// hold the first. A FAILED order's request ended in a definite rejection or error; a NEEDS_CHECK
/// order is retried only after a look-up made now proves the supplier holds nothing like it.
public final class SettleOrders {

    /// Statuses a recheck can tell something about (the others are settled for good).
    private static final Set<OrderStatus> RECHECKABLE = EnumSet.of(OrderStatus.PENDING, OrderStatus.WAITING_PAYMENT,
            OrderStatus.EXPIRED, OrderStatus.CANCELLED, OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING,
            OrderStatus.NEEDS_CHECK, OrderStatus.FAILED);

    /// Why an action was not taken, for one clear sentence on the screen or in the API answer.
    public enum Refusal {
        /// No such order.
        NOT_FOUND,
        /// The action does not apply to the order's status.
        NOT_IN_THIS_STATUS,
        /// A reason is required and was empty.
        REASON_REQUIRED,
        /// Mark delivered needs the supplier's trxid or the serial number.
        REFERENCE_REQUIRED,
        /// The supplier holds the order (found by the look-up): no retry, recheck instead.
        SUPPLIER_HOLDS_IT,
        /// No proof that the supplier holds nothing: a retry could buy it twice.
        SUPPLIER_MAY_HOLD_IT,
        /// Someone or something changed the order meanwhile (another console, the sync worker).
        CHANGED_MEANWHILE,
        /// A cash refund comes out of a drawer: no shift is open on this console.
        NO_OPEN_SHIFT
    }

    /// What an action did.
    public sealed interface Outcome {
        record Done(Order order) implements Outcome {
        }

        record Refused(Refusal refusal, String detail) implements Outcome {
        }
    }

    /// What a recheck found: the payment gateway's and the supplier's answers side by side, and the
    /// order after whatever was unambiguous was applied.
    public record Recheck(Order order, Optional<PaymentStatus> payment, String paymentProblem, SupplierLookup supplier,
                          boolean changed) {
    }

    private static final Logger log = LoggerFactory.getLogger(SettleOrders.class);

    private final OrderRepository orders;
    private final PaymentGateway gateway;
    private final PaymentUpdates payments;
    private final Fulfilment fulfilment;
    private final Runnable dispatchSoon;
    private final CashDrawer drawer;
    private final Audit audit;
    private final Clock clock;

    public SettleOrders(OrderRepository orders, PaymentGateway gateway, PaymentUpdates payments, Fulfilment fulfilment,
            Runnable dispatchSoon, CashDrawer drawer, Audit audit, Clock clock) {
        this.drawer = drawer;
        this.audit = audit;
        this.orders = orders;
        this.gateway = gateway;
        this.payments = payments;
        this.fulfilment = fulfilment;
        this.dispatchSoon = dispatchSoon;
        this.clock = clock;
    }

    /// Asks Midtrans and VIP Reseller about the order now and applies only what is unambiguous:
    /// a payment Midtrans confirms, the supplier's final answer for a PROCESSING order, or the one
    /// supplier transaction that fits an unclear order (→ PROCESSING with its trxid).
    public Optional<Recheck> recheck(long orderId, Operator acting) {
        acting.require(Permission.SETTLE_ORDERS);
        Optional<Order> found = orders.findById(orderId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Order order = found.get();
        Optional<PaymentStatus> payment = Optional.empty();
        String paymentProblem = "";
        boolean changed = false;
        if (order.paymentMethod() == PaymentMethod.QRIS) {
            try {
                payment = Optional.of(gateway.status(order.orderNumber().value()));
                if (isBeforePaid(order.status())) {
                    changed = payments.apply(order, payment.get(), acting.actor()) != PaymentUpdates.Effect.NO_CHANGE;
                }
            } catch (PaymentGatewayException e) {
                paymentProblem = e.kind() + ": " + e.getMessage();
            }
        }
        order = orders.findById(orderId).orElse(order);
        SupplierLookup supplier = RECHECKABLE.contains(order.status()) && !isBeforePaid(order.status())
                ? fulfilment.lookUp(order)
                : new SupplierLookup.NeverSent();
        if (supplier instanceof SupplierLookup.Found(SupplierTransaction trx)) {
            changed |= applyFound(order, trx, acting);
        }
        audit.record(acting, AuditAction.ORDER_RECHECKED, order.orderNumber().value(), changed ? "changed" : "no change");
        return Optional.of(new Recheck(orders.findById(orderId).orElse(order), payment, paymentProblem, supplier, changed));
    }

    /// Sends the order to the supplier again: FAILED orders (the supplier rejected or failed the
    /// first request), and NEEDS_CHECK orders the supplier provably does not hold.
    public Outcome retry(long orderId, String reason, Operator acting) {
        acting.require(Permission.SETTLE_ORDERS);
        if (reason == null || reason.isBlank()) {
            return refused(Refusal.REASON_REQUIRED, "");
        }
        Optional<Order> found = orders.findById(orderId);
        if (found.isEmpty()) {
            return refused(Refusal.NOT_FOUND, "");
        }
        Order order = found.get();
        if (order.status() == OrderStatus.NEEDS_CHECK) {
            SupplierLookup lookup = fulfilment.lookUp(order);
            switch (lookup) {
                case SupplierLookup.Found f -> {
                    return refused(Refusal.SUPPLIER_HOLDS_IT, f.transaction().trxId());
                }
                case SupplierLookup.Ambiguous a -> {
                    return refused(Refusal.SUPPLIER_MAY_HOLD_IT, a.candidates().size() + " transactions fit");
                }
                case SupplierLookup.Unclear u -> {
                    return refused(Refusal.SUPPLIER_MAY_HOLD_IT, u.why());
                }
                case SupplierLookup.Absent a -> {
                    // proven: nothing was placed
                }
                case SupplierLookup.NeverSent n -> {
                    // nothing to double
                }
            }
        } else if (order.status() != OrderStatus.FAILED) {
            return refused(Refusal.NOT_IN_THIS_STATUS, order.status().name());
        }
        boolean moved = orders.compareAndSetStatus(StatusChange.of(order.id(), order.status(), order.version(), OrderStatus.PAID,
                acting.actor(), "retry by " + acting.describe() + ": " + reason.strip(), clock.instant()));
        if (!moved) {
            return refused(Refusal.CHANGED_MEANWHILE, "");
        }
        dispatchSoon.run();
        audit.record(acting, AuditAction.ORDER_RETRIED, order.orderNumber().value(), reason.strip());
        return done(orderId);
    }

    /// Records that the customer got the top-up (confirmed by other means, e.g. in the supplier's
    /// dashboard): NEEDS_CHECK → SUCCESS with the supplier's trxid or the serial number.
    public Outcome markDelivered(long orderId, String reference, String reason, Operator acting) {
        acting.require(Permission.SETTLE_ORDERS);
        if (reference == null || reference.isBlank()) {
            return refused(Refusal.REFERENCE_REQUIRED, "");
        }
        if (reason == null || reason.isBlank()) {
            return refused(Refusal.REASON_REQUIRED, "");
        }
        Optional<Order> found = orders.findById(orderId);
        if (found.isEmpty()) {
            return refused(Refusal.NOT_FOUND, "");
        }
        Order order = found.get();
        if (order.status() != OrderStatus.NEEDS_CHECK) {
            return refused(Refusal.NOT_IN_THIS_STATUS, order.status().name());
        }
        String ref = reference.strip();
        var change = StatusChange.of(order.id(), order.status(), order.version(), OrderStatus.SUCCESS, acting.actor(),
                "marked delivered by " + acting.describe() + " (" + ref + "): " + reason.strip(), clock.instant()).withNote(ref);
        if (order.supplierTrxId().isEmpty() && orders.findBySupplierTrxId(ref).isEmpty()) {
            change = change.withSupplierTrxId(ref);
        }
        if (!orders.compareAndSetStatus(change)) {
            return refused(Refusal.CHANGED_MEANWHILE, "");
        }
        audit.record(acting, AuditAction.ORDER_MARKED_DELIVERED, order.orderNumber().value(), ref + ": " + reason.strip());
        return done(orderId);
    }

    /// Gives the money back for an order that failed or will not be delivered (FAILED, NEEDS_CHECK).
    /// REFUNDED is final: no top-up can follow it. Cash is handed back at the till; a QRIS payment
    /// is refunded by the owner in the Midtrans dashboard or by transfer, and the history says so.
    public Outcome refund(long orderId, String reason, Operator acting) {
        acting.require(Permission.SETTLE_ORDERS);
        if (reason == null || reason.isBlank()) {
            return refused(Refusal.REASON_REQUIRED, "");
        }
        Optional<Order> found = orders.findById(orderId);
        if (found.isEmpty()) {
            return refused(Refusal.NOT_FOUND, "");
        }
        Order order = found.get();
        if (order.status() != OrderStatus.FAILED && order.status() != OrderStatus.NEEDS_CHECK) {
            return refused(Refusal.NOT_IN_THIS_STATUS, order.status().name());
        }
        if (order.status() == OrderStatus.NEEDS_CHECK
                && fulfilment.lookUp(order) instanceof SupplierLookup.Found(SupplierTransaction trx)
                && trx.state() != SupplierTransaction.State.ERROR) {
            // The supplier is delivering it (or did): the customer would get both.
            return refused(Refusal.SUPPLIER_HOLDS_IT, trx.trxId());
        }
        if (order.paymentMethod() == PaymentMethod.CASH) {
            if (drawer.openShiftId().isEmpty()) {
                // The cash comes out of a drawer: the shift open on this console records it.
                return refused(Refusal.NO_OPEN_SHIFT, "");
            }
            boolean moved = orders.compareAndSetStatus(StatusChange.of(order.id(), order.status(), order.version(), OrderStatus.REFUNDED,
                    acting.actor(), "cash refund " + order.amount().rupiah() + " handed back — by " + acting.describe() + ": "
                            + reason.strip(),
                    clock.instant()));
            if (!moved) {
                return refused(Refusal.CHANGED_MEANWHILE, "");
            }
            if (!drawer.handBack(acting, order.orderNumber().value(), order.amount(), reason.strip())) {
                // Closed between the check and now (a forced close): the refund stands, the drawer did not record it.
                log.warn("Cash refund of order {} not recorded in a shift: none is open on this console", order.orderNumber());
            }
            audit.record(acting, AuditAction.ORDER_REFUNDED, order.orderNumber().value(), "cash: " + reason.strip());
            return done(orderId);
        }
        // QRIS: the order is closed first (durable before the effect: no top-up can follow a refund,
        // and a refund is never sent for an order that moved on meanwhile), then Midtrans refunds.
        boolean closed = orders.compareAndSetStatus(StatusChange.of(order.id(), order.status(), order.version(), OrderStatus.REFUNDED,
                acting.actor(), "QRIS refund of " + order.amount().rupiah() + " requested at Midtrans — by " + acting.describe() + ": "
                        + reason.strip(),
                clock.instant()));
        if (!closed) {
            return refused(Refusal.CHANGED_MEANWHILE, "");
        }
        Order refunded = orders.findById(orderId).orElseThrow();
        String outcome = midtransRefund(order, reason.strip());
        orders.compareAndSetStatus(StatusChange.stay(order.id(), OrderStatus.REFUNDED, refunded.version(), acting.actor(), outcome,
                clock.instant()));
        audit.record(acting, AuditAction.ORDER_REFUNDED, order.orderNumber().value(), "QRIS: " + reason.strip() + " — " + outcome);
        return done(orderId);
    }

    /// Asks Midtrans to refund; says in one sentence for the history what happened and what is
    /// left to do by hand. The refund key makes asking again (after a crash, a lost answer) safe.
    private String midtransRefund(Order order, String reason) {
        String number = order.orderNumber().value();
        try {
            PaymentStatus status = gateway.refund(number, order.amount(), number + "-refund", reason);
            return "refunded at Midtrans (" + status.transactionStatus() + "); the customer gets the money back in their app";
        } catch (PaymentGatewayException e) {
            return switch (e.kind()) {
                case DUPLICATE_ORDER_ID -> "Midtrans had already refunded it (same refund key)";
                case UNKNOWN_OUTCOME, SERVER_ERROR, RATE_LIMITED, MALFORMED_RESPONSE, UNREACHABLE ->
                    "Midtrans did not answer the refund (" + e.kind() + "): check the Midtrans dashboard; refund key " + number
                            + "-refund";
                default -> "Midtrans did not refund it (" + e.kind() + ": " + e.getMessage()
                        + "): pay the customer back by transfer or in the Midtrans dashboard";
            };
        }
    }

    private boolean applyFound(Order order, SupplierTransaction trx, Operator acting) {
        return switch (order.status()) {
            case PROCESSING -> fulfilment.applyTransaction(order, trx);
            case SUPPLIER_REQUESTING, NEEDS_CHECK -> order.supplierTrxId().isEmpty()
                    && orders.compareAndSetStatus(StatusChange.of(order.id(), order.status(), order.version(), OrderStatus.PROCESSING,
                            acting.actor(), "recheck by " + acting.describe() + ": found at the supplier as " + trx.trxId(),
                            clock.instant()).withSupplierTrxId(trx.trxId()));
            default -> false;
        };
    }

    private static boolean isBeforePaid(OrderStatus status) {
        return status == OrderStatus.PENDING || status == OrderStatus.WAITING_PAYMENT || status == OrderStatus.EXPIRED
                || status == OrderStatus.CANCELLED;
    }

    private Outcome done(long orderId) {
        return new Outcome.Done(orders.findById(orderId).orElseThrow());
    }

    private static Outcome refused(Refusal refusal, String detail) {
        return new Outcome.Refused(refusal, detail);
    }
}
