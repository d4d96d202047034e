package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.NotificationCheck;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.PaymentGateway;
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
        PaymentUpdates.Effect effect = updates.apply(order.get(), status, Actor.WEBHOOK);
        switch (effect) {
            case BECAME_PAID, CLOSED_UNPAID -> notificationLog.updateOutcome(key, PaymentNotificationLog.Outcome.APPLIED);
            case AMOUNT_MISMATCH -> notificationLog.updateOutcome(key, PaymentNotificationLog.Outcome.AMOUNT_MISMATCH);
            case NO_CHANGE -> { }
        }
        return new Result.Accepted(status.orderId(), effect);
    }

    private static Optional<OrderNumber> parseNumber(String orderId) {
        try {
            return Optional.of(new OrderNumber(orderId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
