package com.wmxtopup.counter.ui.audit;

import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.ShopDates;
import com.wmxtopup.counter.ui.common.ViewBindings;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;

/// Binds the audit log screen to [AuditViewModel]; asks where the CSV goes.
public final class AuditView {

    private final AuditViewModel viewModel;
    private final I18n i18n;
    private final ViewBindings bindings = new ViewBindings();

    @FXML
    private BorderPane auditRoot;
    @FXML
    private Button exportButton;
    @FXML
    private ComboBox<AuditViewModel.ActionChoice> actionBox;
    @FXML
    private TextField whoField;
    @FXML
    private TextField textField;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private Button searchButton;
    @FXML
    private Label messageLabel;
    @FXML
    private TableView<AuditViewModel.Row> auditTable;
    @FXML
    private TableColumn<AuditViewModel.Row, String> whenColumn;
    @FXML
    private TableColumn<AuditViewModel.Row, String> whoColumn;
    @FXML
    private TableColumn<AuditViewModel.Row, String> actionColumn;
    @FXML
    private TableColumn<AuditViewModel.Row, String> subjectColumn;
    @FXML
    private TableColumn<AuditViewModel.Row, String> detailColumn;
    @FXML
    private Button moreButton;

    public AuditView(AuditViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        actionBox.getItems().setAll(viewModel.actions());
        bindings.bindBidirectional(actionBox.valueProperty(), viewModel.actionProperty());
        bindings.bindBidirectional(whoField.textProperty(), viewModel.whoProperty());
        bindings.bindBidirectional(textField.textProperty(), viewModel.textProperty());
        ShopDates.use(fromPicker, toPicker);
        bindings.bindBidirectional(fromPicker.valueProperty(), viewModel.fromDayProperty());
        bindings.bindBidirectional(toPicker.valueProperty(), viewModel.toDayProperty());
        bindings.bind(messageLabel.textProperty(), viewModel.messageProperty());
        bindings.bind(moreButton.visibleProperty(), viewModel.moreProperty());
        bindings.bind(searchButton.disableProperty(), viewModel.busyProperty());
        whenColumn.setText(i18n.text("audit.column.when", viewModel.zoneLabel()));
        column(whenColumn, AuditViewModel.Row::when);
        column(whoColumn, AuditViewModel.Row::who);
        column(actionColumn, AuditViewModel.Row::action);
        column(subjectColumn, AuditViewModel.Row::subject);
        column(detailColumn, AuditViewModel.Row::detail);
        auditTable.setItems(viewModel.rows());
        searchButton.setOnAction(e -> viewModel.load());
        moreButton.setOnAction(e -> viewModel.loadMore());
        exportButton.setOnAction(e -> {
            var chooser = new javafx.stage.FileChooser();
            chooser.setTitle(i18n.text("audit.export"));
            chooser.setInitialFileName(i18n.text("audit.export.fileName", java.time.LocalDate.now()) + ".csv");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
            var file = chooser.showSaveDialog(auditRoot.getScene().getWindow());
            if (file != null) {
                viewModel.exportTo(file.toPath());
            }
        });
    }

    private static void column(TableColumn<AuditViewModel.Row, String> column, Function<AuditViewModel.Row, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    public void dispose() {
        bindings.dispose();
    }
}
