package com.wmxtopup.counter.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcApiTokenRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcAuditLog;
import com.wmxtopup.counter.adapter.persistence.JdbcUserRepository;
import com.wmxtopup.counter.adapter.security.BcryptPinHasher;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.audit.AuditEntry;
import com.wmxtopup.counter.application.audit.AuditTrail;
import com.wmxtopup.counter.application.port.AuditLog;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.domain.User;
import com.wmxtopup.counter.support.MutableClock;
import com.wmxtopup.counter.support.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Sign-in, lockout, override, users and API tokens on a real H2 store with real BCrypt, and the
/// audit rows each one writes.
class AccessTest {

    private Path file;
    private Database database;
    private MutableClock clock;
    private JdbcAuditLog auditLog;
    private SignIn signIn;
    private ManageUsers users;
    private ApiTokens tokens;
    private AuditTrail trail;

    @BeforeEach
    void open() {
        file = TestApp.newDataDirectory("access").resolve("db");
        database = Database.open(new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString()));
        clock = new MutableClock(Instant.parse("2026-11-26T03:00:00Z"));
        auditLog = new JdbcAuditLog(database.jdbc());
        var audit = new Audit(auditLog, clock);
        var repository = new JdbcUserRepository(database.jdbc());
        var hasher = new BcryptPinHasher(4);
        signIn = new SignIn(repository, hasher, audit, clock);
        users = new ManageUsers(repository, hasher, audit, clock);
        tokens = new ApiTokens(new JdbcApiTokenRepository(database.jdbc()), Optional.empty(), audit, clock);
        trail = new AuditTrail(auditLog, new com.wmxtopup.counter.adapter.export.CsvAuditTable(),
                com.wmxtopup.counter.domain.ShopZone.WITA);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Person owner() {
        return ((ManageUsers.Result.Done) users.createFirstOwner("Sari", "246810")).person();
    }

    private Operator signedIn(Person person, String pin) {
        return ((SignIn.Outcome.Accepted) signIn.signIn(person.id(), pin)).operator();
    }

    private Person add(Operator by, String name, Role role, String pin) {
        return ((ManageUsers.Result.Done) users.add(by, name, role, pin)).person();
    }

    private java.util.List<AuditEntry> audited(AuditAction action) {
        return auditLog.search(new AuditLog.Query(Optional.empty(), Optional.empty(), Set.of(action), "", ""), 100, Optional.empty())
                .stream().map(AuditLog.Row::entry).toList();
    }

    /// The users screen is hidden from whoever may not manage users; the use case refuses them anyway.
    @Test
    void onlyTheOwnerManagesUsers() {
        Operator sari = signedIn(owner(), "246810");
        Person budi = add(sari, "Budi", Role.ADMIN, "1111");
        Person dewi = add(sari, "Dewi", Role.CASHIER, "1357");

        for (Operator refused : java.util.List.of(signedIn(budi, "1111"), signedIn(dewi, "1357"))) {
            assertThatThrownBy(() -> users.list(refused)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> users.add(refused, "Eka", Role.CASHIER, "4321")).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> users.resetPin(refused, dewi.id(), "8642")).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> users.changeRole(refused, dewi.id(), Role.ADMIN)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> users.setActive(refused, dewi.id(), false)).isInstanceOf(NotPermittedException.class);
        }
        assertThat(users.list(sari)).extracting(Person::name).containsExactlyInAnyOrder("Sari", "Budi", "Dewi");
    }

    @Test
    void theFirstOwnerIsCreatedOnceAndSignsInWithTheirPin() {
        assertThat(signIn.needsFirstOwner()).isTrue();
        Person sari = owner();

        assertThat(signIn.needsFirstOwner()).isFalse();
        assertThat(users.createFirstOwner("Other", "1111")).isEqualTo(new ManageUsers.Result.Refused(ManageUsers.Refusal.ALREADY_SET_UP));
        Operator operator = signedIn(sari, "246810");
        assertThat(operator.role()).isEqualTo(Role.OWNER);
        assertThat(operator.name()).isEqualTo("Sari");
        assertThat(audited(AuditAction.SIGN_IN)).singleElement().satisfies(e -> assertThat(e.who()).isEqualTo("Sari"));
        assertThat(audited(AuditAction.USER_CREATED)).hasSize(1);
    }

    @Test
    void fiveWrongPinsLockTheUserForFiveMinutesAndEachAttemptIsAudited() {
        Person sari = owner();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn.signIn(sari.id(), "000000")).isEqualTo(new SignIn.Outcome.WrongPin(5 - attempt));
        }
        assertThat(signIn.signIn(sari.id(), "000000")).isInstanceOf(SignIn.Outcome.Locked.class);
        // Locked: even the right PIN is refused until the time is up.
        assertThat(signIn.signIn(sari.id(), "246810")).isEqualTo(new SignIn.Outcome.Locked(clock.instant().plus(User.LOCK_TIME)));

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(signIn.signIn(sari.id(), "246810")).isInstanceOf(SignIn.Outcome.Accepted.class);
        // The count starts again from zero.
        assertThat(signIn.signIn(sari.id(), "000000")).isEqualTo(new SignIn.Outcome.WrongPin(4));
        assertThat(audited(AuditAction.WRONG_PIN)).hasSize(5);
        assertThat(audited(AuditAction.USER_LOCKED)).hasSize(1);
    }

    @Test
    void theOwnerResetsALockedCashiersPinAndThatLiftsTheLock() {
        Operator owner = signedIn(owner(), "246810");
        Person dewi = add(owner, "Dewi", Role.CASHIER, "1357");
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn.signIn(dewi.id(), "9999");
        }
        assertThat(signIn.signIn(dewi.id(), "1357")).isInstanceOf(SignIn.Outcome.Locked.class);

        assertThat(users.resetPin(owner, dewi.id(), "8642")).isInstanceOf(ManageUsers.Result.Done.class);

        assertThat(signIn.signIn(dewi.id(), "8642")).isInstanceOf(SignIn.Outcome.Accepted.class);
        assertThat(audited(AuditAction.PIN_RESET)).singleElement().satisfies(e -> {
            assertThat(e.who()).isEqualTo("Sari");
            assertThat(e.subject()).isEqualTo("Dewi");
        });
    }

    @Test
    void onlyTheOwnerManagesUsersAndTheLastOwnerStays() {
        Operator owner = signedIn(owner(), "246810");
        Person budi = add(owner, "Budi", Role.ADMIN, "1111");
        Operator admin = signedIn(budi, "1111");

        assertThatThrownBy(() -> users.add(admin, "Eka", Role.CASHIER, "2222")).isInstanceOf(NotPermittedException.class);
        assertThat(users.add(owner, " budi ", Role.CASHIER, "2222"))
                .isEqualTo(new ManageUsers.Result.Refused(ManageUsers.Refusal.NAME_TAKEN));
        assertThat(users.add(owner, "Eka", Role.CASHIER, "12")).isEqualTo(new ManageUsers.Result.Refused(ManageUsers.Refusal.PIN_INVALID));
        assertThat(users.add(owner, "Eka", Role.CASHIER, "12ab"))
                .isEqualTo(new ManageUsers.Result.Refused(ManageUsers.Refusal.PIN_INVALID));
        long ownerId = owner.userId().orElseThrow();
        assertThat(users.changeRole(owner, ownerId, Role.ADMIN)).isEqualTo(new ManageUsers.Result.Refused(ManageUsers.Refusal.LAST_OWNER));
        assertThat(users.setActive(owner, ownerId, false)).isEqualTo(new ManageUsers.Result.Refused(ManageUsers.Refusal.LAST_OWNER));

        assertThat(users.setActive(owner, budi.id(), false)).isInstanceOf(ManageUsers.Result.Done.class);
        // A removed user cannot sign in any more.
        assertThat(signIn.signIn(budi.id(), "1111")).isEqualTo(new SignIn.Outcome.Unknown());
    }

    @Test
    void anAdminApprovesForACashierAndACashierCannotApprove() {
        Operator owner = signedIn(owner(), "246810");
        Person dewi = add(owner, "Dewi", Role.CASHIER, "1357");
        Person budi = add(owner, "Budi", Role.ADMIN, "1111");
        Operator cashier = signedIn(dewi, "1357");
        assertThat(cashier.may(Permission.SETTLE_ORDERS)).isFalse();

        var approved = signIn.approve(budi.id(), "1111", cashier, Permission.SETTLE_ORDERS, "refund WMX-1");
        var refusedByCashier = signIn.approve(dewi.id(), "1357", cashier, Permission.SETTLE_ORDERS, "refund WMX-1");
        var wrongPin = signIn.approve(budi.id(), "0000", cashier, Permission.SETTLE_ORDERS, "refund WMX-1");

        assertThat(approved).isInstanceOf(SignIn.Outcome.Accepted.class);
        Operator acting = ((SignIn.Outcome.Accepted) approved).operator();
        assertThat(acting.may(Permission.SETTLE_ORDERS)).isTrue();
        assertThat(acting.describe()).isEqualTo("Budi untuk Dewi");
        assertThat(refusedByCashier).isEqualTo(new SignIn.Outcome.NotAllowed(Permission.SETTLE_ORDERS));
        assertThat(wrongPin).isInstanceOf(SignIn.Outcome.WrongPin.class);
        assertThat(audited(AuditAction.OVERRIDE_APPROVED)).singleElement().satisfies(e -> {
            assertThat(e.who()).isEqualTo("Budi untuk Dewi");
            assertThat(e.detail()).isEqualTo("refund WMX-1");
        });
    }

    @Test
    void apiTokensAreShownOnceStoredOnlyAsAHashAndStopWorkingWhenRevoked() throws Exception {
        Operator owner = signedIn(owner(), "246810");
        var created = tokens.create(owner, "Kasir online");

        assertThat(tokens.authenticate(created.secret())).hasValueSatisfying(op -> {
            assertThat(op.role()).isEqualTo(Role.ADMIN);
            assertThat(op.name()).isEqualTo("API Kasir online");
        });
        assertThat(tokens.authenticate(created.secret() + "x")).isEmpty();
        assertThatThrownBy(() -> tokens.create(signedIn(add(owner, "Budi", Role.ADMIN, "1111"), "1111"), "x"))
                .isInstanceOf(NotPermittedException.class);

        database.close();
        String stored = Files.readString(Path.of(file + ".mv.db"), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(created.secret()).doesNotContain(created.secret().substring(4, 20));
        database = Database.open(new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString()));
        open(database);

        assertThat(tokens.revoke(owner, created.token().id())).isTrue();
        assertThat(tokens.authenticate(created.secret())).isEmpty();
        assertThat(audited(AuditAction.API_TOKEN_CREATED)).hasSize(1);
        assertThat(audited(AuditAction.API_TOKEN_REVOKED)).hasSize(1);
    }

    @Test
    void theAuditTrailIsForAdminsAndFiltersByActionPersonAndText() {
        Operator owner = signedIn(owner(), "246810");
        Operator cashier = signedIn(add(owner, "Dewi", Role.CASHIER, "1357"), "1357");
        clock.advance(Duration.ofMinutes(1));
        signIn.signIn(owner.userId().orElseThrow(), "0000");

        assertThatThrownBy(() -> trail.page(cashier, AuditLog.Query.all(), 10, Optional.empty())).isInstanceOf(NotPermittedException.class);
        var all = trail.page(owner, AuditLog.Query.all(), 100, Optional.empty());
        assertThat(all).extracting(row -> row.entry().action()).containsExactly(AuditAction.WRONG_PIN, AuditAction.SIGN_IN,
                AuditAction.USER_CREATED, AuditAction.SIGN_IN, AuditAction.USER_CREATED);
        var byDewi = trail.page(owner, new AuditLog.Query(Optional.empty(), Optional.empty(), Set.of(), "dew", ""), 100, Optional.empty());
        assertThat(byDewi).extracting(row -> row.entry().action()).containsExactly(AuditAction.SIGN_IN);
        var later = trail.page(owner, new AuditLog.Query(Optional.of(clock.instant()), Optional.empty(), Set.of(), "", ""), 100,
                Optional.empty());
        assertThat(later).hasSize(1);
        var secondPage = trail.page(owner, AuditLog.Query.all(), 2, Optional.of(all.get(1).id()));
        assertThat(secondPage).extracting(AuditLog.Row::id).containsExactly(all.get(2).id(), all.get(3).id());
    }

    @Test
    void theAuditExportIsASpreadsheetThatRunsNoFormulas() throws Exception {
        Operator owner = signedIn(owner(), "246810");
        add(owner, "=HYPERLINK(\"x\")", Role.CASHIER, "1357");
        Path csv = TestApp.newDataDirectory("audit-export").resolve("audit.csv");

        long lines = trail.export(owner, AuditLog.Query.all(), csv);

        assertThat(lines).isEqualTo(3);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var text = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        assertThat(text.getFirst()).endsWith("time,who,action,subject,detail");
        assertThat(text.get(1)).contains(",Sari,USER_CREATED,\"'=HYPERLINK(\"\"x\"\")\",CASHIER");
        assertThatThrownBy(() -> trail.export(signedIn(add(owner, "Dewi", Role.CASHIER, "2468"), "2468"), AuditLog.Query.all(), csv))
                .isInstanceOf(NotPermittedException.class);
    }

    private void open(Database reopened) {
        auditLog = new JdbcAuditLog(reopened.jdbc());
        var audit = new Audit(auditLog, clock);
        var repository = new JdbcUserRepository(reopened.jdbc());
        var hasher = new BcryptPinHasher(4);
        signIn = new SignIn(repository, hasher, audit, clock);
        users = new ManageUsers(repository, hasher, audit, clock);
        tokens = new ApiTokens(new JdbcApiTokenRepository(reopened.jdbc()), Optional.empty(), audit, clock);
    }
}
