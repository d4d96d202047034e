package com.wmxtopup.counter.ui.settings;

import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.application.settings.InvalidSettingsException;
import com.wmxtopup.counter.application.settings.Setting;
import com.wmxtopup.counter.application.settings.SettingsEditor;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.Phrase;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/// The Pengaturan screen: every setting as a [SettingField], Save (disabled while a field is
/// invalid or a save runs), and after saving a notice listing what needs a restart. Reading and
/// saving run off the FX thread.
public final class SettingsViewModel {

    private final SettingsEditor editor;
    private final CurrentOperator operator;
    private final TaskRunner tasks;
    private final Map<Setting, SettingField> fields = new EnumMap<>(Setting.class);
    private final NoticeLine notice;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSave;
    private final ReadOnlyBooleanWrapper restartNeeded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper welcome = new ReadOnlyBooleanWrapper(false);
    private Runnable afterWelcome = () -> {
    };
    private final Runnable restart;

    public SettingsViewModel(SettingsEditor editor, CurrentOperator operator, TaskRunner tasks, I18n i18n) {
        this(editor, operator, tasks, i18n, () -> {
        });
    }

    /// @param restart closes the console and starts it again with the saved settings
    public SettingsViewModel(SettingsEditor editor, CurrentOperator operator, TaskRunner tasks, I18n i18n, Runnable restart) {
        this.restart = restart;
        this.editor = editor;
        this.operator = operator;
        this.tasks = tasks;
        this.notice = new NoticeLine(i18n);
        for (Setting setting : Setting.values()) {
            fields.put(setting, new SettingField(setting, typed -> editor.check(setting, typed), i18n));
        }
        canSave = Bindings.createBooleanBinding(() -> !busy.get() && fields.values().stream().allMatch(f -> f.validProperty().get()),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(busy),
                        fields.values().stream().map(SettingField::validProperty)).toArray(javafx.beans.Observable[]::new));
    }

    /// Reads the settings as they are in effect (again: after a save, or a visit).
    public void load() {
        busy.set(true);
        tasks.run("settings read", progress -> editor.read(), read -> {
            read.forEach(field -> fields.get(field.setting()).show(field));
            busy.set(false);
        }, error -> {
            busy.set(false);
            notice.show(Notice.danger("settings.readFailed", String.valueOf(error.getMessage())));
        });
    }

    /// Saves what was changed; says what applies now and what after a restart.
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Map<Setting, String> edits = edits();
        if (edits.isEmpty()) {
            notice.show(Notice.info("settings.nothingChanged"));
            return;
        }
        busy.set(true);
        var acting = operator.get();
        tasks.run("settings save", progress -> editor.save(acting, edits), saved -> {
            busy.set(false);
            if (saved.needRestart().isEmpty()) {
                notice.show(Notice.success("settings.saved"));
            } else {
                notice.show(new Notice(com.wmxtopup.counter.ui.common.Severity.WARNING, Phrase.of("settings.savedRestart",
                        names(saved.needRestart()))));
                restartNeeded.set(true);
            }
            load();
        }, error -> {
            busy.set(false);
            notice.show(switch (error) {
                case NotPermittedException e -> Notice.danger("settings.notPermitted");
                case InvalidSettingsException e -> Notice.danger("settings.invalid");
                default -> Notice.danger("settings.saveFailed", String.valueOf(error.getMessage()));
            });
        });
    }

    /// What was typed and differs from what is in effect.
    private Map<Setting, String> edits() {
        Map<Setting, String> edits = new EnumMap<>(Setting.class);
        fields.values().stream().filter(SettingField::isEdited).forEach(f -> edits.put(f.setting(), f.valueProperty().get()));
        return edits;
    }

    /// "Kunci API VIP Reseller, Port webhook": each name a phrase of its own, so the list follows the language.
    private static Phrase names(List<Setting> settings) {
        Phrase joined = label(settings.getLast());
        for (int i = settings.size() - 2; i >= 0; i--) {
            joined = Phrase.of("settings.pair", label(settings.get(i)), joined);
        }
        return joined;
    }

    /// The label of a setting, as a phrase (`settings.label.<property>`).
    public static Phrase label(Setting setting) {
        return Phrase.of("settings.label." + setting.property());
    }

    public SettingField field(Setting setting) {
        return fields.get(setting);
    }

    public NoticeLine notice() {
        return notice;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /// The first start of a fresh install: the screen greets the owner and explains the two ways on
    /// (try the demo, or enter the accounts, test, save and restart); `then` opens the counter.
    public void showWelcome(Runnable then) {
        afterWelcome = then;
        welcome.set(true);
    }

    public ReadOnlyBooleanProperty welcomeProperty() {
        return welcome.getReadOnlyProperty();
    }

    /// "Coba dulu (demo)": keeps what was typed about the shop (a new zone or language needs a
    /// restart, which then happens at once) and opens the counter.
    public void tryDemo() {
        welcome.set(false);
        Map<Setting, String> edits = edits();
        if (edits.isEmpty()) {
            afterWelcome.run();
            return;
        }
        var acting = operator.get();
        busy.set(true);
        tasks.run("settings save", progress -> editor.save(acting, edits), saved -> {
            busy.set(false);
            if (saved.needRestart().isEmpty()) {
                afterWelcome.run();
            } else {
                restart.run();
            }
        }, error -> {
            busy.set(false);
            welcome.set(true);
            notice.show(Notice.danger("settings.saveFailed", String.valueOf(error.getMessage())));
        });
    }

    /// Something saved takes effect only after a restart: the screen offers one.
    public ReadOnlyBooleanProperty restartNeededProperty() {
        return restartNeeded.getReadOnlyProperty();
    }

    /// Closes the console and starts it again with the saved settings (in the same process).
    public void restart() {
        restart.run();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    Operator operator() {
        return operator.get();
    }
}
