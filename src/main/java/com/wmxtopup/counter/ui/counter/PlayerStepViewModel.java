package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.NicknameLookup;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.domain.ZoneKind;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.Phrase;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/// Step 3, the player: the IDs the game needs, checked as typed ([TargetFields]), the optional
/// WhatsApp number, and the nickname looked up ([NicknameCheckViewModel]) so the cashier can read
/// it back before money changes hands.
public final class PlayerStepViewModel {

    private final TargetFields fields;
    private final NicknameCheckViewModel nicknameCheck;
    private final StringProperty phone = new SimpleStringProperty("");
    private final NoticeLine phoneError;

    PlayerStepViewModel(NicknameLookup nicknames, FindOrders orders, SaleSupport support, Clock clock) {
        this.phoneError = new NoticeLine(support.i18n);
        this.fields = new TargetFields(support.i18n, this::targetChanged);
        this.nicknameCheck = new NicknameCheckViewModel(nicknames, orders, support, clock, this::target);
        phone.addListener((obs, old, now) -> validatePhone(false));
    }

    /// The fields the item's game needs, all empty.
    void forProduct(Product chosen) {
        fields.forProduct(chosen);
        phone.set("");
        phoneError.clear();
        nicknameCheck.reset();
    }

    /// An earlier order opened again: its player as it was confirmed then.
    void restore(Order earlier, Product chosen) {
        forProduct(chosen);
        fields.userId.set(earlier.target().userId());
        fields.zoneId.set(earlier.target().zoneId());
        nicknameCheck.restore(earlier.nickname());
        phone.set(earlier.customerPhone());
    }

    private void targetChanged() {
        nicknameCheck.reset();
        fields.validate(false);
    }

    TopUpTarget target() {
        return fields.target();
    }

    /// The optional WhatsApp number: as typed only a wrong character is flagged (a number being
    /// typed is short until it is done); `strict` (Enter) checks the whole number.
    private boolean validatePhone(boolean strict) {
        String typed = phone.get().strip();
        boolean valid = strict ? Checkout.isPhoneNumber(typed) : typed.matches("\\+?[0-9 -]*");
        phoneError.show(valid ? Notice.NONE : Notice.danger("sale.phone.invalid"));
        return valid;
    }

    /// Enter: first checks the nickname, then (once shown) answers true: on to payment.
    boolean confirm() {
        // `|`, not `||`: both fields say what is wrong at once.
        if (!fields.validate(true) | !validatePhone(true) || nicknameCheck.isChecking()) {
            return false;
        }
        if (nicknameCheck.isConfirmed()) {
            return true;
        }
        nicknameCheck.check(fields.product(), target());
        return false;
    }

    /// "for 123 (4567) · nickname" (or "· nickname not checked"), the payment step's second line.
    Phrase forPlayer() {
        String player = target().display();
        String nickname = nicknameCheck.nicknameProperty().get();
        return nickname.isEmpty() ? Phrase.of("sale.forPlayer.unchecked", player) : Phrase.of("sale.forPlayer", player, nickname);
    }

    public StringProperty userIdProperty() {
        return fields.userId;
    }

    public StringProperty zoneIdProperty() {
        return fields.zoneId;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ReadOnlyStringProperty phoneErrorProperty() {
        return phoneError.textProperty();
    }

    public ReadOnlyObjectProperty<ZoneKind> zoneKindProperty() {
        return fields.zoneKind.getReadOnlyProperty();
    }

    /// Whether the game asks for a zone typed in (Mobile Legends) …
    public BooleanBinding zoneTypedProperty() {
        return Bindings.createBooleanBinding(() -> fields.zoneKind.get() == ZoneKind.ZONE, fields.zoneKind);
    }

    /// … or chosen from a list of servers (Genshin).
    public BooleanBinding serverChosenProperty() {
        return Bindings.createBooleanBinding(() -> fields.zoneKind.get() == ZoneKind.SERVER, fields.zoneKind);
    }

    public ReadOnlyStringProperty zoneLabelProperty() {
        return fields.zoneLabel.getReadOnlyProperty();
    }

    public ObservableList<ServerChoice.Server> servers() {
        return fields.serverChoice.servers();
    }

    /// The server chosen (Genshin), or null; choosing one sets the zone.
    public ObjectProperty<ServerChoice.Server> serverProperty() {
        return fields.serverChoice.serverProperty();
    }

    public ReadOnlyStringProperty userIdErrorProperty() {
        return fields.userIdError.textProperty();
    }

    public ReadOnlyStringProperty zoneIdErrorProperty() {
        return fields.zoneIdError.textProperty();
    }

    /// The nickname looked up for the IDs typed: checking, found, not checkable, or an error.
    public NicknameCheckViewModel nicknameCheck() {
        return nicknameCheck;
    }
}
