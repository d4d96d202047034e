package com.wmxtopup.counter.application.access;

import com.wmxtopup.counter.domain.Role;
import java.time.Instant;
import java.util.Optional;

/// A user as screens see them: never the PIN's hash.
public record Person(long id, String name, Role role, boolean active, Optional<Instant> lockedUntil) {
}
