package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.wmxtopup.counter.support.HeadlessChild;
import com.wmxtopup.counter.support.TestApp;
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
import org.junit.jupiter.api.Test;

/// The headless server as the Containerfile ships it: `installer/container/build-runtime.sh`
/// links a runtime of only the modules headless mode needs (no JavaFX), and the server started
/// from it answers /health, loads no JavaFX class, and exits 0 on SIGTERM.
class ServerRuntimeIT {

    static final Path SERVER = Path.of("target", "server");

    @Test
    void theJlinkedRuntimeServesHealthWithoutJavaFx() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the server folder is built on Linux");
        Process build = new ProcessBuilder("bash", "installer/container/build-runtime.sh", SERVER.toString())
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(build.exitValue()).as(output).isZero();
        assertThat(SERVER.resolve("runtime/bin/java")).isExecutable();
        assertThat(SERVER.resolve("runtime/lib/modules")).exists();
        try (var modules = Files.list(SERVER.resolve("app/lib"))) {
            assertThat(modules.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("javafx"));
        }

        Path data = TestApp.newDataDirectory("server-runtime");
        Path classes = data.resolve("classes.txt");
        try (var child = HeadlessChild.startCommand(
                List.of(SERVER.resolve("bin/wmx-topup-counter-server").toString(), "--port", "0", "--data-dir", data.toString()),
                Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + classes), PackagedJarIT.cleared())) {
            int port = child.awaitListening(120);
            try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"status\":\"UP\"");
            }
            assertThat(child.terminate(60)).as(String.join("\n", child.output())).isZero();
            assertThat(child.output()).noneMatch(line -> line.contains("ERROR"));
        }
        // The runtime has no JavaFX module, so a JavaFX class could not load anyway; this says
        // the class path does not bring one either (a stray javafx jar would).
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded).hasSizeGreaterThan(1_000).noneMatch(line -> line.contains("javafx."));
    }
}
