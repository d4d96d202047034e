package com.wmxtopup.counter.ui.shift;

import com.wmxtopup.counter.ui.common.ViewBindings;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/// Binds the Kas screen to its view models: the shift, cash movements and the admin's history.
public final class ShiftView {

    private final ShiftViewModel shift;
    private final CashMovementViewModel movement;
    private final ShiftHistoryViewModel history;
    private final ObservableBooleanValue mayManage;
    private final ViewBindings bindings = new ViewBindings();

    @FXML
    private Label shiftStatus;
    @FXML
    private Label shiftMessage;
    @FXML
    private TextArea reportText;
    @FXML
    private Button refreshButton;
    @FXML
    private Button printButton;
    @FXML
    private Button savePdfButton;
    @FXML
    private VBox openBox;
    @FXML
    private CheckBox openTotalOnly;
    @FXML
    private GridPane openGrid;
    @FXML
    private TextField openTotal;
    @FXML
    private Label openSum;
    @FXML
    private Button openButton;
    @FXML
    private VBox movementBox;
    @FXML
    private ComboBox<CashMovementViewModel.KindChoice> kindBox;
    @FXML
    private TextField amountField;
    @FXML
    private TextField reasonField;
    @FXML
    private Button recordButton;
    @FXML
    private VBox closeBox;
    @FXML
    private CheckBox closeTotalOnly;
    @FXML
    private GridPane closeGrid;
    @FXML
    private TextField closeTotal;
    @FXML
    private Label closeSum;
    @FXML
    private TextField noteField;
    @FXML
    private Label closePreview;
    @FXML
    private Button closeButton;
    @FXML
    private VBox shiftHistoryBox;
    @FXML
    private TableView<ShiftHistoryViewModel.Row> historyTable;
    @FXML
    private TableColumn<ShiftHistoryViewModel.Row, String> numberColumn;
    @FXML
    private TableColumn<ShiftHistoryViewModel.Row, String> consoleColumn;
    @FXML
    private TableColumn<ShiftHistoryViewModel.Row, String> openedColumn;
    @FXML
    private TableColumn<ShiftHistoryViewModel.Row, String> closedColumn;
    @FXML
    private TableColumn<ShiftHistoryViewModel.Row, String> expectedColumn;
    @FXML
    private TableColumn<ShiftHistoryViewModel.Row, String> countedColumn;
    @FXML
    private TableColumn<ShiftHistoryViewModel.Row, String> varianceColumn;
    @FXML
    private Button showButton;
    @FXML
    private TextField forceReasonField;
    @FXML
    private Button forceButton;

    /// @param mayManage whether the signed-in person may see every console's shifts (the use case checks again)
    public ShiftView(ShiftViewModel shift, CashMovementViewModel movement, ShiftHistoryViewModel history,
            ObservableBooleanValue mayManage) {
        this.shift = shift;
        this.movement = movement;
        this.history = history;
        this.mayManage = mayManage;
    }

    @FXML
    private void initialize() {
        var open = Bindings.createBooleanBinding(() -> shift.currentProperty().get().isPresent(), shift.currentProperty());
        var busy = shift.busyProperty();
        bindings.bind(shiftStatus.textProperty(), shift.statusProperty());
        bindings.bind(shiftMessage.textProperty(), shift.messageProperty());
        bindings.listen(shift.reportLines(), change -> reportText.setText(String.join("\n", shift.reportLines())));
        showWhen(openBox, open.not());
        showWhen(movementBox, open);
        showWhen(closeBox, open);
        showWhen(shiftHistoryBox, mayManage);

        CashCountView.bind(shift.openCount(), openGrid, openTotalOnly, openTotal, openSum, bindings);
        CashCountView.bind(shift.closeCount(), closeGrid, closeTotalOnly, closeTotal, closeSum, bindings);
        bindings.bind(openButton.disableProperty(), busy.or(Bindings.createBooleanBinding(
                () -> shift.openCount().countBinding().get().isEmpty(), shift.openCount().countBinding())));
        bindings.bind(closeButton.disableProperty(), busy.or(Bindings.createBooleanBinding(
                () -> shift.closeCount().countBinding().get().isEmpty(), shift.closeCount().countBinding())));
        bindings.bindBidirectional(noteField.textProperty(), shift.closeNoteProperty());
        bindings.bind(closePreview.textProperty(), shift.closePreviewBinding());
        var noReport = Bindings.createBooleanBinding(() -> shift.reportProperty().get().isEmpty(), shift.reportProperty());
        bindings.bind(printButton.disableProperty(), busy.or(noReport));
        bindings.bind(savePdfButton.disableProperty(), busy.or(noReport));
        bindings.bind(refreshButton.disableProperty(), busy.or(open.not()));

        kindBox.getItems().setAll(movement.kinds());
        bindings.bindBidirectional(kindBox.valueProperty(), movement.kindProperty());
        bindings.bindBidirectional(amountField.textProperty(), movement.amountTextProperty());
        bindings.bindBidirectional(reasonField.textProperty(), movement.reasonProperty());
        bindings.bind(recordButton.disableProperty(), busy.or(movement.readyBinding().not()));

        historyTable.setItems(history.rows());
        column(numberColumn, ShiftHistoryViewModel.Row::number);
        column(consoleColumn, ShiftHistoryViewModel.Row::console);
        column(openedColumn, ShiftHistoryViewModel.Row::opened);
        column(closedColumn, ShiftHistoryViewModel.Row::closed);
        column(expectedColumn, ShiftHistoryViewModel.Row::expected);
        column(countedColumn, ShiftHistoryViewModel.Row::counted);
        column(varianceColumn, ShiftHistoryViewModel.Row::variance);
        bindings.listen(historyTable.getSelectionModel().selectedItemProperty(), (obs, old, now) -> history.selectedProperty().set(now));
        bindings.bindBidirectional(forceReasonField.textProperty(), history.forceReasonProperty());
        var noSelection = history.selectedProperty().isNull();
        bindings.bind(showButton.disableProperty(), busy.or(noSelection));
        bindings.bind(forceButton.disableProperty(), busy.or(noSelection).or(history.forceReasonProperty().isEmpty())
                .or(Bindings.createBooleanBinding(() -> history.selectedProperty().get() != null
                        && !history.selectedProperty().get().open(), history.selectedProperty())));

        openButton.setOnAction(e -> shift.open());
        closeButton.setOnAction(e -> shift.close());
        recordButton.setOnAction(e -> movement.record());
        refreshButton.setOnAction(e -> shift.load());
        printButton.setOnAction(e -> shift.printReport());
        savePdfButton.setOnAction(e -> savePdf());
        showButton.setOnAction(e -> history.showSelected());
        forceButton.setOnAction(e -> history.forceCloseSelected());
    }

    private void savePdf() {
        var chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        shift.reportProperty().get().ifPresent(r -> chooser.setInitialFileName(
                "laporan-" + r.kind() + "-shift-" + r.header().shiftId() + ".pdf"));
        File file = chooser.showSaveDialog(reportText.getScene().getWindow());
        if (file != null) {
            shift.savePdf(file.toPath());
        }
    }

    private void showWhen(javafx.scene.Node node, ObservableBooleanValue condition) {
        bindings.bind(node.visibleProperty(), Bindings.createBooleanBinding(condition::get, condition));
        bindings.bind(node.managedProperty(), Bindings.createBooleanBinding(condition::get, condition));
    }

    private static void column(TableColumn<ShiftHistoryViewModel.Row, String> column,
            java.util.function.Function<ShiftHistoryViewModel.Row, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    public void dispose() {
        bindings.dispose();
    }
}
