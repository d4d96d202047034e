package com.wmxtopup.counter.ui.settings;

import com.wmxtopup.counter.application.settings.Setting;
import com.wmxtopup.counter.application.settings.SettingsEditor;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import java.util.function.Function;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// One setting on the screen: the value as typed (checked at every keystroke, the message
/// beside the field), whether it is fixed by a higher source (read-only, with where from), and
/// for a secret what is saved (its last four characters).
public final class SettingField {

    private final Setting setting;
    private final StringProperty value = new SimpleStringProperty("");
    private final NoticeLine problem;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper fixed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final I18n i18n;
    private String loaded = "";
    private SettingsEditor.Field field;

    SettingField(Setting setting, Function<String, Optional<com.wmxtopup.counter.application.settings.Problem>> check, I18n i18n) {
        this.setting = setting;
        this.i18n = i18n;
        this.problem = new NoticeLine(i18n);
        value.addListener((obs, old, now) -> {
            var found = fixed.get() ? Optional.<com.wmxtopup.counter.application.settings.Problem>empty() : check.apply(now);
            problem.show(found.map(p -> Notice.danger(p.messageKey(), p.args().toArray())).orElse(Notice.NONE));
            valid.set(found.isEmpty());
        });
        i18n.localeProperty().addListener((obs, old, now) -> renderNote());
    }

    void show(SettingsEditor.Field read) {
        field = read;
        fixed.set(read.isFixed());
        loaded = read.isFixed() ? read.shown() : read.value();
        value.set(loaded);
        renderNote();
    }

    private void renderNote() {
        if (field == null) {
            note.set("");
        } else if (field.isFixed()) {
            note.set(i18n.text("settings.fixed", field.fixedBy().orElse("")));
        } else if (field.unreadable()) {
            note.set(i18n.text("settings.secret.unreadable"));
        } else if (setting.isSecret() && !field.shown().isEmpty()) {
            note.set(i18n.text("settings.secret.saved", field.shown()));
        } else if (setting.isSecret()) {
            note.set(i18n.text("settings.secret.none"));
        } else {
            note.set("");
        }
    }

    /// Typed and different from what was read (a secret: anything typed).
    boolean isEdited() {
        return !fixed.get() && !value.get().strip().equals(loaded.strip());
    }

    public Setting setting() {
        return setting;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fixedProperty() {
        return fixed.getReadOnlyProperty();
    }

    /// "Diatur oleh environment", "Tersimpan: ••••abcd", …
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
