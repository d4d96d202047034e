package com.wmxtopup.counter.adapter.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Renews this console run's lease on a thread of its own (`wmx-heartbeat`): the sync thread
/// may sit in a supplier call for half a minute, and a lease that ran out meanwhile would let
/// another console take over a live request.
public final class Heartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var t = new Thread(runnable, "wmx-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private final Duration interval;
    private final Runnable beat;

    public Heartbeat(Duration interval, Runnable beat) {
        this.interval = interval;
        this.beat = beat;
    }

    /// Beats every `interval` from now on; a failed beat is logged and the next one tried as usual.
    public void start() {
        thread.scheduleWithFixedDelay(() -> {
            try {
                beat.run();
            } catch (RuntimeException e) {
                log.warn("Console heartbeat failed (the next one is tried in {} s): {}", interval.toSeconds(), e.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
