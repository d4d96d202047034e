package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "users")
class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "name", nullable = false, length = 60)
    String name;

    /// The name folded for uniqueness ("Budi" and "budi " are one person).
    @Column(name = "name_key", nullable = false, unique = true, length = 60)
    String nameKey;

    @Column(name = "role", nullable = false, length = 16)
    String role;

    @Column(name = "pin_hash", nullable = false, length = 100)
    String pinHash;

    @Column(name = "failed_pins", nullable = false)
    int failedPins;

    @Column(name = "locked_until")
    Instant lockedUntil;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected UserEntity() {
    }
}
