package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.OrderEvents;
import com.wmxtopup.counter.ui.common.FxOrderEvents;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/// What keeps the sale screen up to date by itself while it is shown: order events for the order on
/// screen, the QR countdown, the catalog until one exists, and a slow re-read for what order events
/// cannot tell (another console on a shared database). Started once, stopped with the screen.
final class LiveUpdates {

    static final Duration COUNTDOWN_TICK = Duration.ofSeconds(1);
    static final Duration CATALOG_WATCH = Duration.ofSeconds(3);
    static final Duration SLOW_POLL = Duration.ofSeconds(10);

    private final FxOrderEvents events;
    private final TaskRunner screen;
    private final GameStepViewModel game;
    private final OrderStatusViewModel status;
    private final List<TaskRunner.Cancellable> running = new ArrayList<>();

    LiveUpdates(FxOrderEvents events, TaskRunner screen, GameStepViewModel game, OrderStatusViewModel status) {
        this.events = events;
        this.screen = screen;
        this.game = game;
        this.status = status;
    }

    /// Starts following orders and the timers, unless they already run (a second visit).
    void start() {
        if (running.isEmpty()) {
            OrderEvents.Subscription subscription = events.subscribe(status::changed);
            running.add(subscription::close);
            running.add(screen.every(COUNTDOWN_TICK, "sale countdown", status::tickCountdown));
            running.add(screen.every(CATALOG_WATCH, "sale catalog watch", game::loadIfEmpty));
            running.add(screen.every(SLOW_POLL, "sale slow poll", status::refresh));
        }
    }

    /// No more events or timers.
    void stop() {
        running.forEach(TaskRunner.Cancellable::cancel);
        running.clear();
    }
}
