package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "catalog_sync_runs")
class CatalogSyncRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    long durationMs;

    @Column(name = "triggered_by", nullable = false, length = 40)
    String triggeredBy;

    @Column(name = "outcome", nullable = false, length = 16)
    String outcome;

    @Column(name = "total", nullable = false)
    int total;

    @Column(name = "added", nullable = false)
    int added;

    @Column(name = "updated", nullable = false)
    int updated;

    @Column(name = "removed", nullable = false)
    int removed;

    @Column(name = "price_changed", nullable = false)
    int priceChanged;

    @Column(name = "error", nullable = false, length = 1000)
    String error;

    protected CatalogSyncRunEntity() {
    }

    static CatalogSyncRunEntity empty() {
        return new CatalogSyncRunEntity();
    }
}
