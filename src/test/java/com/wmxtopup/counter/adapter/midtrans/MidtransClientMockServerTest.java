package com.wmxtopup.counter.adapter.midtrans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.PaymentGatewayException.Kind;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.application.port.QrisCharge;
import com.wmxtopup.counter.application.port.QrisChargeRequest;
import com.wmxtopup.counter.domain.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/// The client against canned answers: the fixtures of specs/midtrans-api.md verbatim, and the
/// exact requests it sends (headers, body, paths).
class MidtransClientMockServerTest {

    /// The check value of spec §1.2: `SB-Mid-server-abc123cde456` → this header.
    static final String DOCS_KEY = "SB-Mid-server-abc123cde456";
    static final String DOCS_KEY_AUTHORIZATION = "Basic U0ItTWlkLXNlcnZlci1hYmMxMjNjZGU0NTY6";
    /// 2025-03-01 10:15:00 WIB.
    static final Instant NOW = Instant.parse("2025-03-01T03:15:00Z");

    static final String CHARGE_FIXTURE = """
            {
              "status_code": "201",
              "status_message": "QRIS transaction is created",
              "transaction_id": "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
              "order_id": "POS-01-20250301-0007",
              "merchant_id": "G000000001",
              "gross_amount": "25000.00",
              "currency": "IDR",
              "payment_type": "qris",
              "transaction_time": "2025-03-01 10:15:00",
              "transaction_status": "pending",
              "fraud_status": "accept",
              "actions": [
                { "name": "generate-qr-code", "method": "GET",
                  "url": "https://api.sandbox.midtrans.com/v2/qris/5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f/qr-code" },
                { "name": "generate-qr-code-v2", "method": "GET",
                  "url": "https://api.sandbox.midtrans.com/v4/qris/A120250301101500AbCdEfGhIjID/qr-code" }
              ],
              "qr_string": "00020101021226610014COM.GO-JEK.WWW01189360091400000000010210G0000000010303UKE51440014ID.CO.QRIS.WWW0215ID00000000000010303UKE5204581253033605802ID5911TOKO CONTOH6007JAKARTA610510110540825000.00624750369b2f4c1e-7d3a-4e8b-a6c5-0f1e2d3c4b5a0703A016304ECFF",
              "acquirer": "gopay",
              "expiry_time": "2025-03-01 10:30:00"
            }
            """;

    static final String STATUS_PENDING = """
            {
              "status_code": "201",
              "status_message": "Success, transaction is found",
              "transaction_id": "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
              "order_id": "POS-01-20250301-0007",
              "merchant_id": "G000000001",
              "gross_amount": "25000.00",
              "currency": "IDR",
              "payment_type": "qris",
              "transaction_time": "2025-03-01 10:15:00",
              "transaction_status": "pending",
              "fraud_status": "accept",
              "acquirer": "gopay",
              "expiry_time": "2025-03-01 10:30:00",
              "signature_key": "b2baf2c2c5302bfb5d9720cbcc9bedf9d3ca16560f3397da00409e930026e616435799d956138666f30814b3fff7f805c8622ffc3dccbb686438ec4a6538fa48"
            }
            """;

    static final String STATUS_SETTLED = """
            {
              "status_code": "200",
              "status_message": "Success, transaction is found",
              "transaction_id": "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
              "order_id": "POS-01-20250301-0007",
              "merchant_id": "G000000001",
              "merchant_cross_reference_id": "9b2f4c1e-7d3a-4e8b-a6c5-0f1e2d3c4b5a",
              "gross_amount": "25000.00",
              "currency": "IDR",
              "payment_type": "qris",
              "transaction_type": "on-us",
              "issuer": "gopay",
              "acquirer": "gopay",
              "transaction_time": "2025-03-01 10:15:00",
              "settlement_time": "2025-03-01 10:16:12",
              "transaction_status": "settlement",
              "fraud_status": "accept",
              "expiry_time": "2025-03-01 10:30:00",
              "signature_key": "eb1b0a8a4f20f628e538be96c8dc2370fe91d450408ceb4137fe6efdd5f9506dc15928a325f35a701eede0f0cb59de6c7e75eb682b9522733aa60d8cece022ab"
            }
            """;

    static final String STATUS_EXPIRED = """
            {
              "status_code": "407",
              "status_message": "Success, transaction is found",
              "transaction_id": "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
              "order_id": "POS-01-20250301-0007",
              "merchant_id": "G000000001",
              "gross_amount": "25000.00",
              "currency": "IDR",
              "payment_type": "qris",
              "acquirer": "gopay",
              "transaction_time": "2025-03-01 10:15:00",
              "transaction_status": "expire",
              "fraud_status": "accept",
              "expiry_time": "2025-03-01 10:30:00",
              "signature_key": "83e4342cd3247a9d69a5dd709d367db000ae0ba97c3776b10625224319dc587c360fb2325437666f34a7d741bc3ca9ddb115eb5a477111c0a14ffbc48bdec609"
            }
            """;

    static final String NOT_FOUND = """
            { "status_code": "404", "status_message": "Transaction doesn't exist.", "id": "3c1f0e52-7a4b-4d0e-9a51-2f6d8c7b9e10" }
            """;

    static final String CANCELLED = """
            {
              "status_code": "200",
              "status_message": "Success, transaction is canceled",
              "transaction_id": "7c9d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
              "order_id": "POS-01-20250301-0008",
              "merchant_id": "G000000001",
              "gross_amount": "12500.00",
              "currency": "IDR",
              "payment_type": "qris",
              "transaction_time": "2025-03-01 10:40:00",
              "transaction_status": "cancel",
              "fraud_status": "accept"
            }
            """;

    static final String CANNOT_MODIFY = """
            { "status_code": "412", "status_message": "Merchant cannot modify the status of the transaction" }
            """;

    static final String CANNOT_UPDATE_NEWER = """
            { "status_code": "412", "status_message": "Transaction status cannot be updated.", "id": "0f5a5c2e-1111-4c31-91a5-36731edd0b71" }
            """;

    static final String EXPIRED_NOW = """
            {
              "status_code": "407",
              "status_message": "Success, transaction is expired",
              "transaction_id": "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
              "order_id": "POS-01-20250301-0007",
              "payment_type": "qris",
              "transaction_time": "2025-03-01 10:15:00",
              "transaction_status": "expire",
              "gross_amount": "25000.00"
            }
            """;

    static final String VALIDATION = """
            { "status_code": "400", "status_message": "One or more parameters in the payload is invalid.",
              "validation_messages": ["transaction_details.order_id is required"],
              "id": "0e8a3f9c-2b7d-4c1a-9f6e-5d4c3b2a1f0e" }
            """;

    static final String UNAUTHORIZED = """
            { "status_code": "401", "status_message": "Transaction cannot be authorized with the current client/server key.", "id": "6b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e" }
            """;

    static final String DUPLICATE = """
            { "status_code": "406", "status_message": "The request could not be completed due to a conflict with the current state of the target resource, please try again", "id": "2e7d71d2-0000-4c31-91a5-36731edd0b71" }
            """;

    static final String INTERNAL = """
            { "status_code": "500", "status_message": "Sorry. Our system is recovering from unexpected issues. Please retry.", "id": "a7e65186-0000-4621-9f4b-4b9af41b87cb" }
            """;

    static final String CHANNEL_INACTIVE = """
            { "status_code": "402", "status_message": "Payment channel is not activated." }
            """;

    static final String RATE_LIMITED = """
            {"message":"API rate limit exceeded"}
            """;

    static final String BAD_GATEWAY_PAGE = """
            <html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>
            """;

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final ObjectMapper json = new ObjectMapper();
    private MidtransClient client;

    @BeforeEach
    void createClient() {
        client = new MidtransClient(settings(DOCS_KEY));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    /// Generous timeouts: a busy 2-core machine must not turn an ordinary answer into a timeout.
    /// Tests that provoke a timeout use [#SHORT_READ] on a client of their own.
    private MidtransSettings settings(String serverKey) {
        return MidtransSettings.of(server.url("/").uri(), serverKey)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static final Duration SHORT_READ = Duration.ofMillis(800);

    private void answer(int httpStatus, String body) {
        server.enqueue(new MockResponse.Builder().code(httpStatus).addHeader("Content-Type", "application/json").body(body).build());
    }

    private RecordedRequest sent() throws InterruptedException {
        RecordedRequest request = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    private static QrisChargeRequest kopiSusu(Duration expiry, Optional<URI> notificationUrl) {
        return new QrisChargeRequest("POS-01-20250301-0007", Money.rupiah(25_000), "SKU-KOPI",
                "Kopi Susu Gula Aren Ukuran Besar Dengan Extra Shot Espresso (Es)", expiry, notificationUrl,
                "7b0f6f4e-0a51-4b5e-9c0a-2f1d3e4c5b6a");
    }

    private PaymentGatewayException failure(ThrowingCall call) {
        try {
            call.run();
        } catch (PaymentGatewayException e) {
            return e;
        }
        throw new AssertionError("expected a PaymentGatewayException");
    }

    interface ThrowingCall {
        void run() throws PaymentGatewayException;
    }

    // ---- charge ---------------------------------------------------------------------------------

    @Test
    void chargeSendsTheDocumentedRequest() throws Exception {
        answer(200, CHARGE_FIXTURE);

        client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.of(URI.create("https://pos.example.id/api/webhooks/midtrans"))));

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/charge");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(DOCS_KEY_AUTHORIZATION);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("7b0f6f4e-0a51-4b5e-9c0a-2f1d3e4c5b6a");
        assertThat(request.getHeaders().get("X-Override-Notification")).isEqualTo("https://pos.example.id/api/webhooks/midtrans");
        assertThat(request.getHeaders().get("X-Append-Notification")).isNull();

        String text = request.getBody().utf8();
        assertThat(text).contains("\"gross_amount\":25000}").doesNotContain("25000.0");
        JsonNode body = json.readTree(text);
        assertThat(body.get("payment_type").asText()).isEqualTo("qris");
        assertThat(body.at("/transaction_details/order_id").asText()).isEqualTo("POS-01-20250301-0007");
        assertThat(body.at("/transaction_details/gross_amount").isIntegralNumber()).isTrue();
        assertThat(body.at("/transaction_details/gross_amount").asLong()).isEqualTo(25_000);
        JsonNode items = body.get("item_details");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).get("id").asText()).isEqualTo("SKU-KOPI");
        assertThat(items.get(0).get("price").isIntegralNumber()).isTrue();
        assertThat(items.get(0).get("price").asLong() * items.get(0).get("quantity").asLong()).isEqualTo(25_000);
        assertThat(items.get(0).get("name").asText()).hasSize(50).isEqualTo("Kopi Susu Gula Aren Ukuran Besar Dengan Extra Shot");
        assertThat(body.at("/custom_expiry/order_time").asText()).isEqualTo("2025-03-01 10:15:00 +0700");
        assertThat(body.at("/custom_expiry/expiry_duration").asLong()).isEqualTo(15);
        assertThat(body.at("/custom_expiry/unit").asText()).isEqualTo("minute");
    }

    @Test
    void chargeKeepsQrStringImageUrlAndExpiryFromTheAnswer() throws Exception {
        answer(200, CHARGE_FIXTURE);

        QrisCharge charge = client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty()));

        assertThat(charge).isEqualTo(new QrisCharge("POS-01-20250301-0007", "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
                "00020101021226610014COM.GO-JEK.WWW01189360091400000000010210G0000000010303UKE51440014ID.CO.QRIS.WWW0215ID00000000000010303UKE5204581253033605802ID5911TOKO CONTOH6007JAKARTA610510110540825000.00624750369b2f4c1e-7d3a-4e8b-a6c5-0f1e2d3c4b5a0703A016304ECFF",
                "https://api.sandbox.midtrans.com/v2/qris/5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f/qr-code",
                Instant.parse("2025-03-01T03:30:00Z"), PaymentStatus.State.PENDING));
        assertThat(sent().getHeaders().get("X-Override-Notification")).as("no override without a URL").isNull();
    }

    @Test
    void chargeReadsTheExpireTimeSpelling() throws Exception {
        answer(201, CHARGE_FIXTURE.replace("\"expiry_time\": \"2025-03-01 10:30:00\"", "\"expire_time\": \"2025-03-01 10:29:00\""));

        QrisCharge charge = client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty()));

        assertThat(charge.expiresAt()).isEqualTo(Instant.parse("2025-03-01T03:29:00Z"));
    }

    @Test
    void chargeWithoutAnyExpiryFieldCountsTheRequestedDurationFromTheTransactionTime() throws Exception {
        answer(200, CHARGE_FIXTURE.replace("\"expiry_time\": \"2025-03-01 10:30:00\"", "\"unrelated\": 1"));

        QrisCharge charge = client.chargeQris(kopiSusu(Duration.ofMinutes(5), Optional.empty()));

        assertThat(charge.expiresAt()).isEqualTo(Instant.parse("2025-03-01T03:20:00Z"));
    }

    @Test
    void expiryThatIsNotWholeMinutesIsSentInSeconds() throws Exception {
        answer(200, CHARGE_FIXTURE);

        client.chargeQris(kopiSusu(Duration.ofSeconds(90), Optional.empty()));

        JsonNode body = json.readTree(sent().getBody().utf8());
        assertThat(body.at("/custom_expiry/expiry_duration").asLong()).isEqualTo(90);
        assertThat(body.at("/custom_expiry/unit").asText()).isEqualTo("second");
    }

    @Test
    void baseUrlWithAPathPrefixAndTrailingSlashKeepsThePrefix() throws Exception {
        try (var prefixed = new MidtransClient(MidtransSettings.of(server.url("/midtrans/").uri(), DOCS_KEY))) {
            answer(200, STATUS_PENDING);
            prefixed.status("POS-01-20250301-0007");
            assertThat(sent().getUrl().encodedPath()).isEqualTo("/midtrans/v2/POS-01-20250301-0007/status");
        }
    }

    @Test
    void secondSpecCheckValueForBasicAuth() throws Exception {
        try (var other = new MidtransClient(settings("SB-Mid-server-TESTKEY0000000000001"))) {
            answer(200, STATUS_PENDING);
            other.status("POS-01-20250301-0007");
            assertThat(sent().getHeaders().get("Authorization")).isEqualTo("Basic U0ItTWlkLXNlcnZlci1URVNUS0VZMDAwMDAwMDAwMDAwMTo=");
        }
    }

    @Test
    void providerDenialOnChargeComesBackAsAFailedCharge() throws Exception {
        answer(200, """
                { "status_code": "202", "status_message": "GoPay transaction is denied",
                  "transaction_id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "order_id": "POS-01-20250301-0007",
                  "gross_amount": "25000.00", "payment_type": "qris", "transaction_time": "2025-03-01 10:15:00",
                  "transaction_status": "deny", "fraud_status": "accept", "channel_response_code": "900" }
                """);

        QrisCharge charge = client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty()));

        assertThat(charge.state()).isEqualTo(PaymentStatus.State.FAILED);
        assertThat(charge.qrString()).isEmpty();
    }

    @Test
    void pendingChargeWithoutQrStringHasAnUnknownOutcome() {
        answer(200, CHARGE_FIXTURE.replaceAll("\"qr_string\": \"[^\"]*\",", ""));

        var e = failure(() -> client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
        assertThat(e.getMessage()).contains("no qr_string");
    }

    @Test
    void chargeAnswerForAnotherOrderIsNeverShown() {
        // What a replay looks like when an Idempotency-Key was reused for a different order.
        answer(200, CHARGE_FIXTURE.replace("\"order_id\": \"POS-01-20250301-0007\"", "\"order_id\": \"POS-01-20250301-0006\""));

        var e = failure(() -> client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
        assertThat(e.getMessage()).contains("POS-01-20250301-0006");
    }

    @Test
    void chargeAnswerForAnotherAmountIsNeverShown() {
        String otherAmount = CHARGE_FIXTURE.replaceFirst("\"gross_amount\": \"25000.00\"", "\"gross_amount\": \"250000.00\"");
        assertThat(otherAmount).isNotEqualTo(CHARGE_FIXTURE);
        answer(200, otherAmount);

        var e = failure(() -> client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
        assertThat(e.getMessage()).contains("250000 instead of 25000");
    }

    @Test
    void statusAnswerAboutAnotherOrderIsMalformed() {
        answer(200, STATUS_SETTLED);

        assertThat(failure(() -> client.status("POS-01-20250301-0099")).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void statusMayBeAskedByTransactionId() throws Exception {
        answer(200, STATUS_SETTLED);

        PaymentStatus status = client.status("5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f");

        assertThat(status.orderId()).isEqualTo("POS-01-20250301-0007");
        assertThat(sent().getUrl().encodedPath()).isEqualTo("/v2/5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f/status");
    }

    // ---- status, cancel, expire -----------------------------------------------------------------

    @ParameterizedTest(name = "HTTP {1}")
    @CsvSource({"pending, 200", "pending, 201"})
    void statusOfAPendingTransaction(String ignored, int httpStatus) throws Exception {
        answer(httpStatus, STATUS_PENDING);

        PaymentStatus status = client.status("POS-01-20250301-0007");

        assertThat(status).isEqualTo(new PaymentStatus("POS-01-20250301-0007", "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
                PaymentStatus.State.PENDING, Money.rupiah(25_000), "pending", "accept", "201"));
        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/POS-01-20250301-0007/status");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(DOCS_KEY_AUTHORIZATION);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    }

    @Test
    void statusOfASettledTransactionIsPaid() throws Exception {
        answer(200, STATUS_SETTLED);

        PaymentStatus status = client.status("POS-01-20250301-0007");

        assertThat(status.state()).isEqualTo(PaymentStatus.State.PAID);
        assertThat(status.grossAmount()).isEqualTo(Money.rupiah(25_000));
        assertThat(status.statusCode()).isEqualTo("200");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {200, 407})
    void statusOfAnExpiredTransactionIsANormalAnswerWhateverTheStatusLine(int httpStatus) throws Exception {
        answer(httpStatus, STATUS_EXPIRED);

        PaymentStatus status = client.status("POS-01-20250301-0007");

        assertThat(status.state()).isEqualTo(PaymentStatus.State.FAILED);
        assertThat(status.transactionStatus()).isEqualTo("expire");
        assertThat(status.statusCode()).isEqualTo("407");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {200, 404})
    void unknownTransactionIsNotFound(int httpStatus) {
        answer(httpStatus, NOT_FOUND);

        var e = failure(() -> client.status("POS-01-20250301-9999"));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.gatewayStatusCode()).isEqualTo("404");
        assertThat(e.gatewayMessage()).isEqualTo("Transaction doesn't exist.");
    }

    @Test
    void cancelPostsWithoutIdempotencyKeyAndReturnsTheCancelledStatus() throws Exception {
        answer(200, CANCELLED);

        PaymentStatus status = client.cancel("POS-01-20250301-0008");

        assertThat(status).isEqualTo(new PaymentStatus("POS-01-20250301-0008", "7c9d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
                PaymentStatus.State.FAILED, Money.rupiah(12_500), "cancel", "accept", "200"));
        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/POS-01-20250301-0008/cancel");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(DOCS_KEY_AUTHORIZATION);
        assertThat(request.getBodySize()).isZero();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {200, 407})
    void expireAnswers407AsANormalResult(int httpStatus) throws Exception {
        answer(httpStatus, EXPIRED_NOW);

        PaymentStatus status = client.expire("POS-01-20250301-0007");

        assertThat(status.state()).isEqualTo(PaymentStatus.State.FAILED);
        assertThat(status.fraudStatus()).isEmpty();
        assertThat(sent().getUrl().encodedPath()).isEqualTo("/v2/POS-01-20250301-0007/expire");
    }

    @ParameterizedTest(name = "{0} with HTTP {1}")
    @CsvSource({"older, 200", "older, 412", "newer, 200", "newer, 412"})
    void cancelAfterSettlementCannotChangeTheStatus(String variant, int httpStatus) {
        answer(httpStatus, variant.equals("older") ? CANNOT_MODIFY : CANNOT_UPDATE_NEWER);

        var e = failure(() -> client.cancel("POS-01-20250301-0007"));

        assertThat(e.kind()).isEqualTo(Kind.STATUS_CANNOT_CHANGE);
        assertThat(e.gatewayStatusCode()).isEqualTo("412");
    }

    @Test
    void orderIdsAreEncodedAsOnePathSegment() throws Exception {
        answer(200, NOT_FOUND);

        failure(() -> client.status("a/b?c"));

        assertThat(sent().getUrl().encodedPath()).isEqualTo("/v2/a%2Fb%3Fc/status");
    }

    // ---- errors: the body decides, not the status line ------------------------------------------

    @ParameterizedTest(name = "body {0} with HTTP {1} -> {2}")
    @CsvSource(textBlock = """
            400, 200, VALIDATION
            400, 400, VALIDATION
            401, 200, AUTHENTICATION
            401, 401, AUTHENTICATION
            402, 200, PAYMENT_CHANNEL_INACTIVE
            402, 402, PAYMENT_CHANNEL_INACTIVE
            406, 200, DUPLICATE_ORDER_ID
            406, 406, DUPLICATE_ORDER_ID
            500, 200, UNKNOWN_OUTCOME
            500, 500, UNKNOWN_OUTCOME
            """)
    void chargeErrorsAreTypedByTheBodyStatusCode(String bodyCode, int httpStatus, Kind expected) {
        String body = switch (bodyCode) {
            case "400" -> VALIDATION;
            case "401" -> UNAUTHORIZED;
            case "402" -> CHANNEL_INACTIVE;
            case "406" -> DUPLICATE;
            default -> INTERNAL;
        };
        answer(httpStatus, body);

        var e = failure(() -> client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));

        assertThat(e.kind()).isEqualTo(expected);
        assertThat(e.gatewayStatusCode()).isEqualTo(bodyCode);
    }

    @Test
    void validationMessagesAreInTheExceptionMessage() {
        answer(400, VALIDATION);

        var e = failure(() -> client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));

        assertThat(e.getMessage()).contains("One or more parameters in the payload is invalid.")
                .contains("transaction_details.order_id is required");
        assertThat(e.gatewayMessage()).contains("transaction_details.order_id is required");
    }

    @Test
    void wrongKeyNeverShowsTheKeyInTheException() {
        answer(401, UNAUTHORIZED);

        var e = failure(() -> client.status("POS-01-20250301-0007"));

        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.getMessage()).doesNotContain(DOCS_KEY).doesNotContain("U0ItTWlk");
    }

    @Test
    void rateLimitBodyWithoutStatusCodeUsesTheHttpStatus() {
        answer(429, RATE_LIMITED);

        var e = failure(() -> client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.gatewayMessage()).isEqualTo("API rate limit exceeded");
    }

    @Test
    void serverErrorOnStatusIsAServerError() {
        answer(500, INTERNAL);

        assertThat(failure(() -> client.status("POS-01-20250301-0007")).kind()).isEqualTo(Kind.SERVER_ERROR);
    }

    @Test
    void htmlGatewayPageOnStatusIsAServerErrorAndOnChargeAnUnknownOutcome() {
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(BAD_GATEWAY_PAGE).build());
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(BAD_GATEWAY_PAGE).build());

        var onStatus = failure(() -> client.status("POS-01-20250301-0007"));
        var onCharge = failure(() -> client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));

        assertThat(onStatus.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(onStatus.getMessage()).contains("502 Bad Gateway");
        assertThat(onCharge.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
    }

    @ParameterizedTest(name = "HTTP {0} body ''{1}''")
    @CsvSource(textBlock = """
            200, ''
            200, '<html>ok</html>'
            200, '[1,2]'
            200, '{"status_code": "abc"}'
            404, '<html>Not Found</html>'
            """)
    void answersThatAreNotMidtransJsonAreMalformedOnStatus(int httpStatus, String body) {
        answer(httpStatus, body);

        assertThat(failure(() -> client.status("POS-01-20250301-0007")).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void normalAnswerWithoutAUsableAmountIsMalformed() {
        answer(200, STATUS_SETTLED.replace("\"gross_amount\": \"25000.00\"", "\"gross_amount\": \"25000.50\""));

        assertThat(failure(() -> client.status("POS-01-20250301-0007")).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void unavailableWithRetryAfterZeroIsNotRetriedBehindTheCallersBack() {
        // OkHttp on its own re-sends a request answered 503 + Retry-After: 0; a charge must never be re-sent.
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0")
                .body("{\"status_code\":\"503\",\"status_message\":\"Bank/partner is experiencing connection issue.\"}").build());
        answer(200, CHARGE_FIXTURE);

        var e = failure(() -> client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void redirectsAreNotFollowed() {
        server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", server.url("/elsewhere")).build());
        answer(200, STATUS_PENDING);

        assertThat(failure(() -> client.status("POS-01-20250301-0007")).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    // ---- no answer ------------------------------------------------------------------------------

    @Test
    void connectionDroppedAfterTheChargeWasSentIsAnUnknownOutcome() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());

        var e = failure(() -> client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void chargesGoEachOnAFreshConnectionThatTheyCloseWhileStatusReadsShareOne() throws Exception {
        answer(200, STATUS_PENDING);
        answer(200, CHARGE_FIXTURE);
        answer(200, CHARGE_FIXTURE);
        answer(200, STATUS_PENDING);

        client.status("POS-01-20250301-0007");
        client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty()));
        client.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty()));
        client.status("POS-01-20250301-0007");

        RecordedRequest firstStatus = sent();
        List<RecordedRequest> charges = List.of(sent(), sent());
        RecordedRequest secondStatus = sent();
        assertThat(charges).allSatisfy(charge -> {
            assertThat(charge.getHeaders().get("Connection")).isEqualTo("close");
            assertThat(charge.getExchangeIndex()).as("the first request on its connection").isZero();
            assertThat(charge.getConnectionIndex()).isNotEqualTo(firstStatus.getConnectionIndex());
        });
        assertThat(charges.get(1).getConnectionIndex()).isNotEqualTo(charges.get(0).getConnectionIndex());
        assertThat(secondStatus.getConnectionIndex()).as("status reads share a pooled connection")
                .isEqualTo(firstStatus.getConnectionIndex());
        assertThat(firstStatus.getHeaders().get("Connection")).isNotEqualTo("close");
    }

    @Test
    void aStatusOnADeadPooledConnectionIsSentAgainOnAFreshOne() throws Exception {
        answer(200, STATUS_PENDING);
        client.status("POS-01-20250301-0007"); // leaves a pooled connection
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
        answer(200, STATUS_PENDING);

        assertThat(client.status("POS-01-20250301-0007").state()).isEqualTo(PaymentStatus.State.PENDING);
        assertThat(server.getRequestCount()).as("the first status, then the same on a dead and on a fresh connection").isEqualTo(3);
    }

    @Test
    void slowAnswerToAChargeIsAnUnknownOutcomeAndToAStatusAServerError() {
        server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body(CHARGE_FIXTURE).build());
        server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body(STATUS_PENDING).build());

        long started = System.nanoTime();
        try (var impatient = new MidtransClient(settings(DOCS_KEY).withTimeouts(Duration.ofSeconds(2), SHORT_READ))) {
            var onCharge = failure(() -> impatient.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));
            var onStatus = failure(() -> impatient.status("POS-01-20250301-0007"));

            assertThat(onCharge.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
            assertThat(onStatus.kind()).isEqualTo(Kind.SERVER_ERROR);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("read timeout honoured").isLessThan(Duration.ofMillis(3_900));
    }

    @Test
    void closedPortIsUnreachable() throws Exception {
        URI closed;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (var nowhere = new MidtransClient(
                MidtransSettings.of(closed, DOCS_KEY).withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500)))) {
            var e = failure(() -> nowhere.chargeQris(kopiSusu(Duration.ofMinutes(15), Optional.empty())));
            assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(e.getMessage()).doesNotContain(DOCS_KEY);
        }
    }

    @Test
    void closedClientRefusesCalls() {
        client.close();

        assertThatThrownBy(() -> client.status("POS-01-20250301-0007")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void settingsNeverPrintTheServerKey() {
        assertThat(settings(DOCS_KEY).toString()).doesNotContain("abc123cde456").contains("SB-Mid-server-****");
    }
}
