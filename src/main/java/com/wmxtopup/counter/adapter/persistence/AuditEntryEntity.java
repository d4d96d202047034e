package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/// A line of the audit log. `@Immutable`: Hibernate never writes a change to a loaded row.
@Entity
@Immutable
@Table(name = "audit_entries")
class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "at", nullable = false)
    Instant at;

    @Column(name = "user_id")
    Long userId;

    @Column(name = "who", nullable = false, length = 140)
    String who;

    @Column(name = "action", nullable = false, length = 40)
    String action;

    @Column(name = "subject", nullable = false, length = 200)
    String subject;

    @Column(name = "detail", nullable = false, length = 2000)
    String detail;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(Instant at, Long userId, String who, String action, String subject, String detail) {
        this.at = at;
        this.userId = userId;
        this.who = Text.cut(who, 140);
        this.action = action;
        this.subject = Text.cut(subject, 200);
        this.detail = Text.cut(detail, 2000);
    }
}
