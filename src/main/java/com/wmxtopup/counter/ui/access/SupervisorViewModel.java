package com.wmxtopup.counter.ui.access;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.access.Person;
import com.wmxtopup.counter.application.access.SignIn;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Supervisor override: a use case refused the signed-in cashier, so an admin types their PIN in
/// place and the action runs as the admin on behalf of the cashier (the audit log says both).
public final class SupervisorViewModel {

    /// An action that needs someone allowed to do `permission`; `proceed` runs it as them.
    public record Request(Permission permission, String what, Consumer<Operator> proceed) {
    }

    private final SignIn signIn;
    private final CurrentOperator operator;
    private final I18n i18n;
    private final TaskSlot work;
    private final ReadOnlyObjectWrapper<Request> pending = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Person> approvers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SupervisorViewModel(SignIn signIn, CurrentOperator operator, TaskRunner tasks, I18n i18n) {
        this.signIn = signIn;
        this.operator = operator;
        this.i18n = i18n;
        this.work = new TaskSlot(tasks, "supervisor override");
    }

    /// Asks for an approver (the view shows the PIN dialog while a request is pending).
    public void ask(Request request) {
        message.set("");
        approvers.clear();
        pending.set(request);
        work.run(progress -> signIn.people().stream()
                .filter(p -> p.role().allows(request.permission()))
                .toList(), approvers::setAll, error -> message.set(i18n.text("signIn.failed", String.valueOf(error.getMessage()))));
    }

    public void approve(Person approver, String pin) {
        Request request = pending.get();
        if (request == null || approver == null || busy.get()) {
            return;
        }
        Operator asking = operator.get();
        busy.set(true);
        work.run(progress -> signIn.approve(approver.id(), pin, asking, request.permission(), request.what()), outcome -> {
            busy.set(false);
            switch (outcome) {
                case SignIn.Outcome.Accepted accepted -> {
                    pending.set(null);
                    request.proceed().accept(accepted.operator());
                }
                case SignIn.Outcome.WrongPin wrong -> message.set(i18n.text("signIn.wrongPin", wrong.attemptsLeft()));
                case SignIn.Outcome.Locked locked -> message.set(i18n.text("supervisor.locked"));
                case SignIn.Outcome.NotAllowed notAllowed -> message.set(i18n.text("supervisor.notAllowed"));
                case SignIn.Outcome.Unknown unknown -> message.set(i18n.text("supervisor.notAllowed"));
            }
        }, error -> {
            busy.set(false);
            message.set(i18n.text("signIn.failed", String.valueOf(error.getMessage())));
        });
    }

    public void cancel() {
        work.abandon();
        busy.set(false);
        pending.set(null);
    }

    public ReadOnlyObjectProperty<Request> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ObservableList<Person> approvers() {
        return approvers;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
