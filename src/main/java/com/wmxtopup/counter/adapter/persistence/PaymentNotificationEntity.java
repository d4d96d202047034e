package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "payment_notifications")
class PaymentNotificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "dedupe_key", nullable = false, unique = true, length = 200)
    String dedupeKey;

    @Column(name = "order_number", nullable = false, length = 50)
    String orderNumber;

    @Column(name = "transaction_status", nullable = false, length = 32)
    String transactionStatus;

    @Column(name = "gross_amount", nullable = false)
    long grossAmount;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    @Column(name = "outcome", nullable = false, length = 24)
    String outcome;

    @Column(name = "raw_body", nullable = false, length = 65536)
    String rawBody;

    protected PaymentNotificationEntity() {
    }

    static PaymentNotificationEntity empty() {
        return new PaymentNotificationEntity();
    }
}
