package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.FollowShownOrder;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/// Follows the order on screen (the counter's and the customer display's, which mirrors it) with
/// [FollowShownOrder]: a look about every 2 s while its QR waits, every 3 s while the supplier
/// works, as long as it is shown and can still change. One look at a time: the next is asked for
/// only after the answer of the one before — also when that answer is no longer wanted — so there
/// is never more than one request in flight for the screen. Used on the FX thread.
final class ShownOrderFollower {

    /// How often the timer looks whether the next look is due (the waits themselves are the use case's).
    static final Duration TICK = Duration.ofMillis(500);

    private final FollowShownOrder follow;
    private final TaskRunner tasks;
    private final Clock clock;
    /// Set while a look runs, cleared by the look itself when it ends: abandoning an answer does
    /// not stop its request.
    private final AtomicBoolean looking = new AtomicBoolean();
    private TaskRunner.Cancellable timer;
    private TaskRunner.Handle current;
    private long orderId = -1;
    private Instant nextLook = Instant.MIN;
    private int failures;

    ShownOrderFollower(FollowShownOrder follow, TaskRunner tasks, Clock clock) {
        this.follow = follow;
        this.tasks = tasks;
        this.clock = clock;
    }

    /// The screen shows `order` now (null: none): followed from the next tick while it can still
    /// change; anything else stops following.
    void shown(Order order) {
        if (order == null || !FollowShownOrder.follows(order.status())) {
            stop();
            return;
        }
        if (order.id() != orderId || timer == null) {
            stop();
            orderId = order.id();
            failures = 0;
            nextLook = Instant.MIN;
            timer = tasks.every(TICK, "shown order follow", this::tick);
        }
    }

    /// Whether an order is being followed.
    boolean isFollowing() {
        return timer != null;
    }

    private void tick() {
        if (timer == null || clock.instant().isBefore(nextLook) || !looking.compareAndSet(false, true)) {
            return;
        }
        long id = orderId;
        int failed = failures;
        current = tasks.run("shown order look", progress -> {
            try {
                return follow.check(id, failed);
            } finally {
                looking.set(false);
            }
        }, look -> {
            if (id != orderId) {
                return;
            }
            failures = look.failed() ? failed + 1 : 0;
            look.againAfter().ifPresentOrElse(wait -> nextLook = clock.instant().plus(wait), this::stop);
        }, error -> {
            if (id == orderId) {
                failures = failed + 1;
                nextLook = clock.instant().plus(Duration.ofSeconds(Math.min(60, 2L << Math.min(failures, 5))));
            }
        });
    }

    /// No more looks; an answer still to come is dropped (its request ends by itself).
    void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        if (current != null) {
            current.abandon();
            current = null;
        }
        orderId = -1;
    }
}
