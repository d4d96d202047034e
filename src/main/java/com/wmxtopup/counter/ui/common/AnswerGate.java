package com.wmxtopup.counter.ui.common;

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
}
