package com.wmxtopup.counter.ui.access;

import com.wmxtopup.counter.application.access.Person;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.ViewBindings;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/// Binds the lock screen to [SignInViewModel]: the list of people and the PIN, or on a fresh live
/// store the owner's name and PIN.
public final class SignInView {

    private final SignInViewModel viewModel;
    private final I18n i18n;
    private final ViewBindings bindings = new ViewBindings();

    @FXML
    private StackPane signInRoot;
    @FXML
    private Label titleLabel;
    @FXML
    private VBox signInBox;
    @FXML
    private ListView<Person> peopleList;
    @FXML
    private PasswordField pinField;
    @FXML
    private Button signInButton;
    @FXML
    private VBox ownerBox;
    @FXML
    private TextField ownerNameField;
    @FXML
    private PasswordField ownerPinField;
    @FXML
    private PasswordField ownerPinAgainField;
    @FXML
    private Button createOwnerButton;
    @FXML
    private Label messageLabel;
    @FXML
    private Label hintLabel;

    public SignInView(SignInViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        bindings.bind(signInRoot.visibleProperty(), viewModel.lockedProperty());
        bindings.bind(signInBox.visibleProperty(), viewModel.firstOwnerProperty().not());
        bindings.bind(signInBox.managedProperty(), viewModel.firstOwnerProperty().not());
        bindings.bind(ownerBox.visibleProperty(), viewModel.firstOwnerProperty());
        bindings.bind(ownerBox.managedProperty(), viewModel.firstOwnerProperty());
        bindings.bind(titleLabel.textProperty(), Bindings.when(viewModel.firstOwnerProperty())
                .then(i18n.text("signIn.owner.title")).otherwise(i18n.text("signIn.title")));
        peopleList.setItems(viewModel.people());
        peopleList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Person person, boolean empty) {
                super.updateItem(person, empty);
                setText(empty || person == null ? null : person.name() + "  ·  " + UserTexts.role(i18n, person.role()));
            }
        });
        peopleList.getSelectionModel().select(viewModel.chosenProperty().get());
        bindings.listen(viewModel.chosenProperty(), (obs, old, now) -> peopleList.getSelectionModel().select(now));
        bindings.listen(peopleList.getSelectionModel().selectedItemProperty(), (obs, old, now) -> {
            if (now != null) {
                viewModel.chosenProperty().set(now);
                Platform.runLater(pinField::requestFocus);
            }
        });
        bindings.bindBidirectional(pinField.textProperty(), viewModel.pinProperty());
        bindings.bindBidirectional(ownerPinField.textProperty(), viewModel.pinProperty());
        bindings.bindBidirectional(ownerPinAgainField.textProperty(), viewModel.pinAgainProperty());
        bindings.bindBidirectional(ownerNameField.textProperty(), viewModel.ownerNameProperty());
        bindings.bind(signInButton.disableProperty(), viewModel.busyProperty().or(viewModel.pinProperty().isEmpty()));
        bindings.bind(createOwnerButton.disableProperty(), viewModel.busyProperty().or(viewModel.pinProperty().isEmpty())
                .or(viewModel.ownerNameProperty().isEmpty()));
        bindings.bind(messageLabel.textProperty(), viewModel.messageProperty());
        signInButton.setOnAction(e -> viewModel.submit());
        pinField.setOnAction(e -> viewModel.submit());
        createOwnerButton.setOnAction(e -> viewModel.createOwner());
        // The owner's form by keyboard alone: Enter moves to the next field, and on the last one creates.
        ownerNameField.setOnAction(e -> ownerPinField.requestFocus());
        ownerPinField.setOnAction(e -> ownerPinAgainField.requestFocus());
        ownerPinAgainField.setOnAction(e -> createOwnerButton.fire()); // a disabled button does nothing
        hintLabel.setText(viewModel.hint());
        hintLabel.setVisible(!viewModel.hint().isEmpty());
        hintLabel.setManaged(!viewModel.hint().isEmpty());
        // No empty gap under the form while there is nothing to say.
        bindings.bind(messageLabel.managedProperty(), viewModel.messageProperty().isNotEmpty());
        // The PIN field has the keyboard whenever the lock shows.
        bindings.listen(viewModel.lockedProperty(), (obs, old, now) -> {
            if (now) {
                Platform.runLater(pinField::requestFocus);
            }
        });
    }

    public void dispose() {
        bindings.dispose();
    }
}
