package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "order_events")
class OrderEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "order_id", nullable = false)
    long orderId;

    @Column(name = "from_status", length = 24)
    String fromStatus;

    @Column(name = "to_status", nullable = false, length = 24)
    String toStatus;

    @Column(name = "at", nullable = false)
    Instant at;

    @Column(name = "actor", nullable = false, length = 16)
    String actor;

    @Column(name = "reason", nullable = false, length = 500)
    String reason;

    protected OrderEventEntity() {
    }

    OrderEventEntity(long orderId, String fromStatus, String toStatus, Instant at, String actor, String reason) {
        this.orderId = orderId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.at = at;
        this.actor = actor;
        this.reason = reason;
    }
}
