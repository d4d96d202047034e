package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "shifts")
class ShiftEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "console_id", nullable = false, length = 64)
    String consoleId;

    @Column(name = "open_on_console", length = 64)
    String openOnConsole;

    @Column(name = "opened_at", nullable = false)
    Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 140)
    String openedBy;

    @Column(name = "opening_float", nullable = false)
    long openingFloat;

    @Column(name = "opening_count", nullable = false, length = 400)
    String openingCount;

    @Column(name = "supplier_balance_open")
    Long supplierBalanceOpen;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "closed_by", nullable = false, length = 140)
    String closedBy;

    @Column(name = "expected_cash")
    Long expectedCash;

    @Column(name = "counted_cash")
    Long countedCash;

    @Column(name = "closing_count", nullable = false, length = 400)
    String closingCount;

    @Column(name = "supplier_balance_close")
    Long supplierBalanceClose;

    @Column(name = "close_note", nullable = false, length = 500)
    String closeNote;

    @Column(name = "forced", nullable = false)
    boolean forced;

    @Column(name = "version", nullable = false)
    long version;

    protected ShiftEntity() {
    }
}
