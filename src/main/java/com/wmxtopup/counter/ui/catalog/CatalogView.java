package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.ui.common.I18n;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
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
    private boolean fillingTargets;

    @FXML private BorderPane catalogRoot;
    @FXML private Label lastSyncLabel;
    @FXML private Button syncButton;
    @FXML private HBox progressBox;
    @FXML private ProgressBar syncProgress;
    @FXML private Label syncPhaseLabel;
    @FXML private Button cancelButton;
    @FXML private Label messageLabel;
    @FXML private TextField searchField;
    @FXML private ComboBox<String> gameFilter;
    @FXML private ComboBox<CatalogViewModel.StatusFilter> statusFilter;
    @FXML private Label countLabel;
    @FXML private TableView<CatalogRow> productTable;
    @FXML private TableColumn<CatalogRow, String> gameColumn;
    @FXML private TableColumn<CatalogRow, String> nameColumn;
    @FXML private TableColumn<CatalogRow, String> skuColumn;
    @FXML private TableColumn<CatalogRow, String> buyColumn;
    @FXML private TableColumn<CatalogRow, String> sellColumn;
    @FXML private TableColumn<CatalogRow, String> marginColumn;
    @FXML private TableColumn<CatalogRow, String> statusColumn;
    @FXML private ComboBox<CatalogViewModel.RuleScope> scopeBox;
    @FXML private ComboBox<String> targetBox;
    @FXML private Label targetError;
    @FXML private TextField percentField;
    @FXML private Label percentError;
    @FXML private TextField flatField;
    @FXML private Label flatError;
    @FXML private ComboBox<Long> roundingBox;
    @FXML private CheckBox fixedPriceCheck;
    @FXML private TextField fixedPriceField;
    @FXML private Label fixedPriceError;
    @FXML private Label previewSummary;
    @FXML private TableView<CatalogViewModel.PreviewRow> previewTable;
    @FXML private TableColumn<CatalogViewModel.PreviewRow, String> previewName;
    @FXML private TableColumn<CatalogViewModel.PreviewRow, String> previewBuy;
    @FXML private TableColumn<CatalogViewModel.PreviewRow, String> previewOld;
    @FXML private TableColumn<CatalogViewModel.PreviewRow, String> previewNew;
    @FXML private Button deleteRuleButton;
    @FXML private Button saveRuleButton;

    public CatalogView(CatalogViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindTable();
        bindRuleEditor();
        viewModel.syncSummaryProperty().addListener((obs, old, summary) -> {
            // Only the view on screen shows it (the other language's view is kept, detached).
            if (summary != null && catalogRoot.getScene() != null && catalogRoot.getScene().getWindow() != null) {
                showSummary(summary);
            }
        });
    }

    private void bindToolbar() {
        syncButton.setGraphic(new FontIcon(MaterialDesignS.SYNC));
        syncButton.setOnAction(e -> viewModel.sync());
        syncButton.disableProperty().bind(viewModel.syncingProperty());
        progressBox.visibleProperty().bind(viewModel.syncingProperty());
        progressBox.managedProperty().bind(viewModel.syncingProperty());
        syncProgress.progressProperty().bind(viewModel.syncProgressProperty());
        syncPhaseLabel.textProperty().bind(viewModel.syncPhaseTextProperty());
        cancelButton.setOnAction(e -> viewModel.cancelSync());
        cancelButton.disableProperty().bind(viewModel.cancellingProperty());
        lastSyncLabel.textProperty().bind(viewModel.lastSyncTextProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
    }

    private void bindTable() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        var gameChoices = FXCollections.<String>observableArrayList("");
        gameChoices.addAll(viewModel.games());
        viewModel.games().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String selected = gameFilter.getValue();
            gameChoices.setAll("");
            gameChoices.addAll(viewModel.games());
            gameFilter.setValue(selected);
        });
        gameFilter.setItems(gameChoices);
        gameFilter.setConverter(converter(g -> g == null || g.isEmpty() ? i18n.text("catalog.allGames") : g));
        gameFilter.valueProperty().bindBidirectional(viewModel.gameFilterProperty());
        statusFilter.setItems(FXCollections.observableArrayList(CatalogViewModel.StatusFilter.values()));
        statusFilter.setConverter(converter(s -> s == null ? "" : i18n.text("catalog.filter." + s.name().toLowerCase(Locale.ROOT))));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        countLabel.textProperty().bind(viewModel.countTextProperty());

        productTable.setItems(viewModel.visibleRows());
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
                viewModel.editRuleFor(row);
            }
        });
    }

    private void bindRuleEditor() {
        scopeBox.setItems(FXCollections.observableArrayList(CatalogViewModel.RuleScope.values()));
        scopeBox.setConverter(converter(s -> s == null ? "" : i18n.text(s.labelKey())));
        scopeBox.valueProperty().bindBidirectional(viewModel.ruleScopeProperty());
        targetBox.disableProperty().bind(viewModel.ruleScopeProperty().isEqualTo(CatalogViewModel.RuleScope.DEFAULT));
        viewModel.ruleScopeProperty().addListener((obs, old, scope) -> fillTargets(scope));
        viewModel.games().addListener((javafx.collections.ListChangeListener<String>) c -> fillTargets(viewModel.ruleScopeProperty().get()));
        fillTargets(viewModel.ruleScopeProperty().get());
        // Not a bidirectional binding: replacing the combo box's items may clear its value, which
        // must not erase the target the view model holds.
        targetBox.setValue(viewModel.ruleTargetProperty().get());
        viewModel.ruleTargetProperty().addListener((obs, old, now) -> {
            if (!java.util.Objects.equals(targetBox.getValue(), now)) {
                targetBox.setValue(now);
            }
        });
        targetBox.valueProperty().addListener((obs, old, now) -> {
            if (!fillingTargets && now != null && !now.equals(viewModel.ruleTargetProperty().get())) {
                viewModel.ruleTargetProperty().set(now);
            }
        });
        targetError.textProperty().bind(viewModel.targetErrorProperty());
        percentField.textProperty().bindBidirectional(viewModel.percentTextProperty());
        percentError.textProperty().bind(viewModel.percentErrorProperty());
        flatField.textProperty().bindBidirectional(viewModel.flatTextProperty());
        flatError.textProperty().bind(viewModel.flatErrorProperty());
        roundingBox.setItems(FXCollections.observableArrayList(CatalogViewModel.ROUNDING_STEPS));
        roundingBox.setConverter(converter(viewModel::roundingText));
        roundingBox.valueProperty().bindBidirectional(viewModel.roundingStepProperty());
        fixedPriceCheck.selectedProperty().bindBidirectional(viewModel.fixedPriceModeProperty());
        fixedPriceCheck.disableProperty().bind(viewModel.ruleScopeProperty().isNotEqualTo(CatalogViewModel.RuleScope.PRODUCT));
        fixedPriceField.textProperty().bindBidirectional(viewModel.fixedPriceTextProperty());
        fixedPriceField.disableProperty().bind(viewModel.fixedPriceModeProperty().not()
                .or(viewModel.ruleScopeProperty().isNotEqualTo(CatalogViewModel.RuleScope.PRODUCT)));
        percentField.disableProperty().bind(viewModel.fixedPriceModeProperty().and(viewModel.ruleScopeProperty().isEqualTo(CatalogViewModel.RuleScope.PRODUCT)));
        flatField.disableProperty().bind(percentField.disableProperty());
        roundingBox.disableProperty().bind(percentField.disableProperty());
        fixedPriceError.textProperty().bind(viewModel.fixedPriceErrorProperty());
        previewSummary.textProperty().bind(viewModel.previewSummaryProperty());
        previewTable.setItems(viewModel.preview());
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        previewColumn(previewName, CatalogViewModel.PreviewRow::name);
        previewColumn(previewBuy, CatalogViewModel.PreviewRow::buy);
        previewColumn(previewOld, CatalogViewModel.PreviewRow::currentSell);
        previewColumn(previewNew, CatalogViewModel.PreviewRow::newSell);
        previewTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(CatalogViewModel.PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("row-below-cost");
                if (!empty && row != null && row.blocked()) {
                    getStyleClass().add("row-below-cost");
                }
            }
        });
        saveRuleButton.disableProperty().bind(viewModel.canSaveRuleProperty().not());
        saveRuleButton.setOnAction(e -> viewModel.saveRule());
        deleteRuleButton.disableProperty().bind(viewModel.canDeleteRuleProperty().not());
        deleteRuleButton.setOnAction(e -> viewModel.deleteRule());
    }

    private void fillTargets(CatalogViewModel.RuleScope scope) {
        String current = viewModel.ruleTargetProperty().get();
        fillingTargets = true;
        if (scope == CatalogViewModel.RuleScope.GAME) {
            targetBox.setItems(FXCollections.observableArrayList(viewModel.games()));
        } else if (scope == CatalogViewModel.RuleScope.PRODUCT) {
            targetBox.setItems(FXCollections.observableArrayList(viewModel.visibleRows().stream().map(CatalogRow::sku).toList()));
        } else {
            targetBox.setItems(FXCollections.observableArrayList());
        }
        targetBox.setValue(current);
        fillingTargets = false;
    }

    private void showSummary(CatalogViewModel.SyncSummary summary) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(catalogRoot.getScene().getWindow());
        dialog.setTitle(i18n.text("catalog.diff.dialogTitle"));
        dialog.setHeaderText(summary.title());
        var counts = new VBox(4);
        summary.counts().forEach(line -> counts.getChildren().add(new Label(line)));
        var details = new TextArea(String.join("\n", summary.details()));
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(10);
        details.setId("syncDetails");
        var content = new VBox(10, counts, details);
        content.setId("syncSummary");
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        dialog.show();
        viewModel.summaryShown();
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

    private static void previewColumn(TableColumn<CatalogViewModel.PreviewRow, String> column,
                                      Function<CatalogViewModel.PreviewRow, String> value) {
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }
}
