package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.SalesFigures.Waiting;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Brings the sales rollups up to date on a thread of its own (`wmx-reports`), off the report's
/// path (ADR 0018): a few seconds after this console changed orders ([#soon]), once soon after
/// start and every [#CATCH_UP] after (changes of other consoles on a shared PostgreSQL, and the first
/// filling after an upgrade), and at once for a report that found them behind ([#catchUp]).
/// Refreshes run one at a time here, and take turns with other consoles' on the state row's lock.
///
/// Not on the sync worker's thread: the first filling of a million orders takes tens of seconds
/// on H2, and payments and deliveries must not wait for it.
final class SalesRollupKeeper implements AutoCloseable {

    /// How long after a change of orders the rollups are brought up to date: a burst of changes
    /// (a sale paid, sent and delivered within seconds) is taken in by one refresh.
    static final Duration SETTLE = Duration.ofSeconds(2);
    /// How often the rollups are looked at without a change seen here.
    static final Duration CATCH_UP = Duration.ofMinutes(1);
    /// How long after start the first look is taken: not while the window opens (a report asked
    /// sooner asks for a refresh at once, [#catchUp]).
    static final Duration FIRST_LOOK = Duration.ofSeconds(10);
    /// How long a report waits for the rollups at most before it gives up with an error.
    static final Duration WAIT_LIMIT = Duration.ofMinutes(10);
    /// How often a waiting report is told the progress.
    private static final long TELL_EVERY_MILLIS = 100;

    private static final Logger log = LoggerFactory.getLogger(SalesRollupKeeper.class);

    private final Jdbc jdbc;
    private final SalesRollup rollup;
    private final boolean inSteps;
    private final ScheduledExecutorService thread;
    private final Object lock = new Object();
    /// Completed by the next refresh to start; reports that found the rollups behind wait for it.
    private CompletableFuture<Void> next;
    private boolean settling;
    private volatile boolean stopping;
    private volatile long done;
    private volatile long total;
    private volatile long refreshes;

    /// @param inSteps one shop day per transaction (H2's one connection; see
    ///                [SalesRollup#refreshInSteps]), rather than all in one that holds the lock
    SalesRollupKeeper(Jdbc jdbc, SalesRollup rollup, boolean inSteps) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.inSteps = inSteps;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var t = new Thread(runnable, "wmx-reports");
            t.setDaemon(true);
            return t;
        });
    }

    /// Brings the rollups up to date in the background [#FIRST_LOOK] after start (the first
    /// filling after an upgrade), then every [#CATCH_UP].
    void start() {
        start(FIRST_LOOK);
    }

    /// As [#start()], the first look after `firstLook` (tests: at once).
    void start(Duration firstLook) {
        try {
            thread.scheduleWithFixedDelay(this::refresh, firstLook.toMillis(), CATCH_UP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Rollup keeper stopped; not started");
        }
    }

    /// Orders changed: the rollups are brought up to date [#SETTLE] from now (once for a burst).
    void soon() {
        synchronized (lock) {
            if (settling) {
                return;
            }
            settling = true;
        }
        try {
            thread.schedule(this::refresh, SETTLE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Rollup keeper stopped; change not taken in");
        }
    }

    /// Waits until a refresh that started after this call has finished (it takes in every change
    /// committed before the call), telling `waiting` the progress of the refresh under way.
    void catchUp(Waiting waiting) {
        CompletableFuture<Void> answer;
        synchronized (lock) {
            if (next == null) {
                next = new CompletableFuture<>();
            }
            answer = next;
        }
        try {
            thread.execute(this::refresh);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the sales rollups are not kept any more (the application is stopping)", e);
        }
        long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
        while (true) {
            try {
                answer.get(TELL_EVERY_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                if (total > 0) {
                    waiting.preparing(done, total);
                }
                if (waiting.isCancelled()) {
                    throw new CancellationException("the report is not wanted any more");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("the sales rollups were not up to date after " + WAIT_LIMIT.toMinutes()
                            + " minutes; try the report again later");
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for the sales rollups");
            }
        }
    }

    /// How many refreshes rewrote rollup rows on this keeper so far (tests, the benchmark).
    long refreshes() {
        return refreshes;
    }

    /// On the keeper's thread only.
    private void refresh() {
        CompletableFuture<Void> answering;
        synchronized (lock) {
            answering = next;
            next = null;
            settling = false;
        }
        try {
            // A look without the lock first: an idle console takes no lock once a minute.
            if (!stopping && !jdbc.fromTransaction(rollup::current)) {
                long started = System.nanoTime();
                SalesRollup.Steps steps = (d, t) -> {
                    total = t;
                    done = d;
                };
                if (inSteps) {
                    rollup.refreshInSteps(jdbc, steps, () -> stopping);
                } else {
                    jdbc.inTransaction(tx -> rollup.refresh(tx, steps, () -> stopping));
                }
                refreshes++;
                if (total > 0) {
                    log.info("Sales rollups brought up to date: {} shop day(s) summed again in {} ms", total,
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
            complete(answering, null);
        } catch (SalesRollup.Stopped e) {
            complete(answering, new IllegalStateException("the application is stopping", e));
        } catch (RuntimeException | Error e) {
            // Logged and kept: the next change, the next minute or the next report tries again.
            log.error("Bringing the sales rollups up to date failed; tried again later", e);
            complete(answering, e);
        } finally {
            total = 0;
            done = 0;
        }
    }

    private static void complete(CompletableFuture<Void> answering, Throwable error) {
        if (answering == null) {
            return;
        }
        if (error == null) {
            answering.complete(null);
        } else {
            answering.completeExceptionally(error);
        }
    }

    /// Stops between two runs of days (a refresh in progress rolls back; the next start does it
    /// again) and waits for the thread. Never interrupts it: an interrupted H2 closes its file.
    @Override
    public void close() {
        stopping = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("The sales rollup refresh did not stop within 30 s; leaving it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            complete(next, new IllegalStateException("the application is stopping"));
            next = null;
        }
    }
}
