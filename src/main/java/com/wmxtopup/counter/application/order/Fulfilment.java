package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome;
import com.wmxtopup.counter.application.port.SupplierTransaction;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Sends paid orders to the supplier exactly once, follows them to success or failure, and
/// reconciles orders whose outcome is unknown (docs/architecture.md, "exactly once").
///
/// - A PAID order is claimed with a compare-and-set to SUPPLIER_REQUESTING, committed before
///   the supplier call; whoever loses the claim (another thread or console) skips the order.
/// - The supplier's answer decides the next status: trxid → PROCESSING; definite rejection →
///   FAILED with the supplier's reason; a refusal that proves nothing was placed → PAID again,
///   not before a backoff; anything that may have reached the supplier → NEEDS_CHECK. Never an
///   automatic re-order on an unknown outcome, and never FAILED unless the supplier said so.
/// - Reconciliation looks an unknown order up in the supplier's recent transactions: found →
///   PROCESSING with its trxid; provably absent (the list is complete and the claim is older
///   than a safe window) → PAID again; otherwise it stays for an admin.
public final class Fulfilment {

    /// How one dispatch ended.
    public enum Dispatch {
        /// Another worker claimed the order first, or it is no longer PAID.
        SKIPPED,
        ACCEPTED,
        REJECTED,
        RETRY_LATER,
        NEEDS_CHECK
    }

    /// Tuning of the engine.
    ///
    /// @param firstRetryDelay   backoff after the first temporary refusal; doubles each attempt
    /// @param maxRetryDelay     backoff never grows beyond this
    /// @param staleClaimAfter   a SUPPLIER_REQUESTING order older than this was abandoned (crash)
    /// @param absenceWindow     a claim must be at least this old before "not in the supplier's
    ///                          list" counts as proof that the order was never placed
    /// @param recentLimit       how many recent supplier transactions reconciliation reads
    public record Settings(Duration firstRetryDelay, Duration maxRetryDelay, Duration staleClaimAfter, Duration absenceWindow,
                           int recentLimit) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofMinutes(3), 100);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Fulfilment.class);
    private static final int BATCH = 50;

    private final OrderRepository orders;
    private final TopUpSupplier supplier;
    private final Clock clock;
    private final Settings settings;

    public Fulfilment(OrderRepository orders, TopUpSupplier supplier, Clock clock, Settings settings) {
        this.orders = orders;
        this.supplier = supplier;
        this.clock = clock;
        this.settings = settings;
    }

    /// Sends every PAID order that is due. Returns how many reached the supplier.
    public int dispatchDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Order order : orders.findByStatus(OrderStatus.PAID, BATCH)) {
            if (order.nextAttemptAt() != null && order.nextAttemptAt().isAfter(now)) {
                continue;
            }
            Dispatch result = dispatch(order);
            if (result != Dispatch.SKIPPED) {
                sent++;
            }
        }
        return sent;
    }

    /// Claims one PAID order and sends it to the supplier.
    public Dispatch dispatch(Order order) {
        Instant claimedAt = clock.instant();
        var claim = StatusChange.of(order.id(), OrderStatus.PAID, order.version(), OrderStatus.SUPPLIER_REQUESTING, Actor.SYNC_WORKER,
                "sending to the supplier (attempt " + (order.supplierAttempts() + 1) + ")", claimedAt).asClaim();
        if (!orders.compareAndSetStatus(claim)) {
            return Dispatch.SKIPPED;
        }
        long version = order.version() + 1;
        SupplierOrderOutcome outcome = supplier.placeOrder(order.sku(), order.target());
        Instant answeredAt = clock.instant();
        return switch (outcome) {
            case SupplierOrderOutcome.Accepted accepted -> {
                move(order, version, OrderStatus.PROCESSING, "supplier accepted as " + accepted.trxId(), answeredAt,
                        c -> c.withSupplierTrxId(accepted.trxId()).withNote(accepted.note()));
                yield Dispatch.ACCEPTED;
            }
            case SupplierOrderOutcome.Rejected rejected -> {
                move(order, version, OrderStatus.FAILED, "supplier rejected (" + rejected.reason() + "): " + rejected.supplierMessage(),
                        answeredAt, c -> c.withNote(rejected.supplierMessage()));
                yield Dispatch.REJECTED;
            }
            case SupplierOrderOutcome.TryLater later -> {
                Instant next = answeredAt.plus(backoff(order.supplierAttempts() + 1, later.after()));
                move(order, version, OrderStatus.PAID, "supplier asked to wait (" + later.reason() + "): " + later.supplierMessage()
                        + "; next try after " + next, answeredAt, c -> c.withNextAttemptAt(next));
                yield Dispatch.RETRY_LATER;
            }
            case SupplierOrderOutcome.Unknown unknown -> {
                move(order, version, OrderStatus.NEEDS_CHECK, "outcome unknown, not re-sent: " + unknown.cause(), answeredAt, c -> c);
                yield Dispatch.NEEDS_CHECK;
            }
        };
    }

    /// Exponential backoff from the first delay, at least what the supplier asked, capped.
    Duration backoff(int attempt, Duration supplierAsked) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration exponential = settings.firstRetryDelay().multipliedBy(factor);
        Duration wanted = exponential.compareTo(supplierAsked) < 0 ? supplierAsked : exponential;
        return wanted.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : wanted;
    }

    private void move(Order order, long version, OrderStatus next, String reason, Instant at,
                      java.util.function.UnaryOperator<StatusChange> extras) {
        var change = extras.apply(StatusChange.of(order.id(), OrderStatus.SUPPLIER_REQUESTING, version, next, Actor.SYNC_WORKER, reason, at));
        if (!orders.compareAndSetStatus(change)) {
            // We hold the claim; nobody else may move a SUPPLIER_REQUESTING order. If this happens the
            // order stays SUPPLIER_REQUESTING and reconciliation will find it.
            log.error("Order {} changed while its supplier request was in flight; left for reconciliation", order.orderNumber());
        } else {
            log.info("Order {}: {} ({})", order.orderNumber(), next, reason);
        }
    }

    /// Asks the supplier about every PROCESSING order and records final answers.
    public int pollProcessing() {
        int finished = 0;
        for (Order order : orders.findByStatus(OrderStatus.PROCESSING, BATCH)) {
            try {
                SupplierTransaction trx = supplier.transaction(order.supplierTrxId());
                if (applyTransaction(order, trx)) {
                    finished++;
                }
            } catch (SupplierException e) {
                // Not an answer about the order: try again next pass (a timeout is not a failure).
                log.warn("Status of order {} ({}) not available: {} {}", order.orderNumber(), order.supplierTrxId(), e.kind(), e.getMessage());
            }
        }
        return finished;
    }

    /// Records a final supplier state for a PROCESSING order; true when the order changed.
    public boolean applyTransaction(Order order, SupplierTransaction trx) {
        if (order.status() != OrderStatus.PROCESSING || !trx.trxId().equals(order.supplierTrxId())) {
            return false;
        }
        return switch (trx.state()) {
            case SUCCESS -> orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PROCESSING, order.version(),
                    OrderStatus.SUCCESS, Actor.SYNC_WORKER, "supplier reports success", clock.instant()).withNote(trx.note()));
            case ERROR -> orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PROCESSING, order.version(),
                    OrderStatus.FAILED, Actor.SYNC_WORKER, "supplier reports error: " + trx.note(), clock.instant()).withNote(trx.note()));
            case WAITING, PROCESSING -> false;
        };
    }

    /// Resolves NEEDS_CHECK orders and abandoned claims against the supplier's recent transactions.
    public int reconcile() {
        Instant now = clock.instant();
        List<Order> candidates = new ArrayList<>(orders.findByStatus(OrderStatus.NEEDS_CHECK, BATCH));
        for (Order claimed : orders.findByStatus(OrderStatus.SUPPLIER_REQUESTING, BATCH)) {
            if (claimed.supplierRequestedAt() != null && claimed.supplierRequestedAt().plus(settings.staleClaimAfter()).isBefore(now)) {
                candidates.add(claimed);
            }
        }
        if (candidates.isEmpty()) {
            return 0;
        }
        List<SupplierTransaction> recent;
        try {
            recent = supplier.recentTransactions(settings.recentLimit());
        } catch (SupplierException e) {
            if (e.kind() != SupplierException.Kind.NOT_FOUND) {
                log.warn("Reconciliation postponed: recent transactions not available ({})", e.kind());
                return 0;
            }
            recent = List.of(); // the account has no transactions at all
        }
        boolean listIsComplete = recent.size() < settings.recentLimit();
        int resolved = 0;
        for (Order order : candidates) {
            if (reconcileOne(order, recent, listIsComplete, now)) {
                resolved++;
            }
        }
        return resolved;
    }

    private boolean reconcileOne(Order order, List<SupplierTransaction> recent, boolean listIsComplete, Instant now) {
        String service = order.game() + " - " + order.productName();
        List<SupplierTransaction> matches = recent.stream()
                .filter(t -> t.serviceName().equalsIgnoreCase(service))
                .filter(t -> t.target().userId().equals(order.target().userId()) && t.target().zoneId().equals(order.target().zoneId()))
                .filter(t -> orders.findBySupplierTrxId(t.trxId()).isEmpty())
                .toList();
        if (matches.size() == 1) {
            SupplierTransaction found = matches.getFirst();
            boolean moved = orders.compareAndSetStatus(StatusChange.of(order.id(), order.status(), order.version(), OrderStatus.PROCESSING,
                    Actor.SYNC_WORKER, "found at the supplier as " + found.trxId() + " during reconciliation", now)
                    .withSupplierTrxId(found.trxId()));
            if (moved) {
                log.info("Order {} reconciled: the supplier has it as {}", order.orderNumber(), found.trxId());
            }
            return moved;
        }
        if (matches.size() > 1) {
            log.warn("Order {} matches {} supplier transactions; left for an admin", order.orderNumber(), matches.size());
            return false;
        }
        boolean oldEnough = order.supplierRequestedAt() != null && order.supplierRequestedAt().plus(settings.absenceWindow()).isBefore(now);
        if (listIsComplete && oldEnough) {
            boolean moved = orders.compareAndSetStatus(StatusChange.of(order.id(), order.status(), order.version(), OrderStatus.PAID,
                    Actor.SYNC_WORKER, "not at the supplier (complete list of " + recent.size() + " transactions); will be sent again", now));
            if (moved) {
                log.warn("Order {} was never placed at the supplier; back to PAID", order.orderNumber());
            }
            return moved;
        }
        if (order.status() == OrderStatus.SUPPLIER_REQUESTING) {
            // An abandoned claim that cannot be resolved yet is shown as needing a check.
            return orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.SUPPLIER_REQUESTING, order.version(),
                    OrderStatus.NEEDS_CHECK, Actor.SYNC_WORKER, "request interrupted (restart?); not found at the supplier yet", now));
        }
        return false;
    }
}
