package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.I18n;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/// The games as a grid of large tiles (touch-friendly), in the order the view model gives
/// (recently sold first). One tile is always highlighted: it is what Enter picks. The arrow keys
/// move the highlight once the grid has focus; ↑ from the top row hands focus back to the search
/// field (`onLeaveTop`), and typing a letter goes on in the search field (`onType`).
final class GameGrid extends ScrollPane {

    private static final double TILE_WIDTH = 210;
    private static final double TILE_HEIGHT = 88;

    private final TilePane tiles = new TilePane(10, 10);
    private final ObservableList<GameStepViewModel.GameTile> games;
    private final I18n i18n;
    private final Consumer<String> onPick;
    private Runnable onLeaveTop = () -> {
    };
    private Consumer<String> onType = text -> {
    };
    private int highlighted;

    private final ListChangeListener<GameStepViewModel.GameTile> onGamesChanged = change -> rebuild();

    /// Stops following the view model's games (the view is dropped).
    void dispose() {
        games.removeListener(onGamesChanged);
    }

    GameGrid(ObservableList<GameStepViewModel.GameTile> games, I18n i18n, Consumer<String> onPick) {
        this.games = games;
        this.i18n = i18n;
        this.onPick = onPick;
        setId("gameGrid");
        getStyleClass().add("game-grid");
        setFitToWidth(true);
        setFocusTraversable(true);
        tiles.setPrefTileWidth(TILE_WIDTH);
        tiles.setPrefTileHeight(TILE_HEIGHT);
        tiles.setPadding(new Insets(4));
        setContent(tiles);
        games.addListener(onGamesChanged);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (!typed.isEmpty() && !Character.isISOControl(typed.charAt(0))) {
                onType.accept(typed);
                event.consume();
            }
        });
        focusedProperty().addListener((obs, old, now) -> paintHighlight());
        rebuild();
    }

    void setOnLeaveTop(Runnable onLeaveTop) {
        this.onLeaveTop = onLeaveTop;
    }

    void setOnType(Consumer<String> onType) {
        this.onType = onType;
    }

    /// The game Enter picks now.
    Optional<String> highlightedGame() {
        return highlighted < games.size() ? Optional.of(games.get(highlighted).name()) : Optional.empty();
    }

    /// The games as the tiles show them, in order (for tests and screenshots).
    List<String> shownGames() {
        return tiles.getChildren().stream().map(tile -> ((Label) ((VBox) tile).getChildren().getFirst()).getText()).toList();
    }

    private void rebuild() {
        // A new filter: the best match is first, so Enter picks it.
        highlighted = 0;
        List<Node> built = games.stream().map(this::tile).toList();
        tiles.getChildren().setAll(built);
        paintHighlight();
        setVvalue(0);
    }

    private Node tile(GameStepViewModel.GameTile game) {
        var name = new Label(game.name());
        name.getStyleClass().add("game-tile-name");
        name.setWrapText(true);
        var detail = new Label(
                game.recent() ? i18n.text("sale.game.recentItems", game.items()) : i18n.text("sale.game.items", game.items()));
        detail.getStyleClass().add("game-tile-detail");
        var tile = new VBox(4, name, detail);
        if (!game.distinction().isEmpty()) {
            var distinction = new Label(game.distinction());
            distinction.getStyleClass().add("game-tile-distinction");
            distinction.setWrapText(true);
            tile.getChildren().add(distinction);
        }
        tile.getStyleClass().add("game-tile");
        if (game.recent()) {
            tile.getStyleClass().add("game-tile-recent");
        }
        tile.setPrefSize(TILE_WIDTH, TILE_HEIGHT);
        tile.setOnMouseClicked(e -> onPick.accept(game.name()));
        return tile;
    }

    private void onKey(KeyEvent event) {
        int columns = columns();
        int target = switch (event.getCode()) {
            case LEFT -> highlighted - 1;
            case RIGHT -> highlighted + 1;
            case UP -> highlighted - columns;
            case DOWN -> highlighted + columns;
            default -> Integer.MIN_VALUE;
        };
        if (target == Integer.MIN_VALUE) {
            return;
        }
        event.consume();
        if (event.getCode() == KeyCode.UP && target < 0) {
            onLeaveTop.run();
            return;
        }
        if (target >= 0 && target < games.size()) {
            highlighted = target;
            paintHighlight();
            scrollToHighlighted();
        }
    }

    /// Tiles in the first row: how far ↑ and ↓ move.
    private int columns() {
        List<Node> children = tiles.getChildren();
        if (children.isEmpty()) {
            return 1;
        }
        double firstRow = children.getFirst().getLayoutY();
        return (int) Math.max(1, children.stream().takeWhile(n -> n.getLayoutY() == firstRow).count());
    }

    private void paintHighlight() {
        List<Node> children = tiles.getChildren();
        for (int i = 0; i < children.size(); i++) {
            children.get(i).getStyleClass().removeAll("game-tile-highlighted", "game-tile-focused");
            if (i == highlighted) {
                children.get(i).getStyleClass().add(isFocused() ? "game-tile-focused" : "game-tile-highlighted");
            }
        }
    }

    private void scrollToHighlighted() {
        Node tile = tiles.getChildren().get(highlighted);
        Bounds bounds = tile.getBoundsInParent();
        double contentHeight = tiles.getHeight() - getViewportBounds().getHeight();
        if (contentHeight <= 0) {
            return;
        }
        double top = getVvalue() * contentHeight;
        double bottom = top + getViewportBounds().getHeight();
        if (bounds.getMinY() < top) {
            setVvalue(bounds.getMinY() / contentHeight);
        } else if (bounds.getMaxY() > bottom) {
            setVvalue((bounds.getMaxY() - getViewportBounds().getHeight()) / contentHeight);
        }
    }
}
