package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.NoticeStyle;
import com.wmxtopup.counter.ui.common.StatusCell;
import com.wmxtopup.counter.ui.common.ViewBindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;

/// The list of earlier sales (F3) on screen, over the sale: search, table, receipt preview.
public final class RecentSalesView {

    private final SaleViewModel sale;
    private final RecentSalesViewModel recent;
    private final ViewBindings styles = new ViewBindings();
    private final ChangeListener<RecentSalesViewModel.Row> selectedInModel;

    @FXML
    private TextField recentSearch;
    @FXML
    private TableView<RecentSalesViewModel.Row> recentTable;
    @FXML
    private TableColumn<RecentSalesViewModel.Row, String> recentTime;
    @FXML
    private TableColumn<RecentSalesViewModel.Row, String> recentNumber;
    @FXML
    private TableColumn<RecentSalesViewModel.Row, String> recentItem;
    @FXML
    private TableColumn<RecentSalesViewModel.Row, String> recentAmount;
    @FXML
    private TableColumn<RecentSalesViewModel.Row, String> recentStatus;
    @FXML
    private Label recentPlaceholder;
    @FXML
    private TextArea receiptPreview;
    @FXML
    private Label recentMessage;

    public RecentSalesView(SaleViewModel sale, RecentSalesViewModel recent) {
        this.sale = sale;
        this.recent = recent;
        this.selectedInModel = (obs, old, now) -> {
            if (now != null && recentTable.getSelectionModel().getSelectedItem() != now) {
                recentTable.getSelectionModel().select(now);
                recentTable.scrollTo(now);
            }
        };
    }

    @FXML
    private void initialize() {
        recentSearch.textProperty().bindBidirectional(recent.filterProperty());
        recentTable.setItems(recent.rows());
        recentTime.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().time()));
        recentNumber.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().number()));
        // Item and player share a column on two lines: the counter's window is not wide.
        recentItem.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item() + "\n" + c.getValue().player()));
        recentAmount.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().amount()));
        recentStatus.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        recentStatus.setCellFactory(column -> new StatusCell<>(RecentSalesViewModel.Row::statusStyle));
        recentTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // The table and the view model share one selection; each side follows the other.
        recentTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                recent.selectedProperty().set(now);
            }
        });
        recent.selectedProperty().addListener(selectedInModel);
        recentTable.setRowFactory(table -> {
            var row = new TableRow<RecentSalesViewModel.Row>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    sale.earlier().reopenById(row.getItem().orderId());
                }
            });
            return row;
        });
        receiptPreview.textProperty().bind(recent.previewProperty());
        // The paper's width plus room for the scroll bar: the preview wraps nothing the printer does not.
        receiptPreview.setPrefColumnCount(recent.previewColumns() + 3);
        recentMessage.textProperty().bind(recent.messageProperty());
        NoticeStyle.follow(recentMessage, recent.messageSeverityProperty(), styles);
        recentPlaceholder.textProperty().bind(recent.emptyTextProperty());
    }

    /// Keys on the list: ↓ from the search into the table, Enter opens the selected sale, F5
    /// prints its receipt again, F3 reloads, Esc goes back to the sale underneath.
    void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER -> {
                var selected = recent.selectedProperty().get();
                if (selected != null) {
                    sale.earlier().reopenById(selected.orderId());
                }
            }
            case F5 -> recent.reprint();
            case F3 -> recent.refresh();
            case ESCAPE -> sale.earlier().hideRecent();
            case DOWN -> {
                if (!recentSearch.isFocused()) {
                    return;
                }
                // The first row of what is shown, not the one viewed last time: Enter opens it.
                recentTable.requestFocus();
                if (!recentTable.getItems().isEmpty()) {
                    recentTable.getSelectionModel().selectFirst();
                    recentTable.getFocusModel().focus(0);
                    recentTable.scrollTo(0);
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    Node focusTarget() {
        return recentSearch;
    }

    void dispose() {
        recentSearch.textProperty().unbindBidirectional(recent.filterProperty());
        recent.selectedProperty().removeListener(selectedInModel);
        recentTable.setItems(null);
        receiptPreview.textProperty().unbind();
        recentMessage.textProperty().unbind();
        recentPlaceholder.textProperty().unbind();
        styles.dispose();
    }
}
