package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.bootstrap.config.ConfigKey;
import com.wmxtopup.counter.support.TestApp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// Headless mode as an operator runs it: a separate JVM with no JavaFX on its class path,
/// `--headless --port 0`, `/health` over real HTTP, then SIGTERM and exit code 0.
class HeadlessProcessTest {

    private static final Pattern LISTENING = Pattern.compile("Listening on http://([^:]+):(\\d+)");
    private Process process;

    @AfterEach
    void killLeftovers() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Test
    void headlessServesHealthAndStopsCleanlyOnSigterm() throws Exception {
        Path dataDirectory = TestApp.newDataDirectory("headless");
        process = start("--headless", "--port", "0", "--data-dir", dataDirectory.toString());
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Matcher> listening = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> readOutput(output, listening));

        Matcher address = listening.get(90, TimeUnit.SECONDS);
        URI health = URI.create("http://" + address.group(1) + ":" + address.group(2) + "/health");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"database\":\"UP\",\"mode\":\"demo\"}");
        }

        // SIGTERM on Linux; through the handle, because Process.destroy() also closes our end of
        // the output pipe and we want to read the shutdown lines.
        assertThat(process.toHandle().destroy()).isTrue();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        reader.join(10_000);
        assertThat(process.exitValue()).as(String.join("\n", output)).isZero();
        assertThat(output).anyMatch(line -> line.contains("Received SIGTERM, stopping"));
        assertThat(output).anyMatch(line -> line.contains("Stopped"));
        assertThat(output).noneMatch(line -> line.contains("Exception"));
        assertThat(Files.exists(dataDirectory.resolve("demo").resolve("db").resolve("wmx-topup-demo.mv.db"))).isTrue();
        assertThat(Files.readString(dataDirectory.resolve("logs").resolve("wmx-topup-counter.log"))).contains("Listening on http://");
    }

    @Test
    void aBusyPortFailsWithOneClearLine() throws Exception {
        try (var busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Path dataDirectory = TestApp.newDataDirectory("headless-busy");
            process = start("--headless", "--port", Integer.toString(busy.getLocalPort()), "--data-dir", dataDirectory.toString());
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(output).contains("Cannot start: WEBHOOK_PORT (webhook.port): port " + busy.getLocalPort()
                    + " on 127.0.0.1 is already in use (is another WMX Topup Counter running?); choose another with --port or WEBHOOK_PORT.");
            assertThat(output).doesNotContain("\tat ");
        }
    }

    private static Process start(String... args) throws IOException {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        // The test class path minus JavaFX: headless mode must not need it.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("javafx") && !entry.contains("openjfx"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
        var command = new ArrayList<>(List.of(javaCommand, "-cp", classPath, "-Dlogback.configurationFile=logback.xml",
                Launcher.class.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Demo mode regardless of the machine: no credentials reach the child.
        Arrays.stream(ConfigKey.values()).forEach(key -> builder.environment().remove(key.environmentName()));
        return builder.start();
    }

    private void readOutput(List<String> output, CompletableFuture<Matcher> listening) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    listening.complete(m);
                }
            }
            listening.completeExceptionally(new IllegalStateException("process ended before listening:\n" + String.join("\n", output)));
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
    }
}
