package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The margin-rule editor: which prices the rule covers (everything, a game, a product), its
/// margin ([RuleMarginViewModel]) and the preview of what it would change
/// ([RulePreviewViewModel]), computed from the loaded catalog as the admin types — nothing is saved
/// until Save. Choosing a target puts its saved rule in the editor, or what prices it now.
public final class PriceRuleEditorViewModel {

    private final CurrentOperator operator;
    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Consumer<String> say;
    private final Runnable reload;
    private final ObjectProperty<RuleScope> ruleScope = new SimpleObjectProperty<>(RuleScope.DEFAULT);
    private final StringProperty ruleTarget = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper targetError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSaveRule = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDeleteRule = new ReadOnlyBooleanWrapper(false);
    private final RuleMarginViewModel margin;
    private final RulePreviewViewModel preview;
    private CatalogService.Snapshot snapshot;
    /// Set while the editor is filled from a rule: the preview waits for the last field.
    private boolean loadingRuleIntoEditor;

    /// `say` puts a sentence on the screen's message line; `reload` reads the catalog again.
    PriceRuleEditorViewModel(CatalogService catalog, CatalogService.Snapshot empty, CurrentOperator operator, TaskRunner tasks, I18n i18n,
            Consumer<String> say, Runnable reload) {
        this.operator = operator;
        this.catalog = catalog;
        this.snapshot = empty;
        this.tasks = tasks;
        this.i18n = i18n;
        this.say = say;
        this.reload = reload;
        this.margin = new RuleMarginViewModel(i18n, this::refreshPreview);
        this.preview = new RulePreviewViewModel(i18n);
        ruleScope.addListener((obs, old, now) -> loadRuleIntoEditor());
        ruleTarget.addListener((obs, old, now) -> loadRuleIntoEditor());
    }

    /// The catalog just read: the rule for the target as it is saved now.
    void show(CatalogService.Snapshot loaded) {
        snapshot = loaded;
        loadRuleIntoEditor();
    }

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
        Optional<PriceRule> existing = snapshot.savedRule(scope(), ruleTarget.get());
        loadingRuleIntoEditor = true;
        margin.fill(existing.orElse(snapshot.startingRule(scope(), ruleTarget.get())));
        loadingRuleIntoEditor = false;
        canDeleteRule.set(existing.isPresent() && scope() != PriceRule.Scope.DEFAULT);
        refreshPreview();
    }

    /// Validates the editor as typed and recomputes the preview from the loaded catalog.
    private void refreshPreview() {
        if (loadingRuleIntoEditor) {
            return;
        }
        Optional<PriceRule> candidate = candidateRule();
        canSaveRule.set(candidate.isPresent());
        preview.show(snapshot, candidate);
    }

    /// The rule the editor describes, or empty (with the reasons in the error properties).
    Optional<PriceRule> candidateRule() {
        targetError.set("");
        margin.clearErrors();
        PriceRule.Scope scope = scope();
        String target = scope == PriceRule.Scope.DEFAULT ? "" : ruleTarget.get().strip();
        boolean targetValid = true;
        if (scope == PriceRule.Scope.GAME && !snapshot.hasGame(target)) {
            targetError.set(i18n.text("catalog.rule.error.game"));
            targetValid = false;
        }
        if (scope == PriceRule.Scope.PRODUCT && !snapshot.hasSku(target)) {
            targetError.set(i18n.text("catalog.rule.error.sku"));
            targetValid = false;
        }
        return margin.rule(scope, target, targetValid);
    }

    public void saveRule() {
        Optional<PriceRule> rule = candidateRule();
        if (rule.isEmpty()) {
            return;
        }
        var acting = operator.get();
        tasks.run("save price rule", progress -> {
            catalog.saveRule(acting, rule.get());
            return rule.get();
        }, saved -> {
            say.accept(i18n.text("catalog.rule.saved"));
            reload.run();
        }, this::failed);
    }

    public void deleteRule() {
        Optional<PriceRule> rule = snapshot.savedRule(scope(), ruleTarget.get());
        if (rule.isEmpty() || rule.get().scope() == PriceRule.Scope.DEFAULT) {
            return;
        }
        var acting = operator.get();
        tasks.run("delete price rule", progress -> {
            catalog.deleteRule(acting, rule.get());
            return rule.get();
        }, deleted -> {
            say.accept(i18n.text("catalog.rule.deleted"));
            reload.run();
        }, this::failed);
    }

    private void failed(Throwable error) {
        say.accept(i18n.text(error instanceof NotPermittedException ? "catalog.adminsOnly" : "catalog.rule.saveFailed"));
    }

    private PriceRule.Scope scope() {
        return ruleScope.get().domain();
    }

    public ObjectProperty<RuleScope> ruleScopeProperty() {
        return ruleScope;
    }

    public StringProperty ruleTargetProperty() {
        return ruleTarget;
    }

    public ReadOnlyStringProperty targetErrorProperty() {
        return targetError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveRuleProperty() {
        return canSaveRule.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDeleteRuleProperty() {
        return canDeleteRule.getReadOnlyProperty();
    }

    /// The percentage, flat amount and rounding, or the fixed price.
    public RuleMarginViewModel margin() {
        return margin;
    }

    public RulePreviewViewModel preview() {
        return preview;
    }
}
