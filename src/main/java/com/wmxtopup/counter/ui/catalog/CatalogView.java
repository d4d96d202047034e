package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.ViewBindings;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/// The catalog screen's view: binds to [CatalogViewModel] and forwards actions.
public final class CatalogView {

    private final CatalogViewModel viewModel;
    private final I18n i18n;
    private final ViewBindings bindings = new ViewBindings();
    private boolean fillingTargets;

    @FXML
    private BorderPane catalogRoot;
    @FXML
    private Label lastSyncLabel;
    @FXML
    private Button syncButton;
    @FXML
    private HBox progressBox;
    @FXML
    private ProgressBar syncProgress;
    @FXML
    private Label syncPhaseLabel;
    @FXML
    private Button cancelButton;
    @FXML
    private Label messageLabel;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<String> gameFilter;
    @FXML
    private ComboBox<CatalogTableViewModel.StatusFilter> statusFilter;
    @FXML
    private Label countLabel;
    @FXML
    private TableView<CatalogRow> productTable;
    @FXML
    private TableColumn<CatalogRow, String> gameColumn;
    @FXML
    private TableColumn<CatalogRow, String> nameColumn;
    @FXML
    private TableColumn<CatalogRow, String> skuColumn;
    @FXML
    private TableColumn<CatalogRow, String> buyColumn;
    @FXML
    private TableColumn<CatalogRow, String> sellColumn;
    @FXML
    private TableColumn<CatalogRow, String> marginColumn;
    @FXML
    private TableColumn<CatalogRow, String> statusColumn;
    @FXML
    private ComboBox<RuleScope> scopeBox;
    @FXML
    private ComboBox<String> targetBox;
    @FXML
    private Label targetError;
    @FXML
    private TextField percentField;
    @FXML
    private Label percentError;
    @FXML
    private TextField flatField;
    @FXML
    private Label flatError;
    @FXML
    private ComboBox<Long> roundingBox;
    @FXML
    private CheckBox fixedPriceCheck;
    @FXML
    private TextField fixedPriceField;
    @FXML
    private Label fixedPriceError;
    @FXML
    private Label previewSummary;
    @FXML
    private TableView<RulePreviewViewModel.PreviewRow> previewTable;
    @FXML
    private TableColumn<RulePreviewViewModel.PreviewRow, String> previewName;
    @FXML
    private TableColumn<RulePreviewViewModel.PreviewRow, String> previewBuy;
    @FXML
    private TableColumn<RulePreviewViewModel.PreviewRow, String> previewOld;
    @FXML
    private TableColumn<RulePreviewViewModel.PreviewRow, String> previewNew;
    @FXML
    private Button deleteRuleButton;
    @FXML
    private Button saveRuleButton;

    public CatalogView(CatalogViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindTable();
        bindRuleEditor();
        bindings.listen(viewModel.catalogSync().syncSummaryProperty(), (obs, old, summary) -> {
            // Only while the view is on screen (the summary waits for the next visit otherwise).
            if (summary != null && catalogRoot.getScene() != null && catalogRoot.getScene().getWindow() != null) {
                showSummary(summary);
            }
        });
    }

    private void bindToolbar() {
        syncButton.setGraphic(new FontIcon(MaterialDesignS.SYNC));
        syncButton.setOnAction(e -> viewModel.catalogSync().sync());
        bindings.bind(syncButton.disableProperty(), viewModel.catalogSync().syncingProperty());
        bindings.bind(progressBox.visibleProperty(), viewModel.catalogSync().syncingProperty());
        bindings.bind(progressBox.managedProperty(), viewModel.catalogSync().syncingProperty());
        bindings.bind(syncProgress.progressProperty(), viewModel.catalogSync().syncProgressProperty());
        bindings.bind(syncPhaseLabel.textProperty(), viewModel.catalogSync().syncPhaseTextProperty());
        cancelButton.setOnAction(e -> viewModel.catalogSync().cancelSync());
        bindings.bind(cancelButton.disableProperty(), viewModel.catalogSync().cancellingProperty());
        bindings.bind(lastSyncLabel.textProperty(), viewModel.catalogSync().lastSyncTextProperty());
        bindings.bind(messageLabel.textProperty(), viewModel.messageProperty());
    }

    private void bindTable() {
        bindings.bindBidirectional(searchField.textProperty(), viewModel.table().searchTextProperty());
        var gameChoices = FXCollections.<String>observableArrayList("");
        gameChoices.addAll(viewModel.games());
        bindings.listen(viewModel.games(), (javafx.collections.ListChangeListener<String>) c -> {
            String selected = gameFilter.getValue();
            gameChoices.setAll("");
            gameChoices.addAll(viewModel.games());
            gameFilter.setValue(selected);
        });
        gameFilter.setItems(gameChoices);
        gameFilter.setConverter(converter(g -> g == null || g.isEmpty() ? i18n.text("catalog.allGames") : g));
        bindings.bindBidirectional(gameFilter.valueProperty(), viewModel.table().gameFilterProperty());
        statusFilter.setItems(FXCollections.observableArrayList(CatalogTableViewModel.StatusFilter.values()));
        statusFilter.setConverter(converter(s -> s == null ? "" : i18n.text("catalog.filter." + s.name().toLowerCase(Locale.ROOT))));
        bindings.bindBidirectional(statusFilter.valueProperty(), viewModel.table().statusFilterProperty());
        bindings.bind(countLabel.textProperty(), viewModel.table().countTextProperty());

        productTable.setItems(viewModel.table().visibleRows());
        productTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(gameColumn, CatalogRow::game);
        column(nameColumn, CatalogRow::name);
        column(skuColumn, CatalogRow::sku);
        column(buyColumn, CatalogRow::buy);
        column(sellColumn, CatalogRow::sell);
        column(marginColumn, CatalogRow::margin);
        column(statusColumn, CatalogRow::status);
        productTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(CatalogRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("row-blocked", "row-below-cost");
                if (!empty && row != null && !row.rowStyle().isEmpty()) {
                    getStyleClass().add(row.rowStyle());
                }
            }
        });
        productTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.ruleEditor().editRuleFor(row);
            }
        });
    }

    private void bindRuleEditor() {
        scopeBox.setItems(FXCollections.observableArrayList(RuleScope.values()));
        scopeBox.setConverter(converter(s -> s == null ? "" : i18n.text(s.labelKey())));
        bindings.bindBidirectional(scopeBox.valueProperty(), viewModel.ruleEditor().ruleScopeProperty());
        bindings.bind(targetBox.disableProperty(), viewModel.ruleEditor().ruleScopeProperty().isEqualTo(RuleScope.DEFAULT));
        bindings.listen(viewModel.ruleEditor().ruleScopeProperty(), (obs, old, scope) -> fillTargets(scope));
        bindings.listen(viewModel.games(),
                (javafx.collections.ListChangeListener<String>) c -> fillTargets(viewModel.ruleEditor().ruleScopeProperty().get()));
        fillTargets(viewModel.ruleEditor().ruleScopeProperty().get());
        // Not a bidirectional binding: replacing the combo box's items may clear its value, which
        // must not erase the target the view model holds.
        targetBox.setValue(viewModel.ruleEditor().ruleTargetProperty().get());
        bindings.listen(viewModel.ruleEditor().ruleTargetProperty(), (obs, old, now) -> {
            if (!java.util.Objects.equals(targetBox.getValue(), now)) {
                targetBox.setValue(now);
            }
        });
        targetBox.valueProperty().addListener((obs, old, now) -> {
            if (!fillingTargets && now != null && !now.equals(viewModel.ruleEditor().ruleTargetProperty().get())) {
                viewModel.ruleEditor().ruleTargetProperty().set(now);
            }
        });
        bindings.bind(targetError.textProperty(), viewModel.ruleEditor().targetErrorProperty());
        bindings.bindBidirectional(percentField.textProperty(), viewModel.ruleEditor().margin().percentTextProperty());
        bindings.bind(percentError.textProperty(), viewModel.ruleEditor().margin().percentErrorProperty());
        bindings.bindBidirectional(flatField.textProperty(), viewModel.ruleEditor().margin().flatTextProperty());
        bindings.bind(flatError.textProperty(), viewModel.ruleEditor().margin().flatErrorProperty());
        roundingBox.setItems(FXCollections.observableArrayList(RuleMarginViewModel.ROUNDING_STEPS));
        roundingBox.setConverter(converter(viewModel.ruleEditor().margin()::roundingText));
        bindings.bindBidirectional(roundingBox.valueProperty(), viewModel.ruleEditor().margin().roundingStepProperty());
        bindings.bindBidirectional(fixedPriceCheck.selectedProperty(), viewModel.ruleEditor().margin().fixedPriceModeProperty());
        bindings.bind(fixedPriceCheck.disableProperty(), viewModel.ruleEditor().ruleScopeProperty().isNotEqualTo(RuleScope.PRODUCT));
        bindings.bindBidirectional(fixedPriceField.textProperty(), viewModel.ruleEditor().margin().fixedPriceTextProperty());
        bindings.bind(fixedPriceField.disableProperty(), viewModel.ruleEditor().margin().fixedPriceModeProperty().not()
                .or(viewModel.ruleEditor().ruleScopeProperty().isNotEqualTo(RuleScope.PRODUCT)));
        bindings.bind(percentField.disableProperty(),
                viewModel.ruleEditor().margin().fixedPriceModeProperty()
                        .and(viewModel.ruleEditor().ruleScopeProperty().isEqualTo(RuleScope.PRODUCT)));
        bindings.bind(flatField.disableProperty(), percentField.disableProperty());
        bindings.bind(roundingBox.disableProperty(), percentField.disableProperty());
        bindings.bind(fixedPriceError.textProperty(), viewModel.ruleEditor().margin().fixedPriceErrorProperty());
        bindings.bind(previewSummary.textProperty(), viewModel.ruleEditor().preview().summaryProperty());
        // An empty error line takes no room: at 768 px of height every row counts.
        for (Label error : List.of(targetError, percentError, flatError, fixedPriceError)) {
            bindings.bind(error.managedProperty(), error.textProperty().isNotEmpty());
        }
        previewTable.setItems(viewModel.ruleEditor().preview().rows());
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        previewColumn(previewName, RulePreviewViewModel.PreviewRow::name);
        previewColumn(previewBuy, RulePreviewViewModel.PreviewRow::buy);
        previewColumn(previewOld, RulePreviewViewModel.PreviewRow::currentSell);
        previewColumn(previewNew, RulePreviewViewModel.PreviewRow::newSell);
        previewTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(RulePreviewViewModel.PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("row-below-cost");
                if (!empty && row != null && row.blocked()) {
                    getStyleClass().add("row-below-cost");
                }
            }
        });
        bindings.bind(saveRuleButton.disableProperty(), viewModel.ruleEditor().canSaveRuleProperty().not());
        saveRuleButton.setOnAction(e -> viewModel.ruleEditor().saveRule());
        bindings.bind(deleteRuleButton.disableProperty(), viewModel.ruleEditor().canDeleteRuleProperty().not());
        deleteRuleButton.setOnAction(e -> viewModel.ruleEditor().deleteRule());
    }

    private void fillTargets(RuleScope scope) {
        String current = viewModel.ruleEditor().ruleTargetProperty().get();
        fillingTargets = true;
        if (scope == RuleScope.GAME) {
            targetBox.setItems(FXCollections.observableArrayList(viewModel.games()));
        } else if (scope == RuleScope.PRODUCT) {
            targetBox.setItems(FXCollections.observableArrayList(viewModel.table().visibleRows().stream().map(CatalogRow::sku).toList()));
        } else {
            targetBox.setItems(FXCollections.observableArrayList());
        }
        targetBox.setValue(current);
        fillingTargets = false;
    }

    /// The view is dropped (a language switch built a new one): it stops following the view model.
    public void dispose() {
        bindings.dispose();
        productTable.setItems(null);
        previewTable.setItems(null);
    }

    private void showSummary(SyncSummary summary) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(catalogRoot.getScene().getWindow());
        dialog.setTitle(i18n.text("catalog.diff.dialogTitle"));
        dialog.setHeaderText(summary.title());
        var counts = new VBox(4);
        summary.counts().forEach(line -> counts.getChildren().add(new Label(line)));
        var content = new VBox(10, counts);
        // Nothing changed: no list of changes, not an empty box under the counts.
        if (!summary.details().isEmpty()) {
            var details = new TextArea(String.join("\n", summary.details()));
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(Math.min(10, summary.details().size() + 1));
            details.setId("syncDetails");
            content.getChildren().add(details);
        }
        content.setId("syncSummary");
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        // In the screen's language: JavaFX's own OK follows the JVM's locale, not the one chosen here.
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.text("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        dialog.show();
        viewModel.catalogSync().summaryShown();
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    private static void column(TableColumn<CatalogRow, String> column, Function<CatalogRow, String> value) {
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
    }

    private static void previewColumn(TableColumn<RulePreviewViewModel.PreviewRow, String> column,
            Function<RulePreviewViewModel.PreviewRow, String> value) {
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }
}
