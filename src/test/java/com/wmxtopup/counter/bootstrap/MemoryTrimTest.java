package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MemoryTrimTest {

    /// Records what was asked of it; the heap shrinks and the clock moves 120 ms in the GC.
    private static final class FakeJvm implements MemoryTrim.Jvm {
        final List<String> calls = new ArrayList<>();
        long heap = 430L << 20;
        long now;
        boolean refuseRatios;
        boolean noDiagnosticCommand;

        @Override
        public void setHeapFreeRatios(int min, int max) {
            calls.add("ratios " + min + "/" + max);
            if (refuseRatios) {
                throw new IllegalArgumentException("value violates its flag's constraint");
            }
        }

        @Override
        public void collect() {
            calls.add("gc");
            now += 120_000_000L;
            heap = 110L << 20;
        }

        @Override
        public void awaitUncommit() {
            calls.add("wait");
        }

        @Override
        public String trimNativeHeap() throws javax.management.ReflectionException {
            calls.add("trim");
            if (noDiagnosticCommand) {
                throw new javax.management.ReflectionException(new NoSuchMethodException("systemTrimNativeHeap"));
            }
            return "Trim native heap: RSS+Swap: 440M->415M (-25M)";
        }

        @Override
        public long heapCommitted() {
            return heap;
        }

        @Override
        public OptionalLong resident() {
            return OptionalLong.of(heap + (300L << 20));
        }
    }

    /// Holds the tasks handed to "later" until the test runs them.
    private static final class FakeLater {
        final List<Duration> delays = new ArrayList<>();
        final List<Runnable> tasks = new ArrayList<>();

        void accept(Duration delay, Runnable task) {
            delays.add(delay);
            tasks.add(task);
        }

        void runAll() {
            var due = List.copyOf(tasks);
            tasks.clear();
            due.forEach(Runnable::run);
        }
    }

    private final FakeJvm jvm = new FakeJvm();
    private final FakeLater later = new FakeLater();

    private MemoryTrim trim(boolean enabled) {
        return new MemoryTrim(jvm, later::accept, () -> jvm.now, enabled);
    }

    @Test
    void nothingHappensWhenTheWindowOpensOnlyATrimIsScheduledAFewSecondsLater() {
        trim(true).windowOpened();

        assertThat(jvm.calls).isEmpty();
        assertThat(later.delays).containsExactly(MemoryTrim.SETTLE);
        assertThat(MemoryTrim.SETTLE).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    @Test
    void theTrimLetsTheHeapShrinkThenCollectsOnceThenTrimsTheCHeap() {
        trim(true).windowOpened();
        later.runAll();

        assertThat(jvm.calls).containsExactly("ratios 5/10", "gc", "wait", "trim");
    }

    @Test
    void itReportsThePauseAndWhatWasGivenBack() {
        var result = trim(true).trim();

        assertThat(result.pauseNanos()).isEqualTo(120_000_000L);
        assertThat(result.heapBefore()).isEqualTo(430L << 20);
        assertThat(result.heapAfter()).isEqualTo(110L << 20);
        assertThat(result.residentBefore()).hasValue(730L << 20);
        assertThat(result.residentAfter()).hasValue(410L << 20);
    }

    @Test
    void aSecondOpeningWhileATrimIsPendingDoesNotScheduleAnotherButAfterItDoes() {
        var trim = trim(true);
        trim.windowOpened();
        trim.windowOpened();
        assertThat(later.tasks).hasSize(1);

        later.runAll();
        trim.windowOpened(); // the window of a restart
        later.runAll();

        assertThat(jvm.calls).containsExactly("ratios 5/10", "gc", "wait", "trim", "ratios 5/10", "gc", "wait", "trim");
    }

    @Test
    void aCashierTypingPutsTheTrimOffUntilTwoQuietSeconds() {
        var lastInput = new java.util.concurrent.atomic.AtomicLong(MemoryTrim.NO_INPUT);
        trim(true).windowOpened(lastInput::get);
        jvm.now += MemoryTrim.SETTLE.toNanos();
        lastInput.set(jvm.now - 500_000_000L); // a key half a second ago

        later.runAll();
        assertThat(jvm.calls).isEmpty();
        assertThat(later.delays).containsExactly(MemoryTrim.SETTLE, Duration.ofMillis(1_500));

        jvm.now += 1_500_000_000L; // quiet since
        later.runAll();
        assertThat(jvm.calls).containsExactly("ratios 5/10", "gc", "wait", "trim");
    }

    @Test
    void aCounterThatIsNeverQuietIsTrimmedAMinuteAfterTheWindowOpened() {
        var lastInput = new java.util.concurrent.atomic.AtomicLong();
        trim(true).windowOpened(lastInput::get);
        jvm.now += MemoryTrim.SETTLE.toNanos();
        while (jvm.calls.isEmpty()) {
            lastInput.set(jvm.now); // a key at every look
            later.runAll();
            jvm.now += 2_000_000_000L;
        }

        assertThat(jvm.calls).containsExactly("ratios 5/10", "gc", "wait", "trim");
        assertThat(Duration.ofNanos(jvm.now)).isBetween(MemoryTrim.LATEST, MemoryTrim.LATEST.plusSeconds(5));
    }

    @Test
    void switchedOffItNeverSchedules() {
        trim(false).windowOpened();

        assertThat(later.tasks).isEmpty();
        assertThat(jvm.calls).isEmpty();
    }

    @Test
    void aRefusedFlagOrAMissingDiagnosticCommandStillCollectsAndNeverThrows() {
        jvm.refuseRatios = true;
        jvm.noDiagnosticCommand = true;

        var result = trim(true).trim();

        assertThat(jvm.calls).containsExactly("ratios 5/10", "gc", "wait", "trim");
        assertThat(result.heapAfter()).isEqualTo(110L << 20);
    }

    @Test
    void onThisJvmTheFlagsAreManageableAndTheCHeapTrimAnswers() throws Exception {
        var hotSpot = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        String min = hotSpot.getVMOption("MinHeapFreeRatio").getValue();
        String max = hotSpot.getVMOption("MaxHeapFreeRatio").getValue();
        try {
            var result = MemoryTrim.forThisJvm().trim();

            assertThat(result.heapAfter()).isPositive();
            assertThat(hotSpot.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("5");
            assertThat(hotSpot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("10");
        } finally {
            // the rest of this test JVM as it was (max first: min may not exceed it)
            hotSpot.setVMOption("MaxHeapFreeRatio", max);
            hotSpot.setVMOption("MinHeapFreeRatio", min);
        }
    }
}
