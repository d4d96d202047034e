package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.I18n;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/// Step 1 on screen: the game search and the grid of games.
public final class GameStepView {

    private final SaleViewModel sale;
    private final I18n i18n;
    private GameGrid gameGrid;

    @FXML
    private TextField gameSearch;
    @FXML
    private StackPane gameGridHolder;
    @FXML
    private Label noGameLabel;

    public GameStepView(SaleViewModel sale, I18n i18n) {
        this.sale = sale;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        gameSearch.textProperty().bindBidirectional(sale.game().filterProperty());
        gameGrid = new GameGrid(sale.game().games(), i18n, sale::chooseGame);
        gameGrid.setOnLeaveTop(gameSearch::requestFocus);
        gameGrid.setOnType(typed -> {
            gameSearch.requestFocus();
            gameSearch.appendText(typed);
            gameSearch.end();
        });
        gameGridHolder.getChildren().add(gameGrid);
        noGameLabel.textProperty().bind(sale.game().noMatchProperty());
        noGameLabel.visibleProperty().bind(sale.game().noMatchProperty().isNotEmpty());
        noGameLabel.managedProperty().bind(noGameLabel.visibleProperty());
    }

    /// Enter: the highlighted game (the first one unless the arrows moved).
    void enter() {
        gameGrid.highlightedGame().ifPresent(sale::chooseGame);
    }

    /// ↓ from the search into the grid; false when the key is not this step's.
    boolean down() {
        if (!gameSearch.isFocused()) {
            return false;
        }
        gameGrid.requestFocus();
        return true;
    }

    Node focusTarget() {
        return gameSearch;
    }

    void dispose() {
        gameSearch.textProperty().unbindBidirectional(sale.game().filterProperty());
        noGameLabel.textProperty().unbind();
        noGameLabel.visibleProperty().unbind();
        gameGrid.dispose();
    }
}
