package com.wmxtopup.counter.sandbox.midtrans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wmxtopup.counter.support.NotificationReceiver;
import com.wmxtopup.counter.support.Qris;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/// The simulator over raw HTTP (JDK client), checked against specs/midtrans-api.md without the
/// Midtrans adapter in between.
class MidtransSimulatorTest {

    static final String KEY = "SB-Mid-server-SIMULATOR-ONLY-0001";
    /// 2025-03-01 10:15:00 WIB.
    static final Instant START = Instant.parse("2025-03-01T03:15:00Z");
    static final Duration WAIT = Duration.ofSeconds(5);

    private final ObjectMapper json = new ObjectMapper();
    private NotificationReceiver receiver;
    private MidtransSimulator simulator;
    private HttpClient http;

    @BeforeEach
    void start() {
        receiver = NotificationReceiver.start();
        simulator = new MidtransSimulator(MidtransSimulatorSettings.of(KEY)
                .withDefaultNotificationUrl(receiver.url())
                .withClock(Clock.fixed(START, ZoneOffset.UTC))
                .withRandomSeed(42)
                .withNotificationTimeout(Duration.ofSeconds(1)));
        simulator.start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    }

    @AfterEach
    void stop() {
        http.close();
        simulator.close();
        receiver.close();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static String auth(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> call(String method, String path, String body, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        boolean authorizationGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            authorizationGiven |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (!authorizationGiven) {
            request.header("Authorization", auth(KEY));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode charge(String orderId, long amount, String... headers) throws Exception {
        var response = call("POST", "/v2/charge", chargeBody(orderId, amount), headers);
        return json.readTree(response.body());
    }

    private static String chargeBody(String orderId, long amount) {
        return """
                {"payment_type":"qris",
                 "transaction_details":{"order_id":"%s","gross_amount":%d},
                 "item_details":[{"id":"SKU-1","price":%d,"quantity":1,"name":"Diamond 86"}],
                 "custom_expiry":{"order_time":"2025-03-01 10:15:00 +0700","expiry_duration":15,"unit":"minute"}}
                """.formatted(orderId, amount, amount);
    }

    private JsonNode status(String id) throws Exception {
        return json.readTree(call("GET", "/v2/" + id + "/status", null).body());
    }

    private JsonNode parse(NotificationReceiver.Received received) throws Exception {
        return json.readTree(received.body());
    }

    private static boolean signatureIsValid(JsonNode body) {
        return SimulatorSignature
                .sign(body.get("order_id").asText(), body.get("status_code").asText(), body.get("gross_amount").asText(), KEY)
                .equals(body.get("signature_key").asText());
    }

    // ---- signing and QRIS -----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # vector,        order_id,             status, gross,     server key,                             signature_key
            1 settlement,    POS-20250101-0001,    200,    10000.00,  SB-Mid-server-TESTKEY0000000000001,     67450bc16a72bc110d1c04388fbe431fcebb75c01bdae92294623949f555bb0ae6e3b929c28c547daca1bd623edb3f006c118bb23e15de261f66566981419376
            2 pending,       order03,              201,    275000.00, SB-Mid-server-AbCdEfGhIjKlMnOpQrStUvWx, 68dcbd5ff12436df70c46a27564b6ba1f6e2fd9a38470c4cdb6e9598ee645c04a4e6b79a315018b4e39999364a36dd6744bec9ca31b8d8579f2c0d9aec1c91e0
            3 expire,        KASIR-7-000123,       202,    1500.00,   Mid-server-ProdLikeFakeKey_9f8e7d6c,    7173182fa5513f6acaddd1b9ee41c97691c7451c0d8a6cdae5ac3db263a58470915ccf237dee6da6a4d87a5f5676a468f7567acbcad291ac334ce1a97568e89b
            4 docs,          1111,                 200,    100000.00, askvnoibnosifnboseofinbofinfgbiufglnbfg, edc076b21793ebe3e17926350f5b8ae67d902fe657b3d0aa31b932d5c127e2375d308a2bc94f3265ac2d80a1f181a79b997ac178a236fcff35af263fc4d4c231
            5 no decimals,   POS-20250101-0001,    200,    10000,     SB-Mid-server-TESTKEY0000000000001,     f17155a9c1e8639dae225e76be2085d09905b5eccb89d9bf2a9d63348a8c4901ecfc54106b4b75a4bcbae2792d7528de3c5e9b2acf6fb0e017a22f4246be1685
            6 status 407,    POS-20250101-0001,    407,    10000.00,  SB-Mid-server-TESTKEY0000000000001,     275f178f46a5b802772e9d6e408d434fcb5568017c8b50f098a744efb7c66167f3b9406d36cde08e82e492c1539bf3e8c8fe5df444abd46214b66ecbfeb6f480
            fixture settled, POS-01-20250301-0007, 200,    25000.00,  SB-Mid-server-SIMULATOR-ONLY-0001,      eb1b0a8a4f20f628e538be96c8dc2370fe91d450408ceb4137fe6efdd5f9506dc15928a325f35a701eede0f0cb59de6c7e75eb682b9522733aa60d8cece022ab
            fixture 407,     POS-01-20250301-0007, 407,    25000.00,  SB-Mid-server-SIMULATOR-ONLY-0001,      83e4342cd3247a9d69a5dd709d367db000ae0ba97c3776b10625224319dc587c360fb2325437666f34a7d741bc3ca9ddb115eb5a477111c0a14ffbc48bdec609
            """)
    void signerComputesTheSpecVectors(String vector, String orderId, String statusCode, String grossAmount, String serverKey,
            String expected) {
        assertThat(SimulatorSignature.sign(orderId, statusCode, grossAmount, serverKey)).isEqualTo(expected);
    }

    @Test
    void crcOfTheSpecSampleIsEcff() {
        String sample = "00020101021226610014COM.GO-JEK.WWW01189360091400000000010210G0000000010303UKE51440014ID.CO.QRIS.WWW0215ID00000000000010303UKE5204581253033605802ID5911TOKO CONTOH6007JAKARTA610510110540825000.00624750369b2f4c1e-7d3a-4e8b-a6c5-0f1e2d3c4b5a0703A016304ECFF";
        assertThat(QrisPayload.crc16(sample.substring(0, sample.length() - 4))).isEqualTo("ECFF");
        assertThat(Qris.crcIsValid(sample)).as("the test-side CRC agrees").isTrue();
        // The standard check value of CRC-16/CCITT-FALSE.
        assertThat(QrisPayload.crc16("123456789")).isEqualTo("29B1");
    }

    @Test
    void builtPayloadHasTheQrisShape() {
        String payload = QrisPayload.build("G141532255", "ID1025364758690", "Toko Contoh Yang Namanya Panjang Sekali",
                "Jakarta Selatan Raya",
                "10110", 1_234_500, "9b2f4c1e-7d3a-4e8b-a6c5-0f1e2d3c4b5a", "A01");

        Map<String, String> tags = Qris.tags(payload);
        assertThat(payload).startsWith("000201010212");
        assertThat(tags.keySet()).containsExactly("00", "01", "26", "51", "52", "53", "54", "58", "59", "60", "61", "62", "63");
        assertThat(tags.get("26")).contains("COM.GO-JEK.WWW").contains("G141532255");
        assertThat(Qris.tags(tags.get("51"))).containsEntry("00", "ID.CO.QRIS.WWW").containsEntry("02", "ID1025364758690");
        assertThat(tags.get("53")).isEqualTo("360");
        assertThat(tags.get("54")).isEqualTo("1234500.00");
        assertThat(tags.get("58")).isEqualTo("ID");
        assertThat(tags.get("59")).hasSizeLessThanOrEqualTo(25).startsWith("TOKO CONTOH");
        assertThat(tags.get("60")).hasSizeLessThanOrEqualTo(15);
        assertThat(Qris.tags(tags.get("62"))).containsEntry("50", "9b2f4c1e-7d3a-4e8b-a6c5-0f1e2d3c4b5a").containsEntry("07", "A01");
        assertThat(Qris.crcIsValid(payload)).isTrue();
        assertThat(Qris.crcIsValid(payload.substring(0, payload.length() - 1) + "0")).as("a wrong CRC is caught").isFalse();
    }

    // ---- auth and validation --------------------------------------------------------------------

    @ParameterizedTest(name = "Authorization: {0}")
    @CsvSource({"wrong key", "no password colon", "missing"})
    void wrongOrMissingKeyGets401Body(String variant) throws Exception {
        String header = switch (variant) {
            case "wrong key" -> auth("SB-Mid-server-WRONG");
            case "no password colon" -> "Basic " + Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8));
            default -> "";
        };
        var response = call("POST", "/v2/charge", chargeBody("POS-AUTH-1", 10_000), "Authorization", header);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("status_code").asText()).isEqualTo("401");
        assertThat(simulator.transaction("POS-AUTH-1")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no order id            | {"payment_type":"qris","transaction_details":{"gross_amount":1000}}                                     | transaction_details.order_id is required
            order id with a space  | {"payment_type":"qris","transaction_details":{"order_id":"A B","gross_amount":1000}}                   | transaction_details.order_id may only contain
            order id of 51 chars   | {"payment_type":"qris","transaction_details":{"order_id":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","gross_amount":1000}} | longer than 50
            zero amount            | {"payment_type":"qris","transaction_details":{"order_id":"A-1","gross_amount":0}}                      | greater than 0
            decimal amount         | {"payment_type":"qris","transaction_details":{"order_id":"A-1","gross_amount":1000.5}}                 | must be an integer
            decimal zero amount    | {"payment_type":"qris","transaction_details":{"order_id":"A-1","gross_amount":1000.0}}                 | must be an integer
            amount as text         | {"payment_type":"qris","transaction_details":{"order_id":"A-1","gross_amount":"1000"}}                 | must be an integer
            items do not add up    | {"payment_type":"qris","transaction_details":{"order_id":"A-1","gross_amount":1000},"item_details":[{"price":500,"quantity":1,"name":"x"}]} | not equal to the sum of item_details
            item name too long     | {"payment_type":"qris","transaction_details":{"order_id":"A-1","gross_amount":1000},"item_details":[{"price":1000,"quantity":1,"name":"123456789012345678901234567890123456789012345678901"}]} | item_details.name
            expiry of 19 seconds   | {"payment_type":"qris","transaction_details":{"order_id":"A-1","gross_amount":1000},"custom_expiry":{"expiry_duration":19,"unit":"second"}} | custom_expiry is below minimum threshold
            expiry already over    | {"payment_type":"qris","transaction_details":{"order_id":"A-1","gross_amount":1000},"custom_expiry":{"order_time":"2025-03-01 09:00:00 +0700","expiry_duration":15,"unit":"minute"}} | custom_expiry is below minimum threshold
            expiry of 8 days       | {"payment_type":"qris","transaction_details":{"order_id":"A-1","gross_amount":1000},"custom_expiry":{"expiry_duration":8,"unit":"day"}} | above maximum threshold
            unknown expiry unit    | {"payment_type":"qris","transaction_details":{"order_id":"A-1","gross_amount":1000},"custom_expiry":{"expiry_duration":8,"unit":"fortnight"}} | custom_expiry.unit
            no payment type        | {"transaction_details":{"order_id":"A-1","gross_amount":1000}}                                         | payment_type is required
            """)
    void invalidChargesGet400WithValidationMessages(String what, String body, String message) throws Exception {
        var response = call("POST", "/v2/charge", body);

        JsonNode answer = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(answer.get("status_code").asText()).isEqualTo("400");
        assertThat(answer.get("validation_messages").toString()).contains(message);
        assertThat(simulator.transactions()).isEmpty();
    }

    @Test
    void expiryOfTwentySecondsIsAccepted() throws Exception {
        var response = call("POST", "/v2/charge",
                "{\"payment_type\":\"qris\",\"transaction_details\":{\"order_id\":\"A-20\",\"gross_amount\":1000},\"custom_expiry\":{\"expiry_duration\":20,\"unit\":\"second\"}}");

        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("status_code").asText()).isEqualTo("201");
        assertThat(answer.get("expiry_time").asText()).isEqualTo("2025-03-01 10:15:20");
    }

    @Test
    void otherPaymentTypesAreNotActivated() throws Exception {
        var response = call("POST", "/v2/charge",
                "{\"payment_type\":\"gopay\",\"transaction_details\":{\"order_id\":\"A-1\",\"gross_amount\":1000}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("status_code").asText()).isEqualTo("402");
    }

    @Test
    void bodyThatIsNotJsonGets413() throws Exception {
        var response = call("POST", "/v2/charge", "payment_type=qris");

        assertThat(json.readTree(response.body()).get("status_code").asText()).isEqualTo("413");
    }

    // ---- charge and status ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(HttpStatusMode.class)
    void chargeCreatesAPendingQrisTransaction(HttpStatusMode mode) throws Exception {
        simulator.setHttpStatusMode(mode);
        var response = call("POST", "/v2/charge", chargeBody("POS-01-20250301-0007", 25_000));

        assertThat(response.statusCode()).isEqualTo(mode == HttpStatusMode.MIDTRANS_LIKE ? 200 : 201);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("status_code").asText()).isEqualTo("201");
        assertThat(answer.get("transaction_status").asText()).isEqualTo("pending");
        assertThat(answer.get("order_id").asText()).isEqualTo("POS-01-20250301-0007");
        assertThat(answer.get("gross_amount").asText()).isEqualTo("25000.00");
        assertThat(answer.get("transaction_time").asText()).isEqualTo("2025-03-01 10:15:00");
        assertThat(answer.get("expiry_time").asText()).isEqualTo("2025-03-01 10:30:00");
        assertThat(answer.get("transaction_id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(answer.get("actions").get(0).get("name").asText()).isEqualTo("generate-qr-code");
        assertThat(answer.get("actions").get(0).get("url").asText())
                .isEqualTo(simulator.baseUrl() + "/v2/qris/" + answer.get("transaction_id").asText() + "/qr-code");
        String qr = answer.get("qr_string").asText();
        assertThat(Qris.crcIsValid(qr)).isTrue();
        assertThat(Qris.tags(qr)).containsEntry("54", "25000.00").containsEntry("53", "360").containsEntry("01", "12");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }

    @Test
    void qrImageUrlServesAPngOfTheQrString() throws Exception {
        JsonNode answer = charge("POS-IMG-1", 15_000);
        var image = http.send(HttpRequest.newBuilder(URI.create(answer.get("actions").get(0).get("url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(Qris.decodePng(image.body())).isEqualTo(answer.get("qr_string").asText());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HttpStatusMode.class)
    void statusCodesFollowTheTransactionState(HttpStatusMode mode) throws Exception {
        simulator.setHttpStatusMode(mode);
        String pendingTx = charge("S-PENDING", 1_000).get("transaction_id").asText();
        charge("S-PAID", 2_000);
        simulator.pay("S-PAID");
        charge("S-CANCEL", 3_000);
        call("POST", "/v2/S-CANCEL/cancel", null);
        charge("S-EXPIRE", 4_000);
        simulator.expireNow("S-EXPIRE");
        charge("S-DENY", 5_000);
        simulator.deny("S-DENY");

        Map<String, String> expected = Map.of("S-PENDING", "201 pending", "S-PAID", "200 settlement", "S-CANCEL", "200 cancel",
                "S-EXPIRE", "407 expire", "S-DENY", "202 deny");
        for (var entry : expected.entrySet()) {
            var response = call("GET", "/v2/" + entry.getKey() + "/status", null);
            JsonNode body = json.readTree(response.body());
            assertThat(body.get("status_code").asText() + " " + body.get("transaction_status").asText()).as(entry.getKey())
                    .isEqualTo(entry.getValue());
            assertThat(body.get("status_message").asText()).isEqualTo("Success, transaction is found");
            assertThat(signatureIsValid(body)).as("signature of " + entry.getKey()).isTrue();
            int bodyCode = body.get("status_code").asInt();
            assertThat(response.statusCode()).isEqualTo(mode == HttpStatusMode.SAME_AS_BODY ? bodyCode : 200);
        }
        assertThat(status(pendingTx).get("order_id").asText()).as("status by transaction id").isEqualTo("S-PENDING");
        var unknown = call("GET", "/v2/NOPE/status", null);
        assertThat(json.readTree(unknown.body()).get("status_code").asText()).isEqualTo("404");
        assertThat(unknown.statusCode()).isEqualTo(mode == HttpStatusMode.SAME_AS_BODY ? 404 : 200);
    }

    @Test
    void settledStatusCarriesSettlementTimeAndIssuer() throws Exception {
        charge("S-PAID-2", 2_000);
        simulator.advanceClock(Duration.ofSeconds(72));
        simulator.pay("S-PAID-2", "ovo");

        JsonNode body = status("S-PAID-2");
        assertThat(body.get("settlement_time").asText()).isEqualTo("2025-03-01 10:16:12");
        assertThat(body.get("issuer").asText()).isEqualTo("ovo");
        assertThat(body.get("transaction_type").asText()).isEqualTo("off-us");
        assertThat(body.get("merchant_cross_reference_id").asText()).isNotBlank();
    }

    @Test
    void duplicateOrderIdGets406UntilCancelled() throws Exception {
        charge("POS-DUP", 10_000);

        assertThat(charge("POS-DUP", 10_000).get("status_code").asText()).isEqualTo("406");
        simulator.pay("POS-DUP");
        assertThat(charge("POS-DUP", 10_000).get("status_code").asText()).as("settled").isEqualTo("406");

        charge("POS-REUSE", 10_000);
        call("POST", "/v2/POS-REUSE/cancel", null);
        JsonNode again = charge("POS-REUSE", 12_000);
        assertThat(again.get("status_code").asText()).as("an order id may be reused after cancel").isEqualTo("201");
        assertThat(status("POS-REUSE").get("gross_amount").asText()).isEqualTo("12000.00");
    }

    @Test
    void cancelAndExpireOnlyChangePendingTransactions() throws Exception {
        charge("C-1", 12_500);
        var cancelled = json.readTree(call("POST", "/v2/C-1/cancel", null).body());
        assertThat(cancelled.get("status_code").asText()).isEqualTo("200");
        assertThat(cancelled.get("transaction_status").asText()).isEqualTo("cancel");
        assertThat(json.readTree(call("POST", "/v2/C-1/cancel", null).body()).get("status_code").asText()).isEqualTo("412");
        assertThat(json.readTree(call("POST", "/v2/C-1/expire", null).body()).get("status_code").asText()).isEqualTo("412");

        charge("E-1", 25_000);
        var expired = call("POST", "/v2/E-1/expire", null);
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(json.readTree(expired.body()).get("status_code").asText()).isEqualTo("407");
        assertThat(json.readTree(expired.body()).get("transaction_status").asText()).isEqualTo("expire");

        charge("P-1", 5_000);
        simulator.pay("P-1");
        assertThat(json.readTree(call("POST", "/v2/P-1/cancel", null).body()).get("status_code").asText()).isEqualTo("412");
        assertThat(json.readTree(call("POST", "/v2/NOPE/cancel", null).body()).get("status_code").asText()).isEqualTo("404");
    }

    @Test
    void pendingTransactionExpiresWhenItsTimeHasCome() throws Exception {
        charge("T-1", 7_000);
        receiver.next(WAIT);

        simulator.advanceClock(Duration.ofMinutes(14));
        assertThat(status("T-1").get("transaction_status").asText()).isEqualTo("pending");
        simulator.advanceClock(Duration.ofMinutes(1));

        JsonNode notification = parse(receiver.next(WAIT));
        assertThat(notification.get("transaction_status").asText()).isEqualTo("expire");
        assertThat(notification.get("status_code").asText()).isEqualTo("202");
        assertThat(status("T-1").get("status_code").asText()).isEqualTo("407");
        assertThatThrownBy(() -> simulator.pay("T-1")).isInstanceOf(IllegalStateException.class).hasMessageContaining("expire");
    }

    @Test
    void controlCallsRejectUnknownAndFinishedTransactions() throws Exception {
        assertThatThrownBy(() -> simulator.pay("NOPE")).isInstanceOf(NoSuchElementException.class);
        charge("X-1", 1_000);
        simulator.pay("X-1");
        assertThatThrownBy(() -> simulator.pay("X-1")).isInstanceOf(IllegalStateException.class).hasMessageContaining("settlement");
        assertThatThrownBy(() -> simulator.deny("X-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> simulator.expireNow("X-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refundOfASettledTransaction() throws Exception {
        charge("R-1", 30_000);
        assertThat(json.readTree(call("POST", "/v2/R-1/refund", "{}").body()).get("status_code").asText()).as("not settled")
                .isEqualTo("412");
        simulator.pay("R-1");

        JsonNode partial = json.readTree(call("POST", "/v2/R-1/refund", "{\"refund_key\":\"R-1-r1\",\"amount\":10000}").body());
        assertThat(partial.get("transaction_status").asText()).isEqualTo("partial_refund");
        assertThat(partial.get("refund_amount").asText()).isEqualTo("10000.00");
        assertThat(json.readTree(call("POST", "/v2/R-1/refund", "{\"amount\":99999}").body()).get("status_code").asText()).isEqualTo("414");
        JsonNode rest = json.readTree(call("POST", "/v2/R-1/refund", "").body());
        assertThat(rest.get("transaction_status").asText()).isEqualTo("refund");
        assertThat(status("R-1").get("refund_amount").asText()).isEqualTo("30000.00");
    }

    // ---- idempotency ----------------------------------------------------------------------------

    @Test
    void idempotencyKeyReplaysTheFirstSuccessfulAnswerForFiveMinutes() throws Exception {
        var first = call("POST", "/v2/charge", chargeBody("I-1", 10_000), "Idempotency-Key", "key-1");
        var replay = call("POST", "/v2/charge", chargeBody("I-1-OTHER", 99_000), "Idempotency-Key", "key-1");

        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(simulator.transaction("I-1-OTHER")).as("the replay processed nothing").isEmpty();

        simulator.advanceClock(Duration.ofMinutes(5));
        var afterWindow = call("POST", "/v2/charge", chargeBody("I-1", 10_000), "Idempotency-Key", "key-1");
        assertThat(json.readTree(afterWindow.body()).get("status_code").asText()).as("processed again: duplicate").isEqualTo("406");
    }

    @Test
    void failedAnswersAreNotReplayed() throws Exception {
        var invalid = call("POST", "/v2/charge", "{\"payment_type\":\"qris\"}", "Idempotency-Key", "key-2");
        var valid = call("POST", "/v2/charge", chargeBody("I-2", 10_000), "Idempotency-Key", "key-2");

        assertThat(json.readTree(invalid.body()).get("status_code").asText()).isEqualTo("400");
        assertThat(json.readTree(valid.body()).get("status_code").asText()).isEqualTo("201");
    }

    @Test
    void keysLongerThan46CharactersAreIgnored() throws Exception {
        String longKey = "k".repeat(47);
        call("POST", "/v2/charge", chargeBody("I-3", 10_000), "Idempotency-Key", longKey);
        var second = call("POST", "/v2/charge", chargeBody("I-3", 10_000), "Idempotency-Key", longKey);

        assertThat(json.readTree(second.body()).get("status_code").asText()).isEqualTo("406");
    }

    // ---- notifications --------------------------------------------------------------------------

    @Test
    void chargeAndPaymentSendSignedNotificationsLikeMidtrans() throws Exception {
        charge("N-1", 25_000);
        var pending = receiver.next(WAIT);
        simulator.pay("N-1");
        var settlement = receiver.next(WAIT);

        assertThat(pending.method()).isEqualTo("POST");
        assertThat(pending.path()).isEqualTo("/api/webhooks/midtrans");
        assertThat(pending.header("User-Agent")).isEqualTo("Veritrans");
        assertThat(pending.header("Content-Type")).isEqualTo("application/json");
        JsonNode first = parse(pending);
        assertThat(first.get("transaction_status").asText()).isEqualTo("pending");
        assertThat(first.get("status_code").asText()).isEqualTo("201");
        assertThat(first.get("status_message").asText()).isEqualTo("midtrans payment notification");
        assertThat(signatureIsValid(first)).isTrue();
        JsonNode second = parse(settlement);
        assertThat(second.get("transaction_status").asText()).isEqualTo("settlement");
        assertThat(second.get("status_code").asText()).isEqualTo("200");
        assertThat(second.get("gross_amount").asText()).isEqualTo("25000.00");
        assertThat(second.get("settlement_time").asText()).isEqualTo("2025-03-01 10:15:00");
        assertThat(signatureIsValid(second)).isTrue();
        assertThat(simulator.awaitNotifications(WAIT)).isTrue();
        assertThat(simulator.deliveries()).extracting(NotificationDelivery::outcome)
                .containsExactly(NotificationDelivery.Outcome.DELIVERED, NotificationDelivery.Outcome.DELIVERED);
    }

    @Test
    void overrideHeaderReplacesTheDefaultUrlAndAppendAddsToIt() throws Exception {
        try (var pos = NotificationReceiver.start(); var second = NotificationReceiver.start()) {
            charge("O-1", 1_000, "X-Override-Notification", pos.url().toString());
            assertThat(parse(pos.next(WAIT)).get("order_id").asText()).isEqualTo("O-1");
            receiver.expectNothingMore(Duration.ofMillis(300));

            charge("O-2", 1_000, "X-Append-Notification", second.url().toString());
            assertThat(parse(receiver.next(WAIT)).get("order_id").asText()).isEqualTo("O-2");
            assertThat(parse(second.next(WAIT)).get("order_id").asText()).isEqualTo("O-2");
        }
    }

    @Test
    void withoutAnyNotificationUrlNothingIsSent() throws Exception {
        try (var quiet = new MidtransSimulator(MidtransSimulatorSettings.of(KEY).withClock(Clock.fixed(START, ZoneOffset.UTC)))) {
            quiet.start();
            var request = HttpRequest.newBuilder(URI.create(quiet.baseUrl() + "/v2/charge"))
                    .header("Authorization", auth(KEY)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(chargeBody("Q-1", 1_000))).build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).body()).contains("\"201\"");
            assertThat(quiet.awaitNotifications(WAIT)).isTrue();
            assertThat(quiet.deliveries()).singleElement().satisfies(d -> {
                assertThat(d.outcome()).isEqualTo(NotificationDelivery.Outcome.DROPPED);
                assertThat(d.error()).isEqualTo("no notification URL");
            });
        }
    }

    @Test
    void duplicateDeliverySendsTheSameBodySeveralTimes() throws Exception {
        charge("D-1", 9_000);
        receiver.next(WAIT);
        simulator.faultNextNotification("settlement", NotificationFault.duplicate(3));
        simulator.pay("D-1");

        List<NotificationReceiver.Received> copies = receiver.next(3, WAIT);
        assertThat(copies).extracting(NotificationReceiver.Received::text).containsOnly(copies.getFirst().text());
        assertThat(parse(copies.getFirst()).get("transaction_status").asText()).isEqualTo("settlement");
        receiver.expectNothingMore(Duration.ofMillis(300));
    }

    @Test
    void concurrentDuplicatesArriveTogether() throws Exception {
        simulator.faultNextNotification("pending", NotificationFault.duplicateConcurrently(4));
        charge("D-2", 9_000);

        assertThat(receiver.next(4, WAIT)).extracting(r -> parse(r).get("order_id").asText()).containsOnly("D-2");
    }

    @Test
    void heldPendingNotificationArrivesAfterTheSettlement() throws Exception {
        simulator.faultNextNotification("pending", NotificationFault.deliverAfterNext());
        charge("OOO-1", 11_000);
        receiver.expectNothingMore(Duration.ofMillis(300));
        simulator.pay("OOO-1");

        List<NotificationReceiver.Received> arrived = receiver.next(2, WAIT);
        assertThat(arrived).extracting(r -> parse(r).get("transaction_status").asText()).containsExactly("settlement", "pending");
    }

    @Test
    void droppedNotificationIsNeverSentButRecorded() throws Exception {
        simulator.faultAllNotifications(NotificationFault.drop());
        charge("DROP-1", 1_000);
        simulator.pay("DROP-1");

        receiver.expectNothingMore(Duration.ofMillis(400));
        assertThat(simulator.deliveries()).extracting(NotificationDelivery::outcome).containsOnly(NotificationDelivery.Outcome.DROPPED)
                .hasSize(2);
        assertThat(status("DROP-1").get("transaction_status").asText()).as("polling still tells the truth").isEqualTo("settlement");
    }

    @Test
    void badSignatureAmountMismatchAndUnknownOrder() throws Exception {
        simulator.faultNextNotification(NotificationFault.badSignature());
        charge("F-1", 20_000);
        JsonNode bad = parse(receiver.next(WAIT));
        assertThat(bad.get("order_id").asText()).isEqualTo("F-1");
        assertThat(signatureIsValid(bad)).isFalse();

        simulator.faultNextNotification(NotificationFault.amountMismatch(-19_000));
        simulator.pay("F-1");
        JsonNode cheap = parse(receiver.next(WAIT));
        assertThat(cheap.get("gross_amount").asText()).isEqualTo("1000.00");
        assertThat(signatureIsValid(cheap)).as("signed, so only the amount check catches it").isTrue();

        simulator.faultNextNotification(NotificationFault.unknownOrder());
        charge("F-2", 3_000);
        JsonNode stranger = parse(receiver.next(WAIT));
        assertThat(stranger.get("order_id").asText()).startsWith("UNKNOWN-");
        assertThat(signatureIsValid(stranger)).isTrue();
        assertThat(simulator.transaction(stranger.get("order_id").asText())).isEmpty();
    }

    @Test
    void delayedNotificationArrivesLater() throws Exception {
        simulator.faultNextNotification(NotificationFault.delay(Duration.ofMillis(600)));
        long started = System.nanoTime();
        charge("DL-1", 1_000);

        receiver.next(WAIT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(550));
    }

    @Test
    void receiverErrorsAreRecorded() throws Exception {
        receiver.answerWith(503);
        charge("RE-1", 1_000);
        receiver.next(WAIT);

        assertThat(simulator.awaitNotifications(WAIT)).isTrue();
        assertThat(simulator.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(NotificationDelivery.Outcome.REJECTED);
            assertThat(d.httpStatus()).isEqualTo(503);
        });
    }

    // ---- API faults -----------------------------------------------------------------------------

    @Test
    void injectedRateLimitServerErrorsAndGatewayPageProcessNothing() throws Exception {
        simulator.injectApiFault(ApiEndpoint.CHARGE, ApiFault.rateLimited());
        simulator.injectApiFault(ApiEndpoint.CHARGE, ApiFault.internalError());
        simulator.injectApiFault(ApiEndpoint.CHARGE, ApiFault.unavailable());
        simulator.injectApiFault(ApiEndpoint.CHARGE, ApiFault.badGatewayPage());

        var limited = call("POST", "/v2/charge", chargeBody("AF-1", 1_000));
        var internal = call("POST", "/v2/charge", chargeBody("AF-1", 1_000));
        var unavailable = call("POST", "/v2/charge", chargeBody("AF-1", 1_000));
        var gateway = call("POST", "/v2/charge", chargeBody("AF-1", 1_000));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("{\"message\":\"API rate limit exceeded\"}");
        assertThat(internal.statusCode()).isEqualTo(500);
        assertThat(json.readTree(internal.body()).get("status_code").asText()).isEqualTo("500");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(json.readTree(unavailable.body()).get("status_code").asText()).isEqualTo("503");
        assertThat(gateway.statusCode()).isEqualTo(502);
        assertThat(gateway.body()).contains("<h1>502 Bad Gateway</h1>");
        assertThat(simulator.transactions()).isEmpty();
        assertThat(json.readTree(call("POST", "/v2/charge", chargeBody("AF-1", 1_000)).body()).get("status_code").asText())
                .as("faults are used up").isEqualTo("201");
    }

    @Test
    void faultsAimAtTheirEndpointOnly() throws Exception {
        simulator.injectApiFault(ApiEndpoint.STATUS, ApiFault.internalError(), 2);
        charge("AF-2", 1_000);

        assertThat(status("AF-2").get("status_code").asText()).isEqualTo("500");
        assertThat(status("AF-2").get("status_code").asText()).isEqualTo("500");
        assertThat(status("AF-2").get("status_code").asText()).isEqualTo("201");
    }

    @Test
    void slowAnswerStillCreatesTheCharge() throws Exception {
        simulator.injectApiFault(ApiEndpoint.CHARGE, ApiFault.slowAnswer(Duration.ofSeconds(3)));
        var impatient = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v2/charge"))
                .timeout(Duration.ofMillis(400))
                .header("Authorization", auth(KEY)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(chargeBody("SLOW-1", 1_000))).build();

        assertThatThrownBy(() -> http.send(impatient, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.net.http.HttpTimeoutException.class);
        assertThat(simulator.transaction("SLOW-1")).hasValueSatisfying(t -> assertThat(t.transactionStatus()).isEqualTo("pending"));
    }

    @Test
    void droppedConnectionStillCreatesTheCharge() {
        simulator.injectApiFault(ApiEndpoint.CHARGE, ApiFault.droppedConnection());

        assertThatThrownBy(() -> call("POST", "/v2/charge", chargeBody("DROPPED-1", 1_000))).isInstanceOf(java.io.IOException.class);
        assertThat(simulator.transaction("DROPPED-1")).isPresent();
    }

    @Test
    void unknownPathsAndMethods() throws Exception {
        assertThat(json.readTree(call("GET", "/v2/nothing/here/at/all", null).body()).get("status_code").asText()).isEqualTo("404");
        assertThat(json.readTree(call("GET", "/v2/charge", null).body()).get("status_code").asText()).isEqualTo("405");
    }

    @Test
    void settingsNeverPrintTheKey() {
        assertThat(MidtransSimulatorSettings.of(KEY).toString()).doesNotContain("SIMULATOR-ONLY");
    }
    // ---- connections the server closes ----------------------------------------------------------

    private MidtransSimulator startedWith(MidtransSimulatorSettings settings) {
        var started = new MidtransSimulator(settings);
        started.start();
        return started;
    }

    /// GET `/v2/{id}/status` on `client`; the body, or an [IOException] when no answer came.
    private static String statusWith(OkHttpClient client, MidtransSimulator sim, String id) throws IOException {
        Request request = new Request.Builder().url(sim.baseUrl() + "/v2/" + id + "/status").header("Authorization", auth(KEY)).build();
        try (Response response = client.newCall(request).execute()) {
            assertThat(response.header("Connection")).as("a close is never announced").isNull();
            return response.body().string();
        }
    }

    /// Writes onto its pooled connection and never sends anything again.
    private static OkHttpClient pooledClientWithoutRetry() {
        return new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(Duration.ofSeconds(5)).build();
    }

    private static void close(OkHttpClient client) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    @Test
    void anHttp10ServerDropsTheSecondRequestOnAConnectionUnanswered() throws Exception {
        OkHttpClient pooled = pooledClientWithoutRetry();
        try (var sim = startedWith(MidtransSimulatorSettings.of(KEY).withHttp10(true))) {
            assertThat(statusWith(pooled, sim, "H10-1")).contains("\"status_code\":\"404\"");
            assertThat(pooled.connectionPool().idleConnectionCount()).as("the client keeps the connection").isEqualTo(1);

            assertThatThrownBy(() -> statusWith(pooled, sim, "H10-1")).isInstanceOf(IOException.class);
            assertThat(sim.requestsDroppedOnClosedConnections()).isEqualTo(1);
            assertThat(statusWith(pooled, sim, "H10-1")).as("on a new connection").contains("\"status_code\":\"404\"");
        } finally {
            close(pooled);
        }
    }

    @Test
    void anIdleCloseServerDropsARequestOnAConnectionIdleForLongerThanTheSetting() throws Exception {
        OkHttpClient pooled = pooledClientWithoutRetry();
        try (var sim = startedWith(MidtransSimulatorSettings.of(KEY).withIdleCloseSeconds(1))) {
            statusWith(pooled, sim, "IDLE-1");
            statusWith(pooled, sim, "IDLE-1");
            assertThat(pooled.connectionPool().connectionCount()).as("both on one kept-alive connection").isEqualTo(1);
            assertThat(sim.requestsDroppedOnClosedConnections()).isZero();

            Thread.sleep(1_500);
            assertThatThrownBy(() -> statusWith(pooled, sim, "IDLE-1")).isInstanceOf(IOException.class);
            assertThat(sim.requestsDroppedOnClosedConnections()).isEqualTo(1);
        } finally {
            close(pooled);
        }
    }

    @Test
    void closingSettingsDefaultToKeepAliveAndAreChecked() throws Exception {
        OkHttpClient pooled = pooledClientWithoutRetry();
        try {
            for (int i = 0; i < 3; i++) {
                statusWith(pooled, simulator, "KEEP-1");
            }
            assertThat(pooled.connectionPool().connectionCount()).isEqualTo(1);
            assertThat(simulator.requestsDroppedOnClosedConnections()).isZero();
        } finally {
            close(pooled);
        }
        assertThat(MidtransSimulatorSettings.of(KEY).idleCloseSeconds()).isZero();
        assertThat(MidtransSimulatorSettings.of(KEY).http10()).isFalse();
        assertThatThrownBy(() -> MidtransSimulatorSettings.of(KEY).withIdleCloseSeconds(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notificationListenersHearEachAnsweredDeliveryAndCannotBreakTheSimulator() throws Exception {
        var heard = new CopyOnWriteArrayList<NotificationDelivery>();
        simulator.onNotificationAnswered(delivery -> {
            throw new IllegalStateException("a broken listener");
        });
        simulator.onNotificationAnswered(heard::add);
        simulator.faultNextNotification("pending", NotificationFault.drop());

        charge("L-1", 1_000);
        simulator.pay("L-1");
        receiver.next(WAIT);
        assertThat(simulator.awaitNotifications(WAIT)).isTrue();

        assertThat(heard).singleElement().satisfies(delivery -> {
            assertThat(delivery.orderId()).isEqualTo("L-1");
            assertThat(delivery.transactionStatus()).isEqualTo("settlement");
            assertThat(delivery.outcome()).isEqualTo(NotificationDelivery.Outcome.DELIVERED);
            assertThat(delivery.httpStatus()).isEqualTo(200);
        });
        assertThat(simulator.deliveries()).as("the dropped pending one is only in the history")
                .extracting(NotificationDelivery::transactionStatus, NotificationDelivery::outcome)
                .containsExactly(tuple("pending", NotificationDelivery.Outcome.DROPPED),
                        tuple("settlement", NotificationDelivery.Outcome.DELIVERED));

        receiver.answerWith(500);
        charge("L-2", 2_000);
        receiver.next(WAIT);
        assertThat(simulator.awaitNotifications(WAIT)).isTrue();
        assertThat(heard).last().satisfies(delivery -> {
            assertThat(delivery.orderId()).isEqualTo("L-2");
            assertThat(delivery.outcome()).isEqualTo(NotificationDelivery.Outcome.REJECTED);
            assertThat(delivery.httpStatus()).isEqualTo(500);
        });
    }
}
