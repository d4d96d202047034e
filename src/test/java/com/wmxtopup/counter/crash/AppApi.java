package com.wmxtopup.counter.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/// The application's local REST API (docs/configuration.md) as the crash suite uses it, on a
/// fixed loopback port that stays the same across restarts.
final class AppApi implements AutoCloseable {

    record Reply(int status, JsonNode body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String token;

    AppApi(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    Reply createQris(String sku, String userId) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("sku", sku).put("userId", userId).put("paymentMethod", "QRIS");
        return post("/api/orders/create", body);
    }

    Reply createCash(String sku, String userId, long cashReceived) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("sku", sku).put("userId", userId).put("paymentMethod", "CASH")
                .put("cashReceived", cashReceived);
        return post("/api/orders/create", body);
    }

    /// The order as stored, or empty when the application answers 404.
    Optional<JsonNode> order(String orderNumber) throws IOException, InterruptedException {
        Reply reply = send(request("/api/orders/" + orderNumber).GET().build());
        if (reply.status() == 404) {
            return Optional.empty();
        }
        if (reply.status() != 200) {
            throw new IOException("GET order " + orderNumber + ": HTTP " + reply.status() + " " + reply.body());
        }
        return Optional.of(reply.body());
    }

    Reply services() throws IOException, InterruptedException {
        return send(request("/api/services").GET().build());
    }

    Reply syncCatalog() throws IOException, InterruptedException {
        return send(request("/api/services?action=sync").POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private Reply post(String path, JsonNode body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            body = json.createObjectNode().put("raw", response.body());
        }
        return new Reply(response.statusCode(), body);
    }

    @Override
    public void close() {
        http.shutdownNow();
    }
}
