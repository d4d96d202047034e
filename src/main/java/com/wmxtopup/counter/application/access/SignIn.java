package com.wmxtopup.counter.application.access;

import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.port.PinHasher;
import com.wmxtopup.counter.application.port.UserRepository;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.domain.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// PIN sign-in at the console, and the supervisor override: an admin types their PIN in place
/// of a cashier who asked for an action only admins may do. Five wrong PINs in a row lock that
/// user for five minutes ([User#MAX_FAILED_PINS]); every attempt is in the audit log. Hashing is
/// slow on purpose: never on the FX thread.
public final class SignIn {

    /// What a PIN attempt came to.
    public sealed interface Outcome {
        /// Signed in (or approved): act as `operator`.
        record Accepted(Operator operator) implements Outcome {
        }

        /// Wrong PIN; `attemptsLeft` before the lock.
        record WrongPin(int attemptsLeft) implements Outcome {
        }

        /// Locked after too many wrong PINs; try again after `until`.
        record Locked(Instant until) implements Outcome {
        }

        /// The approver's role does not allow what was asked (a cashier cannot approve a refund).
        record NotAllowed(Permission permission) implements Outcome {
        }

        /// No such active user.
        record Unknown() implements Outcome {
        }
    }

    private final UserRepository users;
    private final PinHasher hasher;
    private final Audit audit;
    private final Clock clock;

    public SignIn(UserRepository users, PinHasher hasher, Audit audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /// The active users, for the sign-in list.
    public List<Person> people() {
        return users.all().stream().filter(User::active).map(ManageUsers::person).toList();
    }

    /// True until the first owner exists (a fresh live store).
    public boolean needsFirstOwner() {
        return !users.anyActive();
    }

    public Outcome signIn(long userId, String pin) {
        Outcome outcome = check(userId, pin);
        if (outcome instanceof Outcome.Accepted(Operator operator)) {
            audit.record(operator, AuditAction.SIGN_IN, operator.name(), "");
        }
        return outcome;
    }

    /// `approverId` types their PIN so that `asking` may do `needed`; the operator returned acts
    /// as the approver on behalf of `asking`, and the audit log says so.
    public Outcome approve(long approverId, String pin, Operator asking, Permission needed, String what) {
        Outcome outcome = check(approverId, pin);
        if (outcome instanceof Outcome.Accepted(Operator approver)) {
            if (!approver.may(needed)) {
                return new Outcome.NotAllowed(needed);
            }
            Operator acting = approver.approvingFor(asking);
            audit.record(acting, AuditAction.OVERRIDE_APPROVED, asking.name(), what);
            return new Outcome.Accepted(acting);
        }
        return outcome;
    }

    public void signOut(Operator operator) {
        audit.record(operator, AuditAction.SIGN_OUT, operator.name(), "");
    }

    private Outcome check(long userId, String pin) {
        Optional<User> found = users.find(userId).filter(User::active);
        if (found.isEmpty()) {
            return new Outcome.Unknown();
        }
        User user = found.get();
        Instant now = clock.instant();
        if (user.isLockedAt(now)) {
            return new Outcome.Locked(user.lockedUntil().orElseThrow());
        }
        Operator operator = Operator.user(user.id(), user.name(), user.role());
        if (pin != null && hasher.matches(pin, user.pinHash())) {
            if (user.failedPins() > 0 || user.lockedUntil().isPresent()) {
                users.update(user.afterRightPin());
            }
            return new Outcome.Accepted(operator);
        }
        User after = user.afterWrongPin(now);
        if (!users.update(after)) {
            // Someone else's attempt landed first; count this one on top of theirs.
            after = users.find(userId).map(fresh -> fresh.afterWrongPin(now)).orElse(after);
            users.update(after);
        }
        if (after.isLockedAt(now)) {
            audit.record(operator, AuditAction.USER_LOCKED, user.name(), "5 PIN salah berturut-turut");
            return new Outcome.Locked(after.lockedUntil().orElseThrow());
        }
        audit.record(operator, AuditAction.WRONG_PIN, user.name(), "");
        return new Outcome.WrongPin(User.MAX_FAILED_PINS - after.failedPins());
    }
}
