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

    /// build.sh trains a JDK 25 AOT cache with one start that ends itself (the window under Xvfb, else
    /// headless) and hands it to the launcher, with the JIT option StartupBenchmark times.
    @Test
    void theImageStartsWithTheAotCacheItWasTrainedWith() throws Exception {
        Path cache = IMAGE.resolve("lib/app/wmx-topup-counter.aot");
        assertThat(cache).isNotEmptyFile();
        assertThat(Files.readAllLines(IMAGE.resolve("lib/app/wmx-topup-counter.cfg")))
                .contains("java-options=-XX:AOTCache=$APPDIR/wmx-topup-counter.aot")
                .contains("java-options=" + com.wmxtopup.counter.benchmark.StartupBenchmark.LAUNCHER_JIT_OPTION)
                .noneMatch(line -> line.contains("AOTCacheOutput") || line.contains(TrainingRun.EXIT_WHEN_OPEN));
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
                    Path png = Path.of("target", "app-image-window.png");
                    Files.deleteIfExists(png);
                    var shot = new ProcessBuilder("/usr/bin/import", "-display", ":" + display, "-window", "root",
                            png.toString()).redirectErrorStream(true).start();
                    assertThat(shot.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    assertThat(png).isNotEmptyFile();
                } else {
                    System.out.println("ImageMagick's import is not installed: no screenshot of the window");
                }
            }
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /// The .deb around the tested image, as a shop owner on Debian or Ubuntu installs it: `apt-get
    /// install ./….deb` (which pulls its dependencies where missing), the installed launcher started headless once
    /// (/health, SIGTERM → 0), then purged; nothing of it stays in /opt. Needs root, dpkg and
    /// apt-get, as CI has; elsewhere it is skipped with the reason.
    @Test
    void theDebInstallsStartsHeadlessAndPurges() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "installing a .deb needs root");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dpkg")) && Files.isExecutable(Path.of("/usr/bin/apt-get")),
                "no dpkg/apt-get: not a Debian-like machine");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/fakeroot")), "jpackage needs fakeroot to build a .deb");
        assumeTrue(run(List.of("dpkg", "-s", PACKAGE)).exit() != 0,
                PACKAGE + " is already installed on this machine: not touching it");
        var build = new ProcessBuilder("bash", "installer/linux/build.sh", "deb");
        build.environment().put("SKIP_MAVEN", "1");
        build.environment().put("FROM_IMAGE", IMAGE.toString());
        // dpkg-deb's default xz took over 5 minutes for the ~124 MB image on the shared 2-core
        // machine; a test package only has to install, so gzip -1 (the release keeps xz).
        build.environment().put("DPKG_DEB_COMPRESSOR_TYPE", "gzip");
        build.environment().put("DPKG_DEB_COMPRESSOR_LEVEL", "1");
        Result built = run(build);
        assertThat(built.exit()).as(built.output()).isZero();
        Path deb;
        try (var files = Files.list(IMAGE.getParent())) {
            deb = files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Path installed = Path.of("/opt", PACKAGE, "bin", PACKAGE);
        try {
            var install = new ProcessBuilder("apt-get", "install", "-y", "-q", deb.toAbsolutePath().toString());
            install.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Result apt = run(install);
            assertThat(apt.exit()).as(apt.output()).isZero();
            assertThat(installed).isExecutable();
            assertThat(run(List.of("dpkg", "-s", "libgtk-3-0")).exit()).as("the .deb's dependency came with it").isZero();

            Path data = TestApp.newDataDirectory("deb-headless");
            try (var child = HeadlessChild.startCommand(
                    List.of(installed.toString(), "--headless", "--port", "0", "--data-dir", data.toString()),
                    Map.of(), PackagedJarIT.cleared())) {
                int port = child.awaitListening(90);
                try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(health.statusCode()).isEqualTo(200);
                }
                assertThat(child.terminate(60)).as(String.join("\n", child.output())).isZero();
            }
        } finally {
            var purge = new ProcessBuilder("apt-get", "purge", "-y", "-q", PACKAGE);
            purge.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Result purged = run(purge);
            assertThat(purged.exit()).as(purged.output()).isZero();
        }
        assertThat(run(List.of("dpkg", "-s", PACKAGE)).exit()).as("purged").isNotZero();
        assertThat(installed.getParent().getParent()).doesNotExist();
    }

    static final String PACKAGE = "wmx-topup-counter";

    record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws Exception {
        return run(new ProcessBuilder(command));
    }

    private static Result run(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
        return new Result(process.exitValue(), output);
    }
}
