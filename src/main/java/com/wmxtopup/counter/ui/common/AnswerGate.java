package com.wmxtopup.counter.ui.common;

import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;

/// The part of a [TaskRunner.Handle] every runner shares: whether the work was asked to stop,
/// and whether its answer is still wanted. The answer and [#abandon] both happen on the FX thread
/// (or the test's one thread), so no answer lands after an abandon.
public final class AnswerGate {

    private volatile boolean cancelRequested;
    private boolean dropped;
    private boolean done;

    /// Hands the answer over unless it was abandoned.
    public void answer(Runnable callback) {
        done = true;
        if (!dropped) {
            callback.run();
        }
    }

    /// The work never started (the runner is closed): no answer will come.
    public void never() {
        done = true;
    }

    public void cancel() {
        cancelRequested = true;
    }

    public void abandon() {
        cancelRequested = true;
        dropped = true;
        done = true;
    }

    /// Read by the work, on its own thread.
    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public boolean isDone() {
        return done;
    }

    /// The handle a runner returns for work behind this gate.
    public TaskRunner.Handle handle(ObservableDoubleValue progress, ObservableStringValue message) {
        return new TaskRunner.Handle() {
            @Override
            public void cancel() {
                AnswerGate.this.cancel();
            }

            @Override
            public void abandon() {
                AnswerGate.this.abandon();
            }

            @Override
            public boolean isDone() {
                return AnswerGate.this.isDone();
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
}
