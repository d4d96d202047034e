package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.application.catalog.CatalogSync;
import com.wmxtopup.counter.application.catalog.CatalogSyncRun;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.UpstreamErrors;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The catalog's sync from the supplier: started and cancelled by the admin, its progress and
/// phase while it runs, what the last one did, and the summary of what a finished one changed.
/// Whatever the outcome, the catalog is read again afterwards.
public final class CatalogSyncViewModel {

    private final CurrentOperator operator;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm");

    private final CatalogSync sync;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final UpstreamErrors errors;
    private final ShopZone shopZone;
    private final Consumer<String> say;
    private final Runnable reload;
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper syncProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper syncPhaseText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSyncText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SyncSummary> syncSummary = new ReadOnlyObjectWrapper<>();
    private TaskRunner.Handle syncRun;

    /// `say` puts a sentence on the screen's message line; `reload` reads the catalog again.
    CatalogSyncViewModel(CatalogSync sync, CurrentOperator operator, TaskRunner tasks, I18n i18n, ShopZone shopZone, Consumer<String> say,
            Runnable reload) {
        this.operator = operator;
        this.sync = sync;
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = new UpstreamErrors(i18n);
        this.shopZone = shopZone;
        this.say = say;
        this.reload = reload;
    }

    /// The last sync as read with the catalog (none yet: never synced).
    void showLastRun(Optional<CatalogSyncRun> lastRun) {
        lastSyncText.set(lastRun.map(this::describeRun).orElse(i18n.text("catalog.neverSynced")));
    }

    private String describeRun(CatalogSyncRun run) {
        String when = WHEN.withLocale(i18n.locale()).format(shopZone.at(run.startedAt())) + " " + shopZone.label();
        return switch (run.outcome()) {
            case SUCCESS -> i18n.text("catalog.lastSync.success", when, run.total());
            case FAILED -> i18n.text("catalog.lastSync.failed", when);
            case CANCELLED -> i18n.text("catalog.lastSync.cancelled", when);
        };
    }

    /// Syncs from the supplier in the background with progress; the summary appears when done.
    public void sync() {
        if (syncing.get()) {
            return;
        }
        syncing.set(true);
        cancelling.set(false);
        say.accept("");
        syncProgress.set(-1);
        syncPhaseText.set(i18n.text("catalog.phase.fetching"));
        var acting = operator.get();
        syncRun = tasks.run("catalog sync", progress -> sync.run(acting, new ProgressListener() {
            @Override
            public void progress(Phase phase, long done, long total) {
                progress.update(done, total == 0 ? -1 : total);
                // Only the key crosses threads: the bundle is swapped on the FX thread on a language switch.
                progress.message("catalog.phase." + phase.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        }), this::syncFinished, error -> {
            endSync();
            say.accept(error instanceof NotPermittedException
                    ? i18n.text("catalog.adminsOnly")
                    : errors.describe(error) + " " + i18n.text("catalog.oldCatalogKept"));
        });
        if (syncing.get()) {
            // Still running (a same-thread runner would already have finished and unbound).
            syncProgress.bind(syncRun.progress());
            var phaseKey = syncRun.message();
            syncPhaseText.bind(Bindings.createStringBinding(
                    () -> phaseKey.getValue() == null || phaseKey.getValue().isEmpty()
                            ? i18n.text("catalog.phase.fetching")
                            : i18n.text(phaseKey.getValue()),
                    phaseKey, i18n.localeProperty()));
        }
    }

    /// Asks a running sync to stop at its next checkpoint; nothing is saved then.
    public void cancelSync() {
        if (syncing.get() && syncRun != null) {
            // Cooperative: the sync stops at its next checkpoint and answers "cancelled" itself.
            syncRun.cancel();
            cancelling.set(true);
        }
    }

    private void endSync() {
        syncProgress.unbind();
        syncPhaseText.unbind();
        syncing.set(false);
        cancelling.set(false);
    }

    private void syncFinished(CatalogSync.Result result) {
        endSync();
        switch (result) {
            case CatalogSync.Result.Completed completed -> {
                syncSummary.set(SyncSummary.of(completed.diff(), i18n));
                say.accept(i18n.text("catalog.syncDone", completed.diff().total()));
            }
            case CatalogSync.Result.Cancelled cancelled -> say.accept(i18n.text("catalog.syncCancelled"));
            case CatalogSync.Result.AlreadyRunning running -> say.accept(i18n.text("catalog.syncAlreadyRunning"));
            case CatalogSync.Result.Failed failed -> say.accept(switch (failed.reason()) {
                case SUPPLIER -> failed.supplierFailure().map(errors::supplier).orElse(i18n.text("upstream.unexpected"))
                        + " " + i18n.text("catalog.oldCatalogKept");
                case EMPTY_CATALOG -> i18n.text("catalog.syncEmpty");
                case DATABASE -> i18n.text("catalog.syncDatabase");
            });
        }
        reload.run();
    }

    /// The view calls this once it has shown the summary.
    public void summaryShown() {
        syncSummary.set(null);
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty syncProgressProperty() {
        return syncProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncPhaseTextProperty() {
        return syncPhaseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncTextProperty() {
        return lastSyncText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncSummary> syncSummaryProperty() {
        return syncSummary.getReadOnlyProperty();
    }
}
