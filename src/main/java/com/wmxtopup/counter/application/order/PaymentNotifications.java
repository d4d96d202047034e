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
/// A signature only proves the sender knows the server key. So every notification that would
/// change an order is checked with the gateway's own status (what Midtrans itself says), and that
/// answer is applied instead: a forged settlement pays nothing, a forged expiry closes nothing.
/// When the gateway cannot be asked right now, nothing changes and the webhook asks Midtrans to
/// send the notification again (503); polling asks about waiting orders meanwhile.
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

        /// Could not be checked with the gateway now; not stored, so a redelivery is handled anew.
        record RetryLater(String orderId) implements Result {
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
        if (order.isEmpty()) {
            notificationLog.recordOnce(entry(key, status, PaymentNotificationLog.Outcome.UNKNOWN_ORDER, rawBody));
            log.warn("Payment notification for unknown order '{}' ({})", status.orderId(), status.transactionStatus());
            return new Result.UnknownOrder(status.orderId());
        }
        // Asked before the notification is stored: when Midtrans cannot be asked, nothing is kept
        // and the webhook answers 503, so Midtrans sends it again later.
        Confirmation confirmation = confirm(status);
        if (confirmation instanceof Confirmation.Unavailable) {
            return new Result.RetryLater(status.orderId());
        }
        if (!notificationLog.recordOnce(entry(key, status, PaymentNotificationLog.Outcome.IGNORED, rawBody))) {
            return new Result.Duplicate(status.orderId());
        }
        if (!(confirmation instanceof Confirmation.Confirmed(PaymentStatus truth))
                || (status.state() == PaymentStatus.State.PAID && truth.state() != PaymentStatus.State.PAID)) {
            log.warn("Payment notification '{}' for order {} not confirmed by the gateway's own status; not applied",
                    status.transactionStatus(), status.orderId());
            notificationLog.updateOutcome(key, PaymentNotificationLog.Outcome.NOT_CONFIRMED);
            return new Result.Accepted(status.orderId(), PaymentUpdates.Effect.NO_CHANGE);
        }
        // The gateway's answer, not the notification: a forged "expire" meets "pending" and changes nothing.
        PaymentUpdates.Effect effect = updates.apply(order.get(), truth, Actor.WEBHOOK);
        switch (effect) {
            case BECAME_PAID, CLOSED_UNPAID -> notificationLog.updateOutcome(key, PaymentNotificationLog.Outcome.APPLIED);
            case AMOUNT_MISMATCH -> notificationLog.updateOutcome(key, PaymentNotificationLog.Outcome.AMOUNT_MISMATCH);
            case NO_CHANGE -> {
            }
        }
        return new Result.Accepted(status.orderId(), effect);
    }

    private PaymentNotificationLog.Entry entry(String key, PaymentStatus status, PaymentNotificationLog.Outcome outcome, String rawBody) {
        return new PaymentNotificationLog.Entry(key, status.orderId(), status.transactionStatus(), status.grossAmount(), clock.instant(),
                outcome, rawBody);
    }

    /// What the gateway says about a notified order.
    private sealed interface Confirmation {
        /// Its own status (applied instead of the notification).
        record Confirmed(PaymentStatus status) implements Confirmation {
        }

        /// It has never heard of this payment.
        record Unknown() implements Confirmation {
        }

        /// It cannot be asked right now.
        record Unavailable() implements Confirmation {
        }
    }

    private Confirmation confirm(PaymentStatus notified) {
        if (notified.state() == PaymentStatus.State.PENDING) {
            return new Confirmation.Confirmed(notified); // changes nothing whoever sent it
        }
        try {
            return new Confirmation.Confirmed(gateway.status(notified.orderId()));
        } catch (PaymentGatewayException e) {
            if (e.kind() == PaymentGatewayException.Kind.NOT_FOUND) {
                return new Confirmation.Unknown();
            }
            log.warn("Payment notification '{}' for order {} cannot be confirmed now ({}); Midtrans is asked to send it again: {}",
                    notified.transactionStatus(), notified.orderId(), e.kind(), e.getMessage());
            return new Confirmation.Unavailable();
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
