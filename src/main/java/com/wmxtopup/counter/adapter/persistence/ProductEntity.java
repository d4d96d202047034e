package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "products")
class ProductEntity {

    @Id
    @Column(name = "sku", length = 64)
    String sku;

    @Column(name = "game", nullable = false, length = 120)
    String game;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "price_basic", nullable = false)
    long priceBasic;

    @Column(name = "price_premium", nullable = false)
    long pricePremium;

    @Column(name = "price_special", nullable = false)
    long priceSpecial;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected ProductEntity() {
    }
}
