package com.wmxtopup.counter.adapter.scheduling;

import com.wmxtopup.counter.application.port.BackgroundJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The one background sync thread (`wmx-sync`), owned by the application lifecycle. Each job
/// runs on its own interval; every run catches and logs everything, because one uncaught
/// exception would silently cancel all later runs of a scheduled task. Also runs headless.
public final class SyncWorker implements BackgroundJobs, AutoCloseable {

    /// Work the thread repeats. `firstDelay` lets a job run soon after start (e.g. the first
    /// catalog sync of a fresh install) without waiting a whole interval; it is asked when the
    /// worker starts, so a delay read from the database costs nothing while the window opens.
    public record Job(String name, Duration interval, Supplier<Duration> firstDelay, Runnable task) {
        public Job {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(firstDelay, "firstDelay");
            Objects.requireNonNull(task, "task");
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("job " + name + " needs a positive interval");
            }
        }

        /// A job first run `initialDelay` after start.
        public Job(String name, Duration interval, Duration initialDelay, Runnable task) {
            this(name, interval, nonNegative(name, initialDelay), task);
        }

        private static Supplier<Duration> nonNegative(String name, Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("job " + name + " has a negative initial delay");
            }
            return () -> delay;
        }
    }

    /// What the status bar shows about one job.
    public record JobStatus(String name, Optional<Instant> lastRun, Optional<Instant> nextRun, Optional<String> lastError) {
    }

    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);
    static final Duration STOP_GRACE = Duration.ofSeconds(40);

    private final List<Job> jobs;
    private final Clock clock;
    private final ScheduledExecutorService thread;
    private final Map<String, JobStatus> statuses = new LinkedHashMap<>();

    public SyncWorker(List<Job> jobs, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.clock = clock;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var t = new Thread(runnable, "wmx-sync");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        for (Job job : jobs) {
            Duration firstDelay = job.firstDelay().get();
            synchronized (statuses) {
                statuses.put(job.name(), new JobStatus(job.name(), Optional.empty(),
                        Optional.of(clock.instant().plus(firstDelay)), Optional.empty()));
            }
            thread.scheduleWithFixedDelay(() -> runSafely(job), firstDelay.toMillis(), job.interval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        log.info("Sync worker started: {}", jobs.stream().map(j -> j.name() + " every " + j.interval()).toList());
    }

    /// Runs the named job once more, now, on the worker thread (e.g. "sync now" from the REST API).
    public void runNow(String jobName) {
        jobs.stream().filter(j -> j.name().equals(jobName)).findFirst().ifPresent(job -> {
            try {
                thread.execute(() -> runSafely(job));
            } catch (RejectedExecutionException e) {
                log.debug("Sync worker stopped; '{}' not run now", jobName);
            }
        });
    }

    private void runSafely(Job job) {
        Instant started = clock.instant();
        Optional<String> error = Optional.empty();
        try {
            job.task().run();
        } catch (RuntimeException | Error e) {
            error = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
            log.error("Sync job '{}' failed; it runs again at its next interval", job.name(), e);
        }
        synchronized (statuses) {
            statuses.put(job.name(), new JobStatus(job.name(), Optional.of(started),
                    Optional.of(clock.instant().plus(job.interval())), error));
        }
    }

    public List<JobStatus> statuses() {
        synchronized (statuses) {
            return List.copyOf(statuses.values());
        }
    }

    @Override
    public List<JobState> jobs() {
        return statuses().stream().map(s -> new JobState(s.name(), s.lastRun(), s.nextRun(), s.lastError())).toList();
    }

    /// Stops scheduling and lets a running job finish: interrupting a supplier call after it was
    /// sent would turn a clean answer into an unknown outcome. Only a job still running after
    /// [#STOP_GRACE] (longer than any supplier or gateway call) is interrupted.
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Sync worker still busy after {}; interrupting it", STOP_GRACE);
                thread.shutdownNow();
                thread.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
