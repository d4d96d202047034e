package com.wmxtopup.counter.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/// How long a launch takes until something is on screen, until the counter can be used, and
/// until headless mode listens, each a fresh JVM started the way the packaged application starts
/// (the jar and target/lib on the class path, JavaFX from target/lib/javafx as modules), beside
/// an empty JavaFX window started with the same flags in the same run. Then the same launch with
/// a JDK 25 AOT cache (JEP 483/514) made by one training launch. Needs `package` (it runs in
/// `./mvnw -Pbenchmark verify`) and a display: Xvfb is started when /usr/bin/Xvfb exists.
///
/// Its own table (times are from `Process.start` to the line that says so, so
/// [BenchmarkTable]'s in-process timing does not fit); same columns.
public final class StartupBenchmark {

    private static final Path TARGET = Path.of("target");
    private static final List<String> CONFIG_VARIABLES = List.of("DATABASE_URL", "WMX_DATA_DIR", "VIP_RESELLER_API_URL",
            "VIP_RESELLER_API_ID", "VIP_RESELLER_API_KEY", "MIDTRANS_SERVER_KEY", "MIDTRANS_CLIENT_KEY", "MIDTRANS_IS_PRODUCTION",
            "MIDTRANS_API_URL", "WEBHOOK_PORT", "WEBHOOK_BIND_ADDRESS", "API_TOKEN", "SHOP_LANGUAGE", "JAVA_TOOL_OPTIONS",
            "JDK_JAVA_OPTIONS");

    private record Row(String name, long[] millis, double targetMs, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final String display;

    private StartupBenchmark(String display) {
        this.display = display;
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("startup.runs", 5);
        if (!Files.isRegularFile(TARGET.resolve("wmx-topup-counter.jar")) || !Files.isDirectory(TARGET.resolve("lib/javafx"))) {
            System.out.println("StartupBenchmark: target/wmx-topup-counter.jar or target/lib/javafx missing (run package first)");
            return;
        }
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
            xvfb = new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine();
        }
        try {
            new StartupBenchmark(display).run(runs);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private void run(int runs) throws Exception {
        Path work = Files.createDirectories(TARGET.resolve("startup-benchmark"));
        Path data = work.resolve("data");
        Path aot = work.resolve("app.aot");
        deleteRecursively(data);
        Files.deleteIfExists(aot);

        // A fresh data folder once (Flyway creates the schema, the demo store is seeded); every
        // later launch finds it, as a shop's console does each morning.
        rows.add(new Row("headless, first start (empty data folder)",
                new long[] {launch(app(List.of(), "--headless", data), "Listening on", true)}, Double.NaN, "Flyway and the demo store"));
        rows.add(new Row("headless → Listening", times(runs, () -> launch(app(List.of(), "--headless", data), "Listening on", true)),
                Double.NaN, "webhook receiver, REST API and sync worker up"));
        if (display == null) {
            System.out.println("StartupBenchmark: no display (no Xvfb, no DISPLAY): the window rows are skipped");
            print();
            return;
        }
        String against = System.getProperty("startup.against", "");
        if (!against.isBlank()) {
            compare(Path.of(against), work, data, runs);
            print();
            return;
        }
        long[] empty = times(runs, () -> launch(emptyWindow(), "Empty window on screen", false));
        double budget = 1.5 * median(empty);
        rows.add(new Row("empty JavaFX window (baseline, same flags)", empty, Double.NaN, "Platform.startup + one Stage"));
        measureWindow("", List.of(), data, runs, budget);

        // JEP 514: one launch with -XX:AOTCacheOutput records what is loaded and linked until it
        // exits, and writes the cache; later launches map it.
        launchAndStop(app(List.of("-XX:AOTCacheOutput=" + aot), null, data), "Console window open");
        if (Files.isRegularFile(aot)) {
            measureWindow(" (AOT cache)", List.of("-XX:AOTCache=" + aot), data, runs, budget);
            rows.add(new Row("headless → Listening (AOT cache of the window)",
                    times(runs, () -> launch(app(List.of("-XX:AOTCache=" + aot), "--headless", data), "Listening on", true)), Double.NaN,
                    "the cache of a window launch"));
            measureLiveConsole(work.resolve("live"), aot, runs);
        } else {
            System.out.println("StartupBenchmark: the training launch wrote no AOT cache: its rows are skipped");
        }
        print();
    }

    /// A shop's console: credentials set, so no simulators and no demo owner signed in — the
    /// window opens behind the PIN lock, which is the counter a cashier meets each morning. The
    /// supplier and the gateway are named at a closed loopback port (nothing is asked of them
    /// before the window opens; the sync worker's later attempts just fail).
    private void measureLiveConsole(Path data, Path aot, int runs) throws Exception {
        deleteRecursively(data);
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var live = java.util.Map.of("VIP_RESELLER_API_ID", "BENCH001", "VIP_RESELLER_API_KEY", "startup-benchmark-key-0123",
                "VIP_RESELLER_API_URL", "http://127.0.0.1:" + closedPort + "/api", "MIDTRANS_SERVER_KEY",
                "SB-Mid-server-startup-benchmark", "MIDTRANS_API_URL", "http://127.0.0.1:" + closedPort);
        List<String> command = live(List.of("-XX:AOTCache=" + aot), data);
        try (var first = new Child(command, display, live)) { // the schema made once, not timed
            first.start();
            first.await("Console window open", System.nanoTime());
        }
        long[] usable = new long[runs];
        for (int i = 0; i < runs; i++) {
            try (var child = new Child(command, display, live)) {
                long start = System.nanoTime();
                child.start();
                usable[i] = (child.await("Console window open", start) - start) / 1_000_000;
            }
        }
        rows.add(new Row("live console → PIN lock (AOT cache)", usable, 1_500,
                "a shop's start: no simulators, no demo sign-in; the cache of the demo launch"));
    }

    /// `-Dstartup.against=JAR`: this build's usable counter against another build's — the jar of
    /// the commit before a change, copied aside, beside the same target/lib — each with the AOT
    /// cache of its own training launch, launched in turns. Launches vary by about ±50 ms between
    /// batches, so a change of that size shows only side by side (docs/benchmarks.md#start-up).
    private void compare(Path other, Path work, Path data, int runs) throws Exception {
        if (!Files.isRegularFile(other)) {
            throw new IllegalArgumentException("-Dstartup.against: no jar at " + other);
        }
        Path thisJar = TARGET.resolve("wmx-topup-counter.jar");
        Path thisAot = work.resolve("this-build.aot");
        Path otherAot = work.resolve("other-build.aot");
        for (Path aot : List.of(thisAot, otherAot)) {
            Files.deleteIfExists(aot);
        }
        launchAndStop(console(thisJar, List.of("-XX:AOTCacheOutput=" + thisAot), data, List.of("--demo")), "Console window open");
        launchAndStop(console(other, List.of("-XX:AOTCacheOutput=" + otherAot), data, List.of("--demo")), "Console window open");
        long[] mine = new long[runs];
        long[] theirs = new long[runs];
        for (int i = 0; i < runs; i++) {
            var thisLaunch = console(thisJar, List.of("-XX:AOTCache=" + thisAot), data, List.of("--demo"));
            var otherLaunch = console(other, List.of("-XX:AOTCache=" + otherAot), data, List.of("--demo"));
            if (i % 2 == 0) {
                mine[i] = launchWindow(thisLaunch)[1];
                theirs[i] = launchWindow(otherLaunch)[1];
            } else {
                theirs[i] = launchWindow(otherLaunch)[1];
                mine[i] = launchWindow(thisLaunch)[1];
            }
        }
        rows.add(new Row("usable counter (AOT cache), this build", mine, 1_500, "in turns with the other build"));
        rows.add(new Row("usable counter (AOT cache), the other build", theirs, 1_500, other.toString()));
    }

    private void measureWindow(String suffix, List<String> jvmOptions, Path data, int runs, double budget) throws Exception {
        long[] frame = new long[runs];
        long[] usable = new long[runs];
        for (int i = 0; i < runs; i++) {
            long[] both = launchWindow(app(jvmOptions, null, data));
            frame[i] = both[0];
            usable[i] = both[1];
        }
        rows.add(new Row("launch → first frame (splash)" + suffix, frame, budget, "target: 1.5 × the empty window's median"));
        rows.add(new Row("launch → usable counter" + suffix, usable, 1_500, "the console window shown"));
    }

    /// As [#app] without `--demo`: the configuration (credentials) decides.
    private List<String> live(List<String> jvmOptions, Path data) {
        return console(jvmOptions, data, List.of());
    }

    /// The console in demo mode; `mode` (`--headless`) or null.
    private List<String> app(List<String> jvmOptions, String mode, Path data) {
        return console(jvmOptions, data, mode == null ? List.of("--demo") : List.of("--demo", mode));
    }

    private List<String> console(List<String> jvmOptions, Path data, List<String> modes) {
        return console(TARGET.resolve("wmx-topup-counter.jar"), jvmOptions, data, modes);
    }

    private List<String> console(Path jar, List<String> jvmOptions, Path data, List<String> modes) {
        String classPath;
        try (Stream<Path> libs = Files.list(TARGET.resolve("lib"))) {
            classPath = Stream.concat(Stream.of(jar),
                    libs.filter(p -> p.toString().endsWith(".jar")).sorted())
                    .map(Path::toString).reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var command = new ArrayList<String>(javaFxFlags());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, "com.wmxtopup.counter.bootstrap.Launcher", "--port", "0", "--data-dir",
                data.toString()));
        command.addAll(modes);
        return command;
    }

    private List<String> emptyWindow() {
        var command = new ArrayList<String>(javaFxFlags());
        command.addAll(List.of("-cp", TARGET.resolve("test-classes").toString(), EmptyWindow.class.getName()));
        return command;
    }

    /// The JIT option the installers' launchers give the console (installer/*/build.*;
    /// `LauncherOptionsTest` keeps them equal).
    public static final String LAUNCHER_JIT_OPTION = "-XX:CompileThresholdScaling=10";

    /// What the jpackage launcher gives the console: JavaFX as named modules and its JIT option.
    private static List<String> javaFxFlags() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // -Dstartup.jit=none times the launches without it (the figures before ADR 0020).
        String jit = System.getProperty("startup.jit", LAUNCHER_JIT_OPTION);
        var flags = new ArrayList<>(List.of(java, "--module-path", TARGET.resolve("lib/javafx").toString(), "--add-modules",
                "javafx.controls,javafx.fxml,javafx.swing", "--enable-native-access=javafx.graphics,ALL-UNNAMED"));
        if (!"none".equals(jit)) {
            flags.add(jit);
        }
        return flags;
    }

    private interface Launch {
        long millis() throws Exception;
    }

    private static long[] times(int runs, Launch launch) throws Exception {
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = launch.millis();
        }
        return millis;
    }

    /// Milliseconds from starting the process to a line containing `text`; then stops it.
    private long launch(List<String> command, String text, boolean headless) throws Exception {
        try (var child = new Child(command, headless ? null : display)) {
            long start = System.nanoTime();
            child.start();
            return (child.await(text, start) - start) / 1_000_000;
        }
    }

    /// The splash's and the console window's lines of one launch.
    private long[] launchWindow(List<String> command) throws Exception {
        try (var child = new Child(command, display)) {
            long start = System.nanoTime();
            child.start();
            long frame = child.await("Splash on screen", start);
            long usable = child.await("Console window open", start);
            return new long[] {(frame - start) / 1_000_000, (usable - start) / 1_000_000};
        }
    }

    private void launchAndStop(List<String> command, String text) throws Exception {
        try (var child = new Child(command, display)) {
            long start = System.nanoTime();
            child.start();
            child.await(text, start);
        }
    }

    /// One launched JVM: its output lines with the time each arrived; stopped with SIGTERM.
    private static final class Child implements AutoCloseable {

        private final ProcessBuilder builder;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final List<Long> arrivals = new CopyOnWriteArrayList<>();
        private Process process;

        Child(List<String> command, String display) {
            this(command, display, java.util.Map.of());
        }

        Child(List<String> command, String display, java.util.Map<String, String> configuration) {
            builder = new ProcessBuilder(command).redirectErrorStream(true);
            CONFIG_VARIABLES.forEach(builder.environment()::remove);
            builder.environment().putAll(configuration);
            builder.environment().remove("DISPLAY");
            if (display != null) {
                builder.environment().put("DISPLAY", display);
            }
        }

        void start() throws IOException {
            process = builder.start();
            Thread.ofPlatform().daemon().start(() -> {
                try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        arrivals.add(System.nanoTime());
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process ended; await() says so
                }
            });
        }

        long await(String text, long start) throws InterruptedException {
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(180)) {
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(text)) {
                        return arrivals.get(i);
                    }
                }
                if (!process.isAlive() && arrivals.size() == lines.size()) {
                    Thread.sleep(200);
                    if (lines.stream().noneMatch(l -> l.contains(text))) {
                        break;
                    }
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("no \"" + text + "\":\n" + String.join("\n", lines));
        }

        @Override
        public void close() throws InterruptedException {
            if (process == null) {
                return;
            }
            process.toHandle().destroy(); // SIGTERM: the database closes cleanly for the next launch
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static double median(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private void print() {
        System.out.println();
        System.out.println("Startup benchmark (Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores; each row a fresh JVM, times from Process.start)");
        System.out.printf(Locale.ROOT, "| %-48s | %10s | %10s | %10s | %-6s | %s%n", "case", "median ms", "max ms", "target ms", "ok",
                "note (runs)");
        System.out.println("|" + "-".repeat(50) + "|" + "-".repeat(12) + "|" + "-".repeat(12) + "|" + "-".repeat(12) + "|"
                + "-".repeat(8) + "|------");
        for (Row r : rows) {
            long max = Arrays.stream(r.millis).max().orElse(0);
            boolean noTarget = Double.isNaN(r.targetMs);
            System.out.printf(Locale.ROOT, "| %-48s | %10.0f | %10d | %10s | %-6s | %s %s%n", r.name, median(r.millis), max,
                    noTarget ? "-" : String.format(Locale.ROOT, "%.0f", r.targetMs), noTarget
                            ? ""
                            : median(r.millis) <= r.targetMs
                                    ? "yes"
                                    : "OVER",
                    r.note, Arrays.toString(r.millis));
        }
        System.out.println();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
