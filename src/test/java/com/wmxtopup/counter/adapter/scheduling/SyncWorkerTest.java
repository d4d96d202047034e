package com.wmxtopup.counter.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SyncWorkerTest {

    @Test
    void aFailingRunDoesNotStopLaterRunsAndIsReported() throws Exception {
        var runs = new AtomicInteger();
        var third = new CountDownLatch(3);
        var threadName = new AtomicReference<String>();
        Runnable flaky = () -> {
            threadName.set(Thread.currentThread().getName());
            third.countDown();
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("supplier down");
            }
        };
        try (var worker = new SyncWorker(List.of(new SyncWorker.Job("flaky", Duration.ofMillis(20), Duration.ZERO, flaky)),
                Clock.systemUTC())) {
            worker.start();
            assertThat(third.await(5, TimeUnit.SECONDS)).isTrue();
            var status = worker.statuses().getFirst();
            assertThat(status.name()).isEqualTo("flaky");
            assertThat(status.lastRun()).isPresent();
            assertThat(threadName.get()).isEqualTo("wmx-sync");
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void firstFailureIsVisibleInTheStatus() throws Exception {
        var ran = new CountDownLatch(1);
        Runnable failing = () -> {
            try {
                throw new IllegalStateException("boom");
            } finally {
                ran.countDown();
            }
        };
        try (var worker = new SyncWorker(List.of(new SyncWorker.Job("failing", Duration.ofHours(1), Duration.ZERO, failing)),
                Clock.systemUTC())) {
            worker.start();
            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
            // the status is written right after the task returns
            for (int i = 0; i < 50 && worker.statuses().getFirst().lastError().isEmpty(); i++) {
                Thread.sleep(20);
            }
            assertThat(worker.statuses().getFirst().lastError()).contains("IllegalStateException: boom");
        }
    }

    @Test
    void runNowRunsAJobBeforeItsInterval() throws Exception {
        var ran = new CountDownLatch(1);
        try (var worker = new SyncWorker(List.of(new SyncWorker.Job("catalog", Duration.ofHours(6), Duration.ofHours(6), ran::countDown)),
                Clock.systemUTC())) {
            worker.start();
            assertThat(ran.getCount()).isEqualTo(1);
            worker.runNow("catalog");
            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    /// A first delay read from the database (the catalog's last sync) is asked when the worker
    /// starts, beside the window's building, not while the application is put together.
    @Test
    void theFirstDelayIsAskedWhenTheWorkerStarts() {
        var asked = new AtomicInteger();
        var clock = Clock.fixed(java.time.Instant.parse("2026-11-27T01:00:00Z"), java.time.ZoneOffset.UTC);
        var job = new SyncWorker.Job("catalog", Duration.ofHours(6), () -> {
            asked.incrementAndGet();
            return Duration.ofMinutes(90);
        }, () -> {
        });
        try (var worker = new SyncWorker(List.of(job), clock)) {
            assertThat(asked).hasValue(0);
            worker.start();
            assertThat(asked).hasValue(1);
            assertThat(worker.statuses().getFirst().nextRun()).contains(clock.instant().plus(Duration.ofMinutes(90)));
        }
    }

    @Test
    void aNegativeFixedFirstDelayIsRefused() {
        org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> new SyncWorker.Job("x", Duration.ofMinutes(1), Duration.ofSeconds(-1), () -> {
                })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative initial delay");
    }
}
