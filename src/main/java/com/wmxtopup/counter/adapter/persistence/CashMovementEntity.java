package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/// A cash movement. `@Immutable`: a movement is appended and never changed.
@Entity
@Immutable
@Table(name = "cash_movements")
class CashMovementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "shift_id", nullable = false)
    long shiftId;

    @Column(name = "kind", nullable = false, length = 16)
    String kind;

    @Column(name = "amount", nullable = false)
    long amount;

    @Column(name = "reason", nullable = false, length = 500)
    String reason;

    @Column(name = "order_number", nullable = false, length = 50)
    String orderNumber;

    @Column(name = "at", nullable = false)
    Instant at;

    @Column(name = "by_whom", nullable = false, length = 140)
    String byWhom;

    protected CashMovementEntity() {
    }
}
