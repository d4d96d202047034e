package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.bootstrap.config.ConfigKey;
import com.wmxtopup.counter.support.HeadlessChild;
import com.wmxtopup.counter.support.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// Headless mode as an operator runs it: a separate JVM with no JavaFX on its class path,
/// `--headless --port 0`, `/health` over real HTTP, then SIGTERM and exit code 0.
class HeadlessProcessTest {

    static final List<String> CONFIG_VARIABLES = Arrays.stream(ConfigKey.values()).map(ConfigKey::environmentName).toList();

    @Test
    void headlessServesHealthAndStopsCleanlyOnSigterm() throws Exception {
        Path dataDirectory = TestApp.newDataDirectory("headless");
        // Demo mode regardless of the machine: no credentials reach the child.
        try (var child = HeadlessChild.start(Map.of(), CONFIG_VARIABLES, "--headless", "--port", "0", "--data-dir",
                dataDirectory.toString())) {
            int port = child.awaitListening(90);
            try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("content-type"))
                        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
                assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"database\":\"UP\",\"mode\":\"demo\"}");
            }

            assertThat(child.terminate(60)).as(String.join("\n", child.output())).isZero();
            assertThat(child.output()).anyMatch(line -> line.contains("Received SIGTERM, stopping"));
            assertThat(child.output()).anyMatch(line -> line.contains("Stopped"));
            assertThat(child.output()).noneMatch(line -> line.contains("Exception"));
        }
        assertThat(Files.exists(dataDirectory.resolve("demo").resolve("db").resolve("wmx-topup-demo.mv.db"))).isTrue();
        assertThat(Files.readString(dataDirectory.resolve("logs").resolve("wmx-topup-counter.log"))).contains("Listening on http://");
    }

    @Test
    void aBusyPortFailsWithOneClearLine() throws Exception {
        try (var busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Path dataDirectory = TestApp.newDataDirectory("headless-busy");
            try (var child = HeadlessChild.start(Map.of(), CONFIG_VARIABLES, "--headless", "--port",
                    Integer.toString(busy.getLocalPort()), "--data-dir", dataDirectory.toString())) {
                assertThat(child.awaitExit(60)).isEqualTo(1);
                String all = String.join("\n", child.output());
                assertThat(all).contains("Cannot start: WEBHOOK_PORT (webhook.port): port " + busy.getLocalPort()
                        + " on 127.0.0.1 is already in use (is another WMX Topup Counter running?); choose another with --port or WEBHOOK_PORT.");
                assertThat(all).doesNotContain("\tat ");
            }
        }
    }
}
