package com.wmxtopup.counter.ui.common;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Runs work on a small pool of named daemon threads through `javafx.concurrent.Task`, so that
/// progress, messages and results reach the FX thread; periodic work runs on a `Timeline`.
public final class FxTaskRunner implements TaskRunner {

    private static final Logger log = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor;
    private final Set<Timeline> timers = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public FxTaskRunner(int threads) {
        var counter = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, runnable -> {
            var thread = new Thread(runnable, "wmx-ui-task-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> Handle run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        var gate = new AnswerGate();
        var task = new Task<T>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return gate.isCancelRequested() || Thread.currentThread().isInterrupted();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> gate.answer(() -> onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> {
            log.warn("Background task '{}' failed", name, task.getException());
            gate.answer(() -> onFailure.accept(task.getException()));
        });
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Shutting down: a timer that fires once more after close() must not crash the FX thread.
            log.debug("Background task '{}' not started: the runner is closed", name);
            gate.never();
        }
        return gate.handle(task.progressProperty(), task.messageProperty());
    }

    @Override
    public Cancellable every(Duration interval, String name, Runnable tick) {
        var timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(interval.toMillis()), e -> {
            if (!closed) {
                tick.run();
            }
        }));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timers.add(timeline);
        timeline.play();
        return () -> {
            timers.remove(timeline);
            timeline.stop();
        };
    }

    /// Lets running work finish for a while before interrupting it (a catalog save in progress
    /// rolls back when interrupted, which is safe, but there is no reason to force it).
    @Override
    public void close() {
        closed = true;
        stopTimers();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Background tasks still running at shutdown; interrupting them");
                executor.shutdownNow();
                executor.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void stopTimers() {
        // Timelines are stopped on the FX thread; the closed flag already silences their ticks.
        Runnable stop = () -> {
            timers.forEach(Timeline::stop);
            timers.clear();
        };
        if (Platform.isFxApplicationThread()) {
            stop.run();
        } else {
            try {
                Platform.runLater(stop);
            } catch (IllegalStateException toolkitGone) {
                log.debug("FX toolkit already stopped; its timers stopped with it");
            }
        }
    }
}
