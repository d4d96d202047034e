package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.application.catalog.CatalogSync;
import com.wmxtopup.counter.application.catalog.CatalogSyncRun;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.Pricing;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The admin's catalog screen, coordinated: it reads the catalog, its rules and the last sync in
/// the background and hands them to its parts — the sync with progress and a summary of what
/// changed ([CatalogSyncViewModel]), the priced product table with search and filters
/// ([CatalogTableViewModel]) and the margin-rule editor with its live preview
/// ([PriceRuleEditorViewModel]) — which share one message line.
public final class CatalogViewModel {

    private final CatalogService catalog;
    private final CatalogSync sync;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ObservableList<String> games = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final CatalogSyncViewModel catalogSync;
    private final CatalogTableViewModel table;
    private final PriceRuleEditorViewModel ruleEditor;

    public CatalogViewModel(CatalogService catalog, CatalogSync sync, CurrentOperator operator, TaskRunner tasks, I18n i18n,
            ShopZone shopZone) {
        this.catalog = catalog;
        this.sync = sync;
        this.tasks = tasks;
        this.i18n = i18n;
        var nothingYet = new CatalogService.Snapshot(List.of(), new Pricing(List.of(), PriceLevel.BASIC));
        this.catalogSync = new CatalogSyncViewModel(sync, operator, tasks, i18n, shopZone, message::set, this::load);
        this.table = new CatalogTableViewModel(nothingYet, i18n);
        this.ruleEditor = new PriceRuleEditorViewModel(catalog, nothingYet, operator, tasks, i18n, message::set, this::load);
    }

    /// Reads the catalog, rules and last sync in the background.
    public void load() {
        loading.set(true);
        tasks.run("catalog load", progress -> new Loaded(catalog.snapshot(), sync.lastRun()),
                loaded -> {
                    loading.set(false);
                    show(loaded);
                },
                error -> {
                    loading.set(false);
                    message.set(i18n.text("catalog.loadFailed"));
                });
    }

    private record Loaded(CatalogService.Snapshot snapshot, Optional<CatalogSyncRun> lastRun) {
    }

    private void show(Loaded loaded) {
        catalogSync.showLastRun(loaded.lastRun());
        var gameNames = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        loaded.snapshot().products().forEach(p -> gameNames.add(p.game()));
        games.setAll(gameNames);
        table.show(loaded.snapshot());
        ruleEditor.show(loaded.snapshot());
    }

    /// The sync from the supplier: start, cancel, progress, the last one and the summary.
    public CatalogSyncViewModel catalogSync() {
        return catalogSync;
    }

    /// The product table: rows, search, filters and count.
    public CatalogTableViewModel table() {
        return table;
    }

    /// The margin-rule editor and its preview.
    public PriceRuleEditorViewModel ruleEditor() {
        return ruleEditor;
    }

    /// The games of the catalog, by name (for the game filter and a game rule's target).
    public ObservableList<String> games() {
        return games;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /// What happened last: a sync's outcome, a rule saved or deleted, a catalog that could not be read.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
