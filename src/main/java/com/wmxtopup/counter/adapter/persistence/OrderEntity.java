package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/// Statuses and enums are stored as plain strings (mapped in [OrderMapper]) so that the schema
/// is the same on H2 and PostgreSQL; Hibernate would otherwise pick H2's native ENUM type.
@Entity
@Table(name = "orders")
class OrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "order_number", nullable = false, unique = true, length = 50)
    String orderNumber;

    @Column(name = "sku", nullable = false, length = 64)
    String sku;

    @Column(name = "product_name", nullable = false, length = 200)
    String productName;

    @Column(name = "game", nullable = false, length = 120)
    String game;

    @Column(name = "target_user_id", nullable = false, length = 64)
    String targetUserId;

    @Column(name = "target_zone_id", nullable = false, length = 64)
    String targetZoneId;

    @Column(name = "nickname", nullable = false, length = 100)
    String nickname;

    @Column(name = "amount", nullable = false)
    long amount;

    @Column(name = "cost", nullable = false)
    long cost;

    @Column(name = "payment_method", nullable = false, length = 8)
    String paymentMethod;

    @Column(name = "status", nullable = false, length = 24)
    String status;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "supplier_trx_id", nullable = false, length = 64)
    String supplierTrxId;

    @Column(name = "note", nullable = false, length = 10000)
    String note;

    @Column(name = "qr_string", nullable = false, length = 2000)
    String qrString;

    @Column(name = "payment_expires_at")
    Instant paymentExpiresAt;

    @Column(name = "customer_phone", nullable = false, length = 32)
    String customerPhone;

    @Column(name = "customer_email", nullable = false, length = 254)
    String customerEmail;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "payment_transaction_id", nullable = false, length = 64)
    String paymentTransactionId;

    @Column(name = "cash_received", nullable = false)
    long cashReceived;

    @Column(name = "supplier_requested_at")
    Instant supplierRequestedAt;

    @Column(name = "supplier_attempts", nullable = false)
    int supplierAttempts;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    @Column(name = "claimed_by", nullable = false, length = 36)
    String claimedBy;

    @Column(name = "sold_by", nullable = false, length = 60)
    String soldBy;

    @Column(name = "shift_id")
    Long shiftId;

    protected OrderEntity() {
    }
}
