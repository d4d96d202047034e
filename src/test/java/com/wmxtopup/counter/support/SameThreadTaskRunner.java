package com.wmxtopup.counter.support;

import com.wmxtopup.counter.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;

/// Runs "background" work at once on the calling thread, so view-model tests are deterministic.
/// [#hold] keeps work back until [#release], to test answers that arrive late (after the screen
/// moved on), as they do on the real background threads.
public final class SameThreadTaskRunner implements TaskRunner {

    private int started;
    private final java.util.ArrayDeque<Runnable> held = new java.util.ArrayDeque<>();
    private boolean holding;
    private boolean holdingAnswers;

    /// From now on, work (and its answer) waits until a release.
    public void hold() {
        holding = true;
    }

    /// From now on, work runs at once but its answer waits until a release: as when the screen
    /// moves on while a read is on its way back.
    public void holdAnswers() {
        holdingAnswers = true;
    }

    /// Runs what was held in the order it was started; new work runs at once again.
    public void release() {
        holding = false;
        holdingAnswers = false;
        while (!held.isEmpty()) {
            held.pollFirst().run();
        }
    }

    /// Like [#release], newest first: a later answer overtakes an earlier one.
    public void releaseNewestFirst() {
        holding = false;
        holdingAnswers = false;
        while (!held.isEmpty()) {
            held.pollLast().run();
        }
    }

    @Override
    public <T> Handle run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        started++;
        var progress = new SimpleDoubleProperty(-1);
        var message = new SimpleStringProperty("");
        if (holding) {
            held.add(() -> runNow(work, onSuccess, onFailure, progress, message));
        } else if (holdingAnswers) {
            runNow(work, result -> held.add(() -> onSuccess.accept(result)), error -> held.add(() -> onFailure.accept(error)), progress, message);
        } else {
            runNow(work, onSuccess, onFailure, progress, message);
        }
        return new Handle() {
            @Override
            public void cancel() {
            }

            @Override
            public ObservableDoubleValue progress() {
                return progress;
            }

            @Override
            public ObservableStringValue message() {
                return message;
            }
        };
    }

    private static <T> void runNow(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, SimpleDoubleProperty progress,
                                   SimpleStringProperty message) {
        try {
            T result = work.run(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String text) {
                    message.set(text);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            onSuccess.accept(result);
        } catch (Exception e) {
            onFailure.accept(e);
        }
    }

    public int started() {
        return started;
    }

    @Override
    public void close() {
    }
}
