package com.wmxtopup.counter.ui.access;

import com.wmxtopup.counter.application.access.PinRule;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.ViewBindings;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/// Binds the owner's Pengguna screen to [UsersViewModel].
public final class UsersView {

    private final UsersViewModel viewModel;
    private final I18n i18n;
    private final ViewBindings bindings = new ViewBindings();

    @FXML
    private TableView<UsersViewModel.Row> userTable;
    @FXML
    private TableColumn<UsersViewModel.Row, String> nameColumn;
    @FXML
    private TableColumn<UsersViewModel.Row, String> roleColumn;
    @FXML
    private TableColumn<UsersViewModel.Row, String> stateColumn;
    @FXML
    private TextField nameField;
    @FXML
    private ComboBox<UsersViewModel.RoleChoice> roleBox;
    @FXML
    private PasswordField pinField;
    @FXML
    private Button addButton;
    @FXML
    private ComboBox<UsersViewModel.RoleChoice> changeRoleBox;
    @FXML
    private Button changeRoleButton;
    @FXML
    private PasswordField resetPinField;
    @FXML
    private Button resetPinButton;
    @FXML
    private Button activeButton;
    @FXML
    private Label messageLabel;

    public UsersView(UsersViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        userTable.setItems(viewModel.rows());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().role()));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().state()));
        bindings.listen(userTable.getSelectionModel().selectedItemProperty(), (obs, old, now) -> viewModel.selectedProperty().set(now));
        bindings.listen(viewModel.selectedProperty(), (obs, old, now) -> {
            if (now != userTable.getSelectionModel().getSelectedItem()) {
                userTable.getSelectionModel().select(now);
            }
            changeRoleBox.setValue(now == null
                    ? null
                    : viewModel.roles().stream()
                            .filter(r -> r.role() == now.person().role()).findFirst().orElse(null));
        });
        roleBox.getItems().setAll(viewModel.roles());
        changeRoleBox.getItems().setAll(viewModel.roles());
        bindings.bindBidirectional(nameField.textProperty(), viewModel.newNameProperty());
        bindings.bindBidirectional(roleBox.valueProperty(), viewModel.newRoleProperty());
        bindings.bindBidirectional(pinField.textProperty(), viewModel.newPinProperty());
        var noSelection = viewModel.selectedProperty().isNull().or(viewModel.busyProperty());
        bindings.bind(addButton.disableProperty(), viewModel.busyProperty().or(viewModel.newNameProperty().isEmpty())
                .or(Bindings.createBooleanBinding(() -> !viewModel.isNewPinValid(), viewModel.newPinProperty())));
        bindings.bind(changeRoleButton.disableProperty(), noSelection);
        bindings.bind(resetPinButton.disableProperty(), noSelection.or(Bindings.createBooleanBinding(
                () -> !PinRule.isValid(resetPinField.getText()), resetPinField.textProperty())));
        bindings.bind(activeButton.disableProperty(), noSelection);
        bindings.bind(activeButton.textProperty(), Bindings.createStringBinding(() -> {
            var row = viewModel.selectedProperty().get();
            return i18n.text(row != null && !row.person().active() ? "users.selected.activate" : "users.selected.deactivate");
        }, viewModel.selectedProperty()));
        bindings.bind(messageLabel.textProperty(), viewModel.messageProperty());
        addButton.setOnAction(e -> viewModel.add());
        changeRoleButton.setOnAction(e -> viewModel.changeRole(changeRoleBox.getValue()));
        resetPinButton.setOnAction(e -> {
            viewModel.resetPin(resetPinField.getText());
            resetPinField.clear();
        });
        activeButton.setOnAction(e -> viewModel.toggleActive());
    }

    public void dispose() {
        bindings.dispose();
    }
}
