package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The rule editor's preview: the products the rule being typed would price, their price now and
/// then (the first few hundred), and how many in all — and how many of them would fall below cost.
public final class RulePreviewViewModel {

    /// One line of the rule preview.
    public record PreviewRow(String name, String buy, String currentSell, String newSell, String margin, boolean blocked) {
    }

    static final int PREVIEW_ROWS = 200;

    private final I18n i18n;
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    RulePreviewViewModel(I18n i18n) {
        this.i18n = i18n;
    }

    /// What `candidate` would change in the catalog read; no candidate: the editor has errors.
    void show(CatalogService.Snapshot snapshot, Optional<PriceRule> candidate) {
        rows.clear();
        if (candidate.isEmpty()) {
            summary.set(i18n.text("catalog.rule.fixErrors"));
            return;
        }
        List<CatalogService.PriceChange> changes = snapshot.changesBy(candidate.get());
        int belowCost = 0;
        var shown = new ArrayList<PreviewRow>();
        for (CatalogService.PriceChange change : changes) {
            belowCost += change.belowCost() ? 1 : 0;
            if (shown.size() < PREVIEW_ROWS) {
                PriceQuote q = change.after();
                shown.add(new PreviewRow(q.product().game() + " — " + q.product().name(), RupiahFormat.format(q.buy()),
                        RupiahFormat.format(change.before().sell()), RupiahFormat.format(q.sell()), CatalogRow.marginText(q.marginRupiah()),
                        change.belowCost()));
            }
        }
        rows.setAll(shown);
        summary.set(belowCost == 0
                ? i18n.text("catalog.rule.previewSummary", changes.size())
                : i18n.text("catalog.rule.previewSummaryBelowCost", changes.size(), belowCost));
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
