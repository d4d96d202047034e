package com.wmxtopup.counter.domain;

import java.time.Instant;
import java.util.Objects;

/// A sale: one item for one game account, paid once, ordered from the supplier at most once.
///
/// Immutable; a status change produces a new value through [#movedTo], which enforces the
/// state machine. Persisting the change (with the compare-and-set on `version`) is the
/// repository's job.
///
/// @param id               database id; null before the order is first stored
/// @param amount           what the customer pays
/// @param cost             the buy price known when the order was created (never shown to customers)
/// @param version          optimistic-lock version; each stored change increments it
/// @param supplierTrxId    the supplier's transaction id once it accepted the order
/// @param note             the supplier's note: serial number on success, reason on failure
/// @param qrString         the QRIS payload from the payment gateway (it cannot be fetched again)
/// @param paymentExpiresAt when the QR stops being payable
/// @param paymentTransactionId the gateway's transaction id (empty for cash)
/// @param cashReceived     what the customer handed over for a cash sale (zero otherwise)
/// @param supplierRequestedAt when the order was last claimed for the supplier (reconciliation
///                         looks for it from then on); null before the first claim
/// @param supplierAttempts how many times the order was claimed for the supplier
/// @param nextAttemptAt    the engine leaves the order alone until this time: a PAID order is not
///                         sent again (backoff after a temporary refusal), an order whose supplier
///                         outcome is unknown is not looked up again; null: at once
/// @param claimedBy        the console run that holds the order in flight (its QRIS charge while
///                         PENDING, its supplier request while SUPPLIER_REQUESTING); empty when
///                         nobody does, e.g. after an unknown outcome was recorded
/// @param soldBy           who took the sale: the signed-in cashier's name, or the REST
///                         integration's; empty for orders from before users existed
/// @param shiftId          the drawer's shift open on the console that took the sale; null when
///                         none was (a QRIS sale before a shift, the REST API, older orders)
public record Order(
                    Long id,
                    OrderNumber orderNumber,
                    String sku,
                    String productName,
                    String game,
                    TopUpTarget target,
                    String nickname,
                    Money amount,
                    Money cost,
                    PaymentMethod paymentMethod,
                    OrderStatus status,
                    long version,
                    String supplierTrxId,
                    String note,
                    String qrString,
                    Instant paymentExpiresAt,
                    String customerPhone,
                    String customerEmail,
                    Instant createdAt,
                    Instant updatedAt,
                    String paymentTransactionId,
                    Money cashReceived,
                    Instant supplierRequestedAt,
                    int supplierAttempts,
                    Instant nextAttemptAt,
                    String claimedBy,
                    String soldBy,
                    Long shiftId) {

    public Order {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        nickname = Objects.requireNonNullElse(nickname, "");
        supplierTrxId = Objects.requireNonNullElse(supplierTrxId, "");
        note = Objects.requireNonNullElse(note, "");
        qrString = Objects.requireNonNullElse(qrString, "");
        customerPhone = Objects.requireNonNullElse(customerPhone, "");
        customerEmail = Objects.requireNonNullElse(customerEmail, "");
        paymentTransactionId = Objects.requireNonNullElse(paymentTransactionId, "");
        cashReceived = Objects.requireNonNullElse(cashReceived, Money.ZERO);
        claimedBy = Objects.requireNonNullElse(claimedBy, "");
        soldBy = Objects.requireNonNullElse(soldBy, "");
        if (supplierAttempts < 0) {
            throw new IllegalArgumentException("negative attempts");
        }
        if (version < 0) {
            throw new IllegalArgumentException("negative version");
        }
    }

    /// A new order, not yet stored, in [OrderStatus#PENDING].
    public static Order create(OrderNumber number, Product product, TopUpTarget target, String nickname,
            Money amount, Money cost, PaymentMethod method, Instant now) {
        return new Order(null, number, product.sku(), product.name(), product.game(), target, nickname, amount, cost,
                method, OrderStatus.PENDING, 0, "", "", "", null, "", "", now, now, "", Money.ZERO, null, 0, null, "", "", null);
    }

    /// This order in status `next`; throws [IllegalStatusTransitionException] when the state
    /// machine has no such edge.
    public Order movedTo(OrderStatus next, Instant at) {
        status.requireCanMoveTo(next);
        return new Order(id, orderNumber, sku, productName, game, target, nickname, amount, cost, paymentMethod, next,
                version, supplierTrxId, note, qrString, paymentExpiresAt, customerPhone, customerEmail, createdAt, at,
                paymentTransactionId, cashReceived, supplierRequestedAt, supplierAttempts, nextAttemptAt, claimedBy, soldBy, shiftId);
    }

    public Order withPaymentRequest(String qr, Instant expiresAt) {
        return new Order(id, orderNumber, sku, productName, game, target, nickname, amount, cost, paymentMethod, status,
                version, supplierTrxId, note, qr, expiresAt, customerPhone, customerEmail, createdAt, updatedAt,
                paymentTransactionId, cashReceived, supplierRequestedAt, supplierAttempts, nextAttemptAt, claimedBy, soldBy, shiftId);
    }

    public Order withCustomerContact(String phone, String email) {
        return new Order(id, orderNumber, sku, productName, game, target, nickname, amount, cost, paymentMethod, status,
                version, supplierTrxId, note, qrString, paymentExpiresAt, phone, email, createdAt, updatedAt,
                paymentTransactionId, cashReceived, supplierRequestedAt, supplierAttempts, nextAttemptAt, claimedBy, soldBy, shiftId);
    }

    /// This sale as taken by `seller` (the person, or the integration).
    public Order soldBy(String seller) {
        return new Order(id, orderNumber, sku, productName, game, target, nickname, amount, cost, paymentMethod, status,
                version, supplierTrxId, note, qrString, paymentExpiresAt, customerPhone, customerEmail, createdAt, updatedAt,
                paymentTransactionId, cashReceived, supplierRequestedAt, supplierAttempts, nextAttemptAt, claimedBy, seller, shiftId);
    }

    public Order withCashReceived(Money received) {
        return new Order(id, orderNumber, sku, productName, game, target, nickname, amount, cost, paymentMethod, status,
                version, supplierTrxId, note, qrString, paymentExpiresAt, customerPhone, customerEmail, createdAt, updatedAt,
                paymentTransactionId, received, supplierRequestedAt, supplierAttempts, nextAttemptAt, claimedBy, soldBy, shiftId);
    }

    /// The change due for a cash sale (what was handed over minus the amount); zero otherwise.
    public Money change() {
        return cashReceived.isLessThan(amount) ? Money.ZERO : cashReceived.minus(amount);
    }

    /// This order held in flight by console run `runId` (see [#claimedBy]).
    public Order claimedBy(String runId) {
        return new Order(id, orderNumber, sku, productName, game, target, nickname, amount, cost, paymentMethod, status,
                version, supplierTrxId, note, qrString, paymentExpiresAt, customerPhone, customerEmail, createdAt, updatedAt,
                paymentTransactionId, cashReceived, supplierRequestedAt, supplierAttempts, nextAttemptAt, runId, soldBy, shiftId);
    }

    /// This sale as taken in the drawer's shift `id` (see [#shiftId]).
    public Order inShift(Long id) {
        return new Order(this.id, orderNumber, sku, productName, game, target, nickname, amount, cost, paymentMethod, status,
                version, supplierTrxId, note, qrString, paymentExpiresAt, customerPhone, customerEmail, createdAt, updatedAt,
                paymentTransactionId, cashReceived, supplierRequestedAt, supplierAttempts, nextAttemptAt, claimedBy, soldBy, id);
    }

    public boolean isStored() {
        return id != null;
    }
}
