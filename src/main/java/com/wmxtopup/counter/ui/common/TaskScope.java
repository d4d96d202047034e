package com.wmxtopup.counter.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/// A [TaskRunner] for one piece of screen state that can be left behind: everything started
/// through it is abandoned at once by [#abandonAll] (the sale the cashier left: its nickname
/// check, status read or checkout answer must not pull it back onto the screen). Used on the FX
/// thread only.
public final class TaskScope implements TaskRunner {

    private final TaskRunner tasks;
    private final List<Handle> running = new ArrayList<>();
    private final List<Cancellable> periodic = new ArrayList<>();

    public TaskScope(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public <T> Handle run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.removeIf(Handle::isDone);
        Handle handle = tasks.run(name, work, onSuccess, onFailure);
        running.add(handle);
        return handle;
    }

    @Override
    public Cancellable every(Duration interval, String name, Runnable tick) {
        Cancellable timer = tasks.every(interval, name, tick);
        periodic.add(timer);
        return () -> {
            periodic.remove(timer);
            timer.cancel();
        };
    }

    /// Drops the answers of everything started so far; periodic work goes on.
    public void abandonAll() {
        running.forEach(Handle::abandon);
        running.clear();
    }

    /// Drops every answer and stops every periodic work started here (the screen is disposed);
    /// the underlying runner stays open.
    @Override
    public void close() {
        abandonAll();
        List.copyOf(periodic).forEach(Cancellable::cancel);
        periodic.clear();
    }
}
