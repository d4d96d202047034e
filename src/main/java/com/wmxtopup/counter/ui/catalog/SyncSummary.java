package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.application.catalog.CatalogDiff;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/// What a finished sync changed, in sentences for the summary dialog: how many of each kind of
/// change, then the first few of each by name (and how many more).
public record SyncSummary(String title, List<String> counts, List<String> details) {

    static final int DETAIL_ITEMS = 8;

    static SyncSummary of(CatalogDiff diff, I18n i18n) {
        var counts = List.of(
                i18n.text("catalog.diff.added", diff.added().size()),
                i18n.text("catalog.diff.removed", diff.removed().size()),
                i18n.text("catalog.diff.priceUp", diff.priceUp().size()),
                i18n.text("catalog.diff.priceDown", diff.priceDown().size()),
                i18n.text("catalog.diff.available", diff.becameAvailable().size()),
                i18n.text("catalog.diff.unavailable", diff.becameUnavailable().size()),
                i18n.text("catalog.diff.belowCost", diff.belowCost().size()));
        var details = new ArrayList<String>();
        addDetails(details, i18n, "catalog.diff.added.item", diff.added(), p -> new Object[] {p.game(), p.name()});
        addDetails(details, i18n, "catalog.diff.removed.item", diff.removed(), p -> new Object[] {p.game(), p.name()});
        addDetails(details, i18n, "catalog.diff.priceUp.item", diff.priceUp(), c -> new Object[] {c.after().game(), c.after().name(),
                RupiahFormat.format(c.oldPrice()), RupiahFormat.format(c.newPrice())});
        addDetails(details, i18n, "catalog.diff.priceDown.item", diff.priceDown(), c -> new Object[] {c.after().game(), c.after().name(),
                RupiahFormat.format(c.oldPrice()), RupiahFormat.format(c.newPrice())});
        addDetails(details, i18n, "catalog.diff.unavailable.item", diff.becameUnavailable(), p -> new Object[] {p.game(), p.name()});
        addDetails(details, i18n, "catalog.diff.belowCost.item", diff.belowCost(),
                q -> new Object[] {q.product().game(), q.product().name(),
                        RupiahFormat.format(q.sell()), RupiahFormat.format(q.buy())});
        String title = diff.isEmpty() && diff.belowCost().isEmpty()
                ? i18n.text("catalog.diff.titleUnchanged", diff.total())
                : i18n.text("catalog.diff.title", diff.total());
        return new SyncSummary(title, counts, details);
    }

    private static <T> void addDetails(List<String> details, I18n i18n, String key, List<T> items, Function<T, Object[]> args) {
        items.stream().limit(DETAIL_ITEMS).forEach(item -> details.add(i18n.text(key, args.apply(item))));
        if (items.size() > DETAIL_ITEMS) {
            details.add(i18n.text("catalog.diff.more", items.size() - DETAIL_ITEMS));
        }
    }
}
