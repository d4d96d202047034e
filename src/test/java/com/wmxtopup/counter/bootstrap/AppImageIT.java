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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The Linux app image as `installer/linux/build.sh` makes it (jpackage, its own runtime), built
/// from the packaged jar and smoke-tested: headless answers /health and exits 0 on SIGTERM; the
/// window opens under Xvfb (a screenshot is kept in target/).
class AppImageIT {

    static final Path IMAGE = Path.of("target", "installer", "wmx-topup-counter");
    static final Path LAUNCHER = IMAGE.resolve("bin").resolve("wmx-topup-counter");

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the Linux app image is built on Linux");
        var builder = new ProcessBuilder("bash", "installer/linux/build.sh").redirectErrorStream(true);
        builder.environment().put("SKIP_MAVEN", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(LAUNCHER).isExecutable();
    }

    @Test
    void headlessAnswersHealthAndStopsWithZeroOnSigterm() throws Exception {
        Path data = TestApp.newDataDirectory("image-headless");
        try (var child = HeadlessChild.startCommand(
                List.of(LAUNCHER.toString(), "--headless", "--port", "0", "--data-dir", data.toString()),
                Map.of(), PackagedJarIT.cleared())) {
            int port = child.awaitListening(90);
            try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"status\":\"UP\"");
            }
            assertThat(child.terminate(60)).as(String.join("\n", child.output())).isZero();
        }
    }

    @Test
    void theWindowOpensUnderXvfb() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")), "Xvfb is not installed");
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Path data = TestApp.newDataDirectory("image-window");
            try (var child = HeadlessChild.startCommand(List.of(LAUNCHER.toString(), "--port", "0", "--data-dir", data.toString()),
                    Map.of("DISPLAY", ":" + display), PackagedJarIT.cleared())) {
                child.awaitLine("Console window open", 120);
                assertThat(child.output()).noneMatch(line -> line.contains("ERROR") || line.contains(PackagedJarIT.WARNING));
                if (Files.isExecutable(Path.of("/usr/bin/import"))) {
                    Thread.sleep(2_000); // let the first frame be drawn
                    var shot = new ProcessBuilder("/usr/bin/import", "-display", ":" + display, "-window", "root",
                            "target/app-image-window.png").redirectErrorStream(true).start();
                    shot.waitFor(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
