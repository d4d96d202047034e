package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.support.TestApp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The back office over REST on the real composition root (demo mode, H2, simulators over HTTP):
/// the paged list with its totals, and retry, refund, resolve and recheck with their refusals.
class BackOfficeApiTest {

    private static final String TOKEN = "office-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static AppContext context;
    private static HttpClient http;
    private static VipResellerSimulator vip;
    private static int nextUserId = 200_300_400;

    @BeforeAll
    static void start() throws Exception {
        Path dataDirectory = TestApp.newDataDirectory("office-api");
        var env = TestApp.environment("API_TOKEN", TOKEN, "SYNC_INTERVAL_SECONDS", "1");
        var config = new ConfigLoader(env, dataDirectory, "Linux", dataDirectory.toString())
                .load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        context = AppContext.start(config);
        vip = context.vipSimulator().orElseThrow();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stop() {
        http.close();
        context.close();
    }

    private static HttpResponse<String> call(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.webPort() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static synchronized String newUserId() {
        return Integer.toString(nextUserId++);
    }

    private static String createQris() throws Exception {
        var response = call("POST", "/api/orders/create",
                "{\"sku\":\"MLB86-S1\",\"userId\":\"" + newUserId() + "\",\"zoneId\":\"2685\",\"paymentMethod\":\"QRIS\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("orderNumber").asText();
    }

    /// A cash sale the supplier refuses for lack of balance (the console still believed it covered).
    private static String failedCashSale() throws Exception {
        // The drawer opens before the balance drops (opening reads the supplier balance).
        com.wmxtopup.counter.support.TestShifts.ensureOpen(context, com.wmxtopup.counter.support.TestOperators.CASHIER);
        vip.setBalance(1_000);
        try {
            var created = (Checkout.Result.Created) context.checkout().cash(
                    new Checkout.Request("MLB86-S1", new TopUpTarget(newUserId(), "2685"), "", "", ""), Money.rupiah(50_000),
                    com.wmxtopup.counter.support.TestOperators.CASHIER);
            context.wakeFulfilment();
            long id = created.order().id();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (context.findOrders().byId(id).orElseThrow().status() != OrderStatus.FAILED && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(context.findOrders().byId(id).orElseThrow().status()).isEqualTo(OrderStatus.FAILED);
            return created.order().orderNumber().value();
        } finally {
            restoreBalance();
        }
    }

    /// The supplier's balance back up, and the console told (it checks the balance before a sale).
    private static void restoreBalance() {
        vip.setBalance(5_000_000);
        context.orderSync().refreshBalance();
    }

    @Test
    void theListPagesWithACursorAndCountsEveryMatch() throws Exception {
        String prefix = "WMX-";
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            created.add(createQris());
        }
        JsonNode first = JSON.readTree(call("GET", "/api/orders?status=WAITING_PAYMENT&limit=2", null).body());
        assertThat(first.get("orders")).hasSize(2);
        assertThat(first.get("next").asText()).isNotBlank();
        long count = first.get("totals").get("count").asLong();
        assertThat(count).isGreaterThanOrEqualTo(3);
        assertThat(first.get("totals").get("revenue").asLong()).isEqualTo(count * 21_600);

        Set<String> seen = new HashSet<>();
        first.get("orders").forEach(o -> seen.add(o.get("orderNumber").asText()));
        String next = first.get("next").asText();
        while (next != null) {
            JsonNode page = JSON.readTree(call("GET", "/api/orders?status=WAITING_PAYMENT&limit=2&after="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8), null).body());
            page.get("orders").forEach(o -> assertThat(seen.add(o.get("orderNumber").asText())).as("no repeats").isTrue());
            next = page.has("next") ? page.get("next").asText() : null;
        }
        assertThat(seen).hasSize((int) count).containsAll(created).allMatch(n -> n.startsWith(prefix));

        String one = created.iterator().next();
        JsonNode searched = JSON.readTree(call("GET", "/api/orders?q=" + one.substring(13), null).body());
        assertThat(searched.get("orders")).extracting(o -> o.get("orderNumber").asText()).containsExactly(one);
    }

    @Test
    void badListParametersAreNamed() throws Exception {
        assertThat(call("GET", "/api/orders?limit=0", null).statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(call("GET", "/api/orders?limit=501", null).body()).get("field").asText()).isEqualTo("limit");
        assertThat(JSON.readTree(call("GET", "/api/orders?after=nonsense", null).body()).get("field").asText()).isEqualTo("after");
        assertThat(JSON.readTree(call("GET", "/api/orders?from=26-11-2026", null).body()).get("field").asText()).isEqualTo("from");
        assertThat(JSON.readTree(call("GET", "/api/orders?status=PAID,BOGUS", null).body()).get("field").asText()).isEqualTo("status");
    }

    @Test
    void aFailedOrderIsRetriedThenRefundedAndNeverAgain() throws Exception {
        String number = failedCashSale();

        var noReason = call("POST", "/api/orders/" + number + "/retry", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.body()).get("field").asText()).isEqualTo("reason");
        var resolve = call("POST", "/api/orders/" + number + "/resolve", "{\"reason\":\"seen\",\"supplierTrxId\":\"VP1\"}");
        assertThat(resolve.statusCode()).as("only NEEDS_CHECK can be resolved by hand").isEqualTo(409);

        vip.setBalance(1_000); // still too low: the retry fails again, definitely
        var retry = call("POST", "/api/orders/" + number + "/retry", "{\"reason\":\"saldo diisi\"}");
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        // PAID, and on its way to the supplier at once.
        assertThat(JSON.readTree(retry.body()).get("order").get("status").asText()).isIn("PAID", "SUPPLIER_REQUESTING", "FAILED");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!JSON.readTree(call("GET", "/api/orders/" + number, null).body()).get("status").asText().equals("FAILED")
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        restoreBalance();

        var refund = call("POST", "/api/orders/" + number + "/refund", "{\"reason\":\"customer left\"}");
        assertThat(refund.statusCode()).as(refund.body()).isEqualTo(200);
        assertThat(JSON.readTree(refund.body()).get("order").get("status").asText()).isEqualTo("REFUNDED");
        var again = call("POST", "/api/orders/" + number + "/retry", "{\"reason\":\"one more\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("error").asText()).contains("REFUNDED");
    }

    @Test
    void aRecheckShowsBothSidesAndUnknownOrdersAndActionsAreNotFound() throws Exception {
        String number = createQris();
        var recheck = call("POST", "/api/orders/" + number + "/recheck", null);
        assertThat(recheck.statusCode()).as(recheck.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(recheck.body());
        assertThat(answer.get("payment").get("transactionStatus").asText()).isEqualTo("pending");
        assertThat(answer.get("supplier").get("result").asText()).isEqualTo("NEVER_SENT");
        assertThat(answer.get("changed").asBoolean()).isFalse();

        assertThat(call("POST", "/api/orders/WMX-NOPE/recheck", null).statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/orders/" + number + "/explode", "{}").statusCode()).isEqualTo(404);
        var wrongMethod = call("GET", "/api/orders/" + number + "/retry", null);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
    }
}
