package com.wmxtopup.counter.ui.orders;

import com.wmxtopup.counter.ui.common.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/// The confirmation of an admin's action on an order, in the screen's language.
final class ReasonDialog {

    private ReasonDialog() {
    }

    record Answer(String reference, String reason) {
    }

    /// The confirmation of an action: what it does, a reason (required), and for "delivered" the
    /// supplier's trxid or serial number; OK stays off until they are filled in.
    static Optional<Answer> ask(javafx.scene.Node owner, I18n i18n, String key, boolean withReference) {
        var dialog = new Dialog<Answer>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(i18n.text(key + ".title"));
        dialog.setHeaderText(i18n.text(key + ".text"));
        var confirm = new ButtonType(i18n.text(key + ".confirm"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(i18n.text("orders.ask.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, cancel);
        dialog.getDialogPane().setId("actionDialog");
        var reference = new TextField();
        reference.setId("referenceField");
        reference.setPromptText(i18n.text("orders.ask.referencePrompt"));
        var reason = new TextArea();
        reason.setId("reasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(i18n.text("orders.ask.reasonPrompt"));
        var box = new VBox(8);
        if (withReference) {
            box.getChildren().addAll(new Label(i18n.text("orders.ask.reference")), reference);
        }
        box.getChildren().addAll(new Label(i18n.text("orders.ask.reason")), reason);
        dialog.getDialogPane().setContent(box);
        var ok = dialog.getDialogPane().lookupButton(confirm);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> reason.getText().isBlank() || (withReference && reference.getText().isBlank()), reason.textProperty(),
                reference.textProperty()));
        dialog.setResultConverter(button -> button == confirm ? new Answer(reference.getText(), reason.getText()) : null);
        javafx.application.Platform.runLater(withReference ? reference::requestFocus : reason::requestFocus);
        return dialog.showAndWait();
    }

}
