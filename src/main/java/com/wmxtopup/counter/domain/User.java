package com.wmxtopup.counter.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/// A person who signs in at the console with a PIN. Five wrong PINs in a row lock the user for
/// five minutes; the next right PIN after that clears the count.
///
/// @param id database id (0 before it is stored)
/// @param name shown on screens and receipts, unique ignoring case and spaces
/// @param role what they may do
/// @param pinHash the PIN as the hasher stores it (never the PIN)
/// @param failedPins wrong PINs in a row
/// @param lockedUntil no sign-in before this instant
/// @param active false once the owner removed them (kept for history and the audit log)
/// @param version for compare-and-set updates
public record User(long id, String name, Role role, String pinHash, int failedPins, Optional<Instant> lockedUntil, boolean active,
                   Instant createdAt, long version) {

    public static final int MAX_FAILED_PINS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);

    public User {
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
        Objects.requireNonNull(pinHash);
        Objects.requireNonNull(lockedUntil);
        Objects.requireNonNull(createdAt);
    }

    public static User create(String name, Role role, String pinHash, Instant now) {
        return new User(0, name.strip(), role, pinHash, 0, Optional.empty(), true, now, 0);
    }

    /// "Budi " and "budi" are the same person.
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    /// After a wrong PIN: the count grows, and the fifth locks for [#LOCK_TIME].
    public User afterWrongPin(Instant now) {
        int failed = failedPins + 1;
        if (failed >= MAX_FAILED_PINS) {
            return new User(id, name, role, pinHash, 0, Optional.of(now.plus(LOCK_TIME)), active, createdAt, version);
        }
        return new User(id, name, role, pinHash, failed, lockedUntil, active, createdAt, version);
    }

    public User afterRightPin() {
        return new User(id, name, role, pinHash, 0, Optional.empty(), active, createdAt, version);
    }

    public User withPinHash(String hash) {
        return new User(id, name, role, hash, 0, Optional.empty(), active, createdAt, version);
    }

    public User withRole(Role newRole) {
        return new User(id, name, newRole, pinHash, failedPins, lockedUntil, active, createdAt, version);
    }

    public User withActive(boolean isActive) {
        return new User(id, name, role, pinHash, failedPins, lockedUntil, isActive, createdAt, version);
    }
}
