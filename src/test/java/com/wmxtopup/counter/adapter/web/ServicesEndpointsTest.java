package com.wmxtopup.counter.adapter.web;

import com.wmxtopup.counter.support.TestOperators;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.support.CatalogFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// `GET /api/services` and `POST /api/services?action=sync` over real HTTP, with the real
/// catalog stack behind them (VIP simulator, H2).
class ServicesEndpointsTest {

    private static final String TOKEN = "test-token-123";
    private final ObjectMapper json = new ObjectMapper();
    private CatalogFixture fixture;
    private WebServer server;
    private HttpClient http;

    @BeforeEach
    void start() {
        fixture = new CatalogFixture();
        var endpoints = new ServicesEndpoints(fixture.catalog, fixture.sync, fixture.supplier,
                new ApiAuthentication(given -> given.equals(TOKEN) ? Optional.of(TestOperators.API) : Optional.empty()))
                .endpoints();
        server = new WebServer("127.0.0.1", 0, endpoints);
        server.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
        fixture.close();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void syncThenListServicesWithSellingPricesOnly() throws Exception {
        var sync = send("POST", "/api/services?action=sync", TOKEN);
        assertThat(sync.statusCode()).isEqualTo(200);
        JsonNode counts = json.readTree(sync.body());
        int listed = fixture.simulator.catalog().size();
        assertThat(counts.get("added").asInt()).isEqualTo(listed);
        assertThat(counts.get("updated").asInt()).isZero();
        assertThat(counts.get("removed").asInt()).isZero();
        assertThat(counts.get("priceChanged").asInt()).isZero();
        assertThat(counts.has("durationMs")).isTrue();

        var list = send("GET", "/api/services", TOKEN);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("buy").doesNotContain("basic").doesNotContain("premium").doesNotContain("20500");
        JsonNode services = json.readTree(list.body()).get("services");
        var games = new ArrayList<String>();
        services.forEach(s -> games.add(s.get("game").asText()));
        assertThat(games).contains("Mobile Legends B", "Free Fire", "Genshin Impact");

        JsonNode mlb = find(services, "Mobile Legends B");
        assertThat(mlb.get("fields")).hasToString("[\"userId\",\"zoneId\"]");
        JsonNode ml86 = find(mlb.get("products"), "sku", "MLB86-S1");
        assertThat(ml86.get("name").asText()).isEqualTo("86 Diamonds");
        assertThat(ml86.get("price").asLong()).isEqualTo(21_600);
        assertThat(ml86.get("available").asBoolean()).isTrue();
        assertThat(find(services, "Free Fire").get("fields")).hasToString("[\"userId\"]");
        assertThat(find(services, "Genshin Impact").get("servers").toString()).contains("os_asia");
        JsonNode empty = find(find(services, "Point Blank").get("products"), "sku", "PB120000-S6");
        assertThat(empty.get("available").asBoolean()).isFalse();
    }

    @Test
    void belowCostItemsAreListedAsUnavailable() throws Exception {
        fixture.rules.save(PriceRule.fixedPrice("MLB86-S1", Money.rupiah(20_000)));
        assertThat(send("POST", "/api/services?action=sync", TOKEN).statusCode()).isEqualTo(200);
        JsonNode services = json.readTree(send("GET", "/api/services", TOKEN).body()).get("services");
        JsonNode ml86 = find(find(services, "Mobile Legends B").get("products"), "sku", "MLB86-S1");
        assertThat(ml86.get("price").asLong()).isEqualTo(20_000);
        assertThat(ml86.get("available").asBoolean()).isFalse();
    }

    @Test
    void supplierFailureIs502AndNamesTheProblem() throws Exception {
        fixture.simulator.faults().apiMaintenance(true);
        var response = send("POST", "/api/services?action=sync", TOKEN);
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(json.readTree(response.body()).get("error").asText()).contains("MAINTENANCE");
    }

    @Test
    void unknownActionIs400WithTheField() throws Exception {
        var response = send("POST", "/api/services?action=purge", TOKEN);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("action");
    }

    @Test
    void tokenIsRequired() throws Exception {
        for (String token : new String[] {null, "wrong", ""}) {
            var response = send("GET", "/api/services", token);
            assertThat(response.statusCode()).as("token %s", token).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
            assertThat(json.readTree(response.body()).get("error").asText()).isNotBlank();
        }
        assertThat(send("POST", "/api/services?action=sync", "wrong").statusCode()).isEqualTo(401);
        assertThat(fixture.simulator.transactions()).isEmpty();
        assertThat(fixture.products.findAll()).isEmpty();
    }

    @Test
    void withoutAConfiguredTokenTheApiIsClosed() throws Exception {
        try (var closed = new WebServer("127.0.0.1", 0,
                new ServicesEndpoints(fixture.catalog, fixture.sync, fixture.supplier, new ApiAuthentication(given -> Optional.empty()))
                        .endpoints())) {
            closed.start();
            var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port() + "/api/services"))
                    .header("Authorization", "Bearer anything").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("API_TOKEN");
        }
    }

    private static JsonNode find(JsonNode array, String game) {
        return find(array, "game", game);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        List<JsonNode> matches = new ArrayList<>();
        array.forEach(node -> {
            if (node.get(field).asText().equals(value)) {
                matches.add(node);
            }
        });
        assertThat(matches).as("%s=%s", field, value).hasSize(1);
        return matches.getFirst();
    }
}
