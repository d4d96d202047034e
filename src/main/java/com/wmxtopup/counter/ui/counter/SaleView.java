package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.ZoneKind;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.QrImages;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.util.EnumMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/// The counter's sale screen: binds to [SaleViewModel] and turns keys into its verbs.
/// Enter goes on, Esc goes back, F2/F1 switch cash/QRIS, F3 lists earlier sales, F4 serves the
/// next customer while a QR stays open, F5 prints a receipt again, F9 lets the demo customer pay.
public final class SaleView {

    private static final int QR_PIXELS = 320;

    private final SaleViewModel viewModel;
    private final RecentSalesViewModel recent;
    private final I18n i18n;
    private GameGrid gameGrid;
    private final Map<SaleViewModel.Step, Label> stepLabels = new EnumMap<>(SaleViewModel.Step.class);
    private final Timeline follow = new Timeline(new KeyFrame(Duration.seconds(1), e -> followOrder()));
    private final Timeline catalogWatch = new Timeline();
    // One view is built per language (the labels come from the bundle at load time); only the
    // one for the current language runs the timers, or two would follow the same sale.
    private java.util.Locale language;

    @FXML private BorderPane saleRoot;
    @FXML private HBox steps;
    @FXML private Label messageLabel;
    @FXML private VBox gamePane;
    @FXML private TextField gameSearch;
    @FXML private StackPane gameGridHolder;
    @FXML private VBox itemPane;
    @FXML private Label itemGameLabel;
    @FXML private TextField itemSearch;
    @FXML private ListView<SaleViewModel.ItemRow> itemList;
    @FXML private VBox targetPane;
    @FXML private Label targetItemLabel;
    @FXML private TextField userIdField;
    @FXML private Label userIdError;
    @FXML private Label zoneLabel;
    @FXML private TextField zoneField;
    @FXML private ComboBox<String> serverBox;
    @FXML private Label zoneIdError;
    @FXML private TextField phoneField;
    @FXML private Label phoneError;
    @FXML private Label nicknameLabel;
    @FXML private Label nicknameError;
    @FXML private VBox paymentPane;
    @FXML private Label paymentSummary;
    @FXML private Label paymentPrice;
    @FXML private ToggleButton qrisButton;
    @FXML private ToggleButton cashButton;
    @FXML private HBox cashBox;
    @FXML private TextField cashField;
    @FXML private Label changeLabel;
    @FXML private Label cashError;
    @FXML private Button payButton;
    @FXML private HBox orderPane;
    @FXML private ImageView qrImage;
    @FXML private FontIcon outcomeIcon;
    @FXML private Label orderItemLabel;
    @FXML private Label orderAmountLabel;
    @FXML private Label remainingLabel;
    @FXML private Label orderStatusLabel;
    @FXML private Label orderNumberLabel;
    @FXML private Button demoPaySaleButton;
    @FXML private Label doneHint;
    @FXML private Label waitingHint;
    @FXML private VBox recentPane;
    @FXML private TextField recentSearch;
    @FXML private TableView<RecentSalesViewModel.Row> recentTable;
    @FXML private TableColumn<RecentSalesViewModel.Row, String> recentTime;
    @FXML private TableColumn<RecentSalesViewModel.Row, String> recentNumber;
    @FXML private TableColumn<RecentSalesViewModel.Row, String> recentItem;
    @FXML private TableColumn<RecentSalesViewModel.Row, String> recentAmount;
    @FXML private TableColumn<RecentSalesViewModel.Row, String> recentStatus;
    @FXML private Label recentPlaceholder;
    @FXML private TextArea receiptPreview;
    @FXML private Label recentMessage;
    @FXML private Label receiptLabel;

    public SaleView(SaleViewModel viewModel, RecentSalesViewModel recent, I18n i18n) {
        this.viewModel = viewModel;
        this.recent = recent;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        for (SaleViewModel.Step step : SaleViewModel.Step.values()) {
            var label = new Label(i18n.text("sale.step." + step.name().toLowerCase(java.util.Locale.ROOT)));
            label.getStyleClass().add("sale-step");
            stepLabels.put(step, label);
            steps.getChildren().add(label);
        }
        messageLabel.textProperty().bind(viewModel.messageProperty());

        gameSearch.textProperty().bindBidirectional(viewModel.gameFilterProperty());
        gameGrid = new GameGrid(viewModel.games(), i18n, viewModel::chooseGame);
        gameGrid.setOnLeaveTop(gameSearch::requestFocus);
        gameGrid.setOnType(typed -> {
            gameSearch.requestFocus();
            gameSearch.appendText(typed);
            gameSearch.end();
        });
        gameGridHolder.getChildren().add(gameGrid);

        itemSearch.textProperty().bindBidirectional(viewModel.itemFilterProperty());
        itemList.setItems(viewModel.items());
        itemList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SaleViewModel.ItemRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("item-unavailable");
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                // Name on the left, the reason it cannot be sold and the price right-aligned.
                var name = new Label(row.name());
                var spacer = new javafx.scene.layout.Region();
                HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
                var reason = new Label(row.reason());
                reason.getStyleClass().add("item-reason");
                var price = new Label(row.price());
                price.getStyleClass().add("item-price");
                var line = new HBox(16, name, spacer, reason, price);
                line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setText(null);
                setGraphic(line);
                if (!row.available()) {
                    getStyleClass().add("item-unavailable");
                    name.getStyleClass().add("item-muted");
                    price.getStyleClass().add("item-muted");
                }
            }
        });
        itemList.setOnMouseClicked(e -> viewModel.chooseItem(itemList.getSelectionModel().getSelectedItem()));
        itemGameLabel.textProperty().bind(viewModel.selectedGameProperty());

        userIdField.textProperty().bindBidirectional(viewModel.userIdProperty());
        zoneField.textProperty().bindBidirectional(viewModel.zoneIdProperty());
        serverBox.setItems(viewModel.servers());
        serverBox.valueProperty().addListener((obs, old, now) -> viewModel.zoneIdProperty().set(now == null ? "" : now));
        userIdError.textProperty().bind(viewModel.userIdErrorProperty());
        zoneIdError.textProperty().bind(viewModel.zoneIdErrorProperty());
        phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        phoneError.textProperty().bind(viewModel.phoneErrorProperty());
        nicknameError.textProperty().bind(viewModel.nicknameErrorProperty());
        viewModel.nicknameProperty().addListener((obs, old, now) -> showNickname());
        viewModel.checkingNicknameProperty().addListener((obs, old, now) -> showNickname());
        viewModel.zoneKindProperty().addListener((obs, old, kind) -> showZoneField(kind));
        showZoneField(viewModel.zoneKindProperty().get());

        var methods = new ToggleGroup();
        qrisButton.setToggleGroup(methods);
        cashButton.setToggleGroup(methods);
        qrisButton.setOnAction(e -> viewModel.useQris());
        cashButton.setOnAction(e -> viewModel.useCash());
        viewModel.methodProperty().addListener((obs, old, now) -> showMethod());
        cashField.textProperty().bindBidirectional(viewModel.cashTextProperty());
        changeLabel.textProperty().bind(viewModel.changeTextProperty());
        cashError.textProperty().bind(viewModel.cashErrorProperty());
        payButton.setOnAction(e -> viewModel.pay());
        payButton.disableProperty().bind(viewModel.busyProperty());
        showMethod();

        remainingLabel.textProperty().bind(viewModel.remainingTextProperty());
        orderStatusLabel.textProperty().bind(viewModel.statusTextProperty());
        viewModel.orderProperty().addListener((obs, old, now) -> showOrder(old, now));
        demoPaySaleButton.setOnAction(e -> viewModel.customerPaysDemo());
        receiptLabel.textProperty().bind(viewModel.receiptTextProperty());
        waitingHint.textProperty().bind(viewModel.waitingHintProperty());

        bindRecentSales();
        viewModel.stepProperty().addListener((obs, old, now) -> showStep(now));
        viewModel.showingRecentProperty().addListener((obs, old, now) -> showStep(viewModel.stepProperty().get()));
        saleRoot.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        follow.setCycleCount(Timeline.INDEFINITE);
        catalogWatch.getKeyFrames().add(new KeyFrame(Duration.seconds(3), e -> viewModel.loadIfEmpty()));
        catalogWatch.setCycleCount(Timeline.INDEFINITE);
        catalogWatch.play();
        language = i18n.locale();
        i18n.localeProperty().addListener((obs, old, now) -> {
            if (isCurrentLanguage()) {
                catalogWatch.play();
                showStep(viewModel.stepProperty().get());
            } else {
                catalogWatch.stop();
                follow.stop();
            }
        });
        // A view built mid-sale (the other language) starts from the sale as it stands.
        showOrder(null, viewModel.orderProperty().get());
        showNickname();
        showStep(viewModel.stepProperty().get());
    }

    private void bindRecentSales() {
        recentSearch.textProperty().bindBidirectional(recent.filterProperty());
        recentTable.setItems(recent.rows());
        recentTime.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().time()));
        recentNumber.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().number()));
        // Item and player share a column on two lines: the counter's window is not wide.
        recentItem.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item() + "\n" + c.getValue().player()));
        recentAmount.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().amount()));
        recentStatus.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        recentStatus.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("state-done", "state-failed", "state-open");
                var row = getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || row == null ? null : text);
                if (!empty && row != null) {
                    getStyleClass().add(switch (row.order().status()) {
                        case SUCCESS -> "state-done";
                        case FAILED, NEEDS_CHECK -> "state-failed";
                        default -> "state-open";
                    });
                }
            }
        });
        recentTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // The table and the view model share one selection; each side follows the other.
        recentTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                recent.selectedProperty().set(now);
            }
        });
        recent.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && recentTable.getSelectionModel().getSelectedItem() != now) {
                recentTable.getSelectionModel().select(now);
                recentTable.scrollTo(now);
            }
        });
        recentTable.setRowFactory(table -> {
            var row = new javafx.scene.control.TableRow<RecentSalesViewModel.Row>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.reopenById(row.getItem().order().id());
                }
            });
            return row;
        });
        receiptPreview.textProperty().bind(recent.previewProperty());
        // The paper's width plus room for the scroll bar: the preview wraps nothing the printer does not.
        receiptPreview.setPrefColumnCount(recent.previewColumns() + 3);
        recentMessage.textProperty().bind(recent.messageProperty());
        recentPlaceholder.textProperty().bind(recent.emptyTextProperty());
    }

    private void onKey(KeyEvent event) {
        if (viewModel.showingRecentProperty().get()) {
            onRecentKey(event);
            return;
        }
        SaleViewModel.Step step = viewModel.stepProperty().get();
        switch (event.getCode()) {
            case ENTER -> {
                switch (step) {
                    case GAME -> gameGrid.highlightedGame().ifPresent(viewModel::chooseGame);
                    case ITEM -> {
                        var selected = itemList.getSelectionModel().getSelectedItem();
                        if (selected != null && itemList.isFocused()) {
                            viewModel.chooseItem(selected);
                        } else {
                            viewModel.firstAvailableItem().ifPresent(viewModel::chooseItem);
                        }
                    }
                    case TARGET -> viewModel.confirmTarget();
                    case PAYMENT -> viewModel.pay();
                    case DONE -> viewModel.newSale();
                    case WAITING -> { }
                }
                event.consume();
            }
            case ESCAPE -> {
                if (step == SaleViewModel.Step.WAITING && viewModel.canCancel()) {
                    confirmCancel();
                } else {
                    viewModel.back();
                }
                event.consume();
            }
            case N -> {
                if (step == SaleViewModel.Step.DONE) {
                    viewModel.newQr();
                    event.consume();
                }
            }
            case F3 -> {
                viewModel.showRecent();
                recent.refresh();
                event.consume();
            }
            case F4 -> {
                if (step == SaleViewModel.Step.WAITING) {
                    viewModel.parkWaiting();
                    event.consume();
                }
            }
            case DOWN -> {
                if (step == SaleViewModel.Step.GAME && gameSearch.isFocused()) {
                    gameGrid.requestFocus();
                    event.consume();
                } else if (step == SaleViewModel.Step.ITEM && itemSearch.isFocused()) {
                    itemList.requestFocus();
                    itemList.getSelectionModel().selectFirst();
                    event.consume();
                }
            }
            case F2 -> {
                if (step == SaleViewModel.Step.PAYMENT) {
                    viewModel.useCash();
                    event.consume();
                }
            }
            case F1 -> {
                if (step == SaleViewModel.Step.PAYMENT) {
                    viewModel.useQris();
                    event.consume();
                }
            }
            case F5 -> {
                if (step == SaleViewModel.Step.DONE) {
                    viewModel.reprintReceipt();
                    event.consume();
                }
            }
            case F9 -> {
                if (step == SaleViewModel.Step.WAITING) {
                    viewModel.customerPaysDemo();
                    event.consume();
                }
            }
            default -> { }
        }
    }

    /// Keys on the list of earlier sales: ↓ from the search into the table, Enter opens the
    /// selected sale, F5 prints its receipt again, Esc goes back to the sale underneath.
    private void onRecentKey(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER -> recent.selectedOrder().ifPresent(order -> viewModel.reopenById(order.id()));
            case F5 -> recent.reprint();
            case F3 -> recent.refresh();
            case ESCAPE -> viewModel.hideRecent();
            case DOWN -> {
                if (!recentSearch.isFocused()) {
                    return;
                }
                recentTable.requestFocus();
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void confirmCancel() {
        var confirm = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION, i18n.text("sale.cancelQuestion"),
                javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
        confirm.initOwner(saleRoot.getScene().getWindow());
        confirm.setHeaderText(i18n.text("sale.cancelTitle"));
        confirm.getDialogPane().setId("cancelDialog");
        ((Button) confirm.getDialogPane().lookupButton(javafx.scene.control.ButtonType.NO)).setDefaultButton(true);
        ((Button) confirm.getDialogPane().lookupButton(javafx.scene.control.ButtonType.YES)).setDefaultButton(false);
        confirm.showAndWait().filter(javafx.scene.control.ButtonType.YES::equals).ifPresent(yes -> viewModel.cancelWaiting());
    }

    private void showStep(SaleViewModel.Step step) {
        stepLabels.forEach((s, label) -> {
            label.getStyleClass().remove("sale-step-current");
            if (s == step || (step == SaleViewModel.Step.DONE && s == SaleViewModel.Step.WAITING)) {
                label.getStyleClass().add("sale-step-current");
            }
        });
        boolean list = viewModel.showingRecentProperty().get();
        recentPane.setVisible(list);
        // The sale's own message ("Enter for the next sale") would mislead over the list.
        messageLabel.setVisible(!list);
        messageLabel.setManaged(!list);
        gamePane.setVisible(!list && step == SaleViewModel.Step.GAME);
        itemPane.setVisible(!list && step == SaleViewModel.Step.ITEM);
        targetPane.setVisible(!list && step == SaleViewModel.Step.TARGET);
        paymentPane.setVisible(!list && step == SaleViewModel.Step.PAYMENT);
        orderPane.setVisible(!list && (step == SaleViewModel.Step.WAITING || step == SaleViewModel.Step.DONE));
        doneHint.setVisible(step == SaleViewModel.Step.DONE);
        waitingHint.setVisible(step == SaleViewModel.Step.WAITING);
        waitingHint.setManaged(waitingHint.isVisible());
        var item = viewModel.selectedItemProperty().get();
        if (item != null) {
            targetItemLabel.setText(viewModel.selectedGameProperty().get() + " — " + item.name() + " — " + item.price());
            paymentSummary.setText(targetItemLabel.getText() + "\n" + i18n.text("sale.forPlayer",
                    viewModel.userIdProperty().get() + (viewModel.zoneIdProperty().get().isEmpty() ? "" : " (" + viewModel.zoneIdProperty().get() + ")"),
                    viewModel.nicknameProperty().get()));
            paymentPrice.setText(item.price());
        }
        // Followed while waiting, and after a closed QR too (followOrder stops once nothing can change).
        if ((step == SaleViewModel.Step.WAITING || step == SaleViewModel.Step.DONE) && isCurrentLanguage()) {
            follow.play();
        } else {
            follow.stop();
        }
        // Focus where the cashier types next, once the pane is shown.
        Node focus = list ? recentSearch : switch (step) {
            case GAME -> gameSearch;
            case ITEM -> itemSearch;
            case TARGET -> userIdField;
            case PAYMENT -> viewModel.methodProperty().get() == SaleViewModel.Method.CASH ? cashField : payButton;
            case WAITING, DONE -> saleRoot;
        };
        Platform.runLater(focus::requestFocus);
    }

    private void showZoneField(ZoneKind kind) {
        boolean server = kind == ZoneKind.SERVER;
        boolean any = kind != ZoneKind.NONE;
        // Unmanaged when hidden: a game without a zone shows no gap between the ID and WhatsApp rows.
        zoneLabel.setVisible(any);
        zoneLabel.setManaged(any);
        zoneField.setVisible(any && !server);
        zoneField.setManaged(any && !server);
        serverBox.setVisible(server);
        serverBox.setManaged(server);
        zoneIdError.setManaged(any);
        zoneLabel.setText(i18n.text(server ? "sale.server" : "sale.zoneId"));
    }

    private void showNickname() {
        if (viewModel.checkingNicknameProperty().get()) {
            nicknameLabel.setText(i18n.text("sale.nicknameChecking"));
        } else if (!viewModel.nicknameProperty().get().isEmpty()) {
            nicknameLabel.setText(i18n.text("sale.nickname", viewModel.nicknameProperty().get()));
        } else {
            nicknameLabel.setText("");
        }
    }

    private void showMethod() {
        boolean cash = viewModel.methodProperty().get() == SaleViewModel.Method.CASH;
        qrisButton.setSelected(!cash);
        cashButton.setSelected(cash);
        cashBox.setVisible(cash);
        cashBox.setManaged(cash);
        payButton.setText(i18n.text(cash ? "sale.payCash" : "sale.pay"));
        if (cash && viewModel.stepProperty().get() == SaleViewModel.Step.PAYMENT) {
            Platform.runLater(cashField::requestFocus);
        }
    }

    private void showOrder(Order old, Order order) {
        if (order == null) {
            qrImage.setImage(null);
            showOutcome(null);
            return;
        }
        if (old == null || !old.qrString().equals(order.qrString())) {
            qrImage.setImage(order.qrString().isEmpty() ? null : QrImages.of(order.qrString(), QR_PIXELS));
        }
        boolean waitingForQr = order.status() == OrderStatus.WAITING_PAYMENT;
        qrImage.setVisible(waitingForQr && !order.qrString().isEmpty());
        showOutcome(qrImage.isVisible() ? null : order.status());
        orderItemLabel.setText(order.game() + " — " + order.productName() + "\n" + order.target().display()
                + (order.nickname().isEmpty() ? "" : " · " + order.nickname()));
        orderAmountLabel.setText(RupiahFormat.format(order.amount()) + (order.change().rupiah() > 0
                ? "   " + i18n.text("sale.cash.change", RupiahFormat.format(order.change())) : ""));
        orderNumberLabel.setText(i18n.text("sale.orderNumber", order.orderNumber().value()));
        demoPaySaleButton.setVisible(viewModel.isDemo() && waitingForQr);
        demoPaySaleButton.setManaged(demoPaySaleButton.isVisible());
    }

    /// Where the QR was: a large sign of how the sale stands, readable from across the counter.
    private void showOutcome(OrderStatus status) {
        outcomeIcon.getStyleClass().removeAll("sale-outcome-success", "sale-outcome-failed", "sale-outcome-open");
        orderStatusLabel.getStyleClass().removeAll("status-success", "status-failed");
        if (status == OrderStatus.SUCCESS) {
            orderStatusLabel.getStyleClass().add("status-success");
        } else if (status == OrderStatus.FAILED || status == OrderStatus.NEEDS_CHECK) {
            orderStatusLabel.getStyleClass().add("status-failed");
        }
        if (status == null) {
            outcomeIcon.setVisible(false);
            return;
        }
        outcomeIcon.setIconCode(switch (status) {
            case SUCCESS -> MaterialDesignC.CHECK_CIRCLE;
            case FAILED -> MaterialDesignC.CLOSE_CIRCLE;
            case REFUNDED -> MaterialDesignC.CASH_REFUND;
            case EXPIRED -> MaterialDesignT.TIMER_OFF_OUTLINE;
            case CANCELLED -> MaterialDesignC.CANCEL;
            case NEEDS_CHECK -> MaterialDesignA.ALERT_CIRCLE;
            case PENDING, WAITING_PAYMENT, PAID, SUPPLIER_REQUESTING, PROCESSING -> MaterialDesignP.PROGRESS_CLOCK;
        });
        outcomeIcon.getStyleClass().add(switch (status) {
            case SUCCESS -> "sale-outcome-success";
            case FAILED, NEEDS_CHECK -> "sale-outcome-failed";
            default -> "sale-outcome-open";
        });
        outcomeIcon.setVisible(true);
    }

    private boolean isCurrentLanguage() {
        return i18n.locale().equals(language);
    }

    private void followOrder() {
        if (!viewModel.needsFollowing()) {
            follow.stop();
            return;
        }
        viewModel.refreshOrder();
    }
}
