package com.wmxtopup.counter.support;

import com.wmxtopup.counter.ui.common.AnswerGate;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

/// Runs "background" work at once on the calling thread, so view-model tests are deterministic.
/// [#hold] keeps work back until [#release], to test answers that arrive late (after the screen
/// moved on), as they do on the real background threads. Periodic work runs only when the test
/// says so ([#tick]).
public final class SameThreadTaskRunner implements TaskRunner {

    private int started;
    private final java.util.ArrayDeque<Runnable> held = new java.util.ArrayDeque<>();
    private final List<Periodic> periodic = new ArrayList<>();
    private boolean holding;
    private boolean holdingAnswers;

    private record Periodic(String name, Duration interval, Runnable tick) {
    }

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

    /// Runs every periodic work that is not cancelled once, as if its interval had passed.
    public void tick() {
        List.copyOf(periodic).forEach(p -> {
            if (periodic.contains(p)) {
                p.tick().run();
            }
        });
    }

    /// The names of the periodic work running now (not cancelled).
    public List<String> periodicWork() {
        return periodic.stream().map(Periodic::name).toList();
    }

    @Override
    public Cancellable every(Duration interval, String name, Runnable tick) {
        var work = new Periodic(name, interval, tick);
        periodic.add(work);
        return () -> periodic.remove(work);
    }

    @Override
    public <T> Handle run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        started++;
        var handle = new ManualHandle();
        Consumer<T> success = result -> handle.answer(() -> onSuccess.accept(result));
        Consumer<Throwable> failure = error -> handle.answer(() -> onFailure.accept(error));
        if (holding) {
            held.add(() -> runNow(work, success, failure, handle));
        } else if (holdingAnswers) {
            runNow(work, result -> held.add(() -> success.accept(result)), error -> held.add(() -> failure.accept(error)), handle);
        } else {
            runNow(work, success, failure, handle);
        }
        return handle.gate.handle(handle.progress, handle.message);
    }

    /// What the runner keeps of one run: its gate and what it reported.
    private static final class ManualHandle {
        final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
        final SimpleStringProperty message = new SimpleStringProperty("");
        final AnswerGate gate = new AnswerGate();

        void answer(Runnable callback) {
            gate.answer(callback);
        }
    }

    private static <T> void runNow(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, ManualHandle handle) {
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(long done, long total) {
                    handle.progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String text) {
                    handle.message.set(text);
                }

                @Override
                public boolean isCancelled() {
                    return handle.gate.isCancelRequested();
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    public int started() {
        return started;
    }

    @Override
    public void close() {
        periodic.clear();
    }
}
