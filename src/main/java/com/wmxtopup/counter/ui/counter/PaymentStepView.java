package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.NoticeStyle;
import com.wmxtopup.counter.ui.common.ViewBindings;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/// Step 4 on screen: QRIS or cash, the amount received and the change, and the pay button.
public final class PaymentStepView {

    private final SaleViewModel sale;
    private final PaymentStepViewModel payment;
    private final ChangeListener<PaymentStepViewModel.Method> methodChanged = (obs, old, now) -> showMethod();
    private final ViewBindings styles = new ViewBindings();

    @FXML
    private Label paymentSummary;
    @FXML
    private Label paymentPrice;
    @FXML
    private ToggleButton qrisButton;
    @FXML
    private ToggleButton cashButton;
    @FXML
    private HBox cashBox;
    @FXML
    private TextField cashField;
    @FXML
    private Label changeLabel;
    @FXML
    private Label cashError;
    @FXML
    private Button payButton;

    public PaymentStepView(SaleViewModel sale) {
        this.sale = sale;
        this.payment = sale.payment();
    }

    @FXML
    private void initialize() {
        var methods = new ToggleGroup();
        qrisButton.setToggleGroup(methods);
        cashButton.setToggleGroup(methods);
        qrisButton.setOnAction(e -> payment.useQris());
        cashButton.setOnAction(e -> payment.useCash());
        payment.methodProperty().addListener(methodChanged);
        paymentSummary.textProperty().bind(payment.summaryProperty());
        paymentPrice.textProperty().bind(payment.priceProperty());
        cashField.textProperty().bindBidirectional(payment.cashTextProperty());
        changeLabel.textProperty().bind(payment.changeTextProperty());
        cashError.textProperty().bind(payment.cashErrorProperty());
        NoticeStyle.follow(cashError, payment.cashErrorSeverityProperty(), styles);
        payButton.textProperty().bind(payment.payLabelProperty());
        payButton.setOnAction(e -> sale.pay());
        payButton.disableProperty().bind(sale.busyProperty());
        showMethod();
    }

    private void showMethod() {
        boolean cash = payment.methodProperty().get() == PaymentStepViewModel.Method.CASH;
        qrisButton.setSelected(!cash);
        cashButton.setSelected(cash);
        cashBox.setVisible(cash);
        cashBox.setManaged(cash);
        if (cash && sale.stepProperty().get() == SaleViewModel.Step.PAYMENT) {
            Platform.runLater(cashField::requestFocus);
        }
    }

    Node focusTarget() {
        return payment.methodProperty().get() == PaymentStepViewModel.Method.CASH ? cashField : payButton;
    }

    void dispose() {
        payment.methodProperty().removeListener(methodChanged);
        cashField.textProperty().unbindBidirectional(payment.cashTextProperty());
        for (Label label : new Label[] {paymentSummary, paymentPrice, changeLabel, cashError}) {
            label.textProperty().unbind();
        }
        payButton.textProperty().unbind();
        payButton.disableProperty().unbind();
        styles.dispose();
    }
}
