package com.wmxtopup.counter.application.access;

import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.domain.Role;
import java.util.Objects;
import java.util.Optional;

/// Who calls a use case: a signed-in user, an admin approving for a cashier (supervisor
/// override), a REST integration's token, or the console itself (the sync worker). Use cases
/// check [#require] before acting and write [#describe] to histories and the audit log.
///
/// @param userId the user's id; empty for an integration or the console itself
/// @param name the user's or the integration's name
/// @param role what they may do
/// @param actor how order histories classify them
/// @param onBehalfOf the cashier an admin approved for (supervisor override); empty otherwise
public record Operator(Optional<Long> userId, String name, Role role, Actor actor, Optional<String> onBehalfOf) {

    /// The console's own background work (sync passes, scheduled catalog syncs).
    public static final Operator SYSTEM = new Operator(Optional.empty(), "sistem", Role.OWNER, Actor.SYSTEM, Optional.empty());

    public Operator {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(role);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(onBehalfOf);
        name = name == null || name.isBlank() ? role.name().toLowerCase(java.util.Locale.ROOT) : name.strip();
    }

    /// A signed-in user.
    public static Operator user(long id, String name, Role role) {
        return new Operator(Optional.of(id), name, role, role == Role.CASHIER ? Actor.CASHIER : Actor.ADMIN, Optional.empty());
    }

    /// A REST integration holding an API token: an admin's rights, never the owner's.
    public static Operator integration(String tokenName) {
        return new Operator(Optional.empty(), "API " + tokenName, Role.ADMIN, Actor.API, Optional.empty());
    }

    /// This admin acting in place of `cashier`, who asked for it at the counter.
    public Operator approvingFor(Operator cashier) {
        return new Operator(userId, name, role, actor, Optional.of(cashier.name()));
    }

    public boolean may(Permission permission) {
        return role.allows(permission);
    }

    /// Throws [NotPermittedException] unless the role allows `permission`.
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new NotPermittedException(this, permission);
        }
    }

    /// "Budi" or "Budi untuk Sari": how histories and the audit log name who acted.
    public String describe() {
        return onBehalfOf.map(cashier -> name + " untuk " + cashier).orElse(name);
    }
}
