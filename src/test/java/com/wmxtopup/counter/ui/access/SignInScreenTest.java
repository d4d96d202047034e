package com.wmxtopup.counter.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.access.ManageUsers;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.access.Person;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.port.AuditLog;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.DemoWindow;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.orders.OrdersViewModel;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The console behind its PIN lock on a real demo application: a cashier signs in (after a wrong
/// PIN), is refused a refund by the use case, an admin approves with their PIN in place, and the
/// order history and the audit log say who did it for whom; Ctrl+L locks again.
@ExtendWith(ApplicationExtension.class)
class SignInScreenTest {

    private DemoWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        window = DemoWindow.show(stage, "sign-in-ui", 2, started -> {
            var users = started.access().users();
            var owner = ((ManageUsers.Result.Done) users.createFirstOwner("Sari", "246810")).person();
            Operator sari = Operator.user(owner.id(), owner.name(), owner.role());
            users.add(sari, "Dewi", Role.CASHIER, "1357");
            users.add(sari, "Budi", Role.ADMIN, "1111");
            return new CurrentOperator(CurrentOperator.NOBODY);
        }, false);
        context = window.context();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void aCashierSignsInAndAnAdminApprovesARefundInPlace(FxRobot robot) throws Exception {
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
            Thread.sleep(100);
        }
        // The drawer opens before the balance drops (opening reads the supplier balance).
        com.wmxtopup.counter.support.TestShifts.ensureOpen(context, com.wmxtopup.counter.support.TestOperators.CASHIER);
        context.vipSimulator().orElseThrow().setBalance(1_000);
        var failed = ((Checkout.Result.Created) context.checkout().cash(
                new Checkout.Request("MLB86-S1", new TopUpTarget("136216325", "2685"), "", "", ""), Money.rupiah(100_000),
                com.wmxtopup.counter.support.TestOperators.CASHIER))
                .order();
        context.wakeFulfilment();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> context.findOrders().byId(failed.id()).orElseThrow().status() == OrderStatus.FAILED);

        // Locked: the lock covers the console and lists who may sign in.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signInRoot").query().isVisible());
        @SuppressWarnings("unchecked")
        ListView<Person> people = robot.lookup("#peopleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> people.getItems().size() == 3);
        assertThat(robot.lookup("#root").query().isDisabled()).as("nothing behind the lock takes input").isTrue();
        Person dewi = people.getItems().stream().filter(p -> p.name().equals("Dewi")).findFirst().orElseThrow();
        robot.interact(() -> people.getSelectionModel().select(dewi));
        robot.clickOn("#pinField").write("0000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#signInRoot #messageLabel").startsWith("PIN salah. Sisa 4"));
        Screenshots.save(robot.lookup("#signInRoot").query().getScene(), "sign-in-wrong-pin");
        robot.clickOn("#pinField").write("1357").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#signInRoot").query().isVisible());
        assertThat(text(robot, "#signedInLabel")).isEqualTo("Dewi");

        // The cashier opens the failed order and asks for a refund: the use case refuses her.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<OrdersViewModel.Row> table = robot.lookup("#orderTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#detailTitle").startsWith(failed.orderNumber().value()));
        robot.clickOn("#refundButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#reasonField").write("pelanggan batal");
        robot.clickOn(robot.lookup("#actionDialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Refund")).findFirst().orElseThrow());

        // An admin approves in place with their PIN.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#supervisorDialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Person> approvers = robot.lookup("#approverBox").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> approvers.getValue() != null);
        assertThat(approvers.getItems()).extracting(Person::name).containsExactlyInAnyOrder("Budi", "Sari");
        Person budi = approvers.getItems().stream().filter(p -> p.name().equals("Budi")).findFirst().orElseThrow();
        robot.interact(() -> approvers.setValue(budi));
        robot.clickOn("#supervisorPinField").write("1111");
        Screenshots.save(robot.lookup("#supervisorDialog").query().getScene(), "supervisor-override");
        robot.clickOn(robot.lookup("#supervisorDialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Setujui")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> context.findOrders().byId(failed.id()).orElseThrow().status() == OrderStatus.REFUNDED);
        var owner = Operator.user(1, "Sari", Role.OWNER);
        var query = new AuditLog.Query(Optional.empty(), Optional.empty(),
                java.util.Set.of(AuditAction.ORDER_REFUNDED, AuditAction.OVERRIDE_APPROVED), "", "");
        // The audit line follows the order's change: wait for it too.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> context.access().auditTrail().page(owner, query, 10, Optional.empty()).size() == 2);
        var refunds = context.access().auditTrail().page(owner, query, 10, Optional.empty());
        assertThat(refunds).extracting(row -> row.entry().who()).containsExactly("Budi untuk Dewi", "Budi untuk Dewi");
        assertThat(refunds.getFirst().entry().subject()).isEqualTo(failed.orderNumber().value());

        // Ctrl+L locks the console again.
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signInRoot").query().isVisible());
        Screenshots.save(robot.lookup("#signInRoot").query().getScene(), "sign-in-locked");
    }

    @Test
    void theOwnerAddsACashierWhoIsNotOfferedTheUsersScreen(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Person> people = robot.lookup("#peopleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> people.getItems().size() == 3);
        robot.interact(() -> people.getSelectionModel().select(people.getItems().stream()
                .filter(p -> p.name().equals("Dewi")).findFirst().orElseThrow()));
        robot.clickOn("#pinField").write("1357").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#signInRoot").query().isVisible());

        // The users and the audit log are not offered to her (the use cases refuse her too:
        // AccessTest); their shortcut leaves her at the counter.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#nav-users").query().isVisible());
        assertThat(robot.lookup("#nav-audit").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-orders").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#usersRoot").tryQuery()).isEmpty();

        // The owner signs in instead and adds a cashier.
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signInRoot").query().isVisible());
        robot.interact(() -> people.getSelectionModel().select(people.getItems().stream()
                .filter(p -> p.name().equals("Sari")).findFirst().orElseThrow()));
        robot.clickOn("#pinField").write("246810").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#signInRoot").query().isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<UsersViewModel.Row> users = robot.lookup("#userTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> users.getItems().size() == 3);
        robot.clickOn("#nameField").write("Eka");
        robot.clickOn("#usersRoot #pinField").write("4321");
        robot.clickOn("#addButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> users.getItems().size() == 4);
        assertThat(text(robot, "#usersRoot #messageLabel")).isEqualTo("Eka ditambahkan.");
        assertThat(users.getItems()).filteredOn(r -> r.name().equals("Eka")).singleElement()
                .satisfies(r -> assertThat(r.role()).isEqualTo("Kasir"));
        Screenshots.save(users.getScene(), "users");

        // The audit log shows it, newest first, with who did it; filtered to one action.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<com.wmxtopup.counter.ui.audit.AuditViewModel.Row> audit = robot.lookup("#auditTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !audit.getItems().isEmpty());
        assertThat(audit.getItems().getFirst()).satisfies(row -> {
            assertThat(row.who()).isEqualTo("Sari");
            assertThat(row.action()).isEqualTo("Pengguna ditambah");
            assertThat(row.subject()).isEqualTo("Eka");
        });
        @SuppressWarnings("unchecked")
        ComboBox<com.wmxtopup.counter.ui.audit.AuditViewModel.ActionChoice> actions = robot.lookup("#actionBox").queryAs(ComboBox.class);
        robot.interact(() -> actions.setValue(actions.getItems().stream().filter(a -> a.text().equals("Masuk")).findFirst().orElseThrow()));
        robot.clickOn("#searchButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> audit.getItems().size() == 2
                && audit.getItems().stream().allMatch(r -> r.action().equals("Masuk")));
        assertThat(audit.getItems()).extracting(com.wmxtopup.counter.ui.audit.AuditViewModel.Row::who).containsExactly("Sari", "Dewi");
        Screenshots.save(audit.getScene(), "audit-log");
    }

    private static String text(FxRobot robot, String query) {
        String text = robot.lookup(query).queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
