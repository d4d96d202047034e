package com.wmxtopup.counter.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcUserRepository;
import com.wmxtopup.counter.adapter.security.BcryptPinHasher;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.access.ManageUsers;
import com.wmxtopup.counter.application.access.SignIn;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.support.InMemoryAuditLog;
import com.wmxtopup.counter.support.SameThreadTaskRunner;
import com.wmxtopup.counter.support.TestApp;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The lock's decisions on a real H2 store: a fresh live store creates its owner (PINs must
/// match) and opens signed in; a lock signs out and asks again.
class SignInViewModelTest {

    private Database database;
    private SignInViewModel viewModel;
    private CurrentOperator operator;
    private SignIn signIn;
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();

    @BeforeEach
    void open() {
        var file = TestApp.newDataDirectory("sign-in-vm").resolve("db");
        database = Database.open(new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString()));
        var users = new JdbcUserRepository(database.jdbc());
        var audit = new com.wmxtopup.counter.application.audit.Audit(auditLog, Clock.systemUTC());
        var hasher = new BcryptPinHasher(4);
        signIn = new SignIn(users, hasher, audit, Clock.systemUTC());
        operator = new CurrentOperator(CurrentOperator.NOBODY);
        viewModel = new SignInViewModel(signIn, new ManageUsers(users, hasher, audit, Clock.systemUTC()), operator,
                new SameThreadTaskRunner(), new I18n(I18n.INDONESIAN), ShopZone.WIB, "");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aFreshLiveStoreCreatesItsOwnerAndOpensSignedIn() {
        viewModel.lock();
        assertThat(viewModel.lockedProperty().get()).isTrue();
        assertThat(viewModel.firstOwnerProperty().get()).isTrue();

        viewModel.ownerNameProperty().set("Sari");
        viewModel.pinProperty().set("2468");
        viewModel.pinAgainProperty().set("2469");
        viewModel.createOwner();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Kedua PIN tidak sama. Ketik ulang.");
        assertThat(signIn.needsFirstOwner()).isTrue();

        viewModel.pinProperty().set("2468");
        viewModel.pinAgainProperty().set("2468");
        viewModel.createOwner();

        assertThat(viewModel.lockedProperty().get()).isFalse();
        assertThat(operator.get().name()).isEqualTo("Sari");
        assertThat(operator.get().role()).isEqualTo(Role.OWNER);
    }

    @Test
    void lockingAsksForAPinAgainAndAWrongOneKeepsItLocked() {
        viewModel.lock();
        viewModel.ownerNameProperty().set("Sari");
        viewModel.pinProperty().set("2468");
        viewModel.pinAgainProperty().set("2468");
        viewModel.createOwner();

        viewModel.lock();
        // The sign-out is written although the lock reloads the people at once.
        assertThat(auditLog.of(com.wmxtopup.counter.application.audit.AuditAction.SIGN_OUT)).singleElement()
                .satisfies(e -> assertThat(e.who()).isEqualTo("Sari"));
        assertThat(viewModel.firstOwnerProperty().get()).isFalse();
        assertThat(viewModel.people()).extracting(p -> p.name()).containsExactly("Sari");
        viewModel.pinProperty().set("1111");
        viewModel.submit();
        assertThat(viewModel.lockedProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).startsWith("PIN salah. Sisa 4");
        viewModel.pinProperty().set("2468");
        viewModel.submit();
        assertThat(viewModel.lockedProperty().get()).isFalse();
    }
}
