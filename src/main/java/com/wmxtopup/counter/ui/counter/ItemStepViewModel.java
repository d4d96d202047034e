package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.catalog.CatalogSearch;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.Phrase;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Step 2, the item: the chosen game's denominations with their selling price, filtered as
/// typed; unavailable ones say why.
public final class ItemStepViewModel {

    /// One item of the chosen game, formatted.
    public record ItemRow(PriceQuote quote, String name, String price, boolean available, String reason) {
    }

    private final I18n i18n;
    private final ReadOnlyStringWrapper game = new ReadOnlyStringWrapper("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ItemRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private List<PriceQuote> quotes = List.of();

    ItemStepViewModel(I18n i18n) {
        this.i18n = i18n;
        filter.addListener((obs, old, now) -> filterItems());
        // Why an item is greyed out, in the language just chosen.
        i18n.localeProperty().addListener((obs, old, now) -> filterItems());
        selected.addListener((obs, old, now) -> heading.set(heading()));
    }

    /// Shows the items of `chosenGame`, nothing typed and nothing picked yet.
    void show(String chosenGame, List<PriceQuote> gameQuotes) {
        game.set(chosenGame);
        quotes = gameQuotes;
        selected.set(null);
        filter.set("");
        filterItems();
    }

    private void filterItems() {
        var matching = new HashSet<>(new CatalogSearch(quotes).search(filter.get()));
        items.setAll(quotes.stream().filter(matching::contains).map(this::row).toList());
    }

    /// Why an item cannot be sold now (nothing for one that can).
    static Phrase reasonOf(PriceQuote q) {
        return q.isSellable() ? Phrase.NONE : Phrase.of("catalog.status." + q.block().name().toLowerCase(Locale.ROOT));
    }

    private ItemRow row(PriceQuote q) {
        String reason = i18n.text(reasonOf(q));
        return new ItemRow(q, q.product().name(), RupiahFormat.format(q.sell()), q.isSellable(), reason);
    }

    /// The row for `sku` in the game shown (an order opened again), if the catalog still has it.
    Optional<ItemRow> rowFor(String sku) {
        return quotes.stream().filter(q -> q.product().sku().equals(sku)).findFirst().map(this::row);
    }

    void select(ItemRow row) {
        selected.set(row);
    }

    /// A new sale: no game, no item, nothing typed.
    void clear() {
        show("", List.of());
    }

    public Optional<ItemRow> firstAvailableItem() {
        return items.stream().filter(ItemRow::available).findFirst();
    }

    /// "Game — item — price", the heading of the later steps.
    String heading() {
        ItemRow item = selected.get();
        return item == null ? "" : game.get() + " — " + item.name() + " — " + item.price();
    }

    /// "Game — item — price" of the item picked, the heading of the later steps.
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gameProperty() {
        return game.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public ReadOnlyObjectProperty<ItemRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
