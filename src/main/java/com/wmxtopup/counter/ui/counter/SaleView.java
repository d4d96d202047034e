package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.AttachedWhenShown;
import com.wmxtopup.counter.ui.common.Fxml;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.NoticeStyle;
import com.wmxtopup.counter.ui.common.ViewBindings;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/// The counter's sale screen: the steps bar, the message line and the legend around one part per
/// step; shows the part of the current step and turns keys into the view model's verbs. Enter
/// goes on, Esc goes back, F2/F1 switch cash/QRIS, F3 lists earlier sales, F4 serves the next
/// customer while a QR stays open, F5 prints a receipt again, F9 lets the demo customer pay.
public final class SaleView {

    private final SaleViewModel sale;
    private final I18n i18n;
    private final GameStepView game;
    private final ItemStepView item;
    private final PlayerStepView player;
    private final PaymentStepView payment;
    private final OrderStatusView status;
    private final RecentSalesView recent;
    private final RecentSalesViewModel recentSales;
    private final Map<SaleViewModel.Step, Label> stepLabels = new EnumMap<>(SaleViewModel.Step.class);
    private final ViewBindings styles = new ViewBindings();
    private final InvalidationListener showStep = obs -> showStep();
    private final javafx.event.EventHandler<KeyEvent> keys = this::onKey;
    private final javafx.beans.value.ChangeListener<javafx.scene.Scene> sceneChange = (obs, old, now) -> {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            showStep();
        }
    };

    @FXML
    private BorderPane saleRoot;
    @FXML
    private HBox steps;
    @FXML
    private Label messageLabel;
    @FXML
    private Label legend;
    @FXML
    private Node gameStep;
    @FXML
    private Node itemStep;
    @FXML
    private Node playerStep;
    @FXML
    private Node paymentStep;
    @FXML
    private Node statusStep;
    @FXML
    private Node recentSalesPane;
    @FXML
    private javafx.scene.layout.StackPane stepParts;

    public SaleView(SaleViewModel sale, RecentSalesViewModel recentSales, I18n i18n) {
        this.sale = sale;
        this.recentSales = recentSales;
        this.i18n = i18n;
        this.game = new GameStepView(sale, i18n);
        this.item = new ItemStepView(sale);
        this.player = new PlayerStepView(sale);
        this.payment = new PaymentStepView(sale);
        this.status = new OrderStatusView(sale);
        this.recent = new RecentSalesView(sale, recentSales);
    }

    /// Builds the screen in the current language.
    public Parent load() {
        return Fxml.load("/com/wmxtopup/counter/ui/counter/SaleView.fxml", i18n.bundle(), this, game, item, player, payment, status,
                recent);
    }

    @FXML
    private void initialize() {
        legend.setText(i18n.text(sale.legendKey()));
        for (SaleViewModel.Step step : SaleViewModel.Step.values()) {
            var label = new Label(i18n.text("sale.step." + step.name().toLowerCase(Locale.ROOT)));
            label.getStyleClass().add("sale-step");
            stepLabels.put(step, label);
            steps.getChildren().add(label);
        }
        messageLabel.textProperty().bind(sale.messageProperty());
        // The counter's keys work whatever was clicked before (the sidebar, the language switch):
        // they are taken at the window while this screen is in it, and coming back to the screen
        // puts the focus where its step expects it.
        saleRoot.sceneProperty().addListener(sceneChange);
        sceneChange.changed(null, null, saleRoot.getScene());
        sale.stepProperty().addListener(showStep);
        sale.earlier().showingRecentProperty().addListener(showStep);
        showStep();
        // The steps not shown yet (all but the first) and the recent sales join the scene when first shown.
        AttachedWhenShown.parts(stepParts);
        // A warning or a failure on the message line is seen from arm's length, not read as information.
        NoticeStyle.follow(messageLabel, sale.messageSeverityProperty(), styles);
    }

    /// The view is dropped (a language switch builds a new one): nothing of it stays bound.
    public void dispose() {
        saleRoot.sceneProperty().removeListener(sceneChange);
        sceneChange.changed(null, saleRoot.getScene(), null);
        sale.stepProperty().removeListener(showStep);
        sale.earlier().showingRecentProperty().removeListener(showStep);
        messageLabel.textProperty().unbind();
        game.dispose();
        item.dispose();
        player.dispose();
        payment.dispose();
        status.dispose();
        recent.dispose();
        styles.dispose();
    }

    private void onKey(KeyEvent event) {
        if (saleRoot.isDisabled()) {
            return; // the sign-in lock lies over the counter: Enter belongs to the PIN field
        }
        if (sale.earlier().showingRecentProperty().get()) {
            recent.onKey(event);
            return;
        }
        SaleViewModel.Step step = sale.stepProperty().get();
        boolean consumed = switch (event.getCode()) {
            case ENTER -> {
                switch (step) {
                    case GAME -> game.enter();
                    case ITEM -> item.enter();
                    case TARGET -> sale.confirmTarget();
                    case PAYMENT -> sale.pay();
                    case DONE -> sale.newSale();
                    case WAITING -> {
                    }
                }
                yield true;
            }
            case ESCAPE -> {
                if (step == SaleViewModel.Step.WAITING && sale.status().canCancel()) {
                    confirmCancel();
                } else {
                    sale.back();
                }
                yield true;
            }
            case F3 -> {
                sale.earlier().showRecent();
                recentSales.refresh();
                yield true;
            }
            case DOWN -> step == SaleViewModel.Step.GAME ? game.down() : step == SaleViewModel.Step.ITEM && item.down();
            case N -> when(step == SaleViewModel.Step.DONE, sale::newQr);
            case F4 -> when(step == SaleViewModel.Step.WAITING, sale.earlier()::parkWaiting);
            case F2 -> when(step == SaleViewModel.Step.PAYMENT, sale.payment()::useCash);
            case F1 -> when(step == SaleViewModel.Step.PAYMENT, sale.payment()::useQris);
            case F5 -> when(step == SaleViewModel.Step.DONE, sale.status()::reprintReceipt);
            case F6 -> when(step == SaleViewModel.Step.DONE, status::openReceiptsFolder);
            case F9 -> when(step == SaleViewModel.Step.WAITING, sale::customerPaysDemo);
            default -> false;
        };
        if (consumed) {
            event.consume();
        }
    }

    private static boolean when(boolean applies, Runnable verb) {
        if (applies) {
            verb.run();
        }
        return applies;
    }

    private void confirmCancel() {
        // The buttons in the screen's language (JavaFX's own YES/NO follow the JVM's locale).
        var cancelQr = new ButtonType(i18n.text("sale.cancelYes"), ButtonBar.ButtonData.YES);
        var keepQr = new ButtonType(i18n.text("sale.cancelNo"), ButtonBar.ButtonData.NO);
        var confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.text("sale.cancelQuestion"), cancelQr, keepQr);
        confirm.initOwner(saleRoot.getScene().getWindow());
        confirm.setHeaderText(i18n.text("sale.cancelTitle"));
        confirm.getDialogPane().setId("cancelDialog");
        ((Button) confirm.getDialogPane().lookupButton(keepQr)).setDefaultButton(true);
        ((Button) confirm.getDialogPane().lookupButton(cancelQr)).setDefaultButton(false);
        confirm.showAndWait().filter(cancelQr::equals).ifPresent(yes -> sale.status().cancelWaiting());
    }

    private void showStep() {
        SaleViewModel.Step step = sale.stepProperty().get();
        stepLabels.forEach((s, label) -> {
            label.getStyleClass().remove("sale-step-current");
            if (s == step || (step == SaleViewModel.Step.DONE && s == SaleViewModel.Step.WAITING)) {
                label.getStyleClass().add("sale-step-current");
            }
        });
        boolean list = sale.earlier().showingRecentProperty().get();
        recentSalesPane.setVisible(list);
        // The sale's own message ("Enter for the next sale") would mislead over the list.
        messageLabel.setVisible(!list);
        messageLabel.setManaged(!list);
        gameStep.setVisible(!list && step == SaleViewModel.Step.GAME);
        itemStep.setVisible(!list && step == SaleViewModel.Step.ITEM);
        playerStep.setVisible(!list && step == SaleViewModel.Step.TARGET);
        paymentStep.setVisible(!list && step == SaleViewModel.Step.PAYMENT);
        statusStep.setVisible(!list && (step == SaleViewModel.Step.WAITING || step == SaleViewModel.Step.DONE));
        // Focus where the cashier types next, once the part is shown.
        Node focus = list ? recent.focusTarget() : switch (step) {
            case GAME -> game.focusTarget();
            case ITEM -> item.focusTarget();
            case TARGET -> player.focusTarget();
            case PAYMENT -> payment.focusTarget();
            case WAITING, DONE -> saleRoot;
        };
        Platform.runLater(focus::requestFocus);
    }
}
