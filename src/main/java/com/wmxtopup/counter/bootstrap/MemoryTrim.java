package com.wmxtopup.counter.bootstrap;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Gives back the memory start-up used and no longer needs, once the window has been open a
/// few seconds (issue 17, ADR 0016).
///
/// Start-up (Flyway, the catalog of thousands of products, the first screens)
/// makes G1 grow the heap to several hundred MiB while the live objects afterwards are under
/// 100 MiB, and G1 keeps what it grew; C2's compilations leave freed C-heap in glibc's arenas. So
/// [#SETTLE] after the window opened, on a thread of its own: heap free ratios that let the heap
/// shrink (`MinHeapFreeRatio` 5, `MaxHeapFreeRatio` 10, manageable flags), one full GC (on
/// JDK 25, G1 and Serial uncommit what a full GC freed beyond those ratios), then glibc's
/// `malloc_trim` (`System.trim_native_heap`; a no-op elsewhere). One pause while the cashier has
/// only just got the counter, logged with its length and the resident set before and after.
///
/// The same for `java -jar` and the installed console (JVM options cannot travel in a jar).
/// `-Dwmx.memory-trim=off` leaves it out (to measure without it).
final class MemoryTrim {

    /// Time after "Console window open" before trimming: the window's first layouts, the customer
    /// display and the first pass of the order screen are done by then.
    static final Duration SETTLE = Duration.ofSeconds(3);
    /// How long nobody may have typed or clicked before the trim's pause.
    static final Duration QUIET = Duration.ofSeconds(2);
    /// The trim happens by then even at a counter that is never quiet.
    static final Duration LATEST = Duration.ofSeconds(60);
    /// What `lastInput` says before the first key or click.
    static final long NO_INPUT = Long.MIN_VALUE;
    static final int MIN_HEAP_FREE_RATIO = 5;
    static final int MAX_HEAP_FREE_RATIO = 10;
    static final String SWITCH = "wmx.memory-trim";

    private static final Logger log = LoggerFactory.getLogger(MemoryTrim.class);

    /// What the trim asks of the running JVM, so that the decision can be tested without one.
    interface Jvm {

        /// Sets `MinHeapFreeRatio` and `MaxHeapFreeRatio` (min first: max may not go below it).
        void setHeapFreeRatios(int min, int max) throws Exception;

        /// One full collection (`System.gc()`).
        void collect();

        /// Waits for what the collection freed to be uncommitted (G1 does it on its service thread
        /// just after the pause).
        void awaitUncommit();

        /// glibc's `malloc_trim`; what the JVM says it gave back.
        String trimNativeHeap() throws Exception;

        /// The heap's committed bytes.
        long heapCommitted();

        /// Resident set of the process, where the OS tells it.
        OptionalLong resident();
    }

    /// What one trim did.
    record Result(long pauseNanos, long heapBefore, long heapAfter, OptionalLong residentBefore, OptionalLong residentAfter) {
    }

    private final Jvm jvm;
    private final BiConsumer<Duration, Runnable> later;
    private final LongSupplier nanoTime;
    private final boolean enabled;
    private final AtomicBoolean pending = new AtomicBoolean();

    MemoryTrim(Jvm jvm, BiConsumer<Duration, Runnable> later, LongSupplier nanoTime, boolean enabled) {
        this.jvm = jvm;
        this.later = later;
        this.nanoTime = nanoTime;
        this.enabled = enabled;
    }

    /// The real JVM, a daemon thread that waits [#SETTLE]; off when `-Dwmx.memory-trim=off`.
    static MemoryTrim forThisJvm() {
        return new MemoryTrim(new ThisJvm(), MemoryTrim::runLater, System::nanoTime, !"off".equals(System.getProperty(SWITCH)));
    }

    /// The console window is open: trim once [#SETTLE] later (once per window; a restart's window
    /// trims again, the first application's objects being garbage by then).
    void windowOpened() {
        windowOpened(() -> NO_INPUT);
    }

    /// As [#windowOpened()], and the trim's pause (a few hundred ms) waits until nobody has typed
    /// or clicked for [#QUIET] — a cashier already serving does not see the counter stop — or
    /// until [#LATEST] after the window opened, whichever comes first.
    ///
    /// @param lastInput `System.nanoTime()` of the last key or click in the window, [#NO_INPUT] if none
    void windowOpened(LongSupplier lastInput) {
        if (!enabled || !pending.compareAndSet(false, true)) {
            return;
        }
        long opened = nanoTime.getAsLong();
        later.accept(SETTLE, () -> trimWhenQuiet(opened, lastInput));
    }

    private void trimWhenQuiet(long opened, LongSupplier lastInput) {
        long now = nanoTime.getAsLong();
        long input = lastInput.getAsLong();
        long quietFor = input == NO_INPUT ? Long.MAX_VALUE : now - input;
        if (quietFor < QUIET.toNanos() && now - opened < LATEST.toNanos()) {
            later.accept(Duration.ofNanos(QUIET.toNanos() - quietFor), () -> trimWhenQuiet(opened, lastInput));
            return;
        }
        try {
            trim();
        } finally {
            pending.set(false);
        }
    }

    /// Ratios, one full GC, the C heap; logged once. Never throws: a JVM without the diagnostic
    /// MBeans (a runtime without `jdk.management`) or a refused flag only means less is given back.
    Result trim() {
        OptionalLong residentBefore = jvm.resident();
        long heapBefore = jvm.heapCommitted();
        try {
            jvm.setHeapFreeRatios(MIN_HEAP_FREE_RATIO, MAX_HEAP_FREE_RATIO);
        } catch (Exception e) {
            log.debug("Heap free ratios not set ({}); the full GC gives back less", e.toString());
        }
        long start = nanoTime.getAsLong();
        jvm.collect();
        long pause = nanoTime.getAsLong() - start;
        jvm.awaitUncommit();
        String nativeTrim;
        try {
            nativeTrim = jvm.trimNativeHeap().strip();
        } catch (javax.management.ReflectionException e) {
            // jpackage's jlinked runtime: its DiagnosticCommand MBean lists no System.trim_native_heap
            // (the Linux launcher trims on the JVM's timer instead, -XX:TrimNativeHeapInterval).
            nativeTrim = "no System.trim_native_heap in this runtime";
        } catch (Exception e) {
            nativeTrim = "native heap not trimmed (" + e + ")";
        }
        var result = new Result(pause, heapBefore, jvm.heapCommitted(), residentBefore, jvm.resident());
        log.info("Memory after start-up given back: heap {} → {} MiB committed, resident {} → {} MiB; full GC {} ms; {}",
                mib(result.heapBefore()), mib(result.heapAfter()), mib(result.residentBefore()), mib(result.residentAfter()),
                result.pauseNanos() / 1_000_000, nativeTrim.replace('\n', ' '));
        return result;
    }

    private static String mib(OptionalLong bytes) {
        return bytes.isPresent() ? mib(bytes.getAsLong()) : "?";
    }

    private static String mib(long bytes) {
        return Long.toString(bytes >> 20);
    }

    private static void runLater(Duration delay, Runnable task) {
        Thread.ofPlatform().daemon().name("memory-trim").start(() -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                return;
            }
            task.run();
        });
    }

    /// The running HotSpot, through the platform MBean server (its classes are loaded during start-up anyway): the
    /// `HotSpotDiagnostic` and `DiagnosticCommand` MBeans of `jdk.management`, `/proc/self/status`.
    private static final class ThisJvm implements Jvm {

        private static final Duration UNCOMMIT_WAIT = Duration.ofMillis(500);

        @Override
        public void setHeapFreeRatios(int min, int max) throws JMException {
            var server = ManagementFactory.getPlatformMBeanServer();
            var diagnostic = new ObjectName("com.sun.management:type=HotSpotDiagnostic");
            String[] signature = {String.class.getName(), String.class.getName()};
            server.invoke(diagnostic, "setVMOption", new Object[] {"MinHeapFreeRatio", Integer.toString(min)}, signature);
            server.invoke(diagnostic, "setVMOption", new Object[] {"MaxHeapFreeRatio", Integer.toString(max)}, signature);
        }

        @Override
        public void collect() {
            System.gc();
        }

        @Override
        public void awaitUncommit() {
            try {
                Thread.sleep(UNCOMMIT_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public String trimNativeHeap() throws JMException {
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return String.valueOf(answer);
        }

        @Override
        public long heapCommitted() {
            return Runtime.getRuntime().totalMemory();
        }

        @Override
        public OptionalLong resident() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            return OptionalLong.empty();
        }
    }
}
