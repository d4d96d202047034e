package com.wmxtopup.counter.adapter.scheduling;

import com.wmxtopup.counter.application.order.Fulfilment;
import com.wmxtopup.counter.domain.Order;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Sends paid orders to the supplier as soon as they are paid (`wmx-fulfil-scan` finds them,
/// `wmx-fulfil-N` threads send them), instead of
/// at the next turn of the one sync thread, where a paid order waited behind a whole pass (payment
/// polling, supplier status, reconciliation) and its slow calls.
///
/// Exactly once is still the claim's job ([Fulfilment#dispatch], ADR 0007 and 0009): each order is
/// claimed with a compare-and-set forced to the disk before its supplier call, so this worker, a
/// sync pass and another console may all try the same order and only one sends it. The set of
/// orders in hand here only saves pointless claims; it proves nothing.
///
/// A few sending threads, not one: a supplier call may take up to its read timeout, and the next
/// customer's order must not wait behind it. The scan has a thread of its own so that it never
/// waits behind supplier calls either. Wakes coalesce: a wake while a scan is queued adds nothing.
public final class FulfilmentWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FulfilmentWorker.class);
    static final int THREADS = 4;

    private final Fulfilment fulfilment;
    private final Runnable afterSent;
    private final ExecutorService scanner;
    private final ExecutorService threads;
    private final AtomicBoolean scanQueued = new AtomicBoolean();
    private volatile boolean started;
    private final Set<Long> inHand = ConcurrentHashMap.newKeySet();

    /// `afterSent` runs after an order reached the supplier (the balance it took is read later).
    public FulfilmentWorker(Fulfilment fulfilment, Runnable afterSent) {
        this.fulfilment = fulfilment;
        this.afterSent = afterSent;
        this.scanner = Executors.newSingleThreadExecutor(runnable -> {
            var t = new Thread(runnable, "wmx-fulfil-scan");
            t.setDaemon(true);
            return t;
        });
        var counter = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            var t = new Thread(runnable, "wmx-fulfil-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /// From now on wakes send orders (claims name the console run, so not before it began); sends
    /// what is already due.
    public void start() {
        started = true;
        wake();
    }

    /// Looks for paid orders that are due and sends each on a thread of its own. Quick: it only
    /// queues work, so the thread that committed a payment (a webhook, a poll) may call it.
    public void wake() {
        if (!started || !scanQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            scanner.execute(this::scan);
        } catch (RejectedExecutionException e) {
            scanQueued.set(false);
            log.debug("Fulfilment worker stopped; paid orders are left to the next start");
        }
    }

    private void scan() {
        scanQueued.set(false); // a payment committed from now on is seen by the next scan
        try {
            for (Order order : fulfilment.due()) {
                if (inHand.add(order.id())) {
                    threads.execute(() -> send(order));
                }
            }
        } catch (RejectedExecutionException e) {
            log.debug("Fulfilment worker stopped during a scan");
        } catch (RuntimeException e) {
            log.error("Looking for paid orders to send failed; the sync pass sends them", e);
        }
    }

    private void send(Order order) {
        try {
            if (fulfilment.dispatch(order) != Fulfilment.Dispatch.SKIPPED) {
                afterSent.run();
            }
        } catch (RuntimeException e) {
            log.error("Sending order {} failed; the sync pass and reconciliation take it from here", order.orderNumber(), e);
        } finally {
            inHand.remove(order.id());
        }
    }

    /// Takes no new work and lets supplier calls in flight finish, like [SyncWorker#close]:
    /// interrupting one after it was sent would turn its answer into an unknown outcome.
    @Override
    public void close() {
        scanner.shutdown();
        threads.shutdown();
        Duration grace = SyncWorker.STOP_GRACE;
        try {
            if (!threads.awaitTermination(grace.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Fulfilment worker still busy after {}; interrupting it", grace);
                threads.shutdownNow();
                threads.awaitTermination(5, TimeUnit.SECONDS);
            }
            scanner.shutdownNow();
        } catch (InterruptedException e) {
            scanner.shutdownNow();
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
