package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.catalog.GameSearch;
import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.ui.common.Notice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Step 1, the game: the priced catalog grouped by game, the games sold last first, filtered as
/// the cashier types.
public final class GameStepViewModel {

    /// A game on the counter's grid: its name, how many items it has, whether it was among the
    /// games sold last (those come first), and what sets it apart from look-alikes (may be empty).
    public record GameTile(String name, int items, boolean recent, String distinction) {
    }

    // Enough to put a shop's everyday games in the first row or two of the grid.
    private static final int RECENT_GAMES = 8;

    private final CatalogService catalog;
    private final FindOrders orders;
    private final SaleSupport support;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<GameTile> games = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper noMatch = new ReadOnlyStringWrapper("");
    private Map<String, List<PriceQuote>> byGame = Map.of();
    private List<String> recentGames = List.of();

    GameStepViewModel(CatalogService catalog, FindOrders orders, SaleSupport support) {
        this.catalog = catalog;
        this.orders = orders;
        this.support = support;
        filter.addListener((obs, old, now) -> filterGames());
        // The tiles' hints and "not found" in the language just chosen.
        support.i18n.localeProperty().addListener((obs, old, now) -> filterGames());
    }

    /// Reads the priced catalog and the games sold last in the background.
    void load() {
        support.screen.run("sale catalog", progress -> new CatalogAndRecent(catalog.priceList(), orders.gamesSoldLast(RECENT_GAMES)),
                loaded -> {
                    var grouped = new LinkedHashMap<String, List<PriceQuote>>();
                    loaded.quotes().forEach(q -> grouped.computeIfAbsent(q.product().game(), g -> new ArrayList<>()).add(q));
                    byGame = grouped;
                    recentGames = loaded.recentGames();
                    filterGames();
                    Notice noCatalog = Notice.warning("sale.noCatalog");
                    if (loaded.quotes().isEmpty()) {
                        support.say(noCatalog);
                    } else if (support.message.notice().equals(noCatalog)) {
                        support.message.clear();
                    }
                }, error -> support.say(Notice.danger("catalog.loadFailed")));
    }

    private record CatalogAndRecent(List<PriceQuote> quotes, List<String> recentGames) {
    }

    /// Until the first catalog sync has landed (a fresh install starts with none), the screen
    /// asks every few seconds; this reads again only while nothing is loaded.
    void loadIfEmpty() {
        if (byGame.isEmpty()) {
            load();
        }
    }

    /// What cashiers type finds the game (GameSearch: word starts, initials such as "ml", "ff",
    /// "hok", "ml b", shop slang); nothing found says so, with a hint.
    private void filterGames() {
        String query = filter.get();
        var ordered = new LinkedHashSet<String>();
        recentGames.stream().filter(byGame::containsKey).forEach(ordered::add);
        ordered.addAll(byGame.keySet());
        games.setAll(ordered.stream().filter(game -> GameSearch.matches(game, query))
                .map(game -> new GameTile(game, byGame.get(game).size(), recentGames.contains(game), distinction(game))).toList());
        noMatch.set(games.isEmpty() && !byGame.isEmpty() ? support.i18n.text("sale.game.none", query.strip()) : "");
    }

    private String distinction(String game) {
        return GameSearch.distinction(game).map(d -> switch (d.kind()) {
            case FOREIGN_REGION -> support.i18n.text("sale.game.foreignRegion");
            case GIFT -> support.i18n.text("sale.game.gift");
            case SUPPLIER_ROUTE -> support.i18n.text("sale.game.route", d.route());
        }).orElse("");
    }

    /// "Nothing found" with a hint, while the typed text finds no game; empty otherwise.
    public ReadOnlyStringProperty noMatchProperty() {
        return noMatch.getReadOnlyProperty();
    }

    /// A sale was made: its game goes to the front of the grid for the next sale.
    void noteSold(String game) {
        var updated = new ArrayList<String>();
        updated.add(game);
        recentGames.stream().filter(g -> !g.equals(game)).limit(RECENT_GAMES - 1).forEach(updated::add);
        recentGames = List.copyOf(updated);
    }

    boolean has(String game) {
        return game != null && byGame.containsKey(game);
    }

    List<PriceQuote> quotesOf(String game) {
        return byGame.getOrDefault(game, List.of());
    }

    /// A new sale: nothing typed, every game shown.
    void clear() {
        filter.set("");
        filterGames();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<GameTile> games() {
        return games;
    }
}
