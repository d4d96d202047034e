package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.NoticeStyle;
import com.wmxtopup.counter.ui.common.ViewBindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/// Step 3 on screen: the player's IDs (a zone typed in, or a server chosen), WhatsApp, and the
/// nickname large enough to read back to the customer.
public final class PlayerStepView {

    private final PlayerStepViewModel player;
    private final ItemStepViewModel item;
    private final ViewBindings styles = new ViewBindings();

    @FXML
    private Label targetItemLabel;
    @FXML
    private TextField userIdField;
    @FXML
    private Label userIdError;
    @FXML
    private Label zoneLabel;
    @FXML
    private TextField zoneField;
    @FXML
    private ComboBox<ServerChoice.Server> serverBox;
    @FXML
    private Label zoneIdError;
    @FXML
    private TextField phoneField;
    @FXML
    private Label phoneError;
    @FXML
    private Label nicknameLabel;
    @FXML
    private Label nicknameError;

    public PlayerStepView(SaleViewModel sale) {
        this.player = sale.player();
        this.item = sale.item();
    }

    @FXML
    private void initialize() {
        targetItemLabel.textProperty().bind(item.headingProperty());
        userIdField.textProperty().bindBidirectional(player.userIdProperty());
        zoneField.textProperty().bindBidirectional(player.zoneIdProperty());
        serverBox.setItems(player.servers());
        serverBox.valueProperty().bindBidirectional(player.serverProperty());
        userIdError.textProperty().bind(player.userIdErrorProperty());
        zoneIdError.textProperty().bind(player.zoneIdErrorProperty());
        phoneField.textProperty().bindBidirectional(player.phoneProperty());
        phoneError.textProperty().bind(player.phoneErrorProperty());
        nicknameLabel.textProperty().bind(player.nicknameCheck().textProperty());
        nicknameError.textProperty().bind(player.nicknameCheck().errorProperty());
        // Green with a tick for a nickname found; the warning style for an ID nobody could check.
        NoticeStyle.follow(nicknameLabel, player.nicknameCheck().severityProperty(), styles);
        NoticeStyle.follow(nicknameError, player.nicknameCheck().errorSeverityProperty(), styles);
        zoneLabel.textProperty().bind(player.zoneLabelProperty());
        // Unmanaged when hidden: a game without a zone shows no gap between the ID and WhatsApp rows.
        BooleanBinding typed = player.zoneTypedProperty();
        BooleanBinding server = player.serverChosenProperty();
        BooleanBinding any = typed.or(server);
        zoneLabel.visibleProperty().bind(any);
        zoneLabel.managedProperty().bind(any);
        zoneField.visibleProperty().bind(typed);
        zoneField.managedProperty().bind(typed);
        serverBox.visibleProperty().bind(server);
        serverBox.managedProperty().bind(server);
        zoneIdError.managedProperty().bind(any);
    }

    Node focusTarget() {
        return userIdField;
    }

    void dispose() {
        userIdField.textProperty().unbindBidirectional(player.userIdProperty());
        zoneField.textProperty().unbindBidirectional(player.zoneIdProperty());
        phoneField.textProperty().unbindBidirectional(player.phoneProperty());
        serverBox.valueProperty().unbindBidirectional(player.serverProperty());
        serverBox.setItems(null);
        for (Label label : new Label[] {targetItemLabel, userIdError, zoneIdError, phoneError, nicknameLabel, nicknameError, zoneLabel}) {
            label.textProperty().unbind();
        }
        styles.dispose();
    }
}
