package com.wmxtopup.counter.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The real runner on the real FX thread: periodic work ticks there until cancelled, an abandoned
/// answer never arrives, a cancel reaches cooperative work whose own answer still arrives, and in
/// a slot only the newest run answers.
class FxTaskRunnerTest {

    private final FxTaskRunner tasks = new FxTaskRunner(2);

    @BeforeAll
    static void fx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
    }

    @Test
    void periodicWorkTicksOnTheFxThreadUntilCancelled() throws Exception {
        var ticks = new CopyOnWriteArrayList<Boolean>();
        TaskRunner.Cancellable timer = onFx(
                () -> tasks.every(Duration.ofMillis(20), "tick", () -> ticks.add(Platform.isFxApplicationThread())));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ticks.size() >= 3);
        onFx(() -> {
            timer.cancel();
            return null;
        });
        int after = ticks.size();
        Thread.sleep(150);
        assertThat(ticks).hasSizeLessThanOrEqualTo(after + 1).allMatch(Boolean::booleanValue);
    }

    @Test
    void anAbandonedAnswerNeverArrivesAndACancelledOneDoes() throws Exception {
        var release = new CountDownLatch(1);
        var heard = new CopyOnWriteArrayList<String>();
        TaskRunner.Handle abandoned = onFx(() -> tasks.run("abandoned", progress -> {
            release.await();
            return "old";
        }, heard::add, error -> heard.add("error")));
        var sawCancel = new CompletableFuture<Boolean>();
        TaskRunner.Handle cancelled = onFx(() -> tasks.run("cooperative", progress -> {
            while (!progress.isCancelled()) {
                Thread.sleep(5);
            }
            sawCancel.complete(true);
            return "stopped";
        }, heard::add, error -> heard.add("error")));
        onFx(() -> {
            abandoned.abandon();
            cancelled.cancel();
            return null;
        });
        release.countDown();
        assertThat(sawCancel.get(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> heard.contains("stopped"));
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heard).containsExactly("stopped");
        assertThat(onFx(abandoned::isDone)).isTrue();
    }

    @Test
    void inASlotOnlyTheNewestRunAnswers() throws Exception {
        var first = new CountDownLatch(1);
        var heard = new CopyOnWriteArrayList<String>();
        var slot = new TaskSlot(tasks, "read");
        onFx(() -> slot.run(progress -> {
            first.await();
            return "older";
        }, heard::add, error -> {
        }));
        onFx(() -> slot.run(progress -> "newer", heard::add, error -> {
        }));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> heard.contains("newer"));
        first.countDown();
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heard).isEqualTo(List.of("newer"));
    }
}
