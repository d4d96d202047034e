package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.application.catalog.CatalogSearch;
import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The catalog's product table: every listed product priced and formatted, narrowed by the search
/// typed, the game and the status chosen, and how many of how many are shown. The rows are said
/// again when the language changes.
public final class CatalogTableViewModel {

    /// Which products the table shows.
    public enum StatusFilter {
        ALL,
        SELLABLE,
        UNAVAILABLE,
        BELOW_COST
    }

    private final I18n i18n;
    private final ObservableList<CatalogRow> visibleRows = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<String> gameFilter = new SimpleObjectProperty<>("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private CatalogService.Snapshot snapshot;
    private List<CatalogRow> allRows = List.of();
    private CatalogSearch search = new CatalogSearch(List.of());

    CatalogTableViewModel(CatalogService.Snapshot empty, I18n i18n) {
        this.snapshot = empty;
        this.i18n = i18n;
        searchText.addListener((obs, old, now) -> applyFilters());
        gameFilter.addListener((obs, old, now) -> applyFilters());
        statusFilter.addListener((obs, old, now) -> applyFilters());
        i18n.localeProperty().addListener((obs, old, now) -> rebuildRows());
    }

    /// The catalog just read, with the search and filters as they stand.
    void show(CatalogService.Snapshot loaded) {
        snapshot = loaded;
        rebuildRows();
    }

    private void rebuildRows() {
        List<PriceQuote> quotes = snapshot.quotes();
        var rows = new ArrayList<CatalogRow>(quotes.size());
        for (PriceQuote q : quotes) {
            rows.add(new CatalogRow(q, RupiahFormat.format(q.buy()), RupiahFormat.format(q.sell()), CatalogRow.marginText(q.marginRupiah()),
                    i18n.text("catalog.status." + q.block().name().toLowerCase(Locale.ROOT))));
        }
        allRows = rows;
        search = new CatalogSearch(quotes);
        applyFilters();
    }

    private void applyFilters() {
        var matching = new HashSet<String>();
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

    public ObservableList<CatalogRow> visibleRows() {
        return visibleRows;
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
}
