package com.wmxtopup.counter.ui.access;

import com.wmxtopup.counter.ui.common.ViewBindings;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/// Binds the REST API tokens part of the settings to [ApiTokensViewModel]. The new secret sits in
/// a read-only field, selectable for copying, until the next action.
public final class ApiTokensView {

    private final ApiTokensViewModel viewModel;
    private final ViewBindings bindings = new ViewBindings();

    @FXML
    private TableView<ApiTokensViewModel.Row> tokenTable;
    @FXML
    private TableColumn<ApiTokensViewModel.Row, String> nameColumn;
    @FXML
    private TableColumn<ApiTokensViewModel.Row, String> endingColumn;
    @FXML
    private TableColumn<ApiTokensViewModel.Row, String> createdColumn;
    @FXML
    private TextField nameField;
    @FXML
    private Button createButton;
    @FXML
    private Button revokeButton;
    @FXML
    private TextField secretField;
    @FXML
    private Label messageLabel;

    public ApiTokensView(ApiTokensViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        tokenTable.setItems(viewModel.rows());
        column(nameColumn, ApiTokensViewModel.Row::name);
        column(endingColumn, ApiTokensViewModel.Row::ending);
        column(createdColumn, ApiTokensViewModel.Row::created);
        bindings.listen(tokenTable.getSelectionModel().selectedItemProperty(), (obs, old, now) -> viewModel.selectedProperty().set(now));
        bindings.bindBidirectional(nameField.textProperty(), viewModel.newNameProperty());
        bindings.bind(createButton.disableProperty(), viewModel.newNameProperty().isEmpty());
        bindings.bind(revokeButton.disableProperty(), viewModel.selectedProperty().isNull());
        bindings.bind(secretField.textProperty(), viewModel.shownSecretProperty());
        bindings.bind(secretField.visibleProperty(), viewModel.shownSecretProperty().isNotEmpty());
        bindings.bind(secretField.managedProperty(), viewModel.shownSecretProperty().isNotEmpty());
        bindings.bind(messageLabel.textProperty(), viewModel.messageProperty());
        createButton.setOnAction(e -> viewModel.create());
        revokeButton.setOnAction(e -> viewModel.revoke());
    }

    private static void column(TableColumn<ApiTokensViewModel.Row, String> column, Function<ApiTokensViewModel.Row, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    public void dispose() {
        bindings.dispose();
    }
}
