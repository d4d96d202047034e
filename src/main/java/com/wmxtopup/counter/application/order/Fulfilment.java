package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.ConsoleRun;
import com.wmxtopup.counter.application.port.Durability;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Sends paid orders to the supplier exactly once, follows them to success or failure, and
/// reconciles orders whose outcome is unknown (docs/architecture.md, "exactly once"; ADR 0007
/// and 0009).
///
/// - A PAID order is claimed with a compare-and-set to SUPPLIER_REQUESTING on behalf of this
///   console run, committed and forced to the disk before the supplier call; whoever loses the
///   claim (another thread or console) skips the order.
/// - The supplier's answer decides the next status: trxid → PROCESSING; definite rejection →
///   FAILED with the supplier's reason; a refusal that proves nothing was placed → PAID again,
///   not before a backoff. Anything that may have reached the supplier stays SUPPLIER_REQUESTING,
///   released by this run and due for a look-up in the supplier's list about 10 s later. Never
///   an automatic re-order on an unknown outcome, and never FAILED unless the supplier said so.
/// - Reconciliation looks such an order up — and any claim whose console run died (a crash, a
///   power cut), at once — in the supplier's recent transactions: found → PROCESSING with its
///   trxid; provably absent (the list is complete and the claim is older than a safe window) →
///   PAID again; not found yet → looked up again with backoff; still unclear after a while, or
///   several candidates → NEEDS_CHECK with the reason, for an admin.
public final class Fulfilment {

    /// How one dispatch ended.
    public enum Dispatch {
        /// Another worker claimed the order first, or it is no longer PAID.
        SKIPPED,
        ACCEPTED,
        REJECTED,
        RETRY_LATER,
        /// The request may have reached the supplier: the order is looked up, never re-sent blindly.
        OUTCOME_UNKNOWN
    }

    /// Tuning of the engine.
    ///
    /// @param firstRetryDelay   backoff after the first temporary refusal; doubles each attempt
    /// @param maxRetryDelay     backoff never grows beyond this
    /// @param staleClaimAfter   a claim older than this is looked up even when its console run
    ///                          still looks alive (longer than any supplier call may take)
    /// @param absenceWindow     a claim must be at least this old before "not in the supplier's
    ///                          list" counts as proof that the order was never placed
    /// @param recentLimit       how many recent supplier transactions reconciliation reads
    /// @param firstLookupAfter  how soon after an unknown outcome the first look-up happens
    /// @param unclearAfter      an order still unresolved this long after its claim goes to
    ///                          NEEDS_CHECK for an admin
    public record Settings(Duration firstRetryDelay, Duration maxRetryDelay, Duration staleClaimAfter, Duration absenceWindow,
                           int recentLimit, Duration firstLookupAfter, Duration unclearAfter) {

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofMinutes(2), 100,
                    Duration.ofSeconds(10), Duration.ofMinutes(10));
        }

        public Settings withAbsenceWindow(Duration window) {
            return new Settings(firstRetryDelay, maxRetryDelay, staleClaimAfter, window, recentLimit, firstLookupAfter, unclearAfter);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Fulfilment.class);
    private static final int BATCH = 50;
    private static final Duration MAX_LOOKUP_INTERVAL = Duration.ofMinutes(1);
    /// A claimed order reaches the supplier within one call (31 s at most) of its claim, or never.
    private static final Duration PLACED_WITHIN = Duration.ofMinutes(1);
    /// How much further a second read reaches when the newest transactions are not enough.
    private static final int LONGER_LIST_FACTOR = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    private final OrderRepository orders;
    private final TopUpSupplier supplier;
    private final Durability durability;
    private final ConsoleRun run;
    private final Clock clock;
    private final Settings settings;

    public Fulfilment(OrderRepository orders, TopUpSupplier supplier, Durability durability, ConsoleRun run, Clock clock,
            Settings settings) {
        this.orders = orders;
        this.supplier = supplier;
        this.durability = durability;
        this.run = run;
        this.clock = clock;
        this.settings = settings;
    }

    /// Sends every PAID order that is due. Returns how many reached the supplier.
    public int dispatchDue() {
        int sent = 0;
        for (Order order : due()) {
            Dispatch result = dispatch(order);
            if (result != Dispatch.SKIPPED) {
                sent++;
            }
        }
        return sent;
    }

    /// The PAID orders that may be sent now (not waiting out a backoff), oldest first.
    public List<Order> due() {
        Instant now = clock.instant();
        return orders.findByStatus(OrderStatus.PAID, BATCH).stream()
                .filter(order -> order.nextAttemptAt() == null || !order.nextAttemptAt().isAfter(now))
                .toList();
    }

    /// Claims one PAID order and sends it to the supplier.
    public Dispatch dispatch(Order order) {
        Instant claimedAt = clock.instant();
        var claim = StatusChange.of(order.id(), OrderStatus.PAID, order.version(), OrderStatus.SUPPLIER_REQUESTING, Actor.SYNC_WORKER,
                "sending to the supplier (attempt " + (order.supplierAttempts() + 1) + ")", claimedAt).asClaimBy(run.id());
        if (!orders.compareAndSetStatus(claim)) {
            return Dispatch.SKIPPED;
        }
        long version = order.version() + 1;
        try {
            // Durable before effect: after a power cut the claim must still be there, or the order
            // would come back PAID and be bought a second time.
            durability.forceToDisk();
        } catch (RuntimeException e) {
            log.error("Order {} not sent: its claim could not be written to the disk", order.orderNumber(), e);
            move(order, version, OrderStatus.PAID, "not sent: the database could not write to the disk", claimedAt,
                    c -> c.withNextAttemptAt(claimedAt.plus(settings.firstRetryDelay())));
            return Dispatch.RETRY_LATER;
        }
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
                Instant lookup = answeredAt.plus(settings.firstLookupAfter());
                move(order, version, OrderStatus.SUPPLIER_REQUESTING, "outcome unknown, not re-sent (" + unknown.cause()
                        + "); looked up at the supplier from " + TIME.format(lookup), answeredAt, c -> c.withNextAttemptAt(lookup));
                yield Dispatch.OUTCOME_UNKNOWN;
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

    /// Moves an order this run holds (SUPPLIER_REQUESTING at `version`); the change releases it.
    private void move(Order order, long version, OrderStatus next, String reason, Instant at, UnaryOperator<StatusChange> extras) {
        var change = extras
                .apply(StatusChange.of(order.id(), OrderStatus.SUPPLIER_REQUESTING, version, next, Actor.SYNC_WORKER, reason, at));
        if (!orders.compareAndSetStatus(change)) {
            // We hold the claim; nobody else may move a SUPPLIER_REQUESTING order of a live run. If
            // this happens the order stays as it is and reconciliation will find it.
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
                log.warn("Status of order {} ({}) not available: {} {}", order.orderNumber(), order.supplierTrxId(), e.kind(),
                        e.getMessage());
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

    /// Resolves NEEDS_CHECK orders, unknown outcomes that are due for a look-up, and claims of
    /// console runs that died (part of every sync pass).
    public int reconcile() {
        return reconcile(true);
    }

    /// Only unknown outcomes and dead runs' claims that are due: the short job that makes the
    /// first look-up happen about [Settings#firstLookupAfter] after the outcome became unknown,
    /// whatever the sync interval.
    public int reconcileInFlight() {
        return reconcile(false);
    }

    private int reconcile(boolean withNeedsCheck) {
        Instant now = clock.instant();
        List<Order> candidates = new ArrayList<>(withNeedsCheck ? orders.findByStatus(OrderStatus.NEEDS_CHECK, BATCH) : List.of());
        ConsoleRun.Liveness liveness = null;
        for (Order requesting : orders.findByStatus(OrderStatus.SUPPLIER_REQUESTING, BATCH)) {
            if (requesting.nextAttemptAt() != null && requesting.nextAttemptAt().isAfter(now)) {
                continue;
            }
            if (liveness == null) {
                liveness = run.liveness();
            }
            if (!liveness.isAlive(requesting.claimedBy()) || isStale(requesting, now)) {
                candidates.add(requesting);
            }
        }
        if (candidates.isEmpty()) {
            return 0;
        }
        RecentList list;
        try {
            list = readRecent(candidates);
        } catch (SupplierException e) {
            log.warn("Reconciliation postponed: recent transactions not available ({})", e.kind());
            return giveUpOnLongUnclear(candidates, now, "the supplier's transaction list could not be read (" + e.kind() + ")");
        }
        List<SupplierTransaction> recent = list.transactions();
        Instant reachesBackTo = list.reachesBackTo();
        int resolved = 0;
        for (Order order : candidates) {
            // Absence proves something only if the list reaches back before the order's claim: a
            // whole (short) list, or one that still holds an order of ours claimed well before it
            // (the list is the newest transactions, so everything placed after that one is in it).
            if (reconcileOne(order, recent, covers(reachesBackTo, order), now)) {
                resolved++;
            }
        }
        return resolved;
    }

    /// The supplier's newest transactions and how far back they prove absence ([Instant#MIN]: the
    /// whole account history; [Instant#MAX]: nothing).
    private record RecentList(List<SupplierTransaction> transactions, Instant reachesBackTo) {
    }

    private RecentList readRecent(List<Order> candidates) throws SupplierException {
        List<SupplierTransaction> recent;
        try {
            recent = supplier.recentTransactions(settings.recentLimit());
        } catch (SupplierException e) {
            if (e.kind() != SupplierException.Kind.NOT_FOUND) {
                throw e;
            }
            return new RecentList(List.of(), Instant.MIN); // the account has no transactions at all
        }
        int limit = settings.recentLimit();
        Instant reachesBackTo = recent.size() < limit ? Instant.MIN : oldestOwnClaimIn(recent);
        Instant firstReach = reachesBackTo;
        if (!firstReach.equals(Instant.MIN) && candidates.stream().anyMatch(order -> !covers(firstReach, order))) {
            // A busy account: the newest transactions do not reach back far enough; read further once.
            try {
                limit = settings.recentLimit() * LONGER_LIST_FACTOR;
                recent = supplier.recentTransactions(limit);
                reachesBackTo = recent.size() < limit ? Instant.MIN : oldestOwnClaimIn(recent);
            } catch (SupplierException e) {
                log.warn("Reconciliation: the longer list of recent transactions is not available ({})", e.kind());
            }
        }
        return new RecentList(recent, reachesBackTo);
    }

    /// What the supplier says about one order, asked now (an admin's recheck). Changes nothing.
    public SupplierLookup lookUp(Order order) {
        try {
            if (!order.supplierTrxId().isEmpty()) {
                return new SupplierLookup.Found(supplier.transaction(order.supplierTrxId()));
            }
            if (order.supplierRequestedAt() == null) {
                return new SupplierLookup.NeverSent();
            }
            RecentList list = readRecent(List.of(order));
            List<SupplierTransaction> matches = matching(order, list.transactions());
            if (matches.size() == 1) {
                return new SupplierLookup.Found(matches.getFirst());
            }
            if (matches.size() > 1) {
                return new SupplierLookup.Ambiguous(matches);
            }
            boolean complete = covers(list.reachesBackTo(), order);
            if (complete && order.supplierRequestedAt().plus(settings.absenceWindow()).isBefore(clock.instant())) {
                return new SupplierLookup.Absent(list.transactions().size());
            }
            return new SupplierLookup.Unclear(complete
                    ? "the request is younger than the absence window; the supplier may still list it"
                    : "the supplier's last " + list.transactions().size() + " transactions do not reach back to this order");
        } catch (SupplierException e) {
            return new SupplierLookup.Unclear("the supplier did not answer (" + e.kind() + "): " + e.getMessage());
        }
    }

    private List<SupplierTransaction> matching(Order order, List<SupplierTransaction> recent) {
        String service = order.game() + " - " + order.productName();
        return recent.stream()
                .filter(t -> t.serviceName().equalsIgnoreCase(service))
                .filter(t -> t.target().userId().equals(order.target().userId()) && t.target().zoneId().equals(order.target().zoneId()))
                .filter(t -> orders.findBySupplierTrxId(t.trxId()).isEmpty())
                .toList();
    }

    /// Whether a list reaching back to `reachesBackTo` holds whatever `order`'s request placed.
    private static boolean covers(Instant reachesBackTo, Order order) {
        return order.supplierRequestedAt() != null && (reachesBackTo.equals(Instant.MIN)
                || !reachesBackTo.equals(Instant.MAX) && reachesBackTo.plus(PLACED_WITHIN).isBefore(order.supplierRequestedAt()));
    }

    /// The earliest claim of our own orders that appear in the supplier's list; [Instant#MAX] when
    /// none does (then the list proves nothing about absence).
    private Instant oldestOwnClaimIn(List<SupplierTransaction> recent) {
        Instant oldest = Instant.MAX;
        for (SupplierTransaction transaction : recent) {
            Optional<Order> ours = orders.findBySupplierTrxId(transaction.trxId());
            if (ours.isPresent() && ours.get().supplierRequestedAt() != null && ours.get().supplierRequestedAt().isBefore(oldest)) {
                oldest = ours.get().supplierRequestedAt();
            }
        }
        return oldest;
    }

    private boolean isStale(Order order, Instant now) {
        return order.supplierRequestedAt() != null && order.supplierRequestedAt().plus(settings.staleClaimAfter()).isBefore(now);
    }

    private boolean reconcileOne(Order order, List<SupplierTransaction> recent, boolean listIsComplete, Instant now) {
        List<SupplierTransaction> matches = matching(order, recent);
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
            return order.status() == OrderStatus.SUPPLIER_REQUESTING && needsCheck(order, now, matches.size()
                    + " transactions at the supplier fit this order (same item and player); an admin decides which, if any, is it");
        }
        boolean oldEnough = order.supplierRequestedAt() != null && order.supplierRequestedAt().plus(settings.absenceWindow()).isBefore(now);
        if (listIsComplete && oldEnough) {
            boolean moved = orders.compareAndSetStatus(StatusChange.of(order.id(), order.status(), order.version(), OrderStatus.PAID,
                    Actor.SYNC_WORKER, "not at the supplier (complete list of " + recent.size() + " transactions); will be sent again",
                    now));
            if (moved) {
                log.warn("Order {} was never placed at the supplier; back to PAID", order.orderNumber());
            }
            return moved;
        }
        if (order.status() != OrderStatus.SUPPLIER_REQUESTING) {
            return false;
        }
        if (isUnclearTooLong(order, now)) {
            return needsCheck(order, now, listIsComplete
                    ? "not found at the supplier, and no proof that it was never placed"
                    : "not found among the supplier's last " + recent.size() + " transactions, which may not reach back far enough");
        }
        Instant next = nextLookup(order, now);
        orders.compareAndSetStatus(StatusChange.stay(order.id(), OrderStatus.SUPPLIER_REQUESTING, order.version(), Actor.SYNC_WORKER,
                "not in the supplier's list yet (" + recent.size() + " transactions read); looked up again from " + TIME.format(next), now)
                .withNextAttemptAt(next));
        return false;
    }

    /// Backoff between look-ups: often at first (the customer may be waiting), then less, and
    /// exactly when the absence window ends, so that a never-placed order is sent again promptly.
    private Instant nextLookup(Order order, Instant now) {
        Duration age = order.supplierRequestedAt() == null ? Duration.ZERO : Duration.between(order.supplierRequestedAt(), now);
        Duration wait = age.dividedBy(4);
        if (wait.compareTo(settings.firstLookupAfter()) < 0) {
            wait = settings.firstLookupAfter();
        }
        if (wait.compareTo(MAX_LOOKUP_INTERVAL) > 0) {
            wait = MAX_LOOKUP_INTERVAL;
        }
        Instant next = now.plus(wait);
        if (order.supplierRequestedAt() != null) {
            Instant windowEnds = order.supplierRequestedAt().plus(settings.absenceWindow()).plusSeconds(1);
            if (windowEnds.isAfter(now) && windowEnds.isBefore(next)) {
                next = windowEnds;
            }
        }
        return next;
    }

    private boolean isUnclearTooLong(Order order, Instant now) {
        return order.supplierRequestedAt() == null || order.supplierRequestedAt().plus(settings.unclearAfter()).isBefore(now);
    }

    private int giveUpOnLongUnclear(List<Order> candidates, Instant now, String why) {
        int moved = 0;
        for (Order order : candidates) {
            if (order.status() == OrderStatus.SUPPLIER_REQUESTING && isUnclearTooLong(order, now) && needsCheck(order, now, why)) {
                moved++;
            }
        }
        return moved;
    }

    private boolean needsCheck(Order order, Instant now, String why) {
        boolean moved = orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.SUPPLIER_REQUESTING, order.version(),
                OrderStatus.NEEDS_CHECK, Actor.SYNC_WORKER, "outcome still unclear: " + why, now));
        if (moved) {
            log.warn("Order {} needs an admin's check: {}", order.orderNumber(), why);
        }
        return moved;
    }
}
