package com.wmxtopup.counter.application.access;

import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.port.PinHasher;
import com.wmxtopup.counter.application.port.UserRepository;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.domain.User;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/// The owner manages who signs in: adds people with a role and a PIN, changes roles, resets
/// PINs (which also lifts a lock), removes and brings back. There is always at least one active
/// owner. Every change is in the audit log. PINs are hashed here: never on the FX thread.
public final class ManageUsers {

    public static final int MAX_NAME_LENGTH = 60;

    /// Why a change was not made.
    public enum Refusal {
        NAME_INVALID,
        NAME_TAKEN,
        PIN_INVALID,
        /// The last active owner cannot be removed or made anything else.
        LAST_OWNER,
        NOT_FOUND,
        CHANGED_MEANWHILE,
        /// The first owner exists already.
        ALREADY_SET_UP
    }

    public sealed interface Result {
        record Done(Person person) implements Result {
        }

        record Refused(Refusal refusal) implements Result {
        }
    }

    private final UserRepository users;
    private final PinHasher hasher;
    private final Audit audit;
    private final Clock clock;

    public ManageUsers(UserRepository users, PinHasher hasher, Audit audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /// The first owner of a fresh store (the first-run setup); refused once anyone exists.
    public Result createFirstOwner(String name, String pin) {
        if (users.anyActive()) {
            return new Result.Refused(Refusal.ALREADY_SET_UP);
        }
        return add(name, Role.OWNER, pin, created -> Operator.user(created.id(), created.name(), created.role()));
    }

    public List<Person> list(Operator operator) {
        operator.require(Permission.MANAGE_USERS);
        return users.all().stream().map(ManageUsers::person).toList();
    }

    public Result add(Operator operator, String name, Role role, String pin) {
        operator.require(Permission.MANAGE_USERS);
        return add(name, role, pin, created -> operator);
    }

    public Result changeRole(Operator operator, long userId, Role role) {
        operator.require(Permission.MANAGE_USERS);
        return change(operator, userId, user -> user.withRole(role), AuditAction.USER_CHANGED,
                user -> user.role() + " → " + role, role != Role.OWNER);
    }

    /// A new PIN; also lifts a lock from wrong PINs.
    public Result resetPin(Operator operator, long userId, String pin) {
        operator.require(Permission.MANAGE_USERS);
        if (!PinRule.isValid(pin)) {
            return new Result.Refused(Refusal.PIN_INVALID);
        }
        String hash = hasher.hash(pin);
        return change(operator, userId, user -> user.withPinHash(hash), AuditAction.PIN_RESET, user -> "", false);
    }

    public Result setActive(Operator operator, long userId, boolean active) {
        operator.require(Permission.MANAGE_USERS);
        return change(operator, userId, user -> user.withActive(active), AuditAction.USER_CHANGED,
                user -> active ? "aktif kembali" : "dinonaktifkan", !active);
    }

    static Person person(User user) {
        return new Person(user.id(), user.name(), user.role(), user.active(), user.lockedUntil());
    }

    private Result add(String name, Role role, String pin, java.util.function.Function<User, Operator> actingFor) {
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            return new Result.Refused(Refusal.NAME_INVALID);
        }
        if (!PinRule.isValid(pin)) {
            return new Result.Refused(Refusal.PIN_INVALID);
        }
        Optional<User> created = users.add(User.create(cleanName, role, hasher.hash(pin), clock.instant()));
        if (created.isEmpty()) {
            return new Result.Refused(Refusal.NAME_TAKEN);
        }
        audit.record(actingFor.apply(created.get()), AuditAction.USER_CREATED, cleanName, role.name());
        return new Result.Done(person(created.get()));
    }

    private Result change(Operator operator, long userId, UnaryOperator<User> change, AuditAction action,
            java.util.function.Function<User, String> detail, boolean mayRemoveAnOwner) {
        Optional<User> found = users.find(userId);
        if (found.isEmpty()) {
            return new Result.Refused(Refusal.NOT_FOUND);
        }
        User before = found.get();
        if (mayRemoveAnOwner && before.role() == Role.OWNER && before.active() && activeOwners() <= 1) {
            return new Result.Refused(Refusal.LAST_OWNER);
        }
        User after = change.apply(before);
        if (!users.update(after)) {
            return new Result.Refused(Refusal.CHANGED_MEANWHILE);
        }
        audit.record(operator, action, before.name(), detail.apply(before));
        return new Result.Done(person(users.find(userId).orElse(after)));
    }

    private long activeOwners() {
        return users.all().stream().filter(u -> u.active() && u.role() == Role.OWNER).count();
    }
}
