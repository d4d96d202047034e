package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.NotificationCheck;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.PaymentGateway;
import com.wmxtopup.counter.application.port.PaymentGatewayException;
import com.wmxtopup.counter.application.port.PaymentNotificationLog;
import com.wmxtopup.counter.application.port.PaymentStatus;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderNumber;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Handles one HTTP payment notification: verify the signature before anything else, store
/// the notification once, match it to our order, apply it through [PaymentUpdates], and say
/// whether fulfilment should be woken. Idempotent: a redelivered event changes nothing.
///
/// A signature only proves the sender knows the server key. So a notification that would pay an
/// order is re-checked with the gateway's status (what Midtrans itself says about the order), and
/// that answer is applied instead. When the gateway cannot be asked right now, nothing is paid:
/// whoever holds a leaked key could otherwise make it unanswerable (e.g. rate limited) and send
/// settlements. The real payment is not lost: polling asks again every pass.
public final class PaymentNotifications {

    /// What the webhook answers.
    public sealed interface Result {
        record InvalidSignature() implements Result {
        }

        record Malformed(String reason) implements Result {
        }

        record UnknownOrder(String orderId) implements Result {
        }

        record Duplicate(String orderId) implements Result {
        }

        /// Stored and applied; `becamePaid` wakes fulfilment.
        record Accepted(String orderId, PaymentUpdates.Effect effect) implements Result {
            public boolean becamePaid() {
                return effect == PaymentUpdates.Effect.BECAME_PAID;
            }
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PaymentNotifications.class);

    private final PaymentGateway gateway;
    private final OrderRepository orders;
    private final PaymentNotificationLog notificationLog;
    private final PaymentUpdates updates;
    private final Clock clock;

    public PaymentNotifications(PaymentGateway gateway, OrderRepository orders, PaymentNotificationLog notificationLog,
                                PaymentUpdates updates, Clock clock) {
        this.gateway = gateway;
        this.orders = orders;
        this.notificationLog = notificationLog;
        this.updates = updates;
        this.clock = clock;
    }

    public Result handle(byte[] body) {
        NotificationCheck check = gateway.checkNotification(body);
        return switch (check) {
            case NotificationCheck.InvalidSignature invalid -> {
                log.warn("Payment notification with an invalid signature for order '{}' ignored", invalid.orderId());
                yield new Result.InvalidSignature();
            }
            case NotificationCheck.Malformed malformed -> new Result.Malformed(malformed.reason());
            case NotificationCheck.Valid valid -> apply(valid.status(), valid.rawBody());
        };
    }

    private Result apply(PaymentStatus status, String rawBody) {
        Optional<Order> order = parseNumber(status.orderId()).flatMap(orders::findByNumber);
        String key = status.orderId() + "|" + status.transactionStatus() + "|" + status.transactionId() + "|" + status.statusCode()
                + "|" + status.fraudStatus();
        var outcome = order.isEmpty() ? PaymentNotificationLog.Outcome.UNKNOWN_ORDER : PaymentNotificationLog.Outcome.IGNORED;
        boolean first = notificationLog.recordOnce(new PaymentNotificationLog.Entry(key, status.orderId(), status.transactionStatus(),
                status.grossAmount(), clock.instant(), outcome, rawBody));
        if (order.isEmpty()) {
            log.warn("Payment notification for unknown order '{}' ({})", status.orderId(), status.transactionStatus());
            return new Result.UnknownOrder(status.orderId());
        }
        if (!first) {
            return new Result.Duplicate(status.orderId());
        }
        Optional<PaymentStatus> confirmed = confirm(status);
        if (confirmed.isEmpty() || (status.state() == PaymentStatus.State.PAID && confirmed.get().state() != PaymentStatus.State.PAID)) {
            log.warn("Payment notification '{}' for order {} not confirmed by the gateway's status ({}); not applied",
                    status.transactionStatus(), status.orderId(), confirmed.map(PaymentStatus::transactionStatus).orElse("unknown"));
            notificationLog.updateOutcome(key, PaymentNotificationLog.Outcome.NOT_CONFIRMED);
            return new Result.Accepted(status.orderId(), PaymentUpdates.Effect.NO_CHANGE);
        }
        PaymentUpdates.Effect effect = updates.apply(order.get(), confirmed.get(), Actor.WEBHOOK);
        switch (effect) {
            case BECAME_PAID, CLOSED_UNPAID -> notificationLog.updateOutcome(key, PaymentNotificationLog.Outcome.APPLIED);
            case AMOUNT_MISMATCH -> notificationLog.updateOutcome(key, PaymentNotificationLog.Outcome.AMOUNT_MISMATCH);
            case NO_CHANGE -> { }
        }
        return new Result.Accepted(status.orderId(), effect);
    }

    /// The status to apply: for a notification that would pay, the gateway's own answer; empty when
    /// the gateway does not confirm it or cannot be asked now (polling will ask again).
    private Optional<PaymentStatus> confirm(PaymentStatus notified) {
        if (notified.state() != PaymentStatus.State.PAID) {
            return Optional.of(notified); // closing or pending: never pays, and polling checks these anyway
        }
        try {
            return Optional.of(gateway.status(notified.orderId()));
        } catch (PaymentGatewayException e) {
            log.warn("Payment status of order {} could not confirm the notification ({}); left to polling: {}",
                    notified.orderId(), e.kind(), e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<OrderNumber> parseNumber(String orderId) {
        try {
            return Optional.of(new OrderNumber(orderId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
