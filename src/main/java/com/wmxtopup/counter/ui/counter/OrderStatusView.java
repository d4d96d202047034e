package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.NoticeStyle;
import com.wmxtopup.counter.ui.common.QrImages;
import com.wmxtopup.counter.ui.common.ViewBindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/// Step 5 on screen: the QR (or, where it was, a large sign of how the sale stands, readable from
/// across the counter), the countdown, the status, the receipt and what the keys do now.
public final class OrderStatusView {

    private static final int QR_PIXELS = 320;

    private final SaleViewModel sale;
    private final OrderTexts texts;
    private final ViewBindings bindings = new ViewBindings();

    @FXML
    private ImageView qrImage;
    @FXML
    private FontIcon outcomeIcon;
    @FXML
    private Label orderItemLabel;
    @FXML
    private Label orderAmountLabel;
    @FXML
    private Label remainingLabel;
    @FXML
    private Label orderStatusLabel;
    @FXML
    private Label orderNumberLabel;
    @FXML
    private Button demoPaySaleButton;
    @FXML
    private Label receiptLabel;
    @FXML
    private javafx.scene.control.Hyperlink openReceiptsLink;
    @FXML
    private Label waitingHint;
    @FXML
    private Label doneHint;

    public OrderStatusView(SaleViewModel sale) {
        this.sale = sale;
        this.texts = sale.status().texts();
    }

    @FXML
    private void initialize() {
        bind(orderItemLabel, texts.itemProperty());
        bind(orderAmountLabel, texts.amountProperty());
        bind(remainingLabel, sale.status().remainingTextProperty());
        bind(orderStatusLabel, texts.statusProperty());
        bind(orderNumberLabel, texts.numberProperty());
        bind(receiptLabel, sale.status().receiptTextProperty());
        // A receipt that did not print is the cashier's to fix before the customer leaves.
        NoticeStyle.follow(receiptLabel, sale.status().receiptSeverityProperty(), bindings);
        bindings.bind(openReceiptsLink.visibleProperty(), sale.status().receiptTextProperty().isNotEmpty());
        bindings.bind(openReceiptsLink.managedProperty(), openReceiptsLink.visibleProperty());
        openReceiptsLink.setOnAction(e -> openReceiptsFolder());
        bind(waitingHint, texts.waitingHintProperty());
        listen(texts.qrProperty(), (obs, old, now) -> showQr(now));
        listen(texts.outcomeProperty(), (obs, old, now) -> showOutcome());
        listen(texts.statusStyleProperty(), (obs, old, now) -> showOutcome());
        listen(texts.outcomeStyleProperty(), (obs, old, now) -> showOutcome());
        bindings.bind(demoPaySaleButton.visibleProperty(), texts.demoPayProperty());
        bindings.bind(demoPaySaleButton.managedProperty(), texts.demoPayProperty());
        demoPaySaleButton.setOnAction(e -> sale.customerPaysDemo());
        BooleanBinding waiting = Bindings.equal(SaleViewModel.Step.WAITING, sale.stepProperty());
        bindings.bind(waitingHint.visibleProperty(), waiting);
        bindings.bind(waitingHint.managedProperty(), waiting);
        bindings.bind(doneHint.visibleProperty(), Bindings.equal(SaleViewModel.Step.DONE, sale.stepProperty()));
        // A view built mid-sale (after a language switch) starts from the sale as it stands.
        showQr(texts.qrProperty().get());
        showOutcome();
    }

    private void bind(Label label, ObservableValue<String> text) {
        bindings.bind(label.textProperty(), text);
    }

    private <T> void listen(ObservableValue<T> value, ChangeListener<T> listener) {
        bindings.listen(value, listener);
    }

    private void showQr(String qr) {
        qrImage.setImage(qr.isEmpty() ? null : QrImages.of(qr, QR_PIXELS));
        qrImage.setVisible(!qr.isEmpty());
    }

    private void showOutcome() {
        outcomeIcon.getStyleClass().removeAll("sale-outcome-success", "sale-outcome-failed", "sale-outcome-open");
        orderStatusLabel.getStyleClass().removeAll("status-success", "status-failed");
        if (!texts.statusStyleProperty().get().isEmpty()) {
            orderStatusLabel.getStyleClass().add(texts.statusStyleProperty().get());
        }
        OrderTexts.Outcome outcome = texts.outcomeProperty().get();
        outcomeIcon.setVisible(outcome != OrderTexts.Outcome.NONE);
        if (outcome == OrderTexts.Outcome.NONE) {
            return;
        }
        outcomeIcon.setIconCode(icon(outcome));
        outcomeIcon.getStyleClass().add(texts.outcomeStyleProperty().get());
    }

    private static Ikon icon(OrderTexts.Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> MaterialDesignC.CHECK_CIRCLE;
            case FAILED -> MaterialDesignC.CLOSE_CIRCLE;
            case REFUNDED -> MaterialDesignC.CASH_REFUND;
            case EXPIRED -> MaterialDesignT.TIMER_OFF_OUTLINE;
            case CANCELLED -> MaterialDesignC.CANCEL;
            case NEEDS_CHECK -> MaterialDesignA.ALERT_CIRCLE;
            case IN_PROGRESS, NONE -> MaterialDesignP.PROGRESS_CLOCK;
        };
    }

    void dispose() {
        bindings.dispose();
    }

    /// F6 or the link: the receipts' folder in the file manager (the path is said only when it cannot be opened).
    void openReceiptsFolder() {
        var receipt = sale.status().receipt();
        com.wmxtopup.counter.ui.common.FolderOpener.open(receipt.folder(), receipt::folderNotOpened);
    }
}
