package com.wmxtopup.counter.ui.shell;

import com.wmxtopup.counter.application.ConsoleStatus;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.application.SystemInfo;
import com.wmxtopup.counter.application.port.DemoCustomer;
import com.wmxtopup.counter.domain.Money;
import java.util.Optional;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.Phrase;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/// State of the main window: which section is open, the language, and the status bar. Holds no
/// controls; the database check runs through the [TaskRunner].
public final class MainViewModel {

    /// What the status bar knows about the database connection.
    public enum DatabaseState {
        CHECKING,
        UP,
        DOWN
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");
    // Today's time alone would mislead when the last notification was days ago.
    private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final SystemInfo system;
    private final ConsoleStatus status;
    private final Optional<DemoCustomer> demoCustomer;
    private final ReadOnlyStringWrapper demoMessage = new ReadOnlyStringWrapper("");
    /// How long the demo button's answer stays: it says what happened at one moment ("no QR
    /// waiting"), and would mislead once a new QR is shown.
    static final java.time.Duration DEMO_MESSAGE_SHOWN_FOR = java.time.Duration.ofSeconds(6);
    private Phrase demoPhrase = Phrase.NONE;
    private TaskRunner.Cancellable demoMessageTimer;
    private static final java.time.Duration STATUS_REFRESH_INTERVAL = java.time.Duration.ofSeconds(5);
    private final TaskRunner tasks;
    private final I18n i18n;

    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(Section.COUNTER);
    private static final ObservableBooleanValue ALWAYS = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();
    private final java.util.Map<Section, ObservableBooleanValue> allowedSections = new java.util.EnumMap<>(Section.class);
    private final ReadOnlyObjectWrapper<DatabaseState> databaseState = new ReadOnlyObjectWrapper<>(DatabaseState.CHECKING);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper modeBadge = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper modeTooltip = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper databaseStateText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dataDirectoryText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper versionText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper balanceText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper balanceLow = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper syncText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper webhookText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper syncFailing = new ReadOnlyBooleanWrapper(false);
    private ConsoleStatus.Snapshot lastSnapshot;

    public MainViewModel(SystemInfo system, ConsoleStatus status, Optional<DemoCustomer> demoCustomer, TaskRunner tasks, I18n i18n) {
        this.system = system;
        this.status = status;
        this.demoCustomer = demoCustomer;
        this.tasks = tasks;
        this.i18n = i18n;
        i18n.localeProperty().addListener((obs, old, now) -> refreshTexts());
        databaseState.addListener((obs, old, now) -> refreshTexts());
        refreshTexts();
    }

    private void refreshTexts() {
        demoMessage.set(i18n.text(demoPhrase));
        modeBadge.set(i18n.text(system.mode() == RuntimeMode.DEMO ? "status.mode.demo" : "status.mode.live"));
        modeTooltip.set(i18n.text(system.mode() == RuntimeMode.DEMO ? "status.mode.demo.tooltip" : "status.mode.live.tooltip",
                system.modeReason()));
        databaseText.set(i18n.text(system.databaseKind() == DatabaseKind.H2 ? "status.database.h2" : "status.database.postgresql",
                system.databaseLocation()));
        databaseStateText.set(i18n.text("status.database.state." + databaseState.get().name().toLowerCase(Locale.ROOT)));
        dataDirectoryText.set(i18n.text("status.dataDirectory", system.dataDirectory().toString()));
        versionText.set(i18n.text("status.version", system.version()));
        var snapshot = lastSnapshot;
        if (snapshot == null || snapshot.supplierBalance().isEmpty()) {
            balanceText.set(i18n.text("status.balance.unknown"));
            balanceLow.set(false);
        } else {
            balanceText.set(i18n.text("status.balance", RupiahFormat.format(snapshot.supplierBalance().get())));
            balanceLow.set(snapshot.supplierBalance().get().isLessThan(status.lowBalanceThreshold()));
        }
        // Behind NAT no notification ever arrives: say so calmly, polling finds the payments anyway.
        if (snapshot == null || !snapshot.databaseUp()) {
            webhookText.set(i18n.text("status.webhook.unknown"));
        } else {
            webhookText.set(snapshot.lastNotification().isEmpty()
                    ? i18n.text("status.webhook.none")
                    : i18n.text("status.webhook.last", shopTime(DATE_TIME, snapshot.lastNotification().get())));
        }
        var job = snapshot == null
                ? java.util.Optional.<com.wmxtopup.counter.application.port.BackgroundJobs.JobState>empty()
                : snapshot.orderSync();
        if (job.isEmpty() || job.get().lastRun().isEmpty()) {
            syncText.set(i18n.text("status.sync.waiting"));
            syncFailing.set(false);
        } else if (job.get().lastError().isPresent()) {
            syncText.set(i18n.text("status.sync.failed", shopTime(TIME, job.get().lastRun().get())));
            syncFailing.set(true);
        } else {
            syncText.set(i18n.text("status.sync.ok", shopTime(TIME, job.get().lastRun().get())));
            syncFailing.set(false);
        }
    }

    /// Reads database, balance and sync state in the background; the status bar follows.
    /// Reads the status bar now and then every few seconds, until the returned handle is cancelled.
    public TaskRunner.Cancellable followStatus() {
        refreshStatus();
        return tasks.every(STATUS_REFRESH_INTERVAL, "status bar", this::refreshStatus);
    }

    public void refreshStatus() {
        if (checking.get()) {
            return;
        }
        checking.set(true);
        tasks.run("status bar", progress -> status.snapshot(),
                snapshot -> {
                    lastSnapshot = snapshot;
                    databaseState.set(snapshot.databaseUp() ? DatabaseState.UP : DatabaseState.DOWN);
                    refreshTexts();
                    checking.set(false);
                },
                error -> {
                    databaseState.set(DatabaseState.DOWN);
                    checking.set(false);
                });
    }

    /// Demo mode: the customer pays the newest waiting QR (through the payment simulator).
    public void customerPays() {
        demoCustomer.ifPresent(customer -> tasks.run("demo payment", progress -> customer.payNewestWaitingOrder(),
                paid -> showDemoMessage(paid.map(number -> Phrase.of("demo.paid", number)).orElse(Phrase.of("demo.nothingWaiting"))),
                error -> showDemoMessage(Phrase.of("demo.failed"))));
    }

    /// Shows the demo button's answer for [#DEMO_MESSAGE_SHOWN_FOR] (a newer answer starts again).
    private void showDemoMessage(Phrase phrase) {
        stopDemoMessageTimer();
        demoPhrase = phrase;
        demoMessage.set(i18n.text(phrase));
        demoMessageTimer = tasks.every(DEMO_MESSAGE_SHOWN_FOR, "demo message", () -> {
            stopDemoMessageTimer();
            demoPhrase = Phrase.NONE;
            demoMessage.set("");
        });
    }

    private void stopDemoMessageTimer() {
        if (demoMessageTimer != null) {
            demoMessageTimer.cancel();
            demoMessageTimer = null;
        }
    }

    public boolean canSimulateCustomer() {
        return demoCustomer.isPresent();
    }

    public ReadOnlyStringProperty demoMessageProperty() {
        return demoMessage.getReadOnlyProperty();
    }

    /// Opens `target`, unless the one signed in may not use it ([#restrict]).
    public void open(Section target) {
        if (allowedProperty(target).get()) {
            section.set(target);
        }
    }

    /// Offers `restricted` only while `allowed` holds (the one signed in may use it): its entry
    /// is hidden and it does not open. When the right goes (another person signs in) while it is
    /// open, the counter opens instead. The use case still checks on its own; this only spares a
    /// cashier a section that would refuse every click.
    public void restrict(Section restricted, ObservableBooleanValue allowed) {
        if (restricted == Section.COUNTER) {
            throw new IllegalArgumentException("the counter is where a refused section falls back to: it stays open to everyone");
        }
        allowedSections.put(restricted, allowed);
        allowed.addListener((obs, was, now) -> leaveIfRefused());
        leaveIfRefused();
    }

    private void leaveIfRefused() {
        if (!allowedProperty(section.get()).get()) {
            section.set(Section.COUNTER);
        }
    }

    /// Whether the section's entry is offered now (always, unless [#restrict]ed).
    public ObservableBooleanValue allowedProperty(Section target) {
        return allowedSections.getOrDefault(target, ALWAYS);
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

    public ReadOnlyStringProperty balanceTextProperty() {
        return balanceText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty balanceLowProperty() {
        return balanceLow.getReadOnlyProperty();
    }

    /// When the last signed payment notification arrived, or that none has (polling carries on).
    public ReadOnlyStringProperty webhookTextProperty() {
        return webhookText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncTextProperty() {
        return syncText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncFailingProperty() {
        return syncFailing.getReadOnlyProperty();
    }

    /// `10:15:30 WITA`: in the shop's zone, with its label.
    private String shopTime(java.time.format.DateTimeFormatter format, java.time.Instant instant) {
        return format.format(system.shopZone().at(instant)) + " " + system.shopZone().label();
    }
}
