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
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/// The counter's sale screen: binds to [SaleViewModel] and turns keys into its verbs.
/// Enter goes on, Esc goes back, F2/F1 switch cash/QRIS, F9 lets the demo customer pay.
public final class SaleView {

    private static final int QR_PIXELS = 320;

    private final SaleViewModel viewModel;
    private final I18n i18n;
    private final Map<SaleViewModel.Step, Label> stepLabels = new EnumMap<>(SaleViewModel.Step.class);
    private final Timeline follow = new Timeline(new KeyFrame(Duration.seconds(1), e -> followOrder()));
    private final Timeline catalogWatch = new Timeline();

    @FXML private BorderPane saleRoot;
    @FXML private HBox steps;
    @FXML private Label messageLabel;
    @FXML private VBox gamePane;
    @FXML private TextField gameSearch;
    @FXML private ListView<String> gameList;
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
    @FXML private Label orderItemLabel;
    @FXML private Label orderAmountLabel;
    @FXML private Label remainingLabel;
    @FXML private Label orderStatusLabel;
    @FXML private Label orderNumberLabel;
    @FXML private Button demoPaySaleButton;
    @FXML private Label doneHint;
    @FXML private Label receiptLabel;

    public SaleView(SaleViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
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
        gameList.setItems(viewModel.games());
        gameList.setOnMouseClicked(e -> viewModel.chooseGame(gameList.getSelectionModel().getSelectedItem()));

        itemSearch.textProperty().bindBidirectional(viewModel.itemFilterProperty());
        itemList.setItems(viewModel.items());
        itemList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SaleViewModel.ItemRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("item-unavailable");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.name() + "   " + row.price() + (row.available() ? "" : "   — " + row.reason()));
                if (!row.available()) {
                    getStyleClass().add("item-unavailable");
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

        viewModel.stepProperty().addListener((obs, old, now) -> showStep(now));
        saleRoot.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        follow.setCycleCount(Timeline.INDEFINITE);
        catalogWatch.getKeyFrames().add(new KeyFrame(Duration.seconds(3), e -> viewModel.loadIfEmpty()));
        catalogWatch.setCycleCount(Timeline.INDEFINITE);
        catalogWatch.play();
        showStep(viewModel.stepProperty().get());
    }

    private void onKey(KeyEvent event) {
        SaleViewModel.Step step = viewModel.stepProperty().get();
        switch (event.getCode()) {
            case ENTER -> {
                switch (step) {
                    case GAME -> {
                        String selected = gameList.getSelectionModel().getSelectedItem();
                        if (selected != null && gameList.isFocused()) {
                            viewModel.chooseGame(selected);
                        } else {
                            viewModel.chooseFirstGame();
                        }
                    }
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
            case DOWN -> {
                if (step == SaleViewModel.Step.GAME && gameSearch.isFocused()) {
                    gameList.requestFocus();
                    gameList.getSelectionModel().selectFirst();
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
        gamePane.setVisible(step == SaleViewModel.Step.GAME);
        itemPane.setVisible(step == SaleViewModel.Step.ITEM);
        targetPane.setVisible(step == SaleViewModel.Step.TARGET);
        paymentPane.setVisible(step == SaleViewModel.Step.PAYMENT);
        orderPane.setVisible(step == SaleViewModel.Step.WAITING || step == SaleViewModel.Step.DONE);
        doneHint.setVisible(step == SaleViewModel.Step.DONE);
        var item = viewModel.selectedItemProperty().get();
        if (item != null) {
            targetItemLabel.setText(viewModel.selectedGameProperty().get() + " — " + item.name() + " — " + item.price());
            paymentSummary.setText(targetItemLabel.getText() + "\n" + i18n.text("sale.forPlayer",
                    viewModel.userIdProperty().get() + (viewModel.zoneIdProperty().get().isEmpty() ? "" : " (" + viewModel.zoneIdProperty().get() + ")"),
                    viewModel.nicknameProperty().get()));
            paymentPrice.setText(item.price());
        }
        if (step == SaleViewModel.Step.WAITING) {
            follow.play();
        } else if (step != SaleViewModel.Step.DONE) {
            follow.stop();
        }
        // Focus where the cashier types next, once the pane is shown.
        Node focus = switch (step) {
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
        zoneLabel.setVisible(any);
        zoneField.setVisible(any && !server);
        zoneField.setManaged(!server);
        serverBox.setVisible(server);
        serverBox.setManaged(server);
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
            return;
        }
        if (old == null || !old.qrString().equals(order.qrString())) {
            qrImage.setImage(order.qrString().isEmpty() ? null : QrImages.of(order.qrString(), QR_PIXELS));
        }
        boolean waitingForQr = order.status() == OrderStatus.WAITING_PAYMENT;
        qrImage.setVisible(waitingForQr && !order.qrString().isEmpty());
        orderItemLabel.setText(order.game() + " — " + order.productName() + "\n" + order.target().display()
                + (order.nickname().isEmpty() ? "" : " · " + order.nickname()));
        orderAmountLabel.setText(RupiahFormat.format(order.amount()) + (order.change().rupiah() > 0
                ? "   " + i18n.text("sale.cash.change", RupiahFormat.format(order.change())) : ""));
        orderNumberLabel.setText(i18n.text("sale.orderNumber", order.orderNumber().value()));
        demoPaySaleButton.setVisible(viewModel.isDemo() && waitingForQr);
        demoPaySaleButton.setManaged(demoPaySaleButton.isVisible());
    }

    private void followOrder() {
        if (viewModel.stepProperty().get() == SaleViewModel.Step.DONE) {
            follow.stop();
            return;
        }
        viewModel.refreshOrder();
    }
}
