package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Money;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/// A QRIS charge for one order.
///
/// @param orderId         our order number (Midtrans `order_id`)
/// @param itemId          the SKU, for `item_details`
/// @param itemName        shown in the customer's payment app (cut to 50 characters)
/// @param expiry          how long the QR can be paid (at least 20 seconds)
/// @param notificationUrl where the gateway should send notifications for this transaction only
///                        (`X-Override-Notification`); empty: the dashboard setting
/// @param idempotencyKey  the same key on a retry makes the gateway replay its first answer
public record QrisChargeRequest(String orderId, Money amount, String itemId, String itemName, Duration expiry,
                                Optional<URI> notificationUrl, String idempotencyKey) {

    public QrisChargeRequest {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(itemName, "itemName");
        Objects.requireNonNull(expiry, "expiry");
        notificationUrl = Objects.requireNonNullElse(notificationUrl, Optional.empty());
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (amount.rupiah() <= 0) {
            throw new IllegalArgumentException("a charge needs a positive amount");
        }
        if (expiry.compareTo(Duration.ofSeconds(20)) < 0) {
            throw new IllegalArgumentException("QRIS expiry must be at least 20 seconds");
        }
    }
}
