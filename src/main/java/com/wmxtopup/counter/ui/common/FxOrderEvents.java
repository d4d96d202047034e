package com.wmxtopup.counter.ui.common;

import com.wmxtopup.counter.application.order.OrderChanged;
import com.wmxtopup.counter.application.order.OrderEvents;
import java.util.function.Consumer;

/// The one bridge from the application's order events to the FX thread: a screen subscribes
/// here and its listener runs on the FX thread, however the change was made (sync thread, web
/// thread, a background task).
public final class FxOrderEvents {

    private final OrderEvents events;
    private final Consumer<Runnable> onFxThread;

    /// `onFxThread` hands a runnable to the FX thread (`Platform::runLater` in the application;
    /// tests may run it at once).
    public FxOrderEvents(OrderEvents events, Consumer<Runnable> onFxThread) {
        this.events = events;
        this.onFxThread = onFxThread;
    }

    public OrderEvents.Subscription subscribe(Consumer<OrderChanged> listener) {
        return events.subscribe(change -> onFxThread.accept(() -> listener.accept(change)));
    }
}
