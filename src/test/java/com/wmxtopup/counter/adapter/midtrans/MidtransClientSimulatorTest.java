package com.wmxtopup.counter.adapter.midtrans;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.NotificationCheck;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.PaymentGatewayException.Kind;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.application.port.PaymentStatus.State;
import com.wmxtopup.counter.application.port.QrisCharge;
import com.wmxtopup.counter.application.port.QrisChargeRequest;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.sandbox.midtrans.ApiEndpoint;
import com.wmxtopup.counter.sandbox.midtrans.ApiFault;
import com.wmxtopup.counter.sandbox.midtrans.HttpStatusMode;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.sandbox.midtrans.NotificationFault;
import com.wmxtopup.counter.support.NotificationReceiver;
import com.wmxtopup.counter.support.Qris;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// The Midtrans client against the simulator over real HTTP: the whole QRIS flow, the error
/// kinds under both status-line modes, faults, and notifications checked by the client.
class MidtransClientSimulatorTest {

    static final String KEY = "SB-Mid-server-SIMULATOR-ONLY-0001";
    /// 2025-03-01 10:15:00 WIB.
    static final Instant START = Instant.parse("2025-03-01T03:15:00Z");
    static final Duration WAIT = Duration.ofSeconds(5);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /// Generous for ordinary calls (a busy 2-core machine must not turn an answer into a
    /// timeout); the timeout test uses its own impatient client.
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    static final Duration SHORT_READ = Duration.ofMillis(700);

    private NotificationReceiver receiver;
    private MidtransSimulator simulator;
    private MidtransClient client;

    @BeforeEach
    void start() {
        receiver = NotificationReceiver.start();
        simulator = new MidtransSimulator(MidtransSimulatorSettings.of(KEY)
                .withClock(Clock.fixed(START, ZoneOffset.UTC))
                .withRandomSeed(7)
                .withNotificationTimeout(Duration.ofSeconds(1)));
        simulator.start();
        client = clientWithKey(KEY);
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
        receiver.close();
    }

    private MidtransClient clientWithKey(String serverKey) {
        return new MidtransClient(MidtransSettings.of(simulator.baseUrl(), serverKey)
                .withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT)
                .withClock(Clock.fixed(START, ZoneOffset.UTC)));
    }

    private QrisChargeRequest request(String orderId, long rupiah) {
        return request(orderId, rupiah, UUID.randomUUID().toString());
    }

    private QrisChargeRequest request(String orderId, long rupiah, String idempotencyKey) {
        return new QrisChargeRequest(orderId, Money.rupiah(rupiah), "ML-86",
                "Mobile Legends 86 Diamonds (78 + 8 Bonus) — Server Asia Tenggara",
                Duration.ofMinutes(15), Optional.of(receiver.url()), idempotencyKey);
    }

    private NotificationCheck nextNotification() {
        return client.checkNotification(receiver.next(WAIT).body());
    }

    private static PaymentStatus valid(NotificationCheck check) {
        assertThat(check).isInstanceOf(NotificationCheck.Valid.class);
        return ((NotificationCheck.Valid) check).status();
    }

    private static PaymentGatewayException failure(ThrowingCall call) {
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

    // ---- the whole flow -------------------------------------------------------------------------

    @Test
    void chargedQrDecodesAndPayingItSendsAVerifiedPaidNotification() throws Exception {
        QrisCharge charge = client.chargeQris(request("WMX-20250301-K7Q2M9XD3F", 25_000));

        assertThat(charge.state()).isEqualTo(State.PENDING);
        assertThat(charge.orderId()).isEqualTo("WMX-20250301-K7Q2M9XD3F");
        assertThat(charge.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(15)));
        assertThat(charge.qrImageUrl()).isEqualTo(simulator.baseUrl() + "/v2/qris/" + charge.transactionId() + "/qr-code");
        assertThat(Qris.roundTrip(charge.qrString())).as("drawn and scanned back").isEqualTo(charge.qrString());
        assertThat(Qris.crcIsValid(charge.qrString())).isTrue();
        assertThat(Qris.tags(charge.qrString())).containsEntry("54", "25000.00");

        PaymentStatus pending = valid(nextNotification());
        assertThat(pending.state()).isEqualTo(State.PENDING);

        simulator.pay(charge.orderId());

        PaymentStatus paid = valid(nextNotification());
        assertThat(paid.state()).isEqualTo(State.PAID);
        assertThat(paid.orderId()).isEqualTo("WMX-20250301-K7Q2M9XD3F");
        assertThat(paid.transactionId()).isEqualTo(charge.transactionId());
        assertThat(paid.grossAmount()).isEqualTo(Money.rupiah(25_000));
        assertThat(paid.statusCode()).isEqualTo("200");
        assertThat(client.status(charge.orderId()).state()).isEqualTo(State.PAID);
    }

    // ---- status, cancel, expire: the same typed results whatever the status line ---------------

    /// One scenario of every kind of answer; the outcomes as text, for comparing the two modes.
    private List<String> everyKindOfAnswer(String prefix) {
        var outcomes = new ArrayList<String>();
        record Step(String name, ThrowingSupplier call) {
        }
        String pending = prefix + "-PENDING";
        String cancelled = prefix + "-CANCEL";
        String expired = prefix + "-EXPIRE";
        String paid = prefix + "-PAID";
        String denied = prefix + "-DENY";
        List<Step> steps = List.of(
                new Step("charge pending", () -> client.chargeQris(request(pending, 10_000)).state()),
                new Step("status pending", () -> describe(client.status(pending))),
                new Step("charge again", () -> client.chargeQris(request(pending, 10_000)).state()),
                new Step("charge to cancel", () -> client.chargeQris(request(cancelled, 11_000)).state()),
                new Step("cancel", () -> describe(client.cancel(cancelled))),
                new Step("cancel again", () -> describe(client.cancel(cancelled))),
                new Step("charge to expire", () -> client.chargeQris(request(expired, 12_000)).state()),
                new Step("expire", () -> describe(client.expire(expired))),
                new Step("status expired", () -> describe(client.status(expired))),
                new Step("expire again", () -> describe(client.expire(expired))),
                new Step("charge to pay", () -> client.chargeQris(request(paid, 13_000)).state()),
                new Step("customer pays", () -> simulator.pay(paid).transactionStatus()),
                new Step("cancel after payment", () -> describe(client.cancel(paid))),
                new Step("status paid", () -> describe(client.status(paid))),
                new Step("charge to deny", () -> client.chargeQris(request(denied, 14_000)).state()),
                new Step("provider denies", () -> simulator.deny(denied).transactionStatus()),
                new Step("status denied", () -> describe(client.status(denied))),
                new Step("status unknown", () -> describe(client.status(prefix + "-NOBODY"))));
        for (Step step : steps) {
            try {
                outcomes.add(step.name() + ": " + step.call().get());
            } catch (PaymentGatewayException e) {
                outcomes.add(step.name() + ": " + e.kind() + " " + e.gatewayStatusCode());
            }
        }
        return outcomes;
    }

    interface ThrowingSupplier {
        Object get() throws PaymentGatewayException;
    }

    private static String describe(PaymentStatus status) {
        return status.state() + " " + status.transactionStatus() + " " + status.statusCode() + " " + status.grossAmount().rupiah();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HttpStatusMode.class)
    void everyAnswerGetsItsTypedResult(HttpStatusMode mode) {
        simulator.setHttpStatusMode(mode);

        assertThat(everyKindOfAnswer(mode.name())).containsExactly(
                "charge pending: PENDING",
                "status pending: PENDING pending 201 10000",
                "charge again: DUPLICATE_ORDER_ID 406",
                "charge to cancel: PENDING",
                "cancel: FAILED cancel 200 11000",
                "cancel again: STATUS_CANNOT_CHANGE 412",
                "charge to expire: PENDING",
                "expire: FAILED expire 407 12000",
                "status expired: FAILED expire 407 12000",
                "expire again: STATUS_CANNOT_CHANGE 412",
                "charge to pay: PENDING",
                "customer pays: settlement",
                "cancel after payment: STATUS_CANNOT_CHANGE 412",
                "status paid: PAID settlement 200 13000",
                "charge to deny: PENDING",
                "provider denies: deny",
                "status denied: FAILED deny 202 14000",
                "status unknown: NOT_FOUND 404");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HttpStatusMode.class)
    void wrongServerKeyIsAnAuthenticationError(HttpStatusMode mode) {
        simulator.setHttpStatusMode(mode);
        String wrongKey = "SB-Mid-server-SOMEBODY-ELSES-KEY";
        try (MidtransClient wrong = clientWithKey(wrongKey)) {
            var onCharge = failure(() -> wrong.chargeQris(request("AUTH-1", 1_000)));
            var onStatus = failure(() -> wrong.status("AUTH-1"));

            assertThat(onCharge.kind()).isEqualTo(Kind.AUTHENTICATION);
            assertThat(onStatus.kind()).isEqualTo(Kind.AUTHENTICATION);
            assertThat(onCharge.getMessage()).doesNotContain(wrongKey).doesNotContain(KEY);
        }
        assertThat(simulator.transaction("AUTH-1")).isEmpty();
    }

    @Test
    void simulatorRejectsWhatTheClientMustNotSendAndTheClientReportsIt() {
        // An order id with a space is refused by Midtrans (and the simulator) with a 400.
        var e = failure(() -> client.chargeQris(request("BAD ID", 1_000)));

        assertThat(e.kind()).isEqualTo(Kind.VALIDATION);
        assertThat(e.getMessage()).contains("transaction_details.order_id");
    }

    @Test
    void expiryByTimeArrivesAsAVerifiedFailedNotification() throws Exception {
        QrisCharge charge = client.chargeQris(request("TIME-1", 8_000));
        receiver.next(WAIT);

        simulator.advanceClock(Duration.ofMinutes(15));

        PaymentStatus expired = valid(nextNotification());
        assertThat(expired.state()).isEqualTo(State.FAILED);
        assertThat(expired.transactionStatus()).isEqualTo("expire");
        assertThat(expired.statusCode()).isEqualTo("202");
        assertThat(client.status(charge.transactionId()).statusCode()).as("status by transaction id").isEqualTo("407");
    }

    // ---- API faults -----------------------------------------------------------------------------

    @Test
    void rateLimitIsTyped() {
        simulator.injectApiFault(ApiEndpoint.CHARGE, ApiFault.rateLimited());

        var e = failure(() -> client.chargeQris(request("RL-1", 1_000)));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.gatewayMessage()).isEqualTo("API rate limit exceeded");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HttpStatusMode.class)
    void serverFailuresAreUnknownOutcomesForChargesAndServerErrorsOtherwise(HttpStatusMode mode) throws Exception {
        simulator.setHttpStatusMode(mode);
        client.chargeQris(request("SF-1", 1_000));
        var kinds = new ArrayList<String>();
        for (ApiFault fault : List.of(ApiFault.internalError(), ApiFault.unavailable(), ApiFault.badGatewayPage())) {
            simulator.injectApiFault(ApiEndpoint.CHARGE, fault);
            simulator.injectApiFault(ApiEndpoint.STATUS, fault);
            kinds.add(fault.getClass().getSimpleName() + " charge " + failure(() -> client.chargeQris(request("SF-2", 1_000))).kind());
            kinds.add(fault.getClass().getSimpleName() + " status " + failure(() -> client.status("SF-1")).kind());
        }

        assertThat(kinds).containsExactly(
                "InternalError charge UNKNOWN_OUTCOME", "InternalError status SERVER_ERROR",
                "Unavailable charge UNKNOWN_OUTCOME", "Unavailable status SERVER_ERROR",
                "BadGatewayPage charge UNKNOWN_OUTCOME", "BadGatewayPage status SERVER_ERROR");
        assertThat(simulator.transaction("SF-2")).as("these faults processed nothing").isEmpty();
    }

    @Test
    void chargeTimeoutIsAnUnknownOutcomeThatStatusAndTheSameIdempotencyKeyResolve() throws Exception {
        simulator.injectApiFault(ApiEndpoint.CHARGE, ApiFault.slowAnswer(Duration.ofMillis(2_500)));
        QrisChargeRequest request = request("SLOW-1", 30_000, "b8f3c1d2-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

        long started = System.nanoTime();
        PaymentGatewayException e;
        try (var impatient = new MidtransClient(MidtransSettings.of(simulator.baseUrl(), KEY).withTimeouts(CONNECT_TIMEOUT, SHORT_READ))) {
            e = failure(() -> impatient.chargeQris(request));
        }

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("gave up before the answer came").isLessThan(Duration.ofMillis(1_500));
        assertThat(simulator.transaction("SLOW-1")).as("the charge exists at Midtrans")
                .hasValueSatisfying(t -> assertThat(t.transactionStatus()).isEqualTo("pending"));
        assertThat(client.status("SLOW-1").state()).isEqualTo(State.PENDING);

        QrisCharge retried = client.chargeQris(request);
        assertThat(retried.transactionId()).as("replayed, not charged twice")
                .isEqualTo(simulator.transaction("SLOW-1").orElseThrow().transactionId());
        assertThat(simulator.transactions()).hasSize(1);
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstCharge() throws Exception {
        QrisChargeRequest request = request("IDEM-1", 5_000, "idem-key-1");

        QrisCharge first = client.chargeQris(request);
        QrisCharge second = client.chargeQris(request);

        assertThat(second).isEqualTo(first);
        assertThat(simulator.transactions()).hasSize(1);
        assertThat(failure(() -> client.chargeQris(request("IDEM-1", 5_000, "idem-key-2"))).kind())
                .as("a fresh key is a new attempt").isEqualTo(Kind.DUPLICATE_ORDER_ID);
    }

    @Test
    void connectionDroppedAfterTheChargeIsAnUnknownOutcome() {
        simulator.injectApiFault(ApiEndpoint.CHARGE, ApiFault.droppedConnection());

        assertThat(failure(() -> client.chargeQris(request("DROP-1", 1_000))).kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
        assertThat(simulator.transaction("DROP-1")).isPresent();
    }

    @Test
    void simulatorThatIsGoneIsUnreachable() {
        URI gone = simulator.baseUrl();
        simulator.close();
        try (var nowhere = new MidtransClient(MidtransSettings.of(gone, KEY).withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT))) {
            assertThat(failure(() -> nowhere.chargeQris(request("GONE-1", 1_000))).kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(failure(() -> nowhere.status("GONE-1")).kind()).isEqualTo(Kind.UNREACHABLE);
        }
    }

    @Test
    void aStatusReadAfterTheGatewayWentAwayIsUnreachableAlthoughItsPooledConnectionTookTheRequest() throws Exception {
        client.chargeQris(request("GONE-2", 1_000));
        client.status("GONE-2"); // leaves a pooled connection
        simulator.close();

        // Written onto the dead pooled connection, then sent again and refused: the last attempt
        // says what is wrong now.
        assertThat(failure(() -> client.status("GONE-2")).kind()).isEqualTo(Kind.UNREACHABLE);
    }

    // ---- notifications as the client sees them --------------------------------------------------

    @Test
    void duplicateSettlementsAllVerifyAndAreIdentical() throws Exception {
        client.chargeQris(request("DUP-1", 9_000));
        receiver.next(WAIT);
        simulator.faultNextNotification("settlement", NotificationFault.duplicateConcurrently(3));
        simulator.pay("DUP-1");

        var copies = receiver.next(3, WAIT);
        assertThat(copies).extracting(r -> valid(client.checkNotification(r.body())))
                .containsOnly(valid(client.checkNotification(copies.getFirst().body())))
                .allSatisfy(status -> assertThat(status.state()).isEqualTo(State.PAID));
    }

    @Test
    void settlementBeforePendingBothVerify() throws Exception {
        simulator.faultNextNotification("pending", NotificationFault.deliverAfterNext());
        client.chargeQris(request("OOO-1", 4_000));
        simulator.pay("OOO-1");

        assertThat(valid(nextNotification()).state()).isEqualTo(State.PAID);
        assertThat(valid(nextNotification()).state()).as("the late pending one").isEqualTo(State.PENDING);
    }

    @Test
    void droppedNotificationLeavesPollingAsTheOnlyWay() throws Exception {
        simulator.faultAllNotifications(NotificationFault.drop());
        client.chargeQris(request("POLL-1", 4_000));
        simulator.pay("POLL-1");

        receiver.expectNothingMore(Duration.ofMillis(300));
        assertThat(client.status("POLL-1").state()).isEqualTo(State.PAID);
    }

    @Test
    void forgedAndOddNotificationsAreCaughtOrFlagged() throws Exception {
        simulator.faultNextNotification(NotificationFault.badSignature());
        client.chargeQris(request("ODD-1", 20_000));
        assertThat(nextNotification()).isEqualTo(new NotificationCheck.InvalidSignature("ODD-1"));

        simulator.faultNextNotification(NotificationFault.amountMismatch(-19_000));
        simulator.pay("ODD-1");
        PaymentStatus cheap = valid(nextNotification());
        assertThat(cheap.grossAmount()).as("validly signed: only comparing with the order catches it").isEqualTo(Money.rupiah(1_000));

        simulator.faultNextNotification(NotificationFault.unknownOrder());
        client.chargeQris(request("ODD-2", 3_000));
        assertThat(valid(nextNotification()).orderId()).startsWith("UNKNOWN-");

        simulator.pay("ODD-2");
        try (MidtransClient otherKey = clientWithKey("SB-Mid-server-ANOTHER-ENVIRONMENT")) {
            assertThat(otherKey.checkNotification(receiver.next(WAIT).body())).isInstanceOf(NotificationCheck.InvalidSignature.class);
        }
    }
    // ---- gateways that close connections --------------------------------------------------------

    private MidtransSimulator closingSimulator(MidtransSimulatorSettings settings) {
        var closing = new MidtransSimulator(settings.withClock(Clock.fixed(START, ZoneOffset.UTC)).withRandomSeed(7));
        closing.start();
        return closing;
    }

    private static MidtransClient clientOf(MidtransSimulator gateway) {
        return new MidtransClient(MidtransSettings.of(gateway.baseUrl(), KEY)
                .withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT)
                .withClock(Clock.fixed(START, ZoneOffset.UTC)));
    }

    @Test
    void chargesInARowToAnHttp10GatewaySucceedAndStatusCancelAndExpireAreSentAgainOnAFreshConnection() throws Exception {
        try (var http10 = closingSimulator(MidtransSimulatorSettings.of(KEY).withHttp10(true)); var shop = clientOf(http10)) {
            for (String orderId : List.of("H10-1", "H10-2", "H10-3")) {
                assertThat(shop.chargeQris(request(orderId, 10_000)).state()).as(orderId).isEqualTo(State.PENDING);
            }
            assertThat(http10.transactions()).hasSize(3);
            assertThat(http10.requestsDroppedOnClosedConnections()).as("no charge went onto a used connection").isZero();

            // The first read opens a connection; each later one finds it closed after one answer,
            // is dropped unanswered and sent again on a fresh connection.
            assertThat(shop.status("H10-1").state()).isEqualTo(State.PENDING);
            assertThat(shop.cancel("H10-2").transactionStatus()).isEqualTo("cancel");
            assertThat(shop.expire("H10-3").transactionStatus()).isEqualTo("expire");
            assertThat(http10.requestsDroppedOnClosedConnections()).isEqualTo(2);
            assertThat(http10.transaction("H10-2").orElseThrow().transactionStatus()).isEqualTo("cancel");
        }
    }

    @Test
    void aChargeAfterTheGatewayClosedIdleConnectionsSucceedsAndAStaleStatusReadIsSentAgain() throws Exception {
        try (var closing = closingSimulator(MidtransSimulatorSettings.of(KEY).withIdleCloseSeconds(1)); var shop = clientOf(closing)) {
            shop.chargeQris(request("IDLE-1", 10_000));
            assertThat(shop.status("IDLE-1").state()).isEqualTo(State.PENDING); // leaves a pooled connection
            Thread.sleep(1_500);

            QrisCharge second = shop.chargeQris(request("IDLE-2", 20_000));

            assertThat(second.state()).isEqualTo(State.PENDING);
            assertThat(closing.transactions()).hasSize(2);
            assertThat(closing.requestsDroppedOnClosedConnections()).as("no charge went onto an idle connection").isZero();
            // The status read's connection has been idle for over a second: dropped, then answered
            // on a fresh connection — what confirms a webhook notification.
            assertThat(shop.status("IDLE-1").state()).isEqualTo(State.PENDING);
            assertThat(closing.requestsDroppedOnClosedConnections()).isEqualTo(1);
        }
    }
}
