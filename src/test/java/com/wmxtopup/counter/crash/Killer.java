package com.wmxtopup.counter.crash;

import com.wmxtopup.counter.support.HeadlessChild;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/// Kills the running child with SIGKILL when the event it is armed for happens. Armed for one
/// kind at a time; the first matching event wins, later ones (and other kinds) are ignored until
/// it is armed again. Events come from any thread (driver, watchers, the round loop).
final class Killer {

    private final AtomicReference<KillKind> armed = new AtomicReference<>();
    private final Map<KillKind, Integer> kills = new EnumMap<>(KillKind.class);
    private final long startNanos = System.nanoTime();
    private final StringBuilder timeline;
    private final String label;
    private volatile HeadlessChild child;
    private volatile CountDownLatch killed = new CountDownLatch(0);
    private int fallbacks;

    /// Events go to `timeline` and, as they happen, to the test output prefixed with `label`.
    Killer(StringBuilder timeline, String label) {
        this.timeline = timeline;
        this.label = label;
    }

    /// The child that the next kill hits.
    void attach(HeadlessChild running) {
        this.child = running;
    }

    /// Kills at the next `kind` event.
    void arm(KillKind kind) {
        killed = new CountDownLatch(1);
        armed.set(kind);
    }

    /// Called when a `kind` event happened; kills if armed for it. True when this call killed.
    boolean fire(KillKind kind, String detail) {
        if (!armed.compareAndSet(kind, null)) {
            return false;
        }
        HeadlessChild victim = child;
        try {
            victim.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            kills.merge(kind, 1, Integer::sum);
        }
        note("SIGKILL " + kind.label() + (detail.isEmpty() ? "" : " (" + detail + ")"));
        killed.countDown();
        return true;
    }

    /// Waits for the armed kill; when it has not come within `limit`, kills at once as a random
    /// kill instead (counted as a fallback). True when the armed kind itself killed.
    boolean awaitKill(Duration limit) throws InterruptedException {
        if (killed.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        KillKind missed = armed.getAndSet(null);
        if (missed == null) {
            killed.await(30, TimeUnit.SECONDS); // it fired just now
            return true;
        }
        synchronized (this) {
            fallbacks++;
        }
        arm(KillKind.RANDOM);
        fire(KillKind.RANDOM, "fallback: no " + missed.label() + " within " + limit.toSeconds() + " s");
        return false;
    }

    /// Disarms (end of the run).
    void disarm() {
        armed.set(null);
    }

    synchronized Map<KillKind, Integer> kills() {
        var copy = new EnumMap<KillKind, Integer>(KillKind.class);
        for (KillKind kind : KillKind.values()) {
            copy.put(kind, kills.getOrDefault(kind, 0));
        }
        return copy;
    }

    synchronized int fallbacks() {
        return fallbacks;
    }

    synchronized void note(String line) {
        String entry = String.format(java.util.Locale.ROOT, "%8.3f s  %s", (System.nanoTime() - startNanos) / 1e9, line);
        timeline.append(entry).append('\n');
        System.out.println("crash suite " + label + " " + entry);
    }
}
