package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "price_rules")
class PriceRuleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "scope", nullable = false, length = 16)
    String scope;

    @Column(name = "scope_key", nullable = false, length = 120)
    String scopeKey;

    @Column(name = "target_key", nullable = false, unique = true, length = 140)
    String targetKey;

    @Column(name = "percent_basis_points", nullable = false)
    long percentBasisPoints;

    @Column(name = "flat", nullable = false)
    long flat;

    @Column(name = "rounding_step", nullable = false)
    long roundingStep;

    @Column(name = "fixed_price")
    Long fixedPrice;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected PriceRuleEntity() {
    }

    static PriceRuleEntity empty() {
        return new PriceRuleEntity();
    }
}
