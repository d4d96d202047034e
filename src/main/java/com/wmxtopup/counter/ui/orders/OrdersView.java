package com.wmxtopup.counter.ui.orders;

import com.wmxtopup.counter.ui.access.SupervisorView;
import com.wmxtopup.counter.ui.access.SupervisorViewModel;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.ShopDates;
import com.wmxtopup.counter.ui.common.StatusCell;
import com.wmxtopup.counter.ui.common.ViewBindings;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/// The order back office (Pesanan): binds the list to [OrdersViewModel] and the selected order's
/// story and actions to [OrderDetailViewModel]; asks for the reason (and reference) of an action.
public final class OrdersView {

    private final OrdersViewModel list;
    private final OrderDetailViewModel detail;
    private final OrderExportViewModel export;
    private final I18n i18n;
    private final ViewBindings bindings = new ViewBindings();
    private final SupervisorViewModel supervisor;
    private Runnable stopSupervisor = () -> {
    };

    @FXML
    private BorderPane ordersRoot;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Label totalsLabel;
    @FXML
    private Button exportButton;
    @FXML
    private Label exportLabel;
    @FXML
    private ToggleButton needsActionButton;
    @FXML
    private ToggleButton allButton;
    @FXML
    private ComboBox<OrdersViewModel.Choice<?>> statusBox;
    @FXML
    private ComboBox<OrdersViewModel.Choice<?>> paymentBox;
    @FXML
    private ComboBox<OrdersViewModel.Choice<String>> sellerBox;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private TextField searchField;
    @FXML
    private Button searchButton;
    @FXML
    private Label listMessage;
    @FXML
    private TableView<OrdersViewModel.Row> orderTable;
    @FXML
    private TableColumn<OrdersViewModel.Row, String> numberColumn;
    @FXML
    private TableColumn<OrdersViewModel.Row, String> itemColumn;
    @FXML
    private TableColumn<OrdersViewModel.Row, String> amountColumn;
    @FXML
    private TableColumn<OrdersViewModel.Row, String> statusColumn;
    @FXML
    private Label tablePlaceholder;
    @FXML
    private Button moreButton;
    @FXML
    private VBox detailPane;
    @FXML
    private Label detailTitle;
    @FXML
    private Label factsLabel;
    @FXML
    private Button recheckButton;
    @FXML
    private Button retryButton;
    @FXML
    private Button deliveredButton;
    @FXML
    private Button refundButton;
    @FXML
    private Button cancelQrButton;
    @FXML
    private Button reprintButton;
    @FXML
    private Label detailMessage;
    @FXML
    private VBox historyBox;
    @FXML
    private Label notificationsLabel;
    @FXML
    private javafx.scene.control.Hyperlink rawNotificationsLink;

    public OrdersView(OrdersViewModel list, OrderDetailViewModel detail, OrderExportViewModel export, SupervisorViewModel supervisor,
            I18n i18n) {
        this.supervisor = supervisor;
        this.list = list;
        this.detail = detail;
        this.export = export;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        stopSupervisor = SupervisorView.install(supervisor, i18n, ordersRoot);
        bindFilters();
        bindList();
        bindDetail();
    }

    private void bindFilters() {
        var preset = new ToggleGroup();
        needsActionButton.setToggleGroup(preset);
        allButton.setToggleGroup(preset);
        needsActionButton.setSelected(list.needsActionOnlyProperty().get());
        allButton.setSelected(!list.needsActionOnlyProperty().get());
        needsActionButton.setOnAction(e -> {
            needsActionButton.setSelected(true);
            list.needsActionOnlyProperty().set(true);
        });
        allButton.setOnAction(e -> {
            allButton.setSelected(true);
            list.needsActionOnlyProperty().set(false);
        });
        statusBox.setItems(FXCollections.observableArrayList(list.statusChoices()));
        statusBox.setValue(list.currentStatusChoice());
        statusBox.setOnAction(e -> list.chooseStatus(cast(statusBox.getValue())));
        paymentBox.setItems(FXCollections.observableArrayList(list.paymentChoices()));
        sellerBox.setItems(list.sellers().choices());
        bindings.bindBidirectional(sellerBox.valueProperty(), list.sellers().chosenProperty());
        paymentBox.setValue(list.currentPaymentChoice());
        paymentBox.setOnAction(e -> list.choosePayment(cast(paymentBox.getValue())));
        ShopDates.use(fromPicker, toPicker);
        bindings.bindBidirectional(fromPicker.valueProperty(), list.fromDayProperty());
        bindings.bindBidirectional(toPicker.valueProperty(), list.toDayProperty());
        bindings.bindBidirectional(searchField.textProperty(), list.textProperty());
        searchField.setOnAction(e -> list.search());
        searchButton.setOnAction(e -> list.search());
    }

    private void bindList() {
        bindings.bind(loadingIndicator.visibleProperty(), list.loadingProperty());
        bindings.bind(totalsLabel.textProperty(), list.totalsProperty());
        // An empty list says why inside the table; a failure to read shows above it too.
        bindings.bind(listMessage.textProperty(), list.failureProperty());
        bindings.bind(listMessage.managedProperty(), list.failureProperty().isNotEmpty());
        bindings.bind(tablePlaceholder.textProperty(), list.messageProperty());
        orderTable.setItems(list.rows());
        orderTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        column(numberColumn, r -> r.number() + "\n" + r.time() + " · " + r.payment());
        column(itemColumn, r -> r.item() + "\n" + r.player());
        column(amountColumn, OrdersViewModel.Row::amount);
        column(statusColumn, OrdersViewModel.Row::status);
        statusColumn.setCellFactory(c -> new StatusCell<>(OrdersViewModel.Row::statusStyle));
        // The table and the view model share one selection.
        orderTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != list.selectedProperty().get()) {
                list.selectedProperty().set(now);
            }
        });
        bindings.listen(list.selectedProperty(), (obs, old, now) -> {
            if (now != orderTable.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    orderTable.getSelectionModel().clearSelection();
                } else {
                    orderTable.getSelectionModel().select(now);
                }
            }
        });
        bindings.bind(moreButton.visibleProperty(), list.hasMoreProperty());
        bindings.bind(exportLabel.textProperty(), export.exportTextProperty());
        bindings.bind(exportLabel.visibleProperty(), export.exportTextProperty().isNotEmpty());
        bindings.bind(exportLabel.managedProperty(), exportLabel.visibleProperty());
        bindings.bind(exportButton.textProperty(), javafx.beans.binding.Bindings.when(export.exportRunningProperty())
                .then(i18n.text("orders.export.cancel")).otherwise(i18n.text("orders.export")));
        exportButton.setOnAction(e -> {
            if (export.exportRunningProperty().get()) {
                export.cancel();
                return;
            }
            var chooser = new javafx.stage.FileChooser();
            chooser.setTitle(i18n.text("orders.export"));
            chooser.setInitialFileName(i18n.text("orders.export.fileName", java.time.LocalDate.now()) + ".csv");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
            var file = chooser.showSaveDialog(ordersRoot.getScene().getWindow());
            if (file != null) {
                export.exportTo(file.toPath());
            }
        });
        moreButton.setOnAction(e -> list.loadMore());
    }

    private void bindDetail() {
        bindings.bind(detailPane.visibleProperty(), detail.shownProperty());
        bindings.bind(detailTitle.textProperty(), detail.titleProperty());
        bindings.bind(factsLabel.textProperty(), detail.factsProperty());
        bindings.bind(notificationsLabel.textProperty(), detail.notificationsProperty());
        bindings.bind(rawNotificationsLink.visibleProperty(), detail.rawNotificationsProperty().isNotEmpty());
        bindings.bind(rawNotificationsLink.managedProperty(), rawNotificationsLink.visibleProperty());
        rawNotificationsLink.setOnAction(e -> showRawNotifications());
        bindings.bind(detailMessage.textProperty(), detail.messageProperty());
        // Each change as two wrapped lines, oldest first: when, what and who; then why (what matters).
        bindings.listen(detail.history(), (javafx.collections.ListChangeListener.Change<? extends OrderDetailViewModel.HistoryRow> c) -> {
            historyBox.getChildren().setAll(detail.history().stream().map(OrdersView::historyEntry).toList());
        });
        historyBox.getChildren().setAll(detail.history().stream().map(OrdersView::historyEntry).toList());
        action(recheckButton, OrderDetailViewModel.Action.RECHECK);
        action(retryButton, OrderDetailViewModel.Action.RETRY);
        action(deliveredButton, OrderDetailViewModel.Action.MARK_DELIVERED);
        action(refundButton, OrderDetailViewModel.Action.REFUND);
        action(cancelQrButton, OrderDetailViewModel.Action.CANCEL_QR);
        action(reprintButton, OrderDetailViewModel.Action.REPRINT);
        bindings.bind(cancelQrButton.managedProperty(), detail.allowedProperty(OrderDetailViewModel.Action.CANCEL_QR));
        bindings.bind(cancelQrButton.visibleProperty(), cancelQrButton.managedProperty());
        cancelQrButton.setOnAction(e -> detail.cancelQr());
        reprintButton.setOnAction(e -> detail.reprint());
        recheckButton.setOnAction(e -> detail.recheck());
        retryButton
                .setOnAction(e -> ReasonDialog.ask(ordersRoot, i18n, "orders.ask.retry", false).ifPresent(a -> detail.retry(a.reason())));
        deliveredButton.setOnAction(e -> ReasonDialog.ask(ordersRoot, i18n, "orders.ask.delivered", true)
                .ifPresent(a -> detail.markDelivered(a.reference(), a.reason())));
        refundButton
                .setOnAction(e -> ReasonDialog.ask(ordersRoot, i18n, "orders.ask.refund", false).ifPresent(a -> detail.refund(a.reason())));
    }

    private void action(Button button, OrderDetailViewModel.Action action) {
        bindings.bind(button.disableProperty(), detail.allowedProperty(action).not().or(detail.busyProperty()));
    }

    /// The combo boxes hold the view model's own choices; the element type is the view model's business.
    @SuppressWarnings("unchecked")
    private static <T> OrdersViewModel.Choice<T> cast(OrdersViewModel.Choice<?> choice) {
        return (OrdersViewModel.Choice<T>) choice;
    }

    private static void column(TableColumn<OrdersViewModel.Row, String> column, Function<OrdersViewModel.Row, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static javafx.scene.Node historyEntry(OrderDetailViewModel.HistoryRow row) {
        var head = new Label(row.time() + " · " + row.change() + " · " + row.actor());
        head.getStyleClass().add("history-head");
        head.setWrapText(true);
        var reason = new Label(row.reason());
        reason.setWrapText(true);
        reason.getStyleClass().add("history-reason");
        return new VBox(2, head, reason);
    }

    private void showRawNotifications() {
        var text = new javafx.scene.control.TextArea(detail.rawNotificationsProperty().get());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 360);
        text.getStyleClass().add("receipt-preview");
        var dialog = new javafx.scene.control.Dialog<Void>();
        dialog.initOwner(ordersRoot.getScene().getWindow());
        dialog.setTitle(i18n.text("orders.notifications.raw"));
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().add(new javafx.scene.control.ButtonType(i18n.text("orders.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait();
    }

    /// Nothing of this view stays bound after a language switch dropped it.
    public void dispose() {
        stopSupervisor.run();
        bindings.dispose();
    }
}
