package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.QrImages;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;

/// The customer-facing window's view: binds to [CustomerDisplayViewModel]; draws the QR locally.
public final class CustomerDisplayView {

    private static final int QR_PIXELS = 360;
    private final CustomerDisplayViewModel viewModel;

    @FXML
    private Label customerShop;
    @FXML
    private Label customerHeadline;
    @FXML
    private Label customerItem;
    @FXML
    private Label customerAmount;
    @FXML
    private ImageView customerQr;
    @FXML
    private Label customerCountdown;

    public CustomerDisplayView(CustomerDisplayViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        customerShop.setText(viewModel.shopName());
        customerHeadline.textProperty().bind(viewModel.headlineProperty());
        customerItem.textProperty().bind(viewModel.itemProperty());
        customerAmount.textProperty().bind(viewModel.amountProperty());
        customerCountdown.textProperty().bind(viewModel.countdownProperty());
        viewModel.qrStringProperty().addListener((obs, old, now) -> drawQr(now));
        drawQr(viewModel.qrStringProperty().get());
    }

    private void drawQr(String payload) {
        boolean show = payload != null && !payload.isEmpty();
        customerQr.setImage(show ? QrImages.of(payload, QR_PIXELS) : null);
        customerQr.setVisible(show);
        customerQr.setManaged(show);
    }
}
