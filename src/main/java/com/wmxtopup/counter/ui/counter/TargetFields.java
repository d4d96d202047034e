package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.TargetField;
import com.wmxtopup.counter.domain.TargetViolation;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.domain.ZoneKind;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The player step's ID fields: the user ID, and the zone the item's game asks for — typed in
/// (Mobile Legends) or chosen from the game's servers ([ServerChoice], Genshin) — each checked
/// against the game's rules as typed, with the zone field's label in the current language.
final class TargetFields {

    final StringProperty userId = new SimpleStringProperty("");
    final StringProperty zoneId = new SimpleStringProperty("");
    final ReadOnlyObjectWrapper<ZoneKind> zoneKind = new ReadOnlyObjectWrapper<>(ZoneKind.NONE);
    final ReadOnlyStringWrapper zoneLabel = new ReadOnlyStringWrapper("");
    final NoticeLine userIdError;
    final NoticeLine zoneIdError;
    final ServerChoice serverChoice;
    private final I18n i18n;
    private Product product;

    /// `changed` runs when the user ID or the zone changes (before the server box follows the zone).
    TargetFields(I18n i18n, Runnable changed) {
        this.i18n = i18n;
        this.userIdError = new NoticeLine(i18n);
        this.zoneIdError = new NoticeLine(i18n);
        userId.addListener((obs, old, now) -> changed.run());
        zoneId.addListener((obs, old, now) -> changed.run());
        // The errors follow the language by themselves (NoticeLine).
        i18n.localeProperty().addListener((obs, old, now) -> {
            showZoneLabel();
            showServers();
        });
        serverChoice = new ServerChoice(zoneId, i18n);
        showZoneLabel();
    }

    /// The fields the item's game needs, all empty (the zone on the usual server when it has one).
    void forProduct(Product chosen) {
        product = chosen;
        zoneKind.set(chosen == null ? ZoneKind.NONE : chosen.targetRequirement().zoneKind());
        showServers();
        showZoneLabel();
        userId.set("");
        zoneId.set(serverChoice.usualOrEmpty());
        userIdError.clear();
        zoneIdError.clear();
    }

    /// Validates as typed; `strict` also reports empty fields (when the cashier tries to go on).
    boolean validate(boolean strict) {
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

    /// The product whose game the fields are for (null before an item is chosen).
    Product product() {
        return product;
    }

    /// The game's servers by name, in the current language; the choice stays.
    private void showServers() {
        serverChoice.show(product == null ? List.of() : product.targetRequirement().servers());
    }

    private void showZoneLabel() {
        zoneLabel.set(i18n.text(zoneKind.get() == ZoneKind.SERVER ? "sale.server" : "sale.zoneId"));
    }
}
