package com.wmxtopup.counter.adapter.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import com.wmxtopup.counter.application.port.Nickname;
import com.wmxtopup.counter.application.port.PrepaidFilter;
import com.wmxtopup.counter.application.port.PrepaidProduct;
import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.SupplierException.Kind;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.Accepted;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.Rejected;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.RejectionReason;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.TemporaryReason;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.TryLater;
import com.wmxtopup.counter.application.port.SupplierOrderOutcome.Unknown;
import com.wmxtopup.counter.application.port.SupplierTransaction;
import com.wmxtopup.counter.application.port.SupplierTransaction.State;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.MutableClock;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The client against mockwebserver3 with the spec's §7 fixtures verbatim and shapes the
/// simulator does not produce: the exact form bodies sent, tolerant parsing, every supplier
/// message, and the transport failures that make an order's outcome unknown.
class VipResellerClientFixtureTest {

    private static final String API_ID = "Xy7Qp2Lm";
    private static final String API_KEY = "TESTKEY0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU";
    private static final String SIGN = "ae65c7fb5ac641b4855e1fbbcf6d200f";
    private static final Instant NOW = Instant.parse("2024-01-10T02:00:00Z");
    private static final TopUpTarget ML_PLAYER = new TopUpTarget("136216325", "2685");
    /// Generous for ordinary calls, so a busy build machine never turns an answer into a timeout.
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    /// For the tests that provoke a timeout on purpose.
    private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(600);

    private static final String F1_PROFILE = """
            {"result":true,"data":{"full_name":"Toko Simulasi","username":"tokosim","balance":500000,"point":0,"level":"Basic","registered":"2024-01-10 09:00:00"},"message":"Successfully got your account details."}""";
    private static final String F6_SERVICES = """
            {"result":true,"data":[
             {"code":"MLB86-S1","game":"Mobile Legends B","name":"86 Diamonds","price":{"basic":20500,"premium":20300,"special":20150},"server":"1","status":"available"},
             {"code":"MLB172-S1","game":"Mobile Legends B","name":"172 Diamonds","price":{"basic":40900,"premium":40500,"special":40200},"server":"1","status":"available"}
            ],"message":"Daftar layanan berhasil didapatkan."}""";
    private static final String F8_ORDER = """
            {"result":true,"data":{"trxid":"VP2401100900001","data":"136216325","zone":"2685","service":"Mobile Legends B - 86 Diamonds","status":"waiting","note":"","balance":479500,"price":20500},"message":"Pesanan berhasil, pesanan akan diproses."}""";
    private static final String F10_WAITING = """
            {"result":true,"data":[{"trxid":"VP2401100900001","data":"136216325","zone":"2685","service":"Mobile Legends B - 86 Diamonds","status":"waiting","note":"","price":20500}],"message":"Detail transaksi berhasil didapatkan."}""";
    private static final String F14_ORDER = """
            {"result":true,"data":{"trxid":"VP2401100900002","data":"081234567890","code":"TSEL10","service":"Telkomsel 10.000","status":"waiting","note":"","balance":469050,"price":10450},"message":"Pesanan berhasil, pesanan akan diproses."}""";
    private static final String F14_STATUS = """
            {"result":true,"data":[{"trxid":"VP2401100900002","data":"081234567890","code":"TSEL10","service":"Telkomsel 10.000","status":"success","note":"41234567890123456789","price":10450}],"message":"Detail transaksi berhasil didapatkan."}""";

    private MockWebServer server;
    private VipResellerClient client;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        client = clientWithReadTimeout(READ_TIMEOUT);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private VipResellerClient clientWithReadTimeout(Duration readTimeout) {
        return new VipResellerClient(VipResellerSettings.withTimeouts(baseUrl(), API_ID, API_KEY, Duration.ofSeconds(2), readTimeout),
                new MutableClock(NOW));
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/api";
    }

    private void answer(String json) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(json).build());
    }

    private static String refusal(String message) {
        return "{\"result\":false,\"data\":null,\"message\":\"" + message + "\"}";
    }

    private RecordedRequest taken() throws InterruptedException {
        RecordedRequest request = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        return request;
    }

    /// The form fields in the order they were sent.
    private static Map<String, String> form(RecordedRequest request) {
        var fields = new LinkedHashMap<String, String>();
        for (String pair : request.getBody().utf8().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    // ---------------------------------------------------------------- what is sent

    @Test
    void anOrderPostsTheDocumentedFormAndReadsF8() throws Exception {
        answer(F8_ORDER);

        SupplierOrderOutcome outcome = client.placeOrder("MLB86-S1", ML_PLAYER);

        assertThat(outcome).isEqualTo(new Accepted("VP2401100900001", Money.rupiah(20_500), Money.rupiah(479_500), ""));
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/game-feature");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(request)).containsExactly(entry("key", API_KEY), entry("sign", SIGN), entry("type", "order"),
                entry("service", "MLB86-S1"), entry("data_no", "136216325"), entry("data_zone", "2685"));
    }

    @Test
    void aGameWithoutZoneSendsAnEmptyDataZoneAndPrepaidShapedAnswersAreRead() throws Exception {
        answer(F14_ORDER);

        SupplierOrderOutcome outcome = client.placeOrder("FF100-S13", TopUpTarget.of("123456789"));

        assertThat(outcome).isEqualTo(new Accepted("VP2401100900002", Money.rupiah(10_450), Money.rupiah(469_050), ""));
        assertThat(form(taken())).containsEntry("data_no", "123456789").containsEntry("data_zone", "");
    }

    @Test
    void theProfileIsAskedWithKeyAndSignOnly() throws Exception {
        answer(F1_PROFILE);

        assertThat(client.account()).isEqualTo(new SupplierAccount("Toko Simulasi", "tokosim", Money.rupiah(500_000), PriceLevel.BASIC));
        RecordedRequest request = taken();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/profile");
        assertThat(form(request)).containsExactly(entry("key", API_KEY), entry("sign", SIGN));
    }

    @Test
    void servicesOfOneGameSendTheGameFilterAndReadF6() throws Exception {
        answer(F6_SERVICES);

        List<Product> products = client.products(Optional.of("Mobile Legends B"));

        assertThat(products).containsExactly(
                new Product("MLB86-S1", "Mobile Legends B", "86 Diamonds", Map.of(PriceLevel.BASIC, Money.rupiah(20_500),
                        PriceLevel.PREMIUM, Money.rupiah(20_300), PriceLevel.SPECIAL, Money.rupiah(20_150)), ProductStatus.AVAILABLE, NOW),
                new Product("MLB172-S1", "Mobile Legends B", "172 Diamonds", Map.of(PriceLevel.BASIC, Money.rupiah(40_900),
                        PriceLevel.PREMIUM, Money.rupiah(40_500), PriceLevel.SPECIAL, Money.rupiah(40_200)), ProductStatus.AVAILABLE, NOW));
        assertThat(form(taken())).containsExactly(entry("key", API_KEY), entry("sign", SIGN), entry("type", "services"),
                entry("filter_type", "game"), entry("filter_value", "Mobile Legends B"));
    }

    @Test
    void allServicesSendNoFilterAndAnUnknownGameIsAnEmptyList() throws Exception {
        answer(refusal("Layanan tidak ditemukan."));

        assertThat(client.products(Optional.empty())).isEmpty();
        assertThat(form(taken())).containsOnlyKeys("key", "sign", "type");
    }

    @Test
    void servicesAreReadTolerantly() throws Exception {
        answer("""
                {"result":"true","extra":{"x":1},"data":[
                 {"code":"FF100-S13","game":"Free Fire","name":"100 Diamonds","price":{"basic":"14550","premium":14400},"server":13,"status":"available","new_field":[1,2]},
                 {"code":"FF5-S13","game":"Free Fire","name":"5 Diamonds","price":{"basic":1000,"premium":950,"special":900},"server":"13","status":"maintenance"},
                 {"code":"BROKEN-S1","game":"Free Fire","name":"No price","server":"1","status":"available"}
                ],"message":"Daftar layanan berhasil didapatkan."}""");

        List<Product> products = client.products(Optional.of("Free Fire"));

        assertThat(products).extracting(Product::sku).containsExactly("FF100-S13", "FF5-S13");
        assertThat(products.getFirst().buyPrice(PriceLevel.BASIC)).isEqualTo(Money.rupiah(14_550));
        assertThat(products.getFirst().buyPrice(PriceLevel.SPECIAL)).isEqualTo(Money.rupiah(14_550)); // missing → basic
        assertThat(products.get(1).status()).isEqualTo(ProductStatus.EMPTY);
    }

    @Test
    void phpStylePrettyPrintedAnswersWithEscapesAreRead() throws Exception {
        answer("""
                {
                    "result": true,
                    "data": {
                        "full_name": "Toko \\u2b50 Contoh",
                        "username": "toko\\/contoh",
                        "balance": 1250000,
                        "point": 0,
                        "level": "Premium",
                        "registered": "2024-03-01 10:15:00"
                    },
                    "message": "Successfully got your account details."
                }""");

        assertThat(client.account())
                .isEqualTo(new SupplierAccount("Toko \u2b50 Contoh", "toko/contoh", Money.rupiah(1_250_000), PriceLevel.PREMIUM));
    }

    @Test
    void nicknameSendsCodeTargetAndAnEmptyAdditionalTarget() throws Exception {
        answer("{\"result\":true,\"data\":\"SimPlayer\",\"message\":\"Success.\"}");

        assertThat(client.nickname("free-fire", TopUpTarget.of("123456789"))).isEqualTo(new Nickname("SimPlayer", ""));
        assertThat(form(taken())).containsExactly(entry("key", API_KEY), entry("sign", SIGN), entry("type", "get-nickname"),
                entry("code", "free-fire"), entry("target", "123456789"), entry("additional_target", ""));
    }

    @Test
    void regionNicknameReadsTheTopLevelCountry() throws Exception {
        answer("{\"result\":true,\"data\":\"SimPlayer\",\"country\":{\"code\":\"ID\",\"name\":\"Indonesia\"},\"message\":\"Success.\"}");

        assertThat(client.nickname("mobile-legends-region", ML_PLAYER)).isEqualTo(new Nickname("SimPlayer", "ID"));
        assertThat(form(taken())).containsEntry("target", "136216325").containsEntry("additional_target", "2685");
    }

    @Test
    void aNicknameThatIsNotFoundIsTargetNotFound() {
        answer(refusal("ID tidak ditemukan."));

        var e = catchThrowableOfType(SupplierException.class, () -> client.nickname("mobile-legends", ML_PLAYER));

        assertThat(e.kind()).isEqualTo(Kind.TARGET_NOT_FOUND);
        assertThat(e.supplierMessage()).isEqualTo("ID tidak ditemukan.");
    }

    @Test
    void aNicknameRefusedForTheAccountKeepsItsKind() {
        answer(refusal("API Signature not valid."));

        assertThat(catchThrowableOfType(SupplierException.class, () -> client.nickname("pubgm", TopUpTarget.of("5123456"))).kind())
                .isEqualTo(Kind.AUTHENTICATION);
    }

    // ---------------------------------------------------------------- status

    @Test
    void statusByTrxIdReadsF10() throws Exception {
        answer(F10_WAITING);

        assertThat(client.transaction("VP2401100900001")).isEqualTo(new SupplierTransaction("VP2401100900001", ML_PLAYER,
                "Mobile Legends B - 86 Diamonds", State.WAITING, "", Money.rupiah(20_500)));
        assertThat(form(taken())).containsExactly(entry("key", API_KEY), entry("sign", SIGN), entry("type", "status"),
                entry("trxid", "VP2401100900001"));
    }

    @Test
    void aSerialNumberInTheNoteIsKept() throws Exception {
        answer(F14_STATUS);

        SupplierTransaction transaction = client.transaction("VP2401100900002");

        assertThat(transaction.state()).isEqualTo(State.SUCCESS);
        assertThat(transaction.note()).isEqualTo("41234567890123456789");
        assertThat(transaction.target()).isEqualTo(TopUpTarget.of("081234567890"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            waiting,    WAITING
            pending,    WAITING
            processing, PROCESSING
            process,    PROCESSING
            success,    SUCCESS
            Success,    SUCCESS
            error,      ERROR
            failed,     ERROR
            partial,    PROCESSING
            """)
    void statusWordsAreMappedDefensively(String word, State expected) throws Exception {
        answer("{\"result\":true,\"data\":[{\"trxid\":\"VP1\",\"data\":\"1\",\"zone\":\"\",\"service\":\"x\",\"status\":\"" + word
                + "\",\"note\":\"\",\"price\":1}],\"message\":\"Detail transaksi berhasil didapatkan.\"}");

        assertThat(client.transaction("VP1").state()).isEqualTo(expected);
    }

    @Test
    void aSingleStatusObjectInsteadOfAnArrayIsAccepted() throws Exception {
        answer("{\"result\":true,\"data\":{\"trxid\":\"VP1\",\"data\":\"1\",\"zone\":\"\",\"service\":\"x\",\"status\":\"success\",\"note\":\"SN1\",\"price\":\"1500\"},\"message\":\"\"}");

        assertThat(client.transaction("VP1")).extracting(SupplierTransaction::state, SupplierTransaction::price)
                .containsExactly(State.SUCCESS, Money.rupiah(1_500));
    }

    @Test
    void anAnswerAboutAnotherTransactionIsMalformed() {
        answer(F10_WAITING);

        assertThat(catchThrowableOfType(SupplierException.class, () -> client.transaction("VP9999")).kind())
                .isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void theRecentListSendsTheLimitAndKeepsOnlyThatMany() throws Exception {
        answer("""
                {"result":true,"data":[
                 {"trxid":"VP3","data":"1","zone":"","service":"a","status":"waiting","note":"","price":1},
                 {"trxid":"VP2","data":"1","zone":"","service":"a","status":"success","note":"","price":1},
                 {"trxid":"VP1","data":"1","zone":"","service":"a","status":"error","note":"Zone tujuan salah.","price":1}
                ],"message":"Detail transaksi berhasil didapatkan."}""");

        assertThat(client.recentTransactions(2)).extracting(SupplierTransaction::trxId).containsExactly("VP3", "VP2");
        assertThat(form(taken())).containsEntry("type", "status").containsEntry("limit", "2").doesNotContainKey("trxid");
    }

    // ---------------------------------------------------------------- prepaid (spec §5, F14)

    @Test
    void aPrepaidOrderPostsServiceAndNumberOnlyAndReadsF14() throws Exception {
        answer(F14_ORDER);

        SupplierOrderOutcome outcome = client.placePrepaidOrder("TSEL10", "081234567890");

        assertThat(outcome).isEqualTo(new Accepted("VP2401100900002", Money.rupiah(10_450), Money.rupiah(469_050), ""));
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/prepaid");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getBody().utf8())
                .isEqualTo("key=" + API_KEY + "&sign=" + SIGN + "&type=order&service=TSEL10&data_no=081234567890");
    }

    @Test
    void aPrepaidNumberIsSentStrippedButOtherwiseAsTyped() throws Exception {
        answer(F14_ORDER);

        client.placePrepaidOrder("TSEL10", "  +6281234567890 ");

        assertThat(form(taken())).containsEntry("data_no", "+6281234567890").doesNotContainKey("data_zone");
    }

    @Test
    void prepaidStatusByTrxIdReadsF14WithTheSerialNumber() throws Exception {
        answer(F14_STATUS);

        SupplierTransaction transaction = client.prepaidTransaction("VP2401100900002");

        assertThat(transaction).isEqualTo(new SupplierTransaction("VP2401100900002", TopUpTarget.of("081234567890"),
                "Telkomsel 10.000", State.SUCCESS, "41234567890123456789", Money.rupiah(10_450)));
        RecordedRequest request = taken();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/prepaid");
        assertThat(request.getBody().utf8()).isEqualTo("key=" + API_KEY + "&sign=" + SIGN + "&type=status&trxid=VP2401100900002");
    }

    @Test
    void recentPrepaidTransactionsSendTheLimitToThePrepaidEndpoint() throws Exception {
        answer(F14_STATUS);

        assertThat(client.recentPrepaidTransactions(5)).extracting(SupplierTransaction::trxId).containsExactly("VP2401100900002");
        RecordedRequest request = taken();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/prepaid");
        assertThat(form(request)).containsExactly(entry("key", API_KEY), entry("sign", SIGN), entry("type", "status"), entry("limit", "5"));
    }

    @Test
    void anUnknownPrepaidTrxIdIsNotFound() {
        answer(refusal("Transaksi tidak ditemukan."));

        assertThat(catchThrowableOfType(SupplierException.class, () -> client.prepaidTransaction("VP0")).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void prepaidServicesOfOneBrandSendTheBrandFilterAndReadACapturedAnswer() throws Exception {
        // The shape of a captured real answer (spec §9, prepaidServices.json), placeholder row included.
        answer("""
                {
                  "result": true,
                  "data": [
                    {"brand": "", "code": "", "name": "", "note": "", "price": {"basic": 200, "premium": 175, "special": 150},
                     "status": "empty", "multi_trx": false, "maintenace": "00:00 - 00:00", "category": "Pascabayar",
                     "prepost": "prepaid", "type": "not-filtered"},
                    {"brand": "XL", "code": "XLDHR3", "name": "XL HOTROD 3 GB \\/ 30 Hari", "note": "-",
                     "price": {"basic": 48225, "premium": 48200, "special": 48175}, "status": "available", "multi_trx": true,
                     "maintenace": "23:44 - 00:16", "category": "Hotrod", "prepost": "prepaid", "type": "paket-internet"}
                  ],
                  "message": "Daftar layanan berhasil didapatkan."
                }""");

        List<PrepaidProduct> products = client.prepaidProducts(Optional.of(PrepaidFilter.byBrand("XL")));

        assertThat(products).containsExactly(new PrepaidProduct("XLDHR3", "XL", "XL HOTROD 3 GB / 30 Hari", "-", "paket-internet",
                "Hotrod", Map.of(PriceLevel.BASIC, Money.rupiah(48_225), PriceLevel.PREMIUM, Money.rupiah(48_200),
                        PriceLevel.SPECIAL, Money.rupiah(48_175)),
                true, true, "23:44 - 00:16"));
        RecordedRequest request = taken();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/prepaid");
        assertThat(request.getBody().utf8()).isEqualTo("key=" + API_KEY + "&sign=" + SIGN
                + "&type=services&filter_type=brand&filter_value=XL");
    }

    @Test
    void prepaidServicesOfOneTypeSendTheTypeFilterAndAreReadTolerantly() throws Exception {
        answer("""
                {"result":true,"data":[
                 {"brand":"TELKOMSEL","code":"TSEL10","name":"Telkomsel 10.000","price":{"basic":"10450"},"status":"available","multi_trx":"true","type":"pulsa-reguler"},
                 {"brand":"TELKOMSEL","code":"TSEL5","name":"Telkomsel 5.000","note":null,"price":{"basic":5450,"premium":-1,"special":5300},"status":"gangguan","maintenance":"23:45 - 00:15","type":"pulsa-reguler","extra":[1]},
                 {"brand":"TELKOMSEL","code":"TSEL1","name":"No price","status":"available","type":"pulsa-reguler"}
                ],"message":"Daftar layanan berhasil didapatkan."}""");

        List<PrepaidProduct> products = client.prepaidProducts(Optional.of(PrepaidFilter.byType(" pulsa-reguler ")));

        assertThat(products).extracting(PrepaidProduct::sku).containsExactly("TSEL10", "TSEL5");
        PrepaidProduct tsel10 = products.getFirst();
        assertThat(tsel10.buyPrice(PriceLevel.SPECIAL)).isEqualTo(Money.rupiah(10_450)); // missing → basic
        assertThat(tsel10.multiTrx()).isTrue();
        assertThat(tsel10.available()).isTrue();
        assertThat(tsel10.note()).isEmpty();
        assertThat(tsel10.category()).isEmpty();
        assertThat(tsel10.maintenanceWindow()).isEmpty();
        PrepaidProduct tsel5 = products.get(1);
        assertThat(tsel5.buyPrice(PriceLevel.PREMIUM)).isEqualTo(Money.rupiah(5_450)); // negative → basic
        assertThat(tsel5.buyPrice(PriceLevel.SPECIAL)).isEqualTo(Money.rupiah(5_300));
        assertThat(tsel5.available()).isFalse();
        assertThat(tsel5.multiTrx()).isFalse();
        assertThat(tsel5.maintenanceWindow()).isEqualTo("23:45 - 00:15");
        assertThat(form(taken())).containsExactly(entry("key", API_KEY), entry("sign", SIGN), entry("type", "services"),
                entry("filter_type", "type"), entry("filter_value", "pulsa-reguler"));
    }

    @Test
    void allPrepaidServicesSendNoFilterAndNoMatchIsAnEmptyList() throws Exception {
        answer(refusal("Layanan tidak ditemukan."));

        assertThat(client.prepaidProducts(Optional.empty())).isEmpty();
        assertThat(form(taken())).containsOnlyKeys("key", "sign", "type");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nomor salah.                                             | INVALID_TARGET
            Nomor tidak diketahui.                                   | INVALID_TARGET
            Masih ada parameter yang kosong.                         | INVALID_TARGET
            Saldo Anda tidak cukup untuk melakukan pemesanan ini.    | INSUFFICIENT_BALANCE
            Layanan tidak ditemukan atau saat ini tidak tersedia.    | PRODUCT_UNAVAILABLE
            """)
    void prepaidOrderRefusalsHaveTheirReason(String message, RejectionReason reason) {
        answer(refusal(message));

        assertThat(client.placePrepaidOrder("TSEL10", "085712345678")).isEqualTo(new Rejected(reason, message));
    }

    @Test
    void noAnswerInTimeToAPrepaidOrderIsUnknownAndItIsSentOnce() {
        server.enqueue(new MockResponse.Builder().code(200).body(F14_ORDER)
                .headersDelay(SHORT_READ_TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS).build());

        try (var impatient = clientWithReadTimeout(SHORT_READ_TIMEOUT)) {
            assertThat(impatient.placePrepaidOrder("TSEL10", "081234567890")).isInstanceOfSatisfying(Unknown.class,
                    u -> assertThat(u.cause()).contains("no answer"));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPrepaidOrderToAnUnreachableSupplierWasNotSent() {
        var unresolvable = new VipResellerClient(
                VipResellerSettings.withTimeouts("http://vip-reseller.invalid/api", API_ID, API_KEY, Duration.ofSeconds(2), READ_TIMEOUT),
                new MutableClock(NOW), host -> {
                    throw new UnknownHostException(host);
                });
        try (unresolvable) {
            assertThat(unresolvable.placePrepaidOrder("TSEL10", "081234567890")).isInstanceOfSatisfying(TryLater.class,
                    t -> assertThat(t.reason()).isEqualTo(TemporaryReason.NOT_SENT));
        }
    }

    // ---------------------------------------------------------------- supplier messages

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            API Key not registered.                                  | AUTHENTICATION       |
            API Signature not valid.                                 | AUTHENTICATION       |
            User not found.                                          | AUTHENTICATION       |
            IP 198.51.100.20 is not permitted                        | AUTHENTICATION       | 198.51.100.20
            IP 2001:db8::7 is not permitted                          | AUTHENTICATION       | 2001:db8::7
            Request not detected.                                    | AUTHENTICATION       |
            Ada pemeliharaan sistem API, coba lagi nanti.            | MAINTENANCE          |
            Ada pemeliharaan sistem transaksi, coba lagi nanti.      | MAINTENANCE          |
            Saldo Anda tidak cukup untuk melakukan pemesanan ini.    | INSUFFICIENT_BALANCE |
            Saldo akun minimum Anda adalah 10,000.                   | INSUFFICIENT_BALANCE |
            Layanan tidak ditemukan atau saat ini tidak tersedia.    | PRODUCT_UNAVAILABLE  |
            Server tidak ditemukan atau saat ini tidak tersedia.     | PRODUCT_UNAVAILABLE  |
            Transaksi dibatasi, coba lagi dalam 6 detik.             | RATE_LIMITED         |
            Transaksi serupa masih dalam proses.                     | RATE_LIMITED         |
            Transaksi tidak ditemukan.                               | NOT_FOUND            |
            Type 'refund' is not valid                               | REJECTED             |
            Akun Anda dikunci karena aktivitas mencurigakan.         | REJECTED             |
            """)
    void everySupplierMessageHasItsKind(String message, Kind kind, String ipAddress) {
        answer(refusal(message));

        var e = catchThrowableOfType(SupplierException.class, () -> client.account());

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.supplierMessage()).isEqualTo(message);
        assertThat(e.ipAddress()).isEqualTo(ipAddress == null ? "" : ipAddress);
    }

    @Test
    void theF5AnswerToAMangledRequestIsAConfigurationProblem() {
        answer("{\"result\":false,\"data\":[],\"message\":\"Request not detected.\"}");

        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER))
                .isEqualTo(new TryLater(Duration.ofMinutes(5), TemporaryReason.AUTHENTICATION, "Request not detected."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Saldo Anda tidak cukup untuk melakukan pemesanan ini.    | Rejected | INSUFFICIENT_BALANCE |
            Saldo akun minimum Anda adalah 10,000.                   | Rejected | INSUFFICIENT_BALANCE |
            Layanan tidak ditemukan atau saat ini tidak tersedia.    | Rejected | PRODUCT_UNAVAILABLE  |
            Server tidak ditemukan atau saat ini tidak tersedia.     | Rejected | PRODUCT_UNAVAILABLE  |
            User id tidak sesuai.                                    | Rejected | INVALID_TARGET       |
            Masih ada parameter yang kosong.                         | Rejected | INVALID_TARGET       |
            Nomor salah.                                             | Rejected | INVALID_TARGET       |
            Something unexpected happened.                           | Rejected | OTHER                |
            Transaksi dibatasi, coba lagi dalam 6 detik.             | TryLater | RATE_LIMITED         | 6
            Transaksi dibatasi, coba lagi dalam 12 detik.            | TryLater | RATE_LIMITED         | 12
            Transaksi dibatasi.                                      | TryLater | RATE_LIMITED         | 6
            Transaksi serupa masih dalam proses.                     | TryLater | SIMILAR_IN_PROCESS   | 30
            Ada pemeliharaan sistem transaksi, coba lagi nanti.      | TryLater | MAINTENANCE          | 300
            Ada pemeliharaan sistem API, coba lagi nanti.            | TryLater | MAINTENANCE          | 300
            API Signature not valid.                                 | TryLater | AUTHENTICATION       | 300
            IP 198.51.100.20 is not permitted                        | TryLater | AUTHENTICATION       | 300
            """)
    void everyOrderRefusalHasItsOutcome(String message, String outcome, String reason, Long seconds) {
        answer(refusal(message));

        SupplierOrderOutcome result = client.placeOrder("MLB86-S1", ML_PLAYER);

        if (outcome.equals("Rejected")) {
            assertThat(result).isEqualTo(new Rejected(RejectionReason.valueOf(reason), message));
        } else {
            assertThat(result).isEqualTo(new TryLater(Duration.ofSeconds(seconds), TemporaryReason.valueOf(reason), message));
        }
    }

    @Test
    void secretsEchoedByTheServerAreRedacted() {
        answer(refusal("Key " + API_KEY + " with sign " + SIGN + " rejected"));

        var e = catchThrowableOfType(SupplierException.class, () -> client.account());

        assertThat(e.getMessage()).doesNotContain(API_KEY).doesNotContain(SIGN).contains("Key *** with sign *** rejected");
        assertThat(e.supplierMessage()).isEqualTo("Key *** with sign *** rejected");
    }

    // ---------------------------------------------------------------- unknown order outcomes

    @Test
    void acceptedWithoutATrxIdIsUnknown() {
        answer("{\"result\":true,\"data\":{\"data\":\"136216325\",\"status\":\"waiting\",\"balance\":1,\"price\":1},\"message\":\"Pesanan berhasil, pesanan akan diproses.\"}");
        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOf(Unknown.class);

        answer("{\"result\":true,\"data\":null,\"message\":\"Pesanan berhasil, pesanan akan diproses.\"}");
        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOf(Unknown.class);
    }

    @Test
    void anAnswerWithoutResultOrARefusalNamingATransactionIsUnknown() {
        answer("{\"data\":{\"trxid\":\"VP1\"},\"message\":\"?\"}");
        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOf(Unknown.class);

        answer("{\"result\":false,\"data\":{\"trxid\":\"VP1\"},\"message\":\"Saldo Anda tidak cukup untuk melakukan pemesanan ini.\"}");
        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOfSatisfying(Unknown.class,
                u -> assertThat(u.cause()).contains("VP1"));
    }

    @Test
    void serverErrorsAndBodiesThatAreNotTheEnvelopeAreUnknown() {
        server.enqueue(new MockResponse.Builder().code(503).body(F8_ORDER).build());
        server.enqueue(
                new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html").body("<html>Bad gateway</html>").build());
        server.enqueue(new MockResponse.Builder().code(200).body("").build());
        server.enqueue(new MockResponse.Builder().code(200).body("[" + F8_ORDER + "]").build());

        for (int i = 0; i < 4; i++) {
            assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).as("answer %d", i).isInstanceOf(Unknown.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void noAnswerInTimeIsUnknownAndTheOrderIsSentOnce() {
        server.enqueue(new MockResponse.Builder().code(200).body(F8_ORDER)
                .headersDelay(SHORT_READ_TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS).build());

        try (var impatient = clientWithReadTimeout(SHORT_READ_TIMEOUT)) {
            assertThat(impatient.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOfSatisfying(Unknown.class,
                    u -> assertThat(u.cause()).contains("no answer"));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aConnectionClosedAfterTheRequestIsUnknownAndNotRetried() throws Exception {
        answer(F1_PROFILE);
        client.account(); // leaves a pooled connection that a retrying client would reuse and retry on
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
        answer(F8_ORDER);

        assertThat(client.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOf(Unknown.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aReadOnADeadPooledConnectionIsSentAgainOnAFreshOne() throws Exception {
        answer(F1_PROFILE);
        client.account(); // leaves a pooled connection
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
        answer(F1_PROFILE);

        assertThat(client.account().username()).isNotBlank();
        assertThat(server.getRequestCount()).as("the profile read, then the same read on a dead and on a fresh connection").isEqualTo(3);
    }

    @Test
    void ordersGoEachOnAFreshConnectionThatTheyCloseWhileReadsShareOne() throws Exception {
        answer(F1_PROFILE);
        answer(F8_ORDER);
        answer(F14_ORDER);
        answer(F1_PROFILE);

        client.account();
        client.placeOrder("MLB86-S1", ML_PLAYER);
        client.placePrepaidOrder("TSEL10", "081234567890");
        client.account();

        RecordedRequest firstRead = taken();
        List<RecordedRequest> orders = List.of(taken(), taken());
        RecordedRequest secondRead = taken();
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.getHeaders().get("Connection")).isEqualTo("close");
            assertThat(order.getExchangeIndex()).as("the first request on its connection").isZero();
            assertThat(order.getConnectionIndex()).isNotEqualTo(firstRead.getConnectionIndex());
        });
        assertThat(orders.get(1).getConnectionIndex()).isNotEqualTo(orders.get(0).getConnectionIndex());
        assertThat(secondRead.getConnectionIndex()).as("reads share a pooled connection").isEqualTo(firstRead.getConnectionIndex());
        assertThat(firstRead.getHeaders().get("Connection")).isNotEqualTo("close");
    }

    @Test
    void aNameThatDoesNotResolveWasNotSent() {
        var unresolvable = new VipResellerClient(
                VipResellerSettings.withTimeouts("http://vip-reseller.invalid/api", API_ID, API_KEY, Duration.ofSeconds(2), READ_TIMEOUT),
                new MutableClock(NOW), host -> {
                    throw new UnknownHostException(host);
                });
        try (unresolvable) {
            assertThat(unresolvable.placeOrder("MLB86-S1", ML_PLAYER)).isInstanceOfSatisfying(TryLater.class,
                    t -> assertThat(t.reason()).isEqualTo(TemporaryReason.NOT_SENT));
            var e = catchThrowableOfType(SupplierException.class, unresolvable::account);
            assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(e.getMessage()).contains("vip-reseller.invalid").doesNotContain(API_KEY).doesNotContain(SIGN);
        }
    }

    // ---------------------------------------------------------------- typed failures of other calls

    @Test
    void otherCallsTypeTheirTransportFailures() {
        server.enqueue(new MockResponse.Builder().code(200).body(F1_PROFILE)
                .headersDelay(SHORT_READ_TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS).build());
        try (var impatient = clientWithReadTimeout(SHORT_READ_TIMEOUT)) {
            assertThat(catchThrowableOfType(SupplierException.class, impatient::account).kind()).isEqualTo(Kind.TIMEOUT);
        }

        server.enqueue(new MockResponse.Builder().code(404).body("<h1>Not Found</h1>").build());
        var notFound = catchThrowableOfType(SupplierException.class, client::account);
        assertThat(notFound.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(notFound.getMessage()).contains("HTTP 404");

        answer("Warning: mysqli_connect()");
        assertThat(catchThrowableOfType(SupplierException.class, client::account).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);

        answer("{\"result\":true,\"data\":{\"full_name\":\"Toko\"},\"message\":\"\"}");
        assertThat(catchThrowableOfType(SupplierException.class, client::account).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);

        answer("{\"result\":true,\"data\":\"not a list\",\"message\":\"\"}");
        assertThat(catchThrowableOfType(SupplierException.class, () -> client.recentTransactions(3)).kind())
                .isEqualTo(Kind.MALFORMED_RESPONSE);

        answer("{\"result\":true,\"data\":{\"name\":\"x\"},\"message\":\"\"}");
        assertThat(catchThrowableOfType(SupplierException.class, () -> client.nickname("pubgm", TopUpTarget.of("5123456"))).kind())
                .isEqualTo(Kind.MALFORMED_RESPONSE);
    }
}
