package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.application.catalog.CatalogDiff;
import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.application.catalog.CatalogSync;
import com.wmxtopup.counter.application.catalog.CatalogSyncRun;
import com.wmxtopup.counter.application.catalog.CatalogSearch;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.domain.Pricing;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.UpstreamErrors;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The admin's catalog screen: sync with progress and a summary of what changed, the priced
/// product table with search and filters, and a margin-rule editor whose preview is computed
/// from the loaded catalog as the admin types (nothing is saved until Save).
public final class CatalogViewModel {

    /// Which prices a margin rule covers, as the editor offers it (the domain's PriceRule.Scope,
    /// kept out of the view).
    public enum RuleScope {
        DEFAULT(PriceRule.Scope.DEFAULT),
        GAME(PriceRule.Scope.GAME),
        PRODUCT(PriceRule.Scope.PRODUCT);

        private final PriceRule.Scope domain;

        RuleScope(PriceRule.Scope domain) {
            this.domain = domain;
        }

        /// The editor's label key.
        public String labelKey() {
            return "catalog.rule.scope." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /// Which products the table shows.
    public enum StatusFilter {
        ALL,
        SELLABLE,
        UNAVAILABLE,
        BELOW_COST
    }

    /// What a finished sync changed, in sentences for the summary dialog.
    public record SyncSummary(String title, List<String> counts, List<String> details) {
    }

    /// One line of the rule preview.
    public record PreviewRow(String name, String buy, String currentSell, String newSell, String margin, boolean blocked) {
    }

    public static final List<Long> ROUNDING_STEPS = List.of(1L, 100L, 500L, 1000L);
    private static final int PREVIEW_ROWS = 200;
    private static final int DETAIL_ITEMS = 8;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm");

    private final ShopZone shopZone;
    private final CatalogService catalog;
    private final CatalogSync sync;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final UpstreamErrors errors;

    private final ObservableList<CatalogRow> visibleRows = FXCollections.observableArrayList();
    private final ObservableList<String> games = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<String> gameFilter = new SimpleObjectProperty<>("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper syncProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper syncPhaseText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSyncText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SyncSummary> syncSummary = new ReadOnlyObjectWrapper<>();

    private final ObjectProperty<RuleScope> ruleScope = new SimpleObjectProperty<>(RuleScope.DEFAULT);
    private final StringProperty ruleTarget = new SimpleStringProperty("");
    private final StringProperty percentText = new SimpleStringProperty("");
    private final StringProperty flatText = new SimpleStringProperty("0");
    private final ObjectProperty<Long> roundingStep = new SimpleObjectProperty<>(100L);
    private final BooleanProperty fixedPriceMode = new SimpleBooleanProperty(false);
    private final StringProperty fixedPriceText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper targetError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper percentError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper flatError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fixedPriceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSaveRule = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDeleteRule = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper("");

    private CatalogService.Snapshot snapshot = new CatalogService.Snapshot(List.of(),
            new Pricing(List.of(), com.wmxtopup.counter.domain.PriceLevel.BASIC));
    private List<CatalogRow> allRows = List.of();
    private CatalogSearch search = new CatalogSearch(List.of());
    private TaskRunner.Handle syncRun;
    private boolean loadingRuleIntoEditor;

    public CatalogViewModel(CatalogService catalog, CatalogSync sync, TaskRunner tasks, I18n i18n, ShopZone shopZone) {
        this.shopZone = shopZone;
        this.catalog = catalog;
        this.sync = sync;
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = new UpstreamErrors(i18n);
        searchText.addListener((obs, old, now) -> applyFilters());
        gameFilter.addListener((obs, old, now) -> applyFilters());
        statusFilter.addListener((obs, old, now) -> applyFilters());
        ruleScope.addListener((obs, old, now) -> loadRuleIntoEditor());
        ruleTarget.addListener((obs, old, now) -> loadRuleIntoEditor());
        for (var p : List.of(percentText, flatText, fixedPriceText)) {
            p.addListener((obs, old, now) -> refreshPreview());
        }
        roundingStep.addListener((obs, old, now) -> refreshPreview());
        fixedPriceMode.addListener((obs, old, now) -> refreshPreview());
        i18n.localeProperty().addListener((obs, old, now) -> rebuildRows());
    }

    // ---- loading and the table ------------------------------------------------------------

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
        snapshot = loaded.snapshot();
        lastSyncText.set(loaded.lastRun().map(this::describeRun).orElse(i18n.text("catalog.neverSynced")));
        var gameNames = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        snapshot.products().forEach(p -> gameNames.add(p.game()));
        games.setAll(gameNames);
        rebuildRows();
        loadRuleIntoEditor();
    }

    private String describeRun(CatalogSyncRun run) {
        String when = WHEN.withLocale(i18n.locale()).format(shopZone.at(run.startedAt())) + " " + shopZone.label();
        return switch (run.outcome()) {
            case SUCCESS -> i18n.text("catalog.lastSync.success", when, run.total());
            case FAILED -> i18n.text("catalog.lastSync.failed", when);
            case CANCELLED -> i18n.text("catalog.lastSync.cancelled", when);
        };
    }

    private void rebuildRows() {
        List<PriceQuote> quotes = snapshot.quotes();
        var rows = new ArrayList<CatalogRow>(quotes.size());
        for (PriceQuote q : quotes) {
            rows.add(new CatalogRow(q, RupiahFormat.format(q.buy()), RupiahFormat.format(q.sell()), margin(q.marginRupiah()),
                    i18n.text("catalog.status." + q.block().name().toLowerCase(Locale.ROOT))));
        }
        allRows = rows;
        search = new CatalogSearch(quotes);
        applyFilters();
    }

    private static String margin(long rupiah) {
        return rupiah < 0 ? "−" + RupiahFormat.format(Money.rupiah(-rupiah)) : RupiahFormat.format(Money.rupiah(rupiah));
    }

    private void applyFilters() {
        var matching = new java.util.HashSet<String>();
        search.search(searchText.get()).forEach(q -> matching.add(q.product().sku()));
        String game = gameFilter.get() == null ? "" : gameFilter.get();
        var shown = new ArrayList<CatalogRow>();
        for (CatalogRow row : allRows) {
            if (matching.contains(row.sku()) && (game.isEmpty() || row.game().equals(game)) && statusMatches(row.quote())) {
                shown.add(row);
            }
        }
        visibleRows.setAll(shown);
        countText.set(i18n.text("catalog.count", shown.size(), allRows.size()));
    }

    private boolean statusMatches(PriceQuote quote) {
        return switch (statusFilter.get()) {
            case ALL -> true;
            case SELLABLE -> quote.isSellable();
            case UNAVAILABLE -> quote.block() == PriceQuote.Block.UNAVAILABLE;
            case BELOW_COST -> quote.block() == PriceQuote.Block.BELOW_COST;
        };
    }

    // ---- sync -------------------------------------------------------------------------------

    /// Syncs from the supplier in the background with progress; the summary appears when done.
    public void sync() {
        if (syncing.get()) {
            return;
        }
        syncing.set(true);
        cancelling.set(false);
        message.set("");
        syncProgress.set(-1);
        syncPhaseText.set(i18n.text("catalog.phase.fetching"));
        syncRun = tasks.run("catalog sync", progress -> sync.run("admin", new ProgressListener() {
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
            message.set(errors.describe(error) + " " + i18n.text("catalog.oldCatalogKept"));
        });
        if (syncing.get()) {
            // Still running (a same-thread runner would already have finished and unbound).
            syncProgress.bind(syncRun.progress());
            var phaseKey = syncRun.message();
            syncPhaseText.bind(javafx.beans.binding.Bindings.createStringBinding(
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
                syncSummary.set(summarize(completed.diff()));
                message.set(i18n.text("catalog.syncDone", completed.diff().total()));
            }
            case CatalogSync.Result.Cancelled cancelled -> message.set(i18n.text("catalog.syncCancelled"));
            case CatalogSync.Result.AlreadyRunning running -> message.set(i18n.text("catalog.syncAlreadyRunning"));
            case CatalogSync.Result.Failed failed -> message.set(switch (failed.reason()) {
                case SUPPLIER -> failed.supplierFailure().map(errors::supplier).orElse(i18n.text("upstream.unexpected"))
                        + " " + i18n.text("catalog.oldCatalogKept");
                case EMPTY_CATALOG -> i18n.text("catalog.syncEmpty");
                case DATABASE -> i18n.text("catalog.syncDatabase");
            });
        }
        load();
    }

    private SyncSummary summarize(CatalogDiff diff) {
        var counts = List.of(
                i18n.text("catalog.diff.added", diff.added().size()),
                i18n.text("catalog.diff.removed", diff.removed().size()),
                i18n.text("catalog.diff.priceUp", diff.priceUp().size()),
                i18n.text("catalog.diff.priceDown", diff.priceDown().size()),
                i18n.text("catalog.diff.available", diff.becameAvailable().size()),
                i18n.text("catalog.diff.unavailable", diff.becameUnavailable().size()),
                i18n.text("catalog.diff.belowCost", diff.belowCost().size()));
        var details = new ArrayList<String>();
        addDetails(details, "catalog.diff.added.item", diff.added(), p -> new Object[] {p.game(), p.name()});
        addDetails(details, "catalog.diff.removed.item", diff.removed(), p -> new Object[] {p.game(), p.name()});
        addDetails(details, "catalog.diff.priceUp.item", diff.priceUp(), c -> new Object[] {c.after().game(), c.after().name(),
                RupiahFormat.format(c.oldPrice()), RupiahFormat.format(c.newPrice())});
        addDetails(details, "catalog.diff.priceDown.item", diff.priceDown(), c -> new Object[] {c.after().game(), c.after().name(),
                RupiahFormat.format(c.oldPrice()), RupiahFormat.format(c.newPrice())});
        addDetails(details, "catalog.diff.unavailable.item", diff.becameUnavailable(), p -> new Object[] {p.game(), p.name()});
        addDetails(details, "catalog.diff.belowCost.item", diff.belowCost(), q -> new Object[] {q.product().game(), q.product().name(),
                RupiahFormat.format(q.sell()), RupiahFormat.format(q.buy())});
        String title = diff.isEmpty() && diff.belowCost().isEmpty()
                ? i18n.text("catalog.diff.titleUnchanged", diff.total())
                : i18n.text("catalog.diff.title", diff.total());
        return new SyncSummary(title, counts, details);
    }

    private <T> void addDetails(List<String> details, String key, List<T> items, Function<T, Object[]> args) {
        items.stream().limit(DETAIL_ITEMS).forEach(item -> details.add(i18n.text(key, args.apply(item))));
        if (items.size() > DETAIL_ITEMS) {
            details.add(i18n.text("catalog.diff.more", items.size() - DETAIL_ITEMS));
        }
    }

    /// The view calls this once it has shown the summary.
    public void summaryShown() {
        syncSummary.set(null);
    }

    // ---- margin rule editor -----------------------------------------------------------------

    /// Puts the rule for the selected row's product into the editor.
    public void editRuleFor(CatalogRow row) {
        loadingRuleIntoEditor = true;
        ruleScope.set(RuleScope.PRODUCT);
        ruleTarget.set(row.sku());
        loadingRuleIntoEditor = false;
        loadRuleIntoEditor();
    }

    private void loadRuleIntoEditor() {
        if (loadingRuleIntoEditor) {
            return;
        }
        Optional<PriceRule> existing = existingRule();
        loadingRuleIntoEditor = true;
        PriceRule shown = existing.orElse(effectiveRuleForTarget());
        percentText.set(MarginInput.basisPointsToText(shown.percentBasisPoints()));
        flatText.set(Long.toString(shown.flat().rupiah()));
        roundingStep.set(ROUNDING_STEPS.contains(shown.roundingStep()) ? shown.roundingStep() : 1L);
        fixedPriceMode.set(shown.fixedPrice().isPresent());
        fixedPriceText.set(shown.fixedPrice().map(m -> Long.toString(m.rupiah())).orElse(""));
        loadingRuleIntoEditor = false;
        canDeleteRule.set(existing.isPresent() && scope() != PriceRule.Scope.DEFAULT);
        refreshPreview();
    }

    private Optional<PriceRule> existingRule() {
        String key = candidateTargetKey();
        return snapshot.pricing().rules().stream().filter(r -> r.targetKey().equals(key)).findFirst();
    }

    private String candidateTargetKey() {
        try {
            return new PriceRule(scope(), scope() == PriceRule.Scope.DEFAULT ? "" : ruleTarget.get(), 0, Money.ZERO, 1)
                    .targetKey();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /// What currently prices the target, as a starting point for a new, more specific rule.
    private PriceRule effectiveRuleForTarget() {
        Pricing pricing = snapshot.pricing();
        Optional<Product> sample = switch (scope()) {
            case DEFAULT -> Optional.empty();
            case GAME -> snapshot.products().stream().filter(p -> p.game().equalsIgnoreCase(ruleTarget.get())).findFirst();
            case PRODUCT -> snapshot.products().stream().filter(p -> p.sku().equals(ruleTarget.get())).findFirst();
        };
        PriceRule base = sample.map(pricing::ruleFor)
                .orElseGet(() -> pricing.rules().stream().filter(r -> r.scope() == PriceRule.Scope.DEFAULT).findFirst()
                        .orElse(Pricing.AT_COST));
        return base.fixedPrice().isPresent() ? PriceRule.defaultRule(0, Money.ZERO, 1) : base;
    }

    /// Validates the editor as typed and recomputes the preview from the loaded catalog.
    private void refreshPreview() {
        if (loadingRuleIntoEditor) {
            return;
        }
        Optional<PriceRule> candidate = candidateRule();
        canSaveRule.set(candidate.isPresent());
        preview.clear();
        if (candidate.isEmpty()) {
            previewSummary.set(i18n.text("catalog.rule.fixErrors"));
            return;
        }
        List<PriceQuote> affected = snapshot.pricing().affectedBy(candidate.get(), snapshot.products());
        Pricing current = snapshot.pricing();
        int belowCost = 0;
        var rows = new ArrayList<PreviewRow>();
        for (PriceQuote q : affected) {
            boolean blocked = q.block() == PriceQuote.Block.BELOW_COST;
            belowCost += blocked ? 1 : 0;
            if (rows.size() < PREVIEW_ROWS) {
                rows.add(new PreviewRow(q.product().game() + " — " + q.product().name(), RupiahFormat.format(q.buy()),
                        RupiahFormat.format(current.quote(q.product()).sell()), RupiahFormat.format(q.sell()), margin(q.marginRupiah()),
                        blocked));
            }
        }
        preview.setAll(rows);
        previewSummary.set(belowCost == 0
                ? i18n.text("catalog.rule.previewSummary", affected.size())
                : i18n.text("catalog.rule.previewSummaryBelowCost", affected.size(), belowCost));
    }

    /// The rule the editor describes, or empty (with the reasons in the error properties).
    Optional<PriceRule> candidateRule() {
        targetError.set("");
        percentError.set("");
        flatError.set("");
        fixedPriceError.set("");
        PriceRule.Scope scope = scope();
        String target = scope == PriceRule.Scope.DEFAULT ? "" : ruleTarget.get().strip();
        boolean ok = true;
        if (scope == PriceRule.Scope.GAME && games.stream().noneMatch(g -> g.equalsIgnoreCase(target))) {
            targetError.set(i18n.text("catalog.rule.error.game"));
            ok = false;
        }
        if (scope == PriceRule.Scope.PRODUCT && snapshot.products().stream().noneMatch(p -> p.sku().equals(target))) {
            targetError.set(i18n.text("catalog.rule.error.sku"));
            ok = false;
        }
        if (fixedPriceMode.get() && scope == PriceRule.Scope.PRODUCT) {
            Optional<Long> fixed = MarginInput.rupiah(fixedPriceText.get());
            if (fixed.isEmpty() || fixed.get() == 0) {
                fixedPriceError.set(i18n.text("catalog.rule.error.fixed"));
                return Optional.empty();
            }
            return ok ? Optional.of(PriceRule.fixedPrice(target, Money.rupiah(fixed.get()))) : Optional.empty();
        }
        Optional<Long> basisPoints = MarginInput.percentToBasisPoints(percentText.get());
        if (basisPoints.isEmpty() || basisPoints.get() > PriceRule.MAX_BASIS_POINTS) {
            percentError.set(i18n.text("catalog.rule.error.percent"));
            ok = false;
        }
        Optional<Long> flat = MarginInput.rupiah(flatText.get().isBlank() ? "0" : flatText.get());
        if (flat.isEmpty()) {
            flatError.set(i18n.text("catalog.rule.error.flat"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new PriceRule(scope, target, basisPoints.get(), Money.rupiah(flat.get()), roundingStep.get()));
    }

    public void saveRule() {
        Optional<PriceRule> rule = candidateRule();
        if (rule.isEmpty()) {
            return;
        }
        tasks.run("save price rule", progress -> {
            catalog.saveRule(rule.get());
            return rule.get();
        }, saved -> {
            message.set(i18n.text("catalog.rule.saved"));
            load();
        }, error -> message.set(i18n.text("catalog.rule.saveFailed")));
    }

    public void deleteRule() {
        Optional<PriceRule> rule = existingRule();
        if (rule.isEmpty() || rule.get().scope() == PriceRule.Scope.DEFAULT) {
            return;
        }
        tasks.run("delete price rule", progress -> {
            catalog.deleteRule(rule.get());
            return rule.get();
        }, deleted -> {
            message.set(i18n.text("catalog.rule.deleted"));
            load();
        }, error -> message.set(i18n.text("catalog.rule.saveFailed")));
    }

    // ---- properties -------------------------------------------------------------------------

    public ObservableList<CatalogRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<String> games() {
        return games;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<String> gameFilterProperty() {
        return gameFilter;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncSummary> syncSummaryProperty() {
        return syncSummary.getReadOnlyProperty();
    }

    private PriceRule.Scope scope() {
        return ruleScope.get().domain;
    }

    /// The rounding step as the editor's list says it: none, or "Rp 500".
    public String roundingText(Long step) {
        return step == null ? "" : step == 1L ? i18n.text("catalog.rule.noRounding") : RupiahFormat.format(Money.rupiah(step));
    }

    public ObjectProperty<RuleScope> ruleScopeProperty() {
        return ruleScope;
    }

    public StringProperty ruleTargetProperty() {
        return ruleTarget;
    }

    public StringProperty percentTextProperty() {
        return percentText;
    }

    public StringProperty flatTextProperty() {
        return flatText;
    }

    public ObjectProperty<Long> roundingStepProperty() {
        return roundingStep;
    }

    public BooleanProperty fixedPriceModeProperty() {
        return fixedPriceMode;
    }

    public StringProperty fixedPriceTextProperty() {
        return fixedPriceText;
    }

    public ReadOnlyStringProperty targetErrorProperty() {
        return targetError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty percentErrorProperty() {
        return percentError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty flatErrorProperty() {
        return flatError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fixedPriceErrorProperty() {
        return fixedPriceError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveRuleProperty() {
        return canSaveRule.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDeleteRuleProperty() {
        return canDeleteRule.getReadOnlyProperty();
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    public ReadOnlyStringProperty previewSummaryProperty() {
        return previewSummary.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
