package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.sandbox.midtrans.NotificationDelivery;
import com.wmxtopup.counter.sandbox.midtrans.NotificationFault;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.support.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The whole money path in demo mode, as a script or the counter drives it: the real
/// composition root, REST API and webhooks over real HTTP, the Midtrans and VIP Reseller
/// simulators behind the real clients, H2, and the sync worker polling every second.
class OrderFlowTest {

    private static final String TOKEN = "flow-token";
    private static final String CRON_KEY = "cron-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static AppContext context;
    private static HttpClient http;
    private static VipResellerSimulator vip;
    private static MidtransSimulator midtrans;
    private static int nextUserId = 100_200_300;

    @BeforeAll
    static void start() throws Exception {
        Path dataDirectory = TestApp.newDataDirectory("flow");
        var env = TestApp.environment("API_TOKEN", TOKEN, "CRON_SECRET_KEY", CRON_KEY, "SYNC_INTERVAL_SECONDS", "1");
        var config = new ConfigLoader(env, dataDirectory, "Linux", dataDirectory.toString())
                .load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        context = AppContext.start(config);
        vip = context.vipSimulator().orElseThrow();
        midtrans = context.midtransSimulator().orElseThrow();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // The worker syncs the catalog soon after start; make sure it is there before selling.
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
            Thread.sleep(100);
        }
        assertThat(context.catalog().quote("MLB86-S1")).isPresent();
    }

    @AfterAll
    static void stop() {
        http.close();
        context.close();
    }

    private static HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.webPort() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /// A fresh player for each order, so tests can count the supplier's transactions for it.
    private static synchronized String newUserId() {
        return Integer.toString(nextUserId++);
    }

    private static JsonNode create(String userId) throws Exception {
        var response = call("POST", "/api/orders/create",
                "{\"sku\":\"MLB86-S1\",\"userId\":\"" + userId + "\",\"zoneId\":\"2685\",\"paymentMethod\":\"QRIS\"}", TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        assertThat(created.get("status").asText()).isEqualTo("WAITING_PAYMENT");
        assertThat(created.get("totalAmount").asLong()).isEqualTo(21_600);
        assertThat(created.get("qrString").asText()).startsWith("000201");
        assertThat(created.get("expiresAt").asText()).isNotBlank();
        return created;
    }

    private static String statusOf(String orderNumber) throws Exception {
        var response = call("GET", "/api/orders/" + orderNumber, null, TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("status").asText();
    }

    private static String awaitStatus(String orderNumber, Predicate<String> done, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        String status = statusOf(orderNumber);
        while (!done.test(status) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = statusOf(orderNumber);
        }
        return status;
    }

    /// The supplier finished the order: SUCCESS, or — the demo supplier fails about one order in
    /// twenty on purpose — FAILED after PROCESSING with the supplier's reason.
    private static void assertFinishedBySupplier(String orderNumber, String finalStatus) {
        if (finalStatus.equals("FAILED")) {
            assertThat(history(orderNumber)).extracting(OrderEvent::to).containsSubsequence(OrderStatus.PROCESSING, OrderStatus.FAILED);
            assertThat(context.orders().findByNumber(new OrderNumber(orderNumber)).orElseThrow().note()).isNotBlank();
        } else {
            assertThat(finalStatus).isEqualTo("SUCCESS");
        }
    }

    private static long supplierOrdersFor(String userId) {
        return vip.transactions().stream().filter(t -> t.data().equals(userId)).count();
    }

    private static List<OrderEvent> history(String orderNumber) {
        var order = context.orders().findByNumber(new OrderNumber(orderNumber)).orElseThrow();
        return context.orders().history(order.id());
    }

    @Test
    void qrisOrderGoesFromWaitingToSuccessByWebhook() throws Exception {
        String userId = newUserId();
        String number = create(userId).get("orderNumber").asText();

        midtrans.pay(number);

        String status = awaitStatus(number, s -> s.equals("SUCCESS") || s.equals("FAILED"), Duration.ofSeconds(40));
        assertFinishedBySupplier(number, status);
        assertThat(supplierOrdersFor(userId)).isEqualTo(1);
        assertThat(history(number)).filteredOn(e -> e.to() == OrderStatus.PAID).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(Actor.WEBHOOK));
        assertThat(history(number)).extracting(OrderEvent::to).containsSubsequence(OrderStatus.PENDING, OrderStatus.WAITING_PAYMENT,
                OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING, OrderStatus.SUCCESS);
    }

    @Test
    void tenConcurrentDuplicateSettlementsOrderFromTheSupplierOnce() throws Exception {
        String userId = newUserId();
        String number = create(userId).get("orderNumber").asText();
        midtrans.faultNextNotification("settlement", NotificationFault.duplicateConcurrently(10));

        midtrans.pay(number);

        assertThat(awaitStatus(number, s -> s.equals("PROCESSING") || s.equals("SUCCESS"), Duration.ofSeconds(30))).isIn("PROCESSING",
                "SUCCESS");
        Thread.sleep(1500); // give every duplicate (and a worker pass) the chance to do harm
        assertThat(supplierOrdersFor(userId)).isEqualTo(1);
        assertThat(history(number)).filteredOn(e -> e.to() == OrderStatus.SUPPLIER_REQUESTING).hasSize(1);
        assertThat(midtrans.deliveries()).filteredOn(d -> d.orderId().equals(number) && d.transactionStatus().equals("settlement"))
                .hasSizeGreaterThanOrEqualTo(10).allMatch(d -> d.httpStatus() == 200);
    }

    @Test
    void withoutWebhooksThePaymentIsFoundByPolling() throws Exception {
        midtrans.faultAllNotifications(NotificationFault.drop());
        try {
            String userId = newUserId();
            String number = create(userId).get("orderNumber").asText();

            midtrans.pay(number);

            assertFinishedBySupplier(number, awaitStatus(number, s -> s.equals("SUCCESS") || s.equals("FAILED"), Duration.ofSeconds(40)));
            assertThat(history(number)).filteredOn(e -> e.to() == OrderStatus.PAID).singleElement()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo(Actor.SYNC_WORKER));
            assertThat(supplierOrdersFor(userId)).isEqualTo(1);
        } finally {
            midtrans.clearNotificationFaults();
        }
    }

    @Test
    void aLatePendingAfterSettlementChangesNothing() throws Exception {
        midtrans.faultNextNotification("pending", NotificationFault.deliverAfterNext());
        String userId = newUserId();
        String number = create(userId).get("orderNumber").asText();

        midtrans.pay(number);

        assertFinishedBySupplier(number, awaitStatus(number, s -> s.equals("SUCCESS") || s.equals("FAILED"), Duration.ofSeconds(40)));
        assertThat(history(number)).extracting(OrderEvent::to).doesNotHaveDuplicates();
        assertThat(supplierOrdersFor(userId)).isEqualTo(1);
    }

    @Test
    void forgedMalformedAndOversizedNotificationsChangeNothing() throws Exception {
        String number = create(newUserId()).get("orderNumber").asText();
        String forged = "{\"order_id\":\"" + number + "\",\"status_code\":\"200\",\"gross_amount\":\"21600.00\","
                + "\"transaction_status\":\"settlement\",\"fraud_status\":\"accept\",\"transaction_id\":\"x\","
                + "\"signature_key\":\"" + "0".repeat(128) + "\"}";

        assertThat(call("POST", "/api/webhooks/midtrans", forged, null).statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/webhooks/midtrans", "not json", null).statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/webhooks/midtrans", "{\"order_id\":\"" + number + "\"}", null).statusCode()).isEqualTo(400);
        // Expect: 100-continue: the 413 comes before the body is sent (otherwise the server's answer and
        // close race the client's writing, and the client may see only the closed connection).
        var oversized = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.webPort() + "/api/webhooks/midtrans"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "a".repeat(70_000) + "\"}")).build();
        assertThat(http.send(oversized, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
        assertThat(call("GET", "/api/webhooks/midtrans", null, null).statusCode()).isEqualTo(405);
        Thread.sleep(1500); // a worker pass: polling says pending, nothing moves
        assertThat(statusOf(number)).isEqualTo("WAITING_PAYMENT");
    }

    @Test
    void aValidlySignedNotificationForAnUnknownOrderGets404() throws Exception {
        String number = create(newUserId()).get("orderNumber").asText();
        midtrans.faultNextNotification("settlement", NotificationFault.unknownOrder());
        midtrans.pay(number);
        assertThat(awaitStatus(number, s -> Set.of("PROCESSING", "SUCCESS", "FAILED").contains(s), Duration.ofSeconds(40)))
                .isIn("PROCESSING", "SUCCESS");
        assertThat(midtrans.deliveries()).anySatisfy(d -> {
            assertThat(d.orderId()).isNotEqualTo(number);
            assertThat(d.httpStatus()).isEqualTo(404);
        });
    }

    @Test
    void vipCallbacksNeedTheirSignature() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.webPort() + "/api/webhooks/vip-reseller"))
                .header("X-Client-Signature", "deadbeef")
                .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"trxid\":\"VP1\",\"data\":\"1\",\"zone\":\"\","
                        + "\"service\":\"x\",\"status\":\"success\",\"note\":\"\",\"price\":1}}"))
                .build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void restApiRequiresTheTokenAndExplainsBadInput() throws Exception {
        String body = "{\"sku\":\"MLB86-S1\",\"userId\":\"136216325\",\"zoneId\":\"2685\"}";
        assertThat(call("POST", "/api/orders/create", body, null).statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/orders/create", body, "wrong").statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/orders", null, null).statusCode()).isEqualTo(401);

        assertField(call("POST", "/api/orders/create", "[1,2]", TOKEN), 400, null);
        assertField(call("POST", "/api/orders/create", "{\"userId\":\"136216325\"}", TOKEN), 400, "sku");
        assertField(call("POST", "/api/orders/create", "{\"sku\":\"NOPE-1\",\"userId\":\"136216325\",\"zoneId\":\"2685\"}", TOKEN), 400,
                "sku");
        assertField(call("POST", "/api/orders/create", "{\"sku\":\"MLB86-S1\",\"userId\":\"13621632x\",\"zoneId\":\"2685\"}", TOKEN), 400,
                "userId");
        assertField(call("POST", "/api/orders/create", "{\"sku\":\"MLB86-S1\",\"userId\":\"136216325\"}", TOKEN), 400, "zoneId");
        assertField(call("POST", "/api/orders/create", body.replace("}", ",\"email\":\"nope\"}"), TOKEN), 400, "email");
        assertField(call("POST", "/api/orders/create", body.replace("}", ",\"paymentMethod\":\"CASH\"}"), TOKEN), 400, "paymentMethod");
        assertField(call("POST", "/api/orders/create", "{\"sku\":\"PB120000-S6\",\"userId\":\"player_01\"}", TOKEN), 409, "sku");
        assertField(call("GET", "/api/orders?status=BOGUS", null, TOKEN), 400, "status");
        assertThat(call("GET", "/api/orders/WMX-NOPE", null, TOKEN).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/orders/create", null, TOKEN).statusCode()).isEqualTo(405);

        String number = create(newUserId()).get("orderNumber").asText();
        JsonNode waiting = JSON.readTree(call("GET", "/api/orders?status=WAITING_PAYMENT", null, TOKEN).body()).get("orders");
        assertThat(waiting.findValuesAsText("orderNumber")).contains(number);
        JsonNode one = JSON.readTree(call("GET", "/api/orders/" + number, null, TOKEN).body());
        assertThat(Set.of(one.fieldNames().next())).isNotEmpty();
        assertThat(one.has("cost")).isFalse();
        assertThat(one.get("sku").asText()).isEqualTo("MLB86-S1");

        JsonNode process = JSON.readTree(call("POST", "/api/orders/process", null, TOKEN).body());
        assertThat(process.has("dispatched")).isTrue();
        var cron = call("GET", "/api/admin/sync-status?key=" + CRON_KEY, null, null);
        assertThat(cron.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(cron.body()).has("paymentsChecked")).isTrue();
        assertThat(call("GET", "/api/admin/sync-status?key=wrong", null, null).statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/admin/sync-status?action=sync-all", null, TOKEN).statusCode()).isEqualTo(200);
        JsonNode vipConnection = JSON.readTree(call("GET", "/api/test/vip-connection", null, TOKEN).body());
        assertThat(vipConnection.get("ok").asBoolean()).isTrue();
        assertThat(vipConnection.get("balance").asLong()).isPositive();

        var nickname = call("GET", "/api/services/nickname?sku=MLB86-S1&userId=136216325&zoneId=2685", null, TOKEN);
        assertThat(nickname.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(nickname.body()).get("nickname").asText()).isNotBlank();
        assertThat(call("GET", "/api/services/nickname?sku=MLB86-S1&userId=036216325&zoneId=2685", null, TOKEN).statusCode())
                .isEqualTo(404);
    }

    private static void assertField(HttpResponse<String> response, int status, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asText()).isNotBlank();
        if (field != null) {
            assertThat(error.get("field").asText()).isEqualTo(field);
        }
    }

    @SuppressWarnings("unused")
    private static List<NotificationDelivery> deliveriesFor(String number) {
        return midtrans.deliveries().stream().filter(d -> d.orderId().equals(number)).toList();
    }
}
