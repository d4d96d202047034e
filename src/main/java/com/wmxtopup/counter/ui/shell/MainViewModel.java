package com.wmxtopup.counter.ui.shell;

import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.HealthService;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.application.SystemInfo;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// State of the main window: which section is open, the language, and the status bar. Holds no
/// controls; the database check runs through the [TaskRunner].
public final class MainViewModel {

    /// What the status bar knows about the database connection.
    public enum DatabaseState {
        CHECKING,
        UP,
        DOWN
    }

    private final SystemInfo system;
    private final HealthService health;
    private final TaskRunner tasks;
    private final I18n i18n;

    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(Section.COUNTER);
    private final ReadOnlyObjectWrapper<DatabaseState> databaseState = new ReadOnlyObjectWrapper<>(DatabaseState.CHECKING);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper modeBadge = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper modeTooltip = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper databaseStateText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dataDirectoryText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper versionText = new ReadOnlyStringWrapper();

    public MainViewModel(SystemInfo system, HealthService health, TaskRunner tasks, I18n i18n) {
        this.system = system;
        this.health = health;
        this.tasks = tasks;
        this.i18n = i18n;
        i18n.localeProperty().addListener((obs, old, now) -> refreshTexts());
        databaseState.addListener((obs, old, now) -> refreshTexts());
        refreshTexts();
    }

    private void refreshTexts() {
        modeBadge.set(i18n.text(system.mode() == RuntimeMode.DEMO ? "status.mode.demo" : "status.mode.live"));
        modeTooltip.set(i18n.text(system.mode() == RuntimeMode.DEMO ? "status.mode.demo.tooltip" : "status.mode.live.tooltip",
                system.modeReason()));
        databaseText.set(i18n.text(system.databaseKind() == DatabaseKind.H2 ? "status.database.h2" : "status.database.postgresql",
                system.databaseLocation()));
        databaseStateText.set(i18n.text("status.database.state." + databaseState.get().name().toLowerCase(Locale.ROOT)));
        dataDirectoryText.set(i18n.text("status.dataDirectory", system.dataDirectory().toString()));
        versionText.set(i18n.text("status.version", system.version()));
    }

    /// Checks the database in the background; the status bar follows.
    public void refreshDatabaseState() {
        if (checking.get()) {
            return;
        }
        checking.set(true);
        tasks.run("database health", progress -> health.check().databaseUp(),
                up -> {
                    databaseState.set(up ? DatabaseState.UP : DatabaseState.DOWN);
                    checking.set(false);
                },
                error -> {
                    databaseState.set(DatabaseState.DOWN);
                    checking.set(false);
                });
    }

    public void open(Section target) {
        section.set(target);
    }

    public void switchLanguage(Locale locale) {
        i18n.localeProperty().set(locale);
    }

    public ObjectProperty<Locale> languageProperty() {
        return i18n.localeProperty();
    }

    public boolean isDemo() {
        return system.mode() == RuntimeMode.DEMO;
    }

    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DatabaseState> databaseStateProperty() {
        return databaseState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modeBadgeProperty() {
        return modeBadge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modeTooltipProperty() {
        return modeTooltip.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseStateTextProperty() {
        return databaseStateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataDirectoryTextProperty() {
        return dataDirectoryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionTextProperty() {
        return versionText.getReadOnlyProperty();
    }
}
