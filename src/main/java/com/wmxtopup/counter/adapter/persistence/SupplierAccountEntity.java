package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/// A single row (id 1): the last known reseller account.
@Entity
@Table(name = "supplier_account")
class SupplierAccountEntity {

    static final int THE_ROW = 1;

    @Id
    @Column(name = "id")
    int id = THE_ROW;

    @Column(name = "full_name", nullable = false, length = 200)
    String fullName;

    @Column(name = "username", nullable = false, length = 120)
    String username;

    @Column(name = "balance", nullable = false)
    long balance;

    @Column(name = "price_level", nullable = false, length = 16)
    String priceLevel;

    @Column(name = "checked_at", nullable = false)
    Instant checkedAt;

    protected SupplierAccountEntity() {
    }

    static SupplierAccountEntity empty() {
        return new SupplierAccountEntity();
    }
}
