package com.wmxtopup.counter.sandbox.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.sandbox.vip.SimulatedTransaction.Status;
import com.wmxtopup.counter.support.MutableClock;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The simulator over raw HTTP, checked against the request → response fixtures of
/// specs/vip-reseller-api.md §7 (F1–F15) and the rules around them, independent of our client.
class VipResellerSimulatorTest {

    private static final String API_ID = "Xy7Qp2Lm";
    private static final String API_KEY = "TESTKEY0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU";
    private static final String SIGN = "ae65c7fb5ac641b4855e1fbbcf6d200f";
    /// 2024-01-10 09:00 in Jakarta: the fixtures' trxid `VP2401100900001`.
    private static final Instant START = Instant.parse("2024-01-10T02:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1)
            .build();
    private MutableClock clock;
    private VipResellerSimulator simulator;

    @BeforeEach
    void start() {
        clock = new MutableClock(START);
        simulator = started(settings(), clock);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose.reversed()) {
            c.close();
        }
        http.shutdownNow();
    }

    private static VipResellerSimulatorSettings settings() {
        return VipResellerSimulatorSettings.demo(API_ID, API_KEY).withStatusDelays(Duration.ofHours(1), Duration.ofHours(1))
                .withErrorRatePercent(0);
    }

    private VipResellerSimulator started(VipResellerSimulatorSettings settings, Clock time) {
        var sim = new VipResellerSimulator(settings, time);
        toClose.add(sim);
        sim.start();
        return sim;
    }

    // ---------------------------------------------------------------- HTTP helpers

    private static Map<String, String> fields(String... nameThenValue) {
        var map = new LinkedHashMap<String, String>();
        map.put("key", API_KEY);
        map.put("sign", SIGN);
        for (int i = 0; i < nameThenValue.length; i += 2) {
            map.put(nameThenValue[i], nameThenValue[i + 1]);
        }
        return map;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> post(VipResellerSimulator sim, String endpoint, Map<String, String> fields) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/" + endpoint))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String gameFeature(String... nameThenValue) throws Exception {
        HttpResponse<String> response = post(simulator, "game-feature", fields(nameThenValue));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return response.body();
    }

    private String prepaid(String... nameThenValue) throws Exception {
        HttpResponse<String> response = post(simulator, "prepaid", fields(nameThenValue));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return response.body();
    }

    private String profile(VipResellerSimulator sim, Map<String, String> fields) throws Exception {
        return post(sim, "profile", fields).body();
    }

    private static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }

    private static String refusal(String message) {
        return "{\"result\":false,\"data\":null,\"message\":\"" + message + "\"}";
    }

    private String orderMlb86() throws Exception {
        return gameFeature("type", "order", "service", "MLB86-S1", "data_no", "136216325", "data_zone", "2685");
    }

    // ---------------------------------------------------------------- F1–F5, F13: profile and the gateway checks

    @Test
    void f1ProfileAnswersExactly() throws Exception {
        assertThat(profile(simulator, fields())).isEqualTo(
                """
                        {"result":true,"data":{"full_name":"Toko Simulasi","username":"tokosim","balance":500000,"point":0,"level":"Basic","registered":"2024-01-10 09:00:00"},"message":"Successfully got your account details."}""");
    }

    @Test
    void f2ToF5TheGatewayRefusalsAreExact() throws Exception {
        var badSign = fields();
        badSign.put("sign", "2bda2998d9b0ee197da142a0447f6725");
        assertThat(profile(simulator, badSign)).isEqualTo(refusal("API Signature not valid."));

        var unknownKey = fields();
        unknownKey.put("key", "SOMEONEELSE");
        assertThat(profile(simulator, unknownKey)).isEqualTo(refusal("API Key not registered."));

        var json = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/profile"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + API_KEY + "\",\"sign\":\"" + SIGN + "\"}")).build();
        assertThat(http.send(json, HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("{\"result\":false,\"data\":[],\"message\":\"Request not detected.\"}");

        var get = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/game-feature")).GET().build();
        assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("{\"result\":false,\"data\":[],\"message\":\"Request not detected.\"}");

        var strict = started(settings().withWhitelistedIps(Set.of("198.51.100.20")), clock);
        assertThat(profile(strict, fields())).isEqualTo(refusal("IP 127.0.0.1 is not permitted"));
    }

    @Test
    void aMissingTypeIsNotDetectedAndEchoesWhatWasPostedWithoutTheCredentials() throws Exception {
        assertThat(gameFeature("service", "MLB86-S1"))
                .isEqualTo("{\"result\":false,\"data\":{\"service\":\"MLB86-S1\"},\"message\":\"Request not detected.\"}");
    }

    @Test
    void gatewayChecksComeInTheSpecOrder() throws Exception {
        // key before sign
        var both = fields("type", "nope");
        both.put("key", "x");
        both.put("sign", "y");
        assertThat(post(simulator, "game-feature", both).body()).isEqualTo(refusal("API Key not registered."));
        // sign before IP and type
        var strict = started(settings().withWhitelistedIps(Set.of("198.51.100.20")), clock);
        var wrongSign = fields("type", "nope");
        wrongSign.put("sign", "y");
        assertThat(post(strict, "game-feature", wrongSign).body()).isEqualTo(refusal("API Signature not valid."));
        // IP before type
        assertThat(post(strict, "game-feature", fields("type", "nope")).body()).isEqualTo(refusal("IP 127.0.0.1 is not permitted"));
        // type before the account lock
        simulator.faults().lockAccount("Akun Anda dikunci.");
        assertThat(gameFeature("type", "refund")).isEqualTo(refusal("Type 'refund' is not valid"));
        assertThat(gameFeature("type", "services")).isEqualTo(refusal("Akun Anda dikunci."));
        // maintenance before everything, even missing fields
        simulator.faults().clear();
        simulator.faults().apiMaintenance(true);
        assertThat(post(simulator, "game-feature", Map.of()).body()).isEqualTo(refusal("Ada pemeliharaan sistem API, coba lagi nanti."));
    }

    @Test
    void f13AnInvalidTypeIsNamed() throws Exception {
        assertThat(gameFeature("type", "refund")).isEqualTo(refusal("Type 'refund' is not valid"));
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertThat(post(simulator, "postpaid", fields("type", "services")).statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- F6: services

    @Test
    void f6ServicesOfOneGameContainTheFixtureItemsVerbatim() throws Exception {
        JsonNode answer = tree(gameFeature("type", "services", "filter_type", "game", "filter_value", "Mobile Legends B",
                "filter_status", "available"));

        assertThat(answer.get("result").asBoolean()).isTrue();
        assertThat(answer.get("message").asText()).isEqualTo("Daftar layanan berhasil didapatkan.");
        var items = new ArrayList<JsonNode>();
        answer.get("data").forEach(items::add);
        assertThat(items).isNotEmpty().allMatch(i -> i.get("game").asText().equals("Mobile Legends B")
                && i.get("status").asText().equals("available"));
        assertThat(items).contains(
                tree("""
                        {"code":"MLB86-S1","game":"Mobile Legends B","name":"86 Diamonds","price":{"basic":20500,"premium":20300,"special":20150},"server":"1","status":"available"}"""),
                tree("""
                        {"code":"MLB172-S1","game":"Mobile Legends B","name":"172 Diamonds","price":{"basic":40900,"premium":40500,"special":40200},"server":"1","status":"available"}"""));
    }

    @Test
    void servicesAcceptTheAliasesAndFilterOnStatus() throws Exception {
        int all = tree(gameFeature("type", "services")).get("data").size();
        int viaAlias = tree(gameFeature("type", "service")).get("data").size();
        JsonNode empty = tree(gameFeature("type", "services", "filter_status", "empty")).get("data");
        JsonNode byFilterGame = tree(gameFeature("type", "services", "filter_game", "free fire")).get("data");

        assertThat(all).isEqualTo(viaAlias).isEqualTo(simulator.catalog().size());
        assertThat(empty.size()).isEqualTo((int) simulator.catalog().stream().filter(i -> !i.available()).count()).isPositive();
        empty.forEach(i -> assertThat(i.get("status").asText()).isEqualTo("empty"));
        assertThat(byFilterGame.size()).isPositive();
        byFilterGame.forEach(i -> assertThat(i.get("game").asText()).isEqualTo("Free Fire"));
        assertThat(gameFeature("type", "services", "filter_type", "game", "filter_value", "Tetris"))
                .isEqualTo(refusal("Layanan tidak ditemukan."));
    }

    @Test
    void f12StockItemsAreNotSimulated() throws Exception {
        assertThat(gameFeature("type", "service-stock", "service", "NFX1M-S1")).isEqualTo(refusal("Layanan tidak ditemukan."));
    }

    // ---------------------------------------------------------------- the catalog

    @Test
    void theDefaultCatalogIsRealistic() {
        List<CatalogItem> items = simulator.catalog();
        Set<String> games = items.stream().map(CatalogItem::game).collect(Collectors.toSet());

        assertThat(items).hasSize(VipResellerSimulatorSettings.DEFAULT_CATALOG_SIZE).hasSizeGreaterThanOrEqualTo(150);
        assertThat(games).hasSizeGreaterThanOrEqualTo(8).contains("Mobile Legends A", "Mobile Legends B", "Mobile Legends (Global)",
                "Free Fire", "PUBG Mobile", "Genshin Impact", "Valorant", "Honor of Kings", "Honkai Star Rail", "Point Blank");
        assertThat(items).allSatisfy(i -> {
            assertThat(i.code()).matches("[A-Z0-9]+-S\\d+");
            assertThat(i.code()).endsWith("-S" + i.server());
            assertThat(i.basicPrice()).isGreaterThan(i.premiumPrice());
            assertThat(i.premiumPrice()).isGreaterThan(i.specialPrice());
            assertThat(i.specialPrice()).isPositive();
        });
        assertThat(items.stream().map(CatalogItem::code).distinct().count()).isEqualTo(items.size());
        assertThat(items).filteredOn(i -> !i.available()).isNotEmpty().hasSizeLessThan(items.size() / 5);
        assertThat(items).filteredOn(i -> i.code().equals("FF100-S13")).singleElement()
                .satisfies(i -> assertThat(i.basicPrice()).isBetween(10_000L, 20_000L));
    }

    @Test
    void theCatalogIsTheSameForTheSameSeed() {
        var again = new VipResellerSimulator(settings(), clock);
        var otherSeed = new VipResellerSimulator(settings().withSeed(7), clock);
        toClose.add(again);
        toClose.add(otherSeed);

        assertThat(again.catalog()).isEqualTo(simulator.catalog());
        assertThat(otherSeed.catalog()).isNotEqualTo(simulator.catalog());
        assertThat(otherSeed.catalog()).extracting(CatalogItem::code)
                .isEqualTo(simulator.catalog().stream().map(CatalogItem::code).toList());
    }

    @Test
    void aBenchmarkCatalogOfTenThousandItemsIsListed() throws Exception {
        var big = started(settings().withCatalogSize(10_000), clock);

        JsonNode data = tree(post(big, "game-feature", fields("type", "services")).body()).get("data");

        assertThat(data.size()).isEqualTo(10_000);
        Set<String> codes = new HashSet<>();
        data.forEach(i -> codes.add(i.get("code").asText()));
        assertThat(codes).hasSize(10_000);
        assertThat(new VipResellerSimulator(settings().withCatalogSize(20), clock).catalog()).hasSize(20);
    }

    // ---------------------------------------------------------------- F8–F11: orders and statuses

    @Test
    void f8AnOrderAnswersExactly() throws Exception {
        assertThat(orderMlb86()).isEqualTo(
                """
                        {"result":true,"data":{"trxid":"VP2401100900001","data":"136216325","zone":"2685","service":"Mobile Legends B - 86 Diamonds","status":"waiting","note":"","balance":479500,"price":20500},"message":"Pesanan berhasil, pesanan akan diproses."}""");
        assertThat(simulator.balance()).isEqualTo(479_500);
    }

    @Test
    void orderTypeAliasesAreAccepted() throws Exception {
        for (String alias : List.of("orders", "pesan", "pemesanan", "transaksi")) {
            assertThat(tree(gameFeature("type", alias, "service", "FF100-S13", "data_no", "123456789")).get("result").asBoolean())
                    .as(alias).isTrue();
        }
        assertThat(simulator.transactions()).hasSize(4);
        assertThat(simulator.orderRequestsReceived()).isEqualTo(4);
    }

    @Test
    void f9OrderRefusalsAreExact() throws Exception {
        assertThat(gameFeature("type", "order", "service", "MLB86-S1", "data_zone", "2685"))
                .isEqualTo(refusal("Masih ada parameter yang kosong."));
        assertThat(gameFeature("type", "order", "service", "NOPE-S1", "data_no", "1"))
                .isEqualTo(refusal("Layanan tidak ditemukan atau saat ini tidak tersedia."));
        String empty = simulator.catalog().stream().filter(i -> !i.available()).findFirst().orElseThrow().code();
        assertThat(gameFeature("type", "order", "service", empty, "data_no", "123456789"))
                .isEqualTo(refusal("Layanan tidak ditemukan atau saat ini tidak tersedia."));
        simulator.setBalance(20_000);
        assertThat(orderMlb86()).isEqualTo(refusal("Saldo Anda tidak cukup untuk melakukan pemesanan ini."));

        simulator.setBalance(500_000);
        simulator.faults().rateLimit(true);
        assertThat(tree(orderMlb86()).get("result").asBoolean()).isTrue();
        assertThat(gameFeature("type", "order", "service", "MLB172-S1", "data_no", "222333444", "data_zone", "1001"))
                .isEqualTo(refusal("Transaksi dibatasi, coba lagi dalam 6 detik."));
        // the limit is per game
        assertThat(tree(gameFeature("type", "order", "service", "FF100-S13", "data_no", "123456789")).get("result").asBoolean()).isTrue();

        simulator.faults().transactionMaintenance(true);
        assertThat(orderMlb86()).isEqualTo(refusal("Ada pemeliharaan sistem transaksi, coba lagi nanti."));
        assertThat(simulator.orderRequestsReceived()).isEqualTo(8);
        assertThat(simulator.transactions()).hasSize(2);
    }

    @Test
    void theMinimumBalanceIsHeldAndNamed() throws Exception {
        var holding = started(settings().withBalance(30_000).withMinimumBalance(10_000), clock);

        assertThat(post(holding, "game-feature", fields("type", "order", "service", "MLB86-S1", "data_no", "136216325",
                "data_zone", "2685")).body()).isEqualTo(refusal("Saldo akun minimum Anda adalah 10,000."));
        assertThat(holding.balance()).isEqualTo(30_000);
    }

    @Test
    void theLevelSelectsTheTierPrice() throws Exception {
        var special = started(settings().withLevel(PriceLevel.SPECIAL), clock);

        JsonNode order = tree(post(special, "game-feature", fields("type", "order", "service", "MLB86-S1", "data_no", "136216325",
                "data_zone", "2685")).body()).get("data");

        assertThat(order.get("price").asLong()).isEqualTo(20_150);
        assertThat(order.get("balance").asLong()).isEqualTo(500_000 - 20_150);
    }

    @Test
    void f10StatusProgressesWaitingProcessingSuccess() throws Exception {
        orderMlb86();
        String waiting = """
                {"result":true,"data":[{"trxid":"VP2401100900001","data":"136216325","zone":"2685","service":"Mobile Legends B - 86 Diamonds","status":"waiting","note":"","price":20500}],"message":"Detail transaksi berhasil didapatkan."}""";

        assertThat(gameFeature("type", "status", "trxid", "VP2401100900001")).isEqualTo(waiting);
        assertThat(simulator.advanceAll()).isEqualTo(1);
        assertThat(gameFeature("type", "status", "trxid", "VP2401100900001")).isEqualTo(waiting.replace("waiting", "processing"));
        assertThat(simulator.advance("VP2401100900001")).isTrue();
        assertThat(gameFeature("type", "status", "trxid", "VP2401100900001")).isEqualTo(waiting.replace("waiting", "success"));
        assertThat(simulator.advance("VP2401100900001")).isFalse();
        assertThat(gameFeature("type", "status", "trxid", "VP2401100900999")).isEqualTo(refusal("Transaksi tidak ditemukan."));
    }

    @Test
    void f10AFailedOrderEndsInErrorWithItsNoteAndIsCreditedBack() throws Exception {
        orderMlb86();
        gameFeature("type", "order", "service", "MLB86-S1", "data_no", "136216325", "data_zone", "abc");
        assertThat(simulator.balance()).isEqualTo(500_000 - 2 * 20_500);

        simulator.completeAll();

        assertThat(simulator.transactions()).extracting(SimulatedTransaction::status, SimulatedTransaction::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Status.ERROR, "Zone tujuan salah."),
                        org.assertj.core.groups.Tuple.tuple(Status.SUCCESS, ""));
        assertThat(simulator.balance()).isEqualTo(500_000 - 20_500);
    }

    @Test
    void theErrorRateFailsThatShareOfOrders() {
        var flaky = new VipResellerSimulator(settings().withErrorRatePercent(100), clock);
        toClose.add(flaky);
        flaky.start();
        var never = started(settings().withErrorRatePercent(0), clock);

        for (var sim : List.of(flaky, never)) {
            for (int i = 0; i < 5; i++) {
                try {
                    post(sim, "game-feature", fields("type", "order", "service", "FF100-S13", "data_no", "12345678" + i));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            sim.completeAll();
        }

        assertThat(flaky.transactions()).hasSize(5).allMatch(t -> t.status() == Status.ERROR && t.note().equals("ID tujuan salah."));
        assertThat(flaky.balance()).isEqualTo(500_000);
        assertThat(never.transactions()).hasSize(5).allMatch(t -> t.status() == Status.SUCCESS);
    }

    @Test
    void f11TheRecentListIsNewestFirst() throws Exception {
        orderMlb86();
        clock.advance(Duration.ofMinutes(1));
        gameFeature("type", "order", "service", "FF100-S13", "data_no", "123456789");
        clock.advance(Duration.ofMinutes(1));
        gameFeature("type", "order", "service", "PUBGM60-S2", "data_no", "5123456");

        JsonNode two = tree(gameFeature("type", "status", "limit", "2")).get("data");

        assertThat(two.size()).isEqualTo(2);
        assertThat(two.get(0).get("trxid").asText()).isEqualTo("VP2401100902003");
        assertThat(two.get(1).get("trxid").asText()).isEqualTo("VP2401100901002");
        assertThat(tree(gameFeature("type", "status", "limit", "50")).get("data").size()).isEqualTo(3);
    }

    @Test
    void statusesAdvanceInRealTimeInDemoMode() throws Exception {
        var demo = started(settings().withStatusDelays(Duration.ofMillis(100), Duration.ofMillis(100)), Clock.systemUTC());
        String trxId = tree(post(demo, "game-feature", fields("type", "order", "service", "FF100-S13", "data_no", "123456789"))
                .body()).get("data").get("trxid").asText();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (demo.transaction(trxId).orElseThrow().status() != Status.SUCCESS && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(demo.transaction(trxId).orElseThrow().status()).isEqualTo(Status.SUCCESS);
    }

    @Test
    void concurrentOrdersGetUniqueIdsAndTheBalanceAddsUp() throws Exception {
        var rich = started(settings().withBalance(5_000_000), clock);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var futures = new ArrayList<Future<String>>();
            for (int i = 0; i < 80; i++) {
                String player = Integer.toString(100_000_000 + i);
                Callable<String> order = () -> tree(post(rich, "game-feature",
                        fields("type", "order", "service", "FF100-S13", "data_no", player)).body()).get("data").get("trxid").asText();
                futures.add(pool.submit(order));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> f : futures) {
                ids.add(f.get(10, TimeUnit.SECONDS));
            }
            long price = rich.catalog().stream().filter(i -> i.code().equals("FF100-S13")).findFirst().orElseThrow().basicPrice();

            assertThat(ids).hasSize(80).allMatch(id -> id.matches("VP2401100900\\d{3}"));
            assertThat(rich.balance()).isEqualTo(5_000_000 - 80 * price);
            assertThat(rich.orderRequestsReceived()).isEqualTo(80);
            assertThat(rich.transactions()).hasSize(80);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- F14: prepaid

    private String orderTsel10() throws Exception {
        return prepaid("type", "order", "service", "TSEL10", "data_no", "081234567890");
    }

    @Test
    void f14APrepaidOrderAfterF8AnswersExactly() throws Exception {
        orderMlb86();

        assertThat(orderTsel10()).isEqualTo(
                """
                        {"result":true,"data":{"trxid":"VP2401100900002","data":"081234567890","code":"TSEL10","service":"Telkomsel 10.000","status":"waiting","note":"","balance":469050,"price":10450},"message":"Pesanan berhasil, pesanan akan diproses."}""");
        assertThat(simulator.balance()).isEqualTo(469_050);
        assertThat(simulator.orderRequestsReceived()).isEqualTo(2);
    }

    @Test
    void f14APrepaidStatusProgressesToSuccessWithASerialNumberAsTheNote() throws Exception {
        orderMlb86();
        orderTsel10();
        String before = "{\"result\":true,\"data\":[{\"trxid\":\"VP2401100900002\",\"data\":\"081234567890\",\"code\":\"TSEL10\","
                + "\"service\":\"Telkomsel 10.000\",\"status\":\"";
        String after = "\",\"price\":10450}],\"message\":\"Detail transaksi berhasil didapatkan.\"}";

        assertThat(prepaid("type", "status", "trxid", "VP2401100900002")).isEqualTo(before + "waiting\",\"note\":\"" + after);
        simulator.advanceAll();
        assertThat(prepaid("type", "status", "trxid", "VP2401100900002")).isEqualTo(before + "processing\",\"note\":\"" + after);
        simulator.advanceAll();

        String success = prepaid("type", "status", "trxid", "VP2401100900002");
        // F14 shows the SN 41234567890123456789; the simulator draws its own 20 digits.
        assertThat(success).matches(Pattern.quote(before + "success\",\"note\":\"") + "[1-9]\\d{19}" + Pattern.quote(after));
        String serialNumber = tree(success).get("data").get(0).get("note").asText();
        assertThat(simulator.transaction("VP2401100900002").orElseThrow().note()).isEqualTo(serialNumber);
        // Game orders still succeed without a note.
        assertThat(simulator.transaction("VP2401100900001").orElseThrow())
                .extracting(SimulatedTransaction::status, SimulatedTransaction::note)
                .containsExactly(Status.SUCCESS, "");
    }

    @Test
    void serialNumbersAreTheSameForTheSameSeed() throws Exception {
        var again = started(settings(), clock);
        orderTsel10();
        post(again, "prepaid", fields("type", "order", "service", "TSEL10", "data_no", "081234567890"));

        simulator.completeAll();
        again.completeAll();

        assertThat(again.transactions().getFirst().note()).isEqualTo(simulator.transactions().getFirst().note()).hasSize(20);
    }

    @Test
    void prepaidServicesAreListedWithTheCapturedFieldsInOrder() throws Exception {
        JsonNode answer = tree(prepaid("type", "services"));

        assertThat(answer.get("message").asText()).isEqualTo("Daftar layanan berhasil didapatkan.");
        assertThat(answer.get("data").size()).isEqualTo(simulator.prepaidCatalog().size());
        assertThat(prepaid("type", "services", "filter_type", "brand", "filter_value", "TELKOMSEL")).contains(
                """
                        {"brand":"TELKOMSEL","code":"TSEL10","name":"Telkomsel 10.000","note":"-","price":{"basic":10450,"premium":10350,"special":10250},"status":"available","multi_trx":true,"maintenace":"23:45 - 00:15","category":"Pulsa","prepost":"prepaid","type":"pulsa-reguler"}""");
        assertThat(tree(prepaid("type", "service")).get("data").size()).isEqualTo(simulator.prepaidCatalog().size());
    }

    @Test
    void prepaidServicesFilterByBrandOrTypeIgnoringCase() throws Exception {
        JsonNode telkomsel = tree(prepaid("type", "services", "filter_type", "brand", "filter_value", "telkomsel")).get("data");
        JsonNode plnTokens = tree(prepaid("type", "services", "filter_type", "type", "filter_value", "token-pln")).get("data");

        assertThat(telkomsel.size()).isEqualTo((int) simulator.prepaidCatalog().stream().filter(i -> i.brand().equals("TELKOMSEL")).count())
                .isGreaterThanOrEqualTo(6);
        telkomsel.forEach(i -> assertThat(i.get("brand").asText()).isEqualTo("TELKOMSEL"));
        assertThat(plnTokens.size()).isEqualTo((int) simulator.prepaidCatalog().stream().filter(i -> i.type().equals("token-pln")).count())
                .isPositive();
        plnTokens.forEach(i -> {
            assertThat(i.get("brand").asText()).isEqualTo("PLN");
            assertThat(i.get("type").asText()).isEqualTo("token-pln");
        });
        assertThat(prepaid("type", "services", "filter_type", "brand", "filter_value", "NOKIA"))
                .isEqualTo(refusal("Layanan tidak ditemukan."));
    }

    @Test
    void theDefaultPrepaidCatalogIsRealistic() {
        List<PrepaidCatalogItem> items = simulator.prepaidCatalog();

        assertThat(items.stream().map(PrepaidCatalogItem::brand).collect(Collectors.toSet()))
                .contains("TELKOMSEL", "INDOSAT", "XL", "TRI", "SMARTFREN", "PLN", "GOPAY", "OVO", "DANA");
        assertThat(items.stream().map(PrepaidCatalogItem::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("pulsa-reguler", "paket-internet", "token-pln", "saldo-emoney");
        assertThat(items.stream().map(PrepaidCatalogItem::code).distinct().count()).isEqualTo(items.size());
        assertThat(items).allSatisfy(i -> {
            assertThat(i.code()).matches("[A-Z0-9]+");
            assertThat(i.basicPrice()).isGreaterThan(i.premiumPrice());
            assertThat(i.premiumPrice()).isGreaterThan(i.specialPrice());
            assertThat(i.specialPrice()).isPositive();
        });
        assertThat(items).filteredOn(i -> !i.available()).isNotEmpty().hasSizeLessThan(items.size() / 5);
        assertThat(simulator.prepaidCatalogItem("tsel10")).hasValueSatisfying(i -> {
            assertThat(i.name()).isEqualTo("Telkomsel 10.000");
            assertThat(i.basicPrice()).isEqualTo(10_450);
        });
        assertThat(simulator.prepaidCatalogItem("PLN100"))
                .hasValueSatisfying(i -> assertThat(i.basicPrice()).isBetween(100_000L, 102_500L));
    }

    @Test
    void aNumberOfAnotherOperatorIsWrongAndOneOfNoOperatorIsUnknown() throws Exception {
        for (String telkomsel : List.of("081112345678", "0812345678", "0813123456789", "082112345678", "082212345678",
                "082312345678", "085112345678", "085212345678", "085312345678")) {
            assertThat(tree(prepaid("type", "order", "service", "TSEL5", "data_no", telkomsel)).get("result").asBoolean())
                    .as(telkomsel).isTrue();
        }
        simulator.setBalance(500_000);

        assertThat(prepaid("type", "order", "service", "TSEL10", "data_no", "085712345678")).isEqualTo(refusal("Nomor salah."));
        assertThat(prepaid("type", "order", "service", "ISAT10", "data_no", "081234567890")).isEqualTo(refusal("Nomor salah."));
        assertThat(prepaid("type", "order", "service", "TSEL10", "data_no", "0812-3456-7890")).isEqualTo(refusal("Nomor salah."));
        assertThat(prepaid("type", "order", "service", "TSEL10", "data_no", "0812345")).isEqualTo(refusal("Nomor salah."));
        assertThat(prepaid("type", "order", "service", "TSEL10", "data_no", "6281234567890")).isEqualTo(refusal("Nomor salah."));
        assertThat(prepaid("type", "order", "service", "TSEL10", "data_no", "080012345678")).isEqualTo(refusal("Nomor tidak diketahui."));
        assertThat(prepaid("type", "order", "service", "DANA20", "data_no", "080012345678")).isEqualTo(refusal("Nomor tidak diketahui."));
        assertThat(simulator.balance()).isEqualTo(500_000);
        assertThat(simulator.transactions()).hasSize(9);
    }

    @Test
    void eMoneyTakesAnyOperatorsNumberAndPlnTakesMeterNumbersOrCustomerIds() throws Exception {
        assertThat(tree(prepaid("type", "order", "service", "GOPAY20", "data_no", "089612345678")).get("result").asBoolean()).isTrue();
        assertThat(tree(prepaid("type", "order", "service", "OVO50", "data_no", "081812345678")).get("result").asBoolean()).isTrue();
        assertThat(tree(prepaid("type", "order", "service", "PLN20", "data_no", "14123456789")).get("result").asBoolean()).isTrue();
        assertThat(tree(prepaid("type", "order", "service", "PLN50", "data_no", "532112345678")).get("result").asBoolean()).isTrue();

        assertThat(prepaid("type", "order", "service", "PLN20", "data_no", "1412345678")).isEqualTo(refusal("Nomor salah."));
        assertThat(prepaid("type", "order", "service", "PLN20", "data_no", "5321123456789")).isEqualTo(refusal("Nomor salah."));
        assertThat(simulator.transactions()).extracting(SimulatedTransaction::serviceName)
                .containsExactly("PLN 50.000", "PLN 20.000", "OVO 50.000", "GoPay 20.000");
    }

    @Test
    void prepaidOrderRefusalsAreTheGameOnes() throws Exception {
        assertThat(prepaid("type", "order", "service", "TSEL10")).isEqualTo(refusal("Masih ada parameter yang kosong."));
        assertThat(prepaid("type", "order", "service", "MLB86-S1", "data_no", "081234567890"))
                .isEqualTo(refusal("Layanan tidak ditemukan atau saat ini tidak tersedia."));
        String empty = simulator.prepaidCatalog().stream().filter(i -> !i.available()).findFirst().orElseThrow().code();
        assertThat(prepaid("type", "order", "service", empty, "data_no", "088112345678"))
                .isEqualTo(refusal("Layanan tidak ditemukan atau saat ini tidak tersedia."));
        assertThat(gameFeature("type", "order", "service", "TSEL10", "data_no", "081234567890"))
                .isEqualTo(refusal("Layanan tidak ditemukan atau saat ini tidak tersedia."));
        simulator.setBalance(10_449);
        assertThat(orderTsel10()).isEqualTo(refusal("Saldo Anda tidak cukup untuk melakukan pemesanan ini."));
        simulator.setBalance(500_000);
        simulator.faults().transactionMaintenance(true);
        assertThat(orderTsel10()).isEqualTo(refusal("Ada pemeliharaan sistem transaksi, coba lagi nanti."));
        simulator.faults().clear();
        simulator.faults().rateLimit(true);
        assertThat(tree(orderTsel10()).get("result").asBoolean()).isTrue();
        assertThat(prepaid("type", "order", "service", "TSEL20", "data_no", "082212345678"))
                .isEqualTo(refusal("Transaksi dibatasi, coba lagi dalam 6 detik."));
        // the limit is per brand
        assertThat(tree(prepaid("type", "order", "service", "ISAT10", "data_no", "085712345678")).get("result").asBoolean()).isTrue();
        assertThat(simulator.orderRequestsReceived()).isEqualTo(9);
        assertThat(simulator.transactions()).hasSize(2);
    }

    @Test
    void thePrepaidEndpointHasTheGatewayChecksAndOnlyItsOwnTypes() throws Exception {
        var badSign = fields("type", "services");
        badSign.put("sign", "2bda2998d9b0ee197da142a0447f6725");
        assertThat(post(simulator, "prepaid", badSign).body()).isEqualTo(refusal("API Signature not valid."));
        var json = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/prepaid"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + API_KEY + "\",\"sign\":\"" + SIGN + "\",\"type\":\"services\"}"))
                .build();
        assertThat(http.send(json, HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("{\"result\":false,\"data\":[],\"message\":\"Request not detected.\"}");
        assertThat(prepaid()).isEqualTo("{\"result\":false,\"data\":[],\"message\":\"Request not detected.\"}");
        var strict = started(settings().withWhitelistedIps(Set.of("198.51.100.20")), clock);
        assertThat(post(strict, "prepaid", fields("type", "services")).body()).isEqualTo(refusal("IP 127.0.0.1 is not permitted"));

        assertThat(prepaid("type", "get-nickname", "code", "free-fire", "target", "1"))
                .isEqualTo(refusal("Type 'get-nickname' is not valid"));
        assertThat(prepaid("type", "service-stock", "service", "TSEL10")).isEqualTo(refusal("Type 'service-stock' is not valid"));
        simulator.faults().lockAccount("Akun Anda dikunci.");
        assertThat(prepaid("type", "services")).isEqualTo(refusal("Akun Anda dikunci."));
        simulator.faults().clear();
        simulator.faults().apiMaintenance(true);
        assertThat(prepaid("type", "services")).isEqualTo(refusal("Ada pemeliharaan sistem API, coba lagi nanti."));
    }

    @Test
    void eachEndpointsStatusListsOnlyItsOwnOrders() throws Exception {
        orderMlb86();
        clock.advance(Duration.ofMinutes(1));
        orderTsel10();
        clock.advance(Duration.ofMinutes(1));
        prepaid("type", "order", "service", "PLN20", "data_no", "14123456789");

        JsonNode prepaidList = tree(prepaid("type", "status", "limit", "10")).get("data");
        JsonNode gameList = tree(gameFeature("type", "status", "limit", "10")).get("data");

        assertThat(prepaidList.size()).isEqualTo(2);
        assertThat(prepaidList.get(0).get("trxid").asText()).isEqualTo("VP2401100902003");
        assertThat(prepaidList.get(1).get("trxid").asText()).isEqualTo("VP2401100901002");
        assertThat(prepaidList.get(0).has("zone")).isFalse();
        assertThat(prepaidList.get(0).get("code").asText()).isEqualTo("PLN20");
        assertThat(gameList.size()).isEqualTo(1);
        assertThat(tree(prepaid("type", "status", "limit", "1")).get("data").get(0).get("trxid").asText()).isEqualTo("VP2401100902003");
        assertThat(prepaid("type", "status", "trxid", "VP2401100900001")).isEqualTo(refusal("Transaksi tidak ditemukan."));
        assertThat(gameFeature("type", "status", "trxid", "VP2401100901002")).isEqualTo(refusal("Transaksi tidak ditemukan."));
    }

    @Test
    void prepaidOrdersMeetTheSameFaultsAndFailures() throws Exception {
        simulator.faults().dropNextOrderResponse();
        assertThatThrownBy(this::orderTsel10).isInstanceOf(IOException.class);
        assertThat(simulator.transactions()).singleElement().extracting(SimulatedTransaction::serviceCode).isEqualTo("TSEL10");
        assertThat(simulator.balance()).isEqualTo(500_000 - 10_450);

        simulator.faults().nextOrderEndsInError("Nomor tujuan salah.");
        String failing = tree(prepaid("type", "order", "service", "XL25", "data_no", "087812345678")).get("data").get("trxid").asText();
        simulator.completeAll();

        JsonNode failed = tree(prepaid("type", "status", "trxid", failing)).get("data").get(0);
        assertThat(failed.get("status").asText()).isEqualTo("error");
        assertThat(failed.get("note").asText()).isEqualTo("Nomor tujuan salah.");
        assertThat(simulator.balance()).isEqualTo(500_000 - 10_450);
    }

    @Test
    void prepaidCallbacksCarryTheCodeAndTheSerialNumber() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/vip", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        toClose.add(() -> receiver.stop(0));
        var calling = started(settings().withCallbackUrl(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/vip")),
                clock);
        post(calling, "prepaid", fields("type", "order", "service", "TSEL10", "data_no", "081234567890"));

        calling.completeAll();

        assertThat(received.poll(5, TimeUnit.SECONDS)).contains("\"status\":\"processing\"");
        assertThat(received.poll(5, TimeUnit.SECONDS)).matches(Pattern.quote("{\"data\":{\"trxid\":\"VP2401100900001\","
                + "\"data\":\"081234567890\",\"code\":\"TSEL10\",\"service\":\"Telkomsel 10.000\",\"status\":\"success\",\"note\":\"")
                + "\\d{20}" + Pattern.quote("\",\"price\":10450}}"));
    }

    // ---------------------------------------------------------------- F7: nicknames

    @Test
    void f7NicknamesAreDeterministicAndRegionsCarryACountry() throws Exception {
        JsonNode ok = tree(
                gameFeature("type", "get-nickname", "code", "mobile-legends", "target", "136216325", "additional_target", "2685"));
        String region = gameFeature("type", "get-nickname", "code", "mobile-legends-region", "target", "136216325", "additional_target",
                "2685");

        assertThat(ok.get("result").asBoolean()).isTrue();
        assertThat(ok.get("message").asText()).isEqualTo("Success.");
        assertThat(ok.get("data").asText()).isEqualTo(SimulatedNicknames.nameFor("136216325")).matches("[A-Za-z]+\\d+");
        assertThat(ok.has("country")).isFalse();
        assertThat(region).matches("\\{\"result\":true,\"data\":\"" + ok.get("data").asText()
                + "\",\"country\":\\{\"code\":\"(ID|MY|PH|SG)\",\"name\":\"[A-Za-z]+\"},\"message\":\"Success.\"}");
    }

    @Test
    void nicknamesFollowTheDocumentedExistenceRule() throws Exception {
        assertThat(gameFeature("type", "get-nickname", "code", "free-fire", "target", "0123456789"))
                .isEqualTo(refusal("ID tidak ditemukan."));
        assertThat(gameFeature("type", "get-nickname", "code", "mobile-legends", "target", "136216325", "additional_target", ""))
                .isEqualTo(refusal("ID tidak ditemukan."));
        assertThat(gameFeature("type", "get-nickname", "code", "genshin-impact", "target", "812345678", "additional_target", "os_mars"))
                .isEqualTo(refusal("ID tidak ditemukan."));
        assertThat(
                tree(gameFeature("type", "get-nickname", "code", "genshin-impact", "target", "812345678", "additional_target", "os_asia"))
                        .get("result").asBoolean())
                .isTrue();
        assertThat(tree(gameFeature("type", "get-nickname", "code", "valorant", "target", "Sultan#SEA")).get("result").asBoolean())
                .isTrue();
        assertThat(gameFeature("type", "get-nickname", "code", "free-fire")).isEqualTo(refusal("Masih ada parameter yang kosong."));
    }

    // ---------------------------------------------------------------- PHP-style JSON

    @Test
    void answersEscapeSlashesAndNonAsciiLikePhp() throws Exception {
        simulator.faults().nextOrderEndsInError("Zona/Server salah \u2013 coba lagi");
        String trxId = tree(orderMlb86()).get("data").get("trxid").asText();
        simulator.completeAll();

        String status = gameFeature("type", "status", "trxid", trxId);

        assertThat(status).contains("\"note\":\"Zona\\/Server salah \\u2013 coba lagi\"");
        assertThat(tree(status).get("data").get(0).get("note").asText()).isEqualTo("Zona/Server salah \u2013 coba lagi");
    }

    // ---------------------------------------------------------------- F15: callbacks

    @Test
    void f15StatusChangesArePostedSigned() throws Exception {
        BlockingQueue<String[]> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/vip", exchange -> {
            received.add(new String[] {exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("X-Client-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        toClose.add(() -> receiver.stop(0));
        var calling = started(settings().withCallbackUrl(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/vip")),
                clock);
        post(calling, "game-feature", fields("type", "order", "service", "MLB86-S1", "data_no", "136216325", "data_zone", "2685"));

        calling.advanceAll();
        calling.advanceAll();

        String[] processing = received.poll(5, TimeUnit.SECONDS);
        String[] success = received.poll(5, TimeUnit.SECONDS);
        assertThat(processing).isNotNull();
        assertThat(success).containsExactly("POST", SIGN, "application/json",
                """
                        {"data":{"trxid":"VP2401100900001","data":"136216325","zone":"2685","service":"Mobile Legends B - 86 Diamonds","status":"success","note":"","price":20500}}""");
        assertThat(processing[3]).contains("\"status\":\"processing\"");
        assertThat(calling.signature()).isEqualTo(SIGN);
    }

    // ---------------------------------------------------------------- faults

    @Test
    void aFailedRequestIsNotProcessedAndOnlyTheNextOneFails() throws Exception {
        simulator.faults().failNextRequest(500);

        HttpResponse<String> failed = post(simulator, "game-feature",
                fields("type", "order", "service", "MLB86-S1", "data_no", "136216325", "data_zone", "2685"));

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(simulator.transactions()).isEmpty();
        assertThat(simulator.orderRequestsReceived()).isEqualTo(1);
        assertThat(tree(orderMlb86()).get("result").asBoolean()).isTrue();
    }

    @Test
    void aMalformedAnswerIsNotJson() throws Exception {
        simulator.faults().malformNextRequest();

        HttpResponse<String> response = post(simulator, "profile", fields());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> tree(response.body())).isInstanceOf(IOException.class);
    }

    @Test
    void aDroppedAnswerLeavesThePlacedOrder() {
        simulator.faults().dropNextOrderResponse();

        assertThatThrownBy(this::orderMlb86).isInstanceOf(IOException.class);
        assertThat(simulator.transactions()).singleElement().extracting(SimulatedTransaction::trxId).isEqualTo("VP2401100900001");
        assertThat(simulator.balance()).isEqualTo(479_500);
    }

    @Test
    void aDelayedAnswerArrivesLateButWhole() throws Exception {
        simulator.faults().delayNextOrderResponse(Duration.ofMillis(300));

        long started = System.nanoTime();
        String answer = orderMlb86();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(tree(answer).get("data").get("trxid").asText()).isEqualTo("VP2401100900001");
        assertThat(simulator.transactions()).hasSize(1);
    }

    @Test
    void aTruncatedAnswerIsTheStartOfTheRealOne() throws Exception {
        simulator.faults().truncateNextOrderResponse();

        String answer = orderMlb86();

        assertThat(answer).startsWith("{\"result\":true,\"data\":{\"trxid\":\"VP2401100900001\"");
        assertThatThrownBy(() -> tree(answer)).isInstanceOf(IOException.class);
        assertThat(simulator.transactions()).hasSize(1);
    }

    @Test
    void refusalsAndClearing() throws Exception {
        simulator.faults().refuseNextOrder("User id tidak sesuai.");
        assertThat(orderMlb86()).isEqualTo(refusal("User id tidak sesuai."));
        assertThat(tree(orderMlb86()).get("result").asBoolean()).isTrue();

        simulator.faults().apiMaintenance(true).lockAccount("x").rateLimit(true).failNextRequest(503);
        simulator.faults().clear();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tree(gameFeature("type", "order", "service", "MLB172-S1", "data_no", "222333444", "data_zone", "1001"))
                .get("result").asBoolean()).isTrue();
    }

    @Test
    void settingsAreCheckedAndHideTheKey() {
        assertThatThrownBy(() -> settings().withErrorRatePercent(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings().withCatalogSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings().withBalance(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(settings().toString()).doesNotContain(API_KEY).contains("apiKey=***");
        assertThatThrownBy(simulator::start).isInstanceOf(IllegalStateException.class);
    }
    // ---------------------------------------------------------------- connections the server closes

    /// A client that writes onto its pooled connection and never sends anything again, so a
    /// dead connection shows as an [IOException].
    private OkHttpClient pooledClientWithoutRetry() {
        var client = new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(Duration.ofSeconds(5)).build();
        toClose.add(() -> {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        });
        return client;
    }

    /// The answer's body; throws when there is none.
    private static String postWith(OkHttpClient client, VipResellerSimulator sim, String endpoint, Map<String, String> fields)
            throws IOException {
        var form = new FormBody.Builder();
        fields.forEach(form::add);
        try (Response response = client.newCall(new Request.Builder().url(sim.baseUrl() + "/" + endpoint).post(form.build()).build())
                .execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Connection")).as("a close is never announced").isNull();
            return response.body().string();
        }
    }

    private static Map<String, String> orderFields(String dataNo) {
        return fields("type", "order", "service", "MLB86-S1", "data_no", dataNo, "data_zone", "2685");
    }

    @Test
    void anHttp10ServerDropsTheSecondRequestOnAConnectionUnansweredAndUnprocessed() throws Exception {
        var sim = started(settings().withHttp10(true), clock);
        OkHttpClient pooled = pooledClientWithoutRetry();

        assertThat(tree(postWith(pooled, sim, "profile", fields())).get("result").asBoolean()).isTrue();
        assertThat(pooled.connectionPool().idleConnectionCount()).as("the client keeps the connection").isEqualTo(1);
        assertThatThrownBy(() -> postWith(pooled, sim, "game-feature", orderFields("136216325"))).isInstanceOf(IOException.class);

        assertThat(sim.requestsDroppedOnClosedConnections()).isEqualTo(1);
        assertThat(sim.orderRequestsReceived()).as("the dropped order never reached the supplier").isZero();
        assertThat(sim.transactions()).isEmpty();

        // Each request on a connection of its own is answered.
        OkHttpClient fresh = pooled.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
        for (String dataNo : List.of("136216325", "222333444")) {
            assertThat(tree(postWith(fresh, sim, "game-feature", orderFields(dataNo))).get("result").asBoolean()).isTrue();
        }
        assertThat(sim.transactions()).hasSize(2);
        assertThat(sim.requestsDroppedOnClosedConnections()).isEqualTo(1);
    }

    @Test
    void anIdleCloseServerDropsARequestOnAConnectionIdleForLongerThanTheSetting() throws Exception {
        var sim = started(settings().withIdleCloseSeconds(1), clock);
        OkHttpClient pooled = pooledClientWithoutRetry();

        postWith(pooled, sim, "profile", fields());
        postWith(pooled, sim, "profile", fields());
        assertThat(pooled.connectionPool().connectionCount()).as("both on one kept-alive connection").isEqualTo(1);
        assertThat(sim.requestsDroppedOnClosedConnections()).isZero();

        Thread.sleep(1_500);
        assertThatThrownBy(() -> postWith(pooled, sim, "profile", fields())).isInstanceOf(IOException.class);
        assertThat(sim.requestsDroppedOnClosedConnections()).isEqualTo(1);
        assertThat(postWith(pooled, sim, "profile", fields())).as("a new connection is answered").contains("\"result\":true");
    }

    @Test
    void theDefaultServerKeepsConnectionsAndClosingSettingsAreChecked() throws Exception {
        OkHttpClient pooled = pooledClientWithoutRetry();
        for (int i = 0; i < 3; i++) {
            postWith(pooled, simulator, "profile", fields());
        }
        assertThat(pooled.connectionPool().connectionCount()).isEqualTo(1);
        assertThat(simulator.requestsDroppedOnClosedConnections()).isZero();
        assertThat(settings().idleCloseSeconds()).isZero();
        assertThat(settings().http10()).isFalse();
        assertThatThrownBy(() -> settings().withIdleCloseSeconds(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void orderListenersHearTheNewTrxIdBeforeTheAnswerLeavesAndCannotBreakIt() throws Exception {
        var heard = new CopyOnWriteArrayList<String>();
        var heardFirst = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        simulator.onOrderReceived(trxId -> {
            throw new IllegalStateException("a broken listener");
        });
        simulator.onOrderReceived(trxId -> {
            heard.add(trxId + (simulator.transaction(trxId).isPresent() ? " recorded" : " unknown"));
            heardFirst.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return orderMlb86();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(heardFirst.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(answer).as("the answer waits for the listener").isNotDone();
        release.countDown();

        assertThat(tree(answer.get(5, TimeUnit.SECONDS)).get("data").get("trxid").asText()).isEqualTo("VP2401100900001");
        assertThat(heard).containsExactly("VP2401100900001 recorded");
        assertThat(gameFeature("type", "order", "service", "NO-SUCH-ITEM", "data_no", "1", "data_zone", "1")).contains("\"result\":false");
        assertThat(heard).as("a refused order is not an order received").hasSize(1);
    }
}
