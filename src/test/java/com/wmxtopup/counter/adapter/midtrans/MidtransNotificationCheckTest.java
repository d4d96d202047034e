package com.wmxtopup.counter.adapter.midtrans;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.NotificationCheck;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.domain.Money;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// `checkNotification` on the notification fixtures of specs/midtrans-api.md §4.2 (signed with
/// the simulator key) and on forged, broken and odd bodies.
class MidtransNotificationCheckTest {

    static final String SIMULATOR_KEY = "SB-Mid-server-SIMULATOR-ONLY-0001";

    static final String PENDING = """
            {
              "transaction_time": "2025-03-01 10:15:00",
              "transaction_status": "pending",
              "transaction_id": "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
              "status_message": "midtrans payment notification",
              "status_code": "201",
              "signature_key": "b2baf2c2c5302bfb5d9720cbcc9bedf9d3ca16560f3397da00409e930026e616435799d956138666f30814b3fff7f805c8622ffc3dccbb686438ec4a6538fa48",
              "payment_type": "qris",
              "order_id": "POS-01-20250301-0007",
              "merchant_id": "G000000001",
              "gross_amount": "25000.00",
              "fraud_status": "accept",
              "currency": "IDR",
              "acquirer": "gopay",
              "expiry_time": "2025-03-01 10:30:00"
            }
            """;

    static final String SETTLEMENT = """
            {
              "transaction_type": "on-us",
              "transaction_time": "2025-03-01 10:15:00",
              "transaction_status": "settlement",
              "transaction_id": "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
              "status_message": "midtrans payment notification",
              "status_code": "200",
              "signature_key": "eb1b0a8a4f20f628e538be96c8dc2370fe91d450408ceb4137fe6efdd5f9506dc15928a325f35a701eede0f0cb59de6c7e75eb682b9522733aa60d8cece022ab",
              "settlement_time": "2025-03-01 10:16:12",
              "payment_type": "qris",
              "order_id": "POS-01-20250301-0007",
              "merchant_id": "G000000001",
              "merchant_cross_reference_id": "9b2f4c1e-7d3a-4e8b-a6c5-0f1e2d3c4b5a",
              "issuer": "gopay",
              "gross_amount": "25000.00",
              "fraud_status": "accept",
              "currency": "IDR",
              "acquirer": "gopay",
              "expiry_time": "2025-03-01 10:30:00"
            }
            """;

    static final String EXPIRED = """
            {
              "transaction_time": "2025-03-01 10:15:00",
              "transaction_status": "expire",
              "transaction_id": "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
              "status_message": "midtrans payment notification",
              "status_code": "202",
              "signature_key": "bf6b8213398a747c69c6e9c16d628028e6d89e196b04728216c50f19c813d41291415cc713241b8d15594b0f532b9ddc23411de1b5ec4cc9930c3dd8d423a939",
              "payment_type": "qris",
              "order_id": "POS-01-20250301-0007",
              "merchant_id": "G000000001",
              "gross_amount": "25000.00",
              "fraud_status": "accept",
              "currency": "IDR",
              "acquirer": "gopay",
              "expiry_time": "2025-03-01 10:30:00"
            }
            """;

    static final String CANCELLED = """
            {
              "transaction_time": "2025-03-01 10:40:00",
              "transaction_status": "cancel",
              "transaction_id": "7c9d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
              "status_message": "midtrans payment notification",
              "status_code": "202",
              "signature_key": "774a7f3c2c22016f0d5c88c92b11625e5f99b9a681344d9a79a5eb5afdf394a7460f39a907b2648ca5f06b1f43bc161795dc4537c1b303d9c611b5f13d30539d",
              "payment_type": "qris",
              "order_id": "POS-01-20250301-0008",
              "merchant_id": "G000000001",
              "gross_amount": "12500.00",
              "fraud_status": "accept",
              "currency": "IDR",
              "acquirer": "gopay",
              "expiry_time": "2025-03-01 10:55:00"
            }
            """;

    private final MidtransClient client = clientWithKey(SIMULATOR_KEY);

    static MidtransClient clientWithKey(String serverKey) {
        // No request is sent in these tests; the port is a closed one.
        return new MidtransClient(MidtransSettings.of(URI.create("http://127.0.0.1:9"), serverKey));
    }

    @AfterEach
    void close() {
        client.close();
    }

    private NotificationCheck check(String body) {
        return client.checkNotification(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void settlementFixtureIsValidAndPaid() {
        NotificationCheck check = check(SETTLEMENT);

        assertThat(check).isInstanceOf(NotificationCheck.Valid.class);
        var valid = (NotificationCheck.Valid) check;
        assertThat(valid.status()).isEqualTo(new PaymentStatus("POS-01-20250301-0007", "5f0c7a8e-3b1d-4c2a-9e77-1a2b3c4d5e6f",
                PaymentStatus.State.PAID, Money.rupiah(25_000), "settlement", "accept", "200"));
        assertThat(valid.rawBody()).isEqualTo(SETTLEMENT);
    }

    @Test
    void pendingExpiredAndCancelledFixturesAreValidWithTheirStates() {
        assertThat(((NotificationCheck.Valid) check(PENDING)).status().state()).isEqualTo(PaymentStatus.State.PENDING);
        assertThat(((NotificationCheck.Valid) check(EXPIRED)).status().state()).isEqualTo(PaymentStatus.State.FAILED);
        var cancelled = ((NotificationCheck.Valid) check(CANCELLED)).status();
        assertThat(cancelled.state()).isEqualTo(PaymentStatus.State.FAILED);
        assertThat(cancelled.grossAmount()).isEqualTo(Money.rupiah(12_500));
        assertThat(cancelled.statusCode()).isEqualTo("202");
    }

    @Test
    void tamperedAmountIsRejectedWithTheClaimedOrderId() {
        String tampered = SETTLEMENT.replace("\"gross_amount\": \"25000.00\"", "\"gross_amount\": \"2500.00\"");
        assertThat(tampered).isNotEqualTo(SETTLEMENT);

        assertThat(check(tampered)).isEqualTo(new NotificationCheck.InvalidSignature("POS-01-20250301-0007"));
    }

    @Test
    void amountWithoutDecimalsDoesNotMatchTheSignatureOverTheTwoDecimalForm() {
        // Same amount, other text: the signature covers the text as sent (spec §7 vector 5).
        String reformatted = SETTLEMENT.replace("\"gross_amount\": \"25000.00\"", "\"gross_amount\": \"25000\"");
        assertThat(check(reformatted)).isInstanceOf(NotificationCheck.InvalidSignature.class);
    }

    @Test
    void tamperedStatusIsRejected() {
        // A pending notification turned into a settlement without re-signing.
        String forged = PENDING.replace("\"transaction_status\": \"pending\"", "\"transaction_status\": \"settlement\"")
                .replace("\"status_code\": \"201\"", "\"status_code\": \"200\"");
        assertThat(check(forged)).isInstanceOf(NotificationCheck.InvalidSignature.class);
    }

    @Test
    void signedNotificationsRelabelledAsSettlementAreRejected() {
        // transaction_status is not signed: only the status code is. A signed pending (201) or
        // expire (202) with its status word changed must not read as paid.
        String fromPending = PENDING.replace("\"transaction_status\": \"pending\"", "\"transaction_status\": \"settlement\"");
        String fromExpired = EXPIRED.replace("\"transaction_status\": \"expire\"", "\"transaction_status\": \"settlement\"");
        assertThat(fromPending).isNotEqualTo(PENDING);
        assertThat(fromExpired).isNotEqualTo(EXPIRED);
        assertThat(check(fromPending)).isInstanceOf(NotificationCheck.InvalidSignature.class);
        assertThat(check(fromExpired)).isInstanceOf(NotificationCheck.InvalidSignature.class);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            settlement, 200, true
            settlement, 201, false
            settlement, 202, false
            pending,    201, true
            pending,    200, false
            expire,     202, true
            expire,     407, true
            expire,     200, false
            cancel,     202, true
            deny,       202, true
            refund,     200, true
            refund,     202, false
            bogus,      200, false
            """)
    void statusCodeMustFitTheStatusWord(String transactionStatus, String statusCode, boolean fits) {
        assertThat(MidtransClient.statusCodeFits(transactionStatus, statusCode)).isEqualTo(fits);
    }

    @Test
    void signatureMadeWithAnotherServerKeyIsRejected() {
        try (MidtransClient otherKey = clientWithKey("SB-Mid-server-SOMEONE-ELSE-0002")) {
            assertThat(otherKey.checkNotification(SETTLEMENT.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(new NotificationCheck.InvalidSignature("POS-01-20250301-0007"));
        }
    }

    @Test
    void upperCaseHexSignatureIsAccepted() {
        String upper = SETTLEMENT.replace("eb1b0a8a4f20f628", "EB1B0A8A4F20F628");
        assertThat(check(upper)).isInstanceOf(NotificationCheck.Valid.class);
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"order_id", "status_code", "gross_amount", "signature_key"})
    void missingRequiredFieldIsMalformed(String field) {
        String without = SETTLEMENT.replaceAll("\"" + field + "\": \"[^\"]*\",", "");
        assertThat(without).doesNotContain("\"" + field + "\"");

        assertThat(check(without)).isEqualTo(new NotificationCheck.Malformed("missing " + field));
    }

    @ParameterizedTest(name = "body: {0}")
    @ValueSource(strings = {"", "not json", "<html><body>502 Bad Gateway</body></html>", "[]", "\"text\"", "{\"order_id\": ",
            "{\"a\":1}{\"b\":2}"})
    void bodiesThatAreNotOneJsonObjectAreMalformed(String body) {
        assertThat(check(body)).isInstanceOf(NotificationCheck.Malformed.class);
    }

    @Test
    void duplicateKeysAreMalformedSoNoFieldCanBeSignedOneWayAndReadAnother() {
        String doubled = SETTLEMENT.replace("\"issuer\": \"gopay\",", "\"issuer\": \"gopay\", \"gross_amount\": \"2500000.00\",");
        assertThat(check(doubled)).isInstanceOf(NotificationCheck.Malformed.class);
    }

    @Test
    void numericFieldsAreSignedAsTheirExactText() {
        // Not what Midtrans sends, but if a field arrives as a JSON number its text is used
        // verbatim: 25000.00 stays "25000.00" (a tree model would make it 25000.0).
        String numeric = SETTLEMENT.replace("\"gross_amount\": \"25000.00\"", "\"gross_amount\": 25000.00")
                .replace("\"status_code\": \"200\"", "\"status_code\": 200");
        var valid = (NotificationCheck.Valid) check(numeric);
        assertThat(valid.status().grossAmount()).isEqualTo(Money.rupiah(25_000));
    }

    @Test
    void validSignatureWithAnUnknownTransactionStatusIsMalformed() {
        String body = signed("POS-X-1", "200", "10000.00", "\"transaction_status\": \"teleported\"");
        assertThat(check(body)).isInstanceOf(NotificationCheck.Malformed.class);
    }

    @Test
    void validSignatureWithAFractionalAmountIsMalformed() {
        String body = signed("POS-X-2", "200", "10000.50", "\"transaction_status\": \"settlement\"");
        assertThat(check(body)).isEqualTo(new NotificationCheck.Malformed("gross_amount is not a whole rupiah amount: 10000.50"));
    }

    @Test
    void statusStringsAreComparedIgnoringCase() {
        String body = signed("POS-X-3", "201", "5000.00", "\"transaction_status\": \"PENDING\"");
        assertThat(((NotificationCheck.Valid) check(body)).status().state()).isEqualTo(PaymentStatus.State.PENDING);
    }

    @Test
    void settlementWithFraudDenyIsNotPaid() {
        String body = signed("POS-X-4", "200", "5000.00", "\"transaction_status\": \"settlement\", \"fraud_status\": \"deny\"");
        assertThat(((NotificationCheck.Valid) check(body)).status().state()).isEqualTo(PaymentStatus.State.FAILED);
    }

    private static String signed(String orderId, String statusCode, String grossAmount, String otherFields) {
        return "{\"order_id\": \"" + orderId + "\", \"status_code\": \"" + statusCode + "\", \"gross_amount\": \"" + grossAmount
                + "\", \"signature_key\": \"" + MidtransSignature.of(orderId, statusCode, grossAmount, SIMULATOR_KEY) + "\", "
                + otherFields + "}";
    }
}
