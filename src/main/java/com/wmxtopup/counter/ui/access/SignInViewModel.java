package com.wmxtopup.counter.ui.access;

import com.wmxtopup.counter.application.access.ManageUsers;
import com.wmxtopup.counter.application.access.Person;
import com.wmxtopup.counter.application.access.SignIn;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import com.wmxtopup.counter.domain.ShopZone;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The lock in front of the console: pick your name, type your PIN. Also the first start of a live
/// store, where the owner is created ([#createOwner]). While locked nothing behind it can be used.
public final class SignInViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final SignIn signIn;
    private final ManageUsers users;
    private final CurrentOperator operator;
    private final I18n i18n;
    private final ShopZone zone;
    private final TaskRunner tasks;
    private final TaskSlot work;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> chosen = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty ownerName = new SimpleStringProperty("");
    private final StringProperty pinAgain = new SimpleStringProperty("");
    /// Open until [#lock]: the composition root locks before the window shows unless someone is
    /// signed in already.
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper firstOwner = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final String hint;

    /// @param hint a line under the PIN field (the demo's PIN), or empty
    public SignInViewModel(SignIn signIn, ManageUsers users, CurrentOperator operator, TaskRunner tasks, I18n i18n, ShopZone zone,
            String hint) {
        this.signIn = signIn;
        this.users = users;
        this.operator = operator;
        this.i18n = i18n;
        this.zone = zone;
        this.hint = hint;
        this.tasks = tasks;
        this.work = new TaskSlot(tasks, "sign-in");
    }

    /// Reads who may sign in (or that the owner must be created first) and locks the console.
    public void lock() {
        if (!locked.get() && operator.get().userId().isPresent()) {
            var leaving = operator.get();
            // Not in `work`: the reload below takes that slot and would drop this audit line.
            tasks.run("sign-out", progress -> {
                signIn.signOut(leaving);
                return null;
            }, ignored -> {
            }, error -> {
            });
        }
        locked.set(true);
        pin.set("");
        message.set("");
        load();
    }

    private void load() {
        busy.set(true);
        work.run(progress -> signIn.needsFirstOwner() ? null : signIn.people(), list -> {
            busy.set(false);
            firstOwner.set(list == null);
            if (list != null) {
                Person before = chosen.get();
                people.setAll(list);
                chosen.set(list.stream().filter(p -> before != null && p.id() == before.id()).findFirst()
                        .orElse(list.isEmpty() ? null : list.getFirst()));
            }
        }, error -> {
            busy.set(false);
            message.set(i18n.text("signIn.failed", String.valueOf(error.getMessage())));
        });
    }

    public void submit() {
        Person person = chosen.get();
        String typed = pin.get();
        if (person == null || typed.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        work.run(progress -> signIn.signIn(person.id(), typed), outcome -> {
            busy.set(false);
            pin.set("");
            switch (outcome) {
                case SignIn.Outcome.Accepted accepted -> {
                    operator.set(accepted.operator());
                    message.set("");
                    locked.set(false);
                }
                case SignIn.Outcome.WrongPin wrong -> message.set(i18n.text("signIn.wrongPin", wrong.attemptsLeft()));
                case SignIn.Outcome.Locked lockedOut -> message.set(i18n.text("signIn.locked",
                        TIME.format(zone.at(lockedOut.until()))));
                case SignIn.Outcome.NotAllowed notAllowed -> message.set(i18n.text("signIn.failed", notAllowed.permission()));
                case SignIn.Outcome.Unknown unknown -> load();
            }
        }, error -> {
            busy.set(false);
            message.set(i18n.text("signIn.failed", String.valueOf(error.getMessage())));
        });
    }

    /// The first start of a live store: the owner's name and PIN (twice), then signed in as them.
    public void createOwner() {
        String name = ownerName.get();
        String typed = pin.get();
        if (!typed.equals(pinAgain.get())) {
            message.set(i18n.text("signIn.pinsDiffer"));
            return;
        }
        busy.set(true);
        work.run(progress -> {
            var result = users.createFirstOwner(name, typed);
            if (result instanceof ManageUsers.Result.Done(Person created)) {
                return signIn.signIn(created.id(), typed);
            }
            return result;
        }, result -> {
            busy.set(false);
            switch (result) {
                case SignIn.Outcome.Accepted accepted -> {
                    operator.set(accepted.operator());
                    firstOwner.set(false);
                    pin.set("");
                    pinAgain.set("");
                    locked.set(false);
                }
                case ManageUsers.Result.Refused refused -> message.set(UserTexts.refusal(i18n, refused.refusal()));
                default -> message.set(i18n.text("signIn.failed", result));
            }
        }, error -> {
            busy.set(false);
            message.set(i18n.text("signIn.failed", String.valueOf(error.getMessage())));
        });
    }

    /// Starts unlocked as whoever is already set (demo mode opens as its demo owner).
    public void openUnlocked() {
        locked.set(false);
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<Person> chosenProperty() {
        return chosen;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty pinAgainProperty() {
        return pinAgain;
    }

    public StringProperty ownerNameProperty() {
        return ownerName;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    public ReadOnlyBooleanProperty firstOwnerProperty() {
        return firstOwner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String hint() {
        return hint;
    }
}
