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

    /// The installers' AOT training start (TrainingRun): it must end by itself, with 0, for the JDK
    /// to write the cache — a kill would leave none.
    @Test
    void aTrainingStartStopsByItselfOnceItListens() throws Exception {
        Path dataDirectory = TestApp.newDataDirectory("headless-training");
        try (var child = HeadlessChild.startWithJvmOptions(List.of("-D" + TrainingRun.EXIT_WHEN_OPEN + "=true"), Map.of(),
                CONFIG_VARIABLES, "--headless", "--port", "0", "--data-dir", dataDirectory.toString())) {
            child.awaitListening(60);
            assertThat(child.awaitExit(60)).as(String.join("\n", child.output())).isZero();
            assertThat(child.output()).anyMatch(line -> line.contains("Training start: stopping"));
        }
    }

    @Test
    void liveSecretsAppearNeitherInTheLogNorInTheDatabaseFile() throws Exception {
        Path dataDirectory = TestApp.newDataDirectory("headless-secrets");
        String vipKey = "vip-key-" + "s3cr3t".repeat(6);
        String midtransKey = "SB-Mid-server-" + "m1dtr4ns".repeat(3);
        String apiToken = "api-token-" + "t0k3n".repeat(6);
        // Live mode against servers that refuse the connection: the console starts, fails to reach
        // them, logs why, and must not log a secret while doing so.
        var environment = Map.of("VIP_RESELLER_API_ID", "U6jeSCRN", "VIP_RESELLER_API_KEY", vipKey, "VIP_RESELLER_API_URL",
                "http://127.0.0.1:9/api", "MIDTRANS_SERVER_KEY", midtransKey, "MIDTRANS_API_URL", "http://127.0.0.1:9", "API_TOKEN",
                apiToken);
        try (var child = HeadlessChild.start(environment, CONFIG_VARIABLES, "--headless", "--port", "0", "--data-dir",
                dataDirectory.toString())) {
            int port = child.awaitListening(90);
            try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                var sync = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/services?action=sync"))
                        .header("Authorization", "Bearer " + apiToken).POST(HttpRequest.BodyPublishers.noBody())
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(sync.statusCode()).as(sync.body()).isEqualTo(502);
            }
            assertThat(child.terminate(60)).isZero();
            String output = String.join("\n", child.output());
            assertThat(output).contains("LIVE mode").doesNotContain(vipKey).doesNotContain(midtransKey).doesNotContain(apiToken);
        }
        String log = Files.readString(dataDirectory.resolve("logs").resolve("wmx-topup-counter.log"));
        assertThat(log).contains("Listening on http://").contains("VIP Reseller").doesNotContain(vipKey).doesNotContain(midtransKey)
                .doesNotContain(apiToken);
        try (var files = Files.walk(dataDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(vipKey).doesNotContain(midtransKey).doesNotContain(apiToken);
            }
        }
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
