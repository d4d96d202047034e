package com.wmxtopup.counter.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/// The application started as an operator starts it: a separate JVM running the launcher with
/// the given options and environment, with no JavaFX on its class path. Collects its output and
/// tells when it listens.
public final class HeadlessChild implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on http://([^:]+):(\\d+)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final Thread reader;

    private HeadlessChild(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().start(this::read);
    }

    /// Starts the launcher; `environment` replaces every configuration variable of this machine.
    public static HeadlessChild start(Map<String, String> environment, List<String> configVariablesToClear, String... args)
            throws IOException {
        return startWithJvmOptions(List.of(), environment, configVariablesToClear, args);
    }

    /// As [#start(Map, List, String...)], with options for the JVM (e.g. a system property).
    public static HeadlessChild startWithJvmOptions(List<String> jvmOptions, Map<String, String> environment,
            List<String> configVariablesToClear, String... args) throws IOException {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        // The application as shipped: without the tests' classes (and so with its own logging,
        // not logback-test.xml) and without JavaFX (headless never loads it).
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("javafx") && !entry.contains("openjfx") && !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        var command = new ArrayList<>(List.of(javaCommand));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, "com.wmxtopup.counter.bootstrap.Launcher"));
        command.addAll(List.of(args));
        return start(command, environment, configVariablesToClear);
    }

    /// `java -jar JAR args` as a shop owner types it (output and errors together).
    public static HeadlessChild startJar(Path jar, Map<String, String> environment, List<String> configVariablesToClear, String... args)
            throws IOException {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(javaCommand, "-jar", jar.toString()));
        command.addAll(List.of(args));
        return start(command, environment, configVariablesToClear);
    }

    /// Any launcher (e.g. jpackage's app image) with the given command line.
    public static HeadlessChild startCommand(List<String> command, Map<String, String> environment, List<String> configVariablesToClear)
            throws IOException {
        return start(command, environment, configVariablesToClear);
    }

    private static HeadlessChild start(List<String> command, Map<String, String> environment, List<String> configVariablesToClear)
            throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        configVariablesToClear.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        return new HeadlessChild(builder.start());
    }

    /// Waits for a line of output containing `text`.
    public void awaitLine(String text, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (output.stream().noneMatch(line -> line.contains(text))) {
            if (System.nanoTime() > deadline || (!process.isAlive() && !reader.isAlive())) {
                throw new IllegalStateException("no line with \"" + text + "\" within " + seconds + " s:\n" + String.join("\n", output));
            }
            Thread.sleep(100);
        }
    }

    private void read() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(2)));
                }
            }
            port.completeExceptionally(new IllegalStateException("process ended before listening:\n" + String.join("\n", output)));
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
    }

    /// The port it listens on, once it does.
    public int awaitListening(long seconds) throws Exception {
        return port.get(seconds, TimeUnit.SECONDS);
    }

    public Process process() {
        return process;
    }

    public List<String> output() {
        return output;
    }

    /// SIGTERM through the process handle (`Process.destroy()` would also close our end of the
    /// output pipe, and the shutdown lines would be lost); waits for the exit code.
    public int terminate(long seconds) throws Exception {
        process.toHandle().destroy();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("did not stop within " + seconds + " s:\n" + String.join("\n", output));
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /// Waits for the process to end by itself; its exit code, with all its output read.
    public int awaitExit(long seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("still running after " + seconds + " s:\n" + String.join("\n", output));
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /// SIGKILL: no shutdown of any kind, like a power cut.
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
