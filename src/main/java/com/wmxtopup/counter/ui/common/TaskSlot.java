package com.wmxtopup.counter.ui.common;

import java.util.function.Consumer;

/// One kind of background work of which only the newest run counts: starting a run abandons the
/// one before it, so an older answer (a status read that a cancel overtook, a nickname for an ID
/// typed over) never lands on the screen. Used on the FX thread only.
public final class TaskSlot {

    private final TaskRunner tasks;
    private final String name;
    private TaskRunner.Handle current;

    public TaskSlot(TaskRunner tasks, String name) {
        this.tasks = tasks;
        this.name = name;
    }

    /// Starts `work`, superseding the run before it (whose answer is then dropped).
    public <T> TaskRunner.Handle run(TaskRunner.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        abandon();
        current = tasks.run(name, work, onSuccess, onFailure);
        return current;
    }

    /// Whether a run's answer is still to come.
    public boolean isRunning() {
        return current != null && !current.isDone();
    }

    /// Drops the answer of the run in progress, if any.
    public void abandon() {
        if (current != null) {
            current.abandon();
            current = null;
        }
    }
}
