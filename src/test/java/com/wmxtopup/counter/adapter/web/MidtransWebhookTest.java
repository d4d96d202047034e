package com.wmxtopup.counter.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.persistence.JdbcPaymentNotificationLog;
import com.wmxtopup.counter.application.order.PaymentNotifications;
import com.wmxtopup.counter.application.order.PaymentUpdates;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.support.PaymentFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The Midtrans webhook over real HTTP on an ephemeral Jetty port, with the Midtrans simulator
/// behind the real client and orders on H2: what Midtrans gets back decides whether it sends a
/// notification again.
class MidtransWebhookTest {

    private PaymentFixture payments;
    private WebServer server;
    private HttpClient http;
    private final AtomicInteger wakes = new AtomicInteger();

    @BeforeEach
    void start() {
        start(new PaymentFixture());
    }

    private void start(PaymentFixture fixture) {
        payments = fixture;
        var clock = Clock.systemUTC();
        var notifications = new PaymentNotifications(payments.gateway, payments.orders,
                new JdbcPaymentNotificationLog(payments.catalog.database.jdbc()),
                new PaymentUpdates(payments.orders, clock), clock);
        server = new WebServer("127.0.0.1", 0,
                new WebhookEndpoints(notifications, payments.catalog.supplier, wakes::incrementAndGet, () -> {
                }).endpoints());
        server.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
        payments.close();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/webhooks/midtrans"))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aConfirmedSettlementIsAcceptedAndWakesFulfilment() throws Exception {
        var waiting = payments.waiting(OrderFixtures.T0.plus(Duration.ofDays(3650)), true);
        var paid = payments.midtrans.pay(waiting.orderNumber().value());

        var response = post(PaymentFixture.signedNotification(waiting, "settlement", paid.transactionId()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(payments.statusOf(waiting)).isEqualTo(OrderStatus.PAID);
        assertThat(wakes.get()).isEqualTo(1);
    }

    @Test
    void whileMidtransCannotBeAskedTheAnswerIs503SoMidtransSendsItAgain() throws Exception {
        var waiting = payments.waiting(OrderFixtures.T0.plus(Duration.ofDays(3650)), true);
        var paid = payments.midtrans.pay(waiting.orderNumber().value());
        payments.midtrans.close();

        var response = post(PaymentFixture.signedNotification(waiting, "settlement", paid.transactionId()));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("send again later");
        assertThat(payments.statusOf(waiting)).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(wakes.get()).isZero();
    }
    @Test
    void aSettlementAfterMidtransClosedTheIdleConnectionIsStillConfirmed() throws Exception {
        stop();
        start(new PaymentFixture(settings -> settings.withIdleCloseSeconds(1)));
        var waiting = payments.waiting(OrderFixtures.T0.plus(Duration.ofDays(3650)), true);
        payments.gateway.status(waiting.orderNumber().value()); // a poll: leaves a pooled connection
        var paid = payments.midtrans.pay(waiting.orderNumber().value());
        Thread.sleep(1_500); // Midtrans closes the idle connection

        var response = post(PaymentFixture.signedNotification(waiting, "settlement", paid.transactionId()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(payments.statusOf(waiting)).isEqualTo(OrderStatus.PAID);
        assertThat(payments.midtrans.requestsDroppedOnClosedConnections()).as("the confirming status read met the closed connection")
                .isEqualTo(1);
    }
}
