package com.wmxtopup.counter.ui.counter;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/// Step 2 on screen: the chosen game's items, searchable, unavailable ones greyed with the reason.
public final class ItemStepView {

    private final SaleViewModel sale;

    @FXML
    private Label itemGameLabel;
    @FXML
    private TextField itemSearch;
    @FXML
    private ListView<ItemStepViewModel.ItemRow> itemList;

    public ItemStepView(SaleViewModel sale) {
        this.sale = sale;
    }

    @FXML
    private void initialize() {
        ItemStepViewModel items = sale.item();
        itemSearch.textProperty().bindBidirectional(items.filterProperty());
        itemList.setItems(items.items());
        itemList.setCellFactory(list -> new ItemCell());
        itemList.setOnMouseClicked(e -> sale.chooseItem(itemList.getSelectionModel().getSelectedItem()));
        itemGameLabel.textProperty().bind(items.gameProperty());
    }

    /// Name on the left, the reason it cannot be sold and the price right-aligned.
    private static final class ItemCell extends ListCell<ItemStepViewModel.ItemRow> {
        @Override
        protected void updateItem(ItemStepViewModel.ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("item-unavailable");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            var name = new Label(row.name());
            var spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            var reason = new Label(row.reason());
            reason.getStyleClass().add("item-reason");
            var price = new Label(row.price());
            price.getStyleClass().add("item-price");
            var line = new HBox(16, name, spacer, reason, price);
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(line);
            if (!row.available()) {
                getStyleClass().add("item-unavailable");
                name.getStyleClass().add("item-muted");
                price.getStyleClass().add("item-muted");
            }
        }
    }

    /// Enter: the item selected in the list when the list has the focus, else the first available one.
    void enter() {
        var selected = itemList.getSelectionModel().getSelectedItem();
        if (selected != null && itemList.isFocused()) {
            sale.chooseItem(selected);
        } else {
            sale.item().firstAvailableItem().ifPresent(sale::chooseItem);
        }
    }

    /// ↓ from the search into the list.
    boolean down() {
        if (!itemSearch.isFocused()) {
            return false;
        }
        itemList.requestFocus();
        itemList.getSelectionModel().selectFirst();
        return true;
    }

    Node focusTarget() {
        return itemSearch;
    }

    void dispose() {
        itemSearch.textProperty().unbindBidirectional(sale.item().filterProperty());
        itemGameLabel.textProperty().unbind();
        itemList.setItems(null);
    }
}
