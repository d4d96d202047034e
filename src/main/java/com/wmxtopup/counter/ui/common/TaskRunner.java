package com.wmxtopup.counter.ui.common;

import java.util.function.Consumer;

/// The one way screens run work off the FX thread. Callbacks arrive on the FX thread (tests use
/// a same-thread runner). Long work reports progress through [Progress].
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

        boolean isCancelled();
    }

    /// A running task: cancel it, or watch its progress (0..1, negative while unknown).
    interface Handle {
        void cancel();

        javafx.beans.value.ObservableDoubleValue progress();

        javafx.beans.value.ObservableStringValue message();
    }

    <T> Handle run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    @Override
    void close();
}
