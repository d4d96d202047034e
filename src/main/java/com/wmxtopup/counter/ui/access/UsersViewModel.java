package com.wmxtopup.counter.ui.access;

import com.wmxtopup.counter.application.access.ManageUsers;
import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.access.Person;
import com.wmxtopup.counter.application.access.PinRule;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The owner's Pengguna screen: who signs in, with which role; add, change role, reset PIN (also
/// lifts a lock), remove and bring back. The use case checks the owner's permission; this only
/// says in one sentence what it answered.
public final class UsersViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /// One line of the list, its words made here.
    public record Row(Person person, String name, String role, String state) {
    }

    /// A role to choose, with its words.
    public record RoleChoice(Role role, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final ManageUsers users;
    private final CurrentOperator operator;
    private final I18n i18n;
    private final ShopZone zone;
    private final Clock clock;
    private final TaskSlot work;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<RoleChoice> newRole = new SimpleObjectProperty<>();
    private final StringProperty newPin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final List<RoleChoice> roles;
    private boolean loaded;

    public UsersViewModel(ManageUsers users, CurrentOperator operator, TaskRunner tasks, I18n i18n, ShopZone zone, Clock clock) {
        this.users = users;
        this.operator = operator;
        this.i18n = i18n;
        this.zone = zone;
        this.clock = clock;
        this.work = new TaskSlot(tasks, "users");
        this.roles = List.of(Role.CASHIER, Role.ADMIN, Role.OWNER).stream().map(r -> new RoleChoice(r, UserTexts.role(i18n, r))).toList();
        newRole.set(roles.getFirst());
        // Someone else signed in: what the last person saw (or was refused) is not theirs.
        operator.property().addListener((obs, old, now) -> {
            rows.clear();
            message.set("");
            if (loaded) {
                load();
            }
        });
    }

    public void load() {
        loaded = true;
        run(acting -> users.list(acting), list -> {
            Person before = selected.get() == null ? null : selected.get().person();
            rows.setAll(list.stream().map(this::row).toList());
            selected.set(rows.stream().filter(r -> before != null && r.person().id() == before.id()).findFirst().orElse(null));
        });
    }

    /// Whether the new user's PIN is acceptable as typed (empty: not yet).
    public boolean isNewPinValid() {
        return PinRule.isValid(newPin.get());
    }

    public void add() {
        String name = newName.get();
        Role role = newRole.get().role();
        String pin = newPin.get();
        run(acting -> users.add(acting, name, role, pin), result -> {
            if (done(result, "users.added")) {
                newName.set("");
                newPin.set("");
            }
        });
    }

    public void changeRole(RoleChoice role) {
        Row row = selected.get();
        if (row != null && role != null) {
            run(acting -> users.changeRole(acting, row.person().id(), role.role()), result -> done(result, "users.changed"));
        }
    }

    public void resetPin(String pin) {
        Row row = selected.get();
        if (row != null) {
            run(acting -> users.resetPin(acting, row.person().id(), pin), result -> done(result, "users.pinReset"));
        }
    }

    public void toggleActive() {
        Row row = selected.get();
        if (row != null) {
            boolean active = !row.person().active();
            run(acting -> users.setActive(acting, row.person().id(), active), result -> done(result, "users.changed"));
        }
    }

    private boolean done(ManageUsers.Result result, String doneKey) {
        switch (result) {
            case ManageUsers.Result.Done d -> {
                message.set(i18n.text(doneKey, d.person().name()));
                load();
                return true;
            }
            case ManageUsers.Result.Refused refused -> {
                message.set(UserTexts.refusal(i18n, refused.refusal()));
                return false;
            }
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T apply(Operator acting) throws Exception;
    }

    private <T> void run(Call<T> call, java.util.function.Consumer<T> then) {
        Operator acting = operator.get();
        busy.set(true);
        work.run(progress -> call.apply(acting), result -> {
            busy.set(false);
            then.accept(result);
        }, error -> {
            busy.set(false);
            message.set(error instanceof NotPermittedException
                    ? i18n.text("users.ownerOnly")
                    : i18n.text("signIn.failed",
                            String.valueOf(error.getMessage())));
        });
    }

    private Row row(Person person) {
        String state = !person.active()
                ? i18n.text("users.state.inactive")
                : person.lockedUntil().filter(until -> until.isAfter(clock.instant()))
                        .map(until -> i18n.text("users.state.locked", TIME.format(zone.at(until))))
                        .orElse(i18n.text("users.state.active"));
        return new Row(person, person.name(), UserTexts.role(i18n, person.role()), state);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public List<RoleChoice> roles() {
        return roles;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<RoleChoice> newRoleProperty() {
        return newRole;
    }

    public StringProperty newPinProperty() {
        return newPin;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
