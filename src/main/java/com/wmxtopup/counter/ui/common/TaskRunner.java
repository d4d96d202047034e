package com.wmxtopup.counter.ui.common;

import java.time.Duration;
import java.util.function.Consumer;

/// The one way screens run work off the FX thread, and the one way they do something every few
/// seconds. Callbacks arrive on the FX thread (tests use a same-thread runner that they tick by
/// hand). Long work reports progress through [Progress].
///
/// Answers nobody wants any more are dropped here, not checked for by each view model: a
/// [Handle#abandon] drops one, a [TaskSlot] drops the older of two runs of the same kind.
public interface TaskRunner extends AutoCloseable {

    /// Work that runs in the background and may report progress.
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /// What background work can tell the screen while it runs.
    interface Progress {
        void update(long done, long total);

        void message(String text);

        /// True once [Handle#cancel] or [Handle#abandon] was called: cooperative work stops at its next checkpoint.
        boolean isCancelled();
    }

    /// Something that runs until it is stopped: periodic work, or a subscription.
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /// A running task.
    interface Handle extends Cancellable {

        /// Asks the work to stop at its next checkpoint ([Progress#isCancelled]); its answer (a
        /// cooperative work's own "cancelled" result, or an error) still arrives.
        @Override
        void cancel();

        /// Nobody wants the answer any more: it is dropped (neither callback runs) and the work is
        /// asked to stop.
        void abandon();

        /// Whether the answer has been handed over or dropped (read on the FX thread).
        boolean isDone();

        /// Progress 0..1, negative while unknown.
        javafx.beans.value.ObservableDoubleValue progress();

        javafx.beans.value.ObservableStringValue message();
    }

    <T> Handle run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /// Runs `tick` on the FX thread every `interval` (the first time after one interval) until
    /// cancelled: a countdown, a slow poll. Views hold no timers; view models ask for these.
    Cancellable every(Duration interval, String name, Runnable tick);

    @Override
    void close();
}
