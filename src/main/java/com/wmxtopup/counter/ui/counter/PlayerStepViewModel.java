package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.NicknameLookup;
import com.wmxtopup.counter.application.port.Nickname;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.TargetField;
import com.wmxtopup.counter.domain.TargetViolation;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.domain.ZoneKind;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.Phrase;
import com.wmxtopup.counter.ui.common.Severity;
import com.wmxtopup.counter.ui.common.TaskSlot;
import com.wmxtopup.counter.ui.common.UpstreamErrors;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/// Step 3, the player: the IDs the game needs, checked as typed, the optional WhatsApp number,
/// and the nickname looked up so the cashier can read it back before money changes hands. A game
/// without a nickname check gets no nickname at all (never a stand-in text that would be stored
/// and printed as one): the screen says in the warning style that the ID was not checked and asks
/// the cashier to read the ID itself back.
public final class PlayerStepViewModel {

    private final NicknameLookup nicknames;
    private final FindOrders orders;
    private final SaleSupport support;
    private final Clock clock;
    private final TaskSlot lookup;
    private final StringProperty userId = new SimpleStringProperty("");
    private final StringProperty zoneId = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final NoticeLine phoneError;
    private final ReadOnlyObjectWrapper<ZoneKind> zoneKind = new ReadOnlyObjectWrapper<>(ZoneKind.NONE);
    private final ReadOnlyStringWrapper zoneLabel = new ReadOnlyStringWrapper("");
    private final ServerChoice serverChoice;
    private final NoticeLine userIdError;
    private final NoticeLine zoneIdError;
    private final ReadOnlyBooleanWrapper checkingNickname = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper nickname = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper idUnchecked = new ReadOnlyBooleanWrapper(false);
    private final NoticeLine nicknameText;
    private final NoticeLine nicknameError;
    private Product product;
    private boolean nicknameConfirmed;

    PlayerStepViewModel(NicknameLookup nicknames, FindOrders orders, SaleSupport support, Clock clock) {
        this.nicknames = nicknames;
        this.orders = orders;
        this.support = support;
        this.clock = clock;
        this.lookup = new TaskSlot(support.sale, "nickname");
        this.phoneError = new NoticeLine(support.i18n);
        this.userIdError = new NoticeLine(support.i18n);
        this.zoneIdError = new NoticeLine(support.i18n);
        this.nicknameText = new NoticeLine(support.i18n);
        this.nicknameError = new NoticeLine(support.i18n);
        userId.addListener((obs, old, now) -> targetChanged());
        zoneId.addListener((obs, old, now) -> targetChanged());
        phone.addListener((obs, old, now) -> validatePhone(false));
        nickname.addListener((obs, old, now) -> showNickname());
        idUnchecked.addListener((obs, old, now) -> showNickname());
        checkingNickname.addListener((obs, old, now) -> showNickname());
        // The errors and the nickname line follow the language by themselves (NoticeLine).
        support.i18n.localeProperty().addListener((obs, old, now) -> {
            showZoneLabel();
            showServers();
        });
        serverChoice = new ServerChoice(zoneId, support.i18n);
        showZoneLabel();
    }

    /// The fields the item's game needs, all empty.
    void forProduct(Product chosen) {
        product = chosen;
        zoneKind.set(chosen == null ? ZoneKind.NONE : chosen.targetRequirement().zoneKind());
        showServers();
        showZoneLabel();
        lookup.abandon();
        userId.set("");
        zoneId.set(serverChoice.usualOrEmpty());
        phone.set("");
        phoneError.clear();
        userIdError.clear();
        zoneIdError.clear();
        checkingNickname.set(false);
        nickname.set("");
        idUnchecked.set(false);
        nicknameError.clear();
        nicknameConfirmed = false;
    }

    /// An earlier order opened again: its player as it was confirmed then.
    void restore(Order earlier, Product chosen) {
        forProduct(chosen);
        userId.set(earlier.target().userId());
        zoneId.set(earlier.target().zoneId());
        nickname.set(earlier.nickname());
        // An order without a nickname was sold on an ID nobody checked.
        idUnchecked.set(earlier.nickname().isEmpty());
        phone.set(earlier.customerPhone());
        nicknameConfirmed = true;
    }

    private void targetChanged() {
        lookup.abandon(); // a nickname for what was typed before must not come back
        checkingNickname.set(false);
        nickname.set("");
        idUnchecked.set(false);
        nicknameError.clear();
        nicknameConfirmed = false;
        validateTarget(false);
    }

    /// Validates as typed; `strict` also reports empty fields (when the cashier tries to go on).
    private boolean validateTarget(boolean strict) {
        userIdError.clear();
        zoneIdError.clear();
        if (product == null) {
            return false;
        }
        List<TargetViolation> violations = product.targetRequirement().validate(target());
        for (TargetViolation v : violations) {
            if (v.problem() == TargetViolation.Problem.REQUIRED && !strict) {
                continue;
            }
            (v.field() == TargetField.USER_ID ? userIdError : zoneIdError)
                    .show(Notice.danger("target.problem." + v.problem().name().toLowerCase(Locale.ROOT), v.detail()));
        }
        return violations.isEmpty();
    }

    TopUpTarget target() {
        return new TopUpTarget(userId.get(), zoneId.get());
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
        if (!validateTarget(true) | !validatePhone(true) || checkingNickname.get()) {
            return false;
        }
        if (nicknameConfirmed) {
            return true;
        }
        checkingNickname.set(true);
        nicknameError.clear();
        var checked = product;
        var target = target();
        lookup.run(progress -> new TargetCheck(nicknames.lookup(checked, target), orders.recentSameSale(checked.sku(), target)), found -> {
            checkingNickname.set(false);
            // Empty when the game has no nickname check: then nothing is stored or printed as one.
            nickname.set(found.nickname().map(n -> n.name() + (n.countryCode().isEmpty() ? "" : " (" + n.countryCode() + ")"))
                    .orElse(""));
            idUnchecked.set(found.nickname().isEmpty());
            nicknameConfirmed = true;
            // A warning, not a block: the customer may really buy the same item twice.
            support.say(found.sameSale().map(o -> Notice.warning("sale.duplicateWarning",
                    Math.max(1, Duration.between(o.createdAt(), clock.instant()).toMinutes()), o.orderNumber().value()))
                    .orElse(Notice.NONE));
        }, error -> {
            checkingNickname.set(false);
            nicknameError.show(error instanceof SupplierException e && e.kind() == SupplierException.Kind.TARGET_NOT_FOUND
                    ? Notice.danger("sale.nicknameNotFound")
                    : Notice.danger(UpstreamErrors.phraseOf(error)));
        });
        return false;
    }

    private record TargetCheck(Optional<Nickname> nickname, Optional<Order> sameSale) {
    }

    private void showNickname() {
        if (checkingNickname.get()) {
            nicknameText.show(Notice.info("sale.nicknameChecking"));
        } else if (!nickname.get().isEmpty()) {
            nicknameText.show(Notice.success("sale.nickname", nickname.get()));
        } else if (idUnchecked.get()) {
            nicknameText.show(Notice.warning("sale.idNotChecked", target().display()));
        } else {
            nicknameText.clear();
        }
    }

    /// The game's servers by name, in the current language; the choice stays.
    private void showServers() {
        serverChoice.show(product == null ? List.of() : product.targetRequirement().servers());
    }

    private void showZoneLabel() {
        zoneLabel.set(support.i18n.text(zoneKind.get() == ZoneKind.SERVER ? "sale.server" : "sale.zoneId"));
    }

    /// "for 123 (4567) · nickname" (or "· nickname not checked"), the payment step's second line.
    Phrase forPlayer() {
        String player = target().display();
        return nickname.get().isEmpty()
                ? Phrase.of("sale.forPlayer.unchecked", player)
                : Phrase.of("sale.forPlayer", player, nickname.get());
    }

    public StringProperty userIdProperty() {
        return userId;
    }

    public StringProperty zoneIdProperty() {
        return zoneId;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ReadOnlyStringProperty phoneErrorProperty() {
        return phoneError.textProperty();
    }

    public ReadOnlyObjectProperty<ZoneKind> zoneKindProperty() {
        return zoneKind.getReadOnlyProperty();
    }

    /// Whether the game asks for a zone typed in (Mobile Legends) …
    public BooleanBinding zoneTypedProperty() {
        return Bindings.createBooleanBinding(() -> zoneKind.get() == ZoneKind.ZONE, zoneKind);
    }

    /// … or chosen from a list of servers (Genshin).
    public BooleanBinding serverChosenProperty() {
        return Bindings.createBooleanBinding(() -> zoneKind.get() == ZoneKind.SERVER, zoneKind);
    }

    public ReadOnlyStringProperty zoneLabelProperty() {
        return zoneLabel.getReadOnlyProperty();
    }

    public ObservableList<ServerChoice.Server> servers() {
        return serverChoice.servers();
    }

    /// The server chosen (Genshin), or null; choosing one sets the zone.
    public ObjectProperty<ServerChoice.Server> serverProperty() {
        return serverChoice.serverProperty();
    }

    public ReadOnlyStringProperty userIdErrorProperty() {
        return userIdError.textProperty();
    }

    public ReadOnlyStringProperty zoneIdErrorProperty() {
        return zoneIdError.textProperty();
    }

    public ReadOnlyBooleanProperty checkingNicknameProperty() {
        return checkingNickname.getReadOnlyProperty();
    }

    /// The nickname the supplier found; empty until then, and for a game without a nickname check.
    public ReadOnlyStringProperty nicknameProperty() {
        return nickname.getReadOnlyProperty();
    }

    /// Whether the sale goes on with an ID nobody could check (the game has no nickname check).
    public ReadOnlyBooleanProperty idUncheckedProperty() {
        return idUnchecked.getReadOnlyProperty();
    }

    /// What the nickname line says: checking…, "Nickname: …", that the ID could not be checked, or
    /// nothing yet.
    public ReadOnlyStringProperty nicknameTextProperty() {
        return nicknameText.textProperty();
    }

    /// A nickname found is a success; an ID that could not be checked a warning.
    public ReadOnlyObjectProperty<Severity> nicknameSeverityProperty() {
        return nicknameText.severityProperty();
    }

    public ReadOnlyStringProperty nicknameErrorProperty() {
        return nicknameError.textProperty();
    }

    /// An unknown ID or a supplier that did not answer blocks the sale: always the danger style.
    public ReadOnlyObjectProperty<Severity> nicknameErrorSeverityProperty() {
        return nicknameError.severityProperty();
    }
}
