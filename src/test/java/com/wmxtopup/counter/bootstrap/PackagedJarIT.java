package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.wmxtopup.counter.support.HeadlessChild;
import com.wmxtopup.counter.support.TestApp;
import java.io.BufferedReader;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/// The packaged `target/wmx-topup-counter.jar` started with `java -jar`, as the README says
/// (failsafe, after `package`): JavaFX is loaded as named modules, so JavaFX never warns
/// "Unsupported JavaFX configuration", and headless mode still needs no display.
class PackagedJarIT {

    static final Path JAR = Path.of("target", "wmx-topup-counter.jar");
    static final String WARNING = "Unsupported JavaFX configuration";

    /// Demo mode whatever the machine, and no display unless the test gives one.
    static Map<String, String> environment() {
        return Map.of();
    }

    static List<String> cleared() {
        var cleared = new ArrayList<>(HeadlessProcessTest.CONFIG_VARIABLES);
        cleared.addAll(List.of("DISPLAY", "WAYLAND_DISPLAY"));
        return cleared;
    }

    /// `lib/` (which the installers copy) holds exactly the jars of the launcher's class path: none
    /// left over from a dependency an earlier build had (the build empties it before copying).
    @Test
    void libHoldsExactlyTheClassPathsJars() throws Exception {
        String classPath = Files.readString(Path.of("target", "classes", "META-INF", "wmx-topup-counter", "class-path")).strip();
        var expected = java.util.Arrays.stream(classPath.split(":")).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).getFileName().toString()).sorted().toList();
        try (var files = Files.list(JAR.resolveSibling("lib"))) {
            var jars = files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
            assertThat(jars).isNotEmpty().isEqualTo(expected);
        }
    }

    @Test
    void theWindowWithoutADisplayStartsJavaFxAsModulesAndSaysWhyItCannotOpen() throws Exception {
        Path data = TestApp.newDataDirectory("jar-window");
        try (var child = HeadlessChild.startJar(JAR, environment(), cleared(), "--data-dir", data.toString(), "--port", "0")) {
            assertThat(child.awaitExit(90)).isEqualTo(1);
            String all = String.join("\n", child.output());
            // JavaFX itself ran (the platform was asked to start) and said nothing about its configuration.
            assertThat(all).contains("The console window cannot open");
            assertThat(all).doesNotContain(WARNING).doesNotContain("\tat ");
        }
    }

    @Test
    void theWindowOpensUnderXvfbWithoutTheWarning() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")), "Xvfb is not installed");
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(display).as("Xvfb's display number").matches("\\d+");
            Path data = TestApp.newDataDirectory("jar-xvfb");
            try (var child = HeadlessChild.startJar(JAR, Map.of("DISPLAY", ":" + display), cleared(), "--data-dir", data.toString(),
                    "--port",
                    "0")) {
                child.awaitLine("Console window open", 120);
                assertThat(child.output()).noneMatch(line -> line.contains(WARNING) || line.contains("WARN") || line.contains("ERROR"));
            }
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void headlessFromTheJarServesHealthAndStopsCleanly() throws Exception {
        Path data = TestApp.newDataDirectory("jar-headless");
        try (var child = HeadlessChild.startJar(JAR, environment(), cleared(), "--headless", "--port", "0", "--data-dir",
                data.toString())) {
            int port = child.awaitListening(90);
            try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
            }
            assertThat(child.terminate(60)).as(String.join("\n", child.output())).isZero();
            assertThat(child.output()).noneMatch(line -> line.contains(WARNING) || line.contains("Exception"));
        }
    }
}
