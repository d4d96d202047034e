package com.wmxtopup.counter.ui.report;

import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.ShopDates;
import com.wmxtopup.counter.ui.common.ViewBindings;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/// Binds the Laporan screen to [ReportViewModel]: draws the tiles, charts and tables it holds and
/// asks where an export goes.
public final class ReportView {

    /// Asks where a file goes (a FileChooser on screen; tests answer with a path of their own).
    @FunctionalInterface
    public interface SaveDialog {
        java.util.Optional<java.nio.file.Path> ask(FileChooser chooser, javafx.stage.Window owner);
    }

    private final ReportViewModel viewModel;
    private final I18n i18n;
    private final SaveDialog saveDialog;
    private final ViewBindings bindings = new ViewBindings();

    @FXML
    private BorderPane reportRoot;
    @FXML
    private Button csvButton;
    @FXML
    private Button pdfButton;
    @FXML
    private ComboBox<ReportPeriodChoice.KindChoice> kindBox;
    @FXML
    private Button previousButton;
    @FXML
    private DatePicker dayPicker;
    @FXML
    private DatePicker lastDayPicker;
    @FXML
    private Button nextButton;
    @FXML
    private Button showButton;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Label messageLabel;
    @FXML
    private Label periodLabel;
    @FXML
    private FlowPane tilePane;
    @FXML
    private Label countsLabel;
    @FXML
    private LineChart<Number, Number> dayChart;
    @FXML
    private NumberAxis dayIndexAxis;
    @FXML
    private NumberAxis dayAxis;
    @FXML
    private BarChart<Number, String> gameChart;
    @FXML
    private NumberAxis gameAxis;
    @FXML
    private Tab hourTab;
    @FXML
    private TableView<ReportTexts.Row> gameTable;
    @FXML
    private TableView<ReportTexts.Row> itemTable;
    @FXML
    private TableView<ReportTexts.Row> sellerTable;
    @FXML
    private TableView<ReportTexts.Row> paymentTable;
    @FXML
    private TableView<ReportTexts.Row> hourTable;

    public ReportView(ReportViewModel viewModel, I18n i18n) {
        this(viewModel, i18n, (chooser, owner) -> java.util.Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath));
    }

    public ReportView(ReportViewModel viewModel, I18n i18n, SaveDialog saveDialog) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.saveDialog = saveDialog;
    }

    @FXML
    private void initialize() {
        var choice = viewModel.choice();
        var figures = viewModel.figures();
        kindBox.getItems().setAll(choice.kinds());
        bindings.bindBidirectional(kindBox.valueProperty(), choice.kindProperty());
        ShopDates.use(dayPicker, lastDayPicker);
        bindings.bindBidirectional(dayPicker.valueProperty(), choice.dayProperty());
        bindings.bindBidirectional(lastDayPicker.valueProperty(), choice.lastDayProperty());
        bindings.bind(lastDayPicker.visibleProperty(), choice.rangeProperty());
        bindings.bind(lastDayPicker.managedProperty(), choice.rangeProperty());
        bindings.bind(messageLabel.textProperty(), viewModel.messageProperty());
        bindings.bind(periodLabel.textProperty(), figures.periodProperty());
        bindings.bind(countsLabel.textProperty(), figures.countsProperty());
        bindings.bind(busyIndicator.visibleProperty(), viewModel.busyProperty());
        bindings.bind(showButton.disableProperty(), viewModel.busyProperty());
        bindings.bind(csvButton.disableProperty(), figures.shownProperty().not());
        bindings.bind(pdfButton.disableProperty(), figures.shownProperty().not());
        showButton.setOnAction(e -> viewModel.show());
        previousButton.setOnAction(e -> viewModel.step(false));
        nextButton.setOnAction(e -> viewModel.step(true));
        csvButton.setOnAction(e -> save("CSV", "*.csv", ".csv").ifPresent(viewModel::exportCsv));
        pdfButton.setOnAction(e -> save("PDF", "*.pdf", ".pdf").ifPresent(viewModel::exportPdf));
        hourTab.setText(i18n.text("report.tab.hours", viewModel.zoneLabel()));
        var breakdowns = figures.breakdowns();
        table(gameTable, "report.column.game", breakdowns.games());
        table(itemTable, "report.column.item", breakdowns.items());
        table(sellerTable, "report.column.seller", breakdowns.sellers());
        table(paymentTable, "report.column.payment", breakdowns.payments());
        table(hourTable, "report.column.hour", breakdowns.hours());
        bindings.bind(dayChart.titleProperty(), figures.trendTitleProperty());
        gameChart.setTitle(i18n.text("report.chart.games"));
        var ticks = new StringConverter<Number>() {
            @Override
            public String toString(Number rupiah) {
                return figures.axisTick(rupiah);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("an axis is only drawn");
            }
        };
        dayAxis.setTickLabelFormatter(ticks);
        dayIndexAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number index) {
                return viewModel.figures().dayPointLabel(index.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("an axis is only drawn");
            }
        });
        gameAxis.setTickLabelFormatter(ticks);
        bindings.listen(figures.tiles(), change -> drawTiles());
        bindings.listen(figures.dayPoints(), change -> drawDays());
        bindings.listen(figures.gamePoints(), change -> drawGames());
        gameAxis.setAutoRanging(false);
        gameAxis.setMinorTickVisible(false);
        bindings.listen(figures.gameScaleProperty(), (obs, old, now) -> scaleGames(now));
        scaleGames(figures.gameScaleProperty().get());
        drawTiles();
        drawDays();
        drawGames();
    }

    private java.util.Optional<java.nio.file.Path> save(String kind, String pattern, String suffix) {
        var chooser = new FileChooser();
        chooser.setTitle(i18n.text(kind.equals("CSV") ? "report.exportCsv" : "report.exportPdf"));
        chooser.setInitialFileName(viewModel.fileName() + suffix);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return saveDialog.ask(chooser, reportRoot.getScene().getWindow());
    }

    private void drawTiles() {
        tilePane.getChildren().setAll(viewModel.figures().tiles().stream().map(ReportView::tile).toList());
    }

    private static VBox tile(ReportTexts.Tile tile) {
        var title = new Label(tile.title());
        title.getStyleClass().add("report-tile-title");
        var value = new Label(tile.value());
        value.getStyleClass().add("report-tile-value");
        var previous = new Label(tile.previous());
        previous.getStyleClass().add("report-tile-previous");
        var change = new Label(tile.change());
        change.getStyleClass().addAll("report-tile-change", "report-" + tile.trend().name().toLowerCase(java.util.Locale.ROOT));
        var box = new VBox(2, title, value, previous, change);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("report-tile");
        return box;
    }

    /// The days (or hours) at their places 0, 1, 2… on a number axis that labels only every few of
    /// them, level: a category axis labels every one and turns them upright when they do not fit.
    private void drawDays() {
        var now = this.<Number, Number>series("report.series.now");
        var before = this.<Number, Number>series("report.series.before");
        var points = viewModel.figures().dayPoints();
        for (int i = 0; i < points.size(); i++) {
            ReportTexts.Point p = points.get(i);
            now.getData().add(withTip(new XYChart.Data<>(i, p.now()), p.category(), p.now()));
            before.getData().add(withTip(new XYChart.Data<>(i, p.before()), p.category(), p.before()));
        }
        dayIndexAxis.setLowerBound(0);
        dayIndexAxis.setUpperBound(Math.max(1, points.size() - 1));
        dayIndexAxis.setTickUnit(ReportTexts.labelEvery(points.size()));
        dayChart.getData().setAll(List.of(now, before));
    }

    /// The games as horizontal bars: their names stay level and whole on the left, where rotated
    /// names under upright bars were cut. The biggest on top (a category axis counts upwards).
    private void drawGames() {
        var now = this.<Number, String>series("report.series.now");
        var before = this.<Number, String>series("report.series.before");
        for (ReportTexts.Point p : viewModel.figures().gamePoints().reversed()) {
            now.getData().add(withTip(new XYChart.Data<>(p.now(), p.category()), p.name(), p.now()));
            before.getData().add(withTip(new XYChart.Data<>(p.before(), p.category()), p.name(), p.before()));
        }
        gameChart.getData().setAll(List.of(now, before));
    }

    private void scaleGames(ReportTexts.Scale scale) {
        gameAxis.setLowerBound(0);
        gameAxis.setUpperBound(scale.upper());
        gameAxis.setTickUnit(scale.unit());
    }

    private <X, Y> XYChart.Series<X, Y> series(String nameKey) {
        var series = new XYChart.Series<X, Y>();
        series.setName(i18n.text(nameKey));
        return series;
    }

    /// The game's whole name and the amount when the pointer rests on its bar (a long name is
    /// shortened on the axis).
    private static <X, Y> XYChart.Data<X, Y> withTip(XYChart.Data<X, Y> data, String name, long rupiah) {
        var tip = new Tooltip(name + ": " + ReportTexts.rupiah(rupiah));
        data.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, tip);
            }
        });
        return data;
    }

    private void table(TableView<ReportTexts.Row> table, String nameKey, ObservableList<ReportTexts.Row> rows) {
        table.getColumns().setAll(List.of(column(i18n.text(nameKey), ReportTexts.Row::name, false, 220),
                column(i18n.text("report.column.orders"), ReportTexts.Row::orders, true, 80),
                column(i18n.text("report.column.revenue"), ReportTexts.Row::revenue, true, 130),
                column(i18n.text("report.column.profit"), ReportTexts.Row::profit, true, 120),
                column(i18n.text("report.column.margin"), ReportTexts.Row::margin, true, 80),
                column(i18n.text("report.column.previous"), ReportTexts.Row::previousRevenue, true, 140),
                column(i18n.text("report.column.change"), ReportTexts.Row::change, true, 100)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("report.noSales")));
        table.setItems(rows);
    }

    private static TableColumn<ReportTexts.Row, String> column(String title, Function<ReportTexts.Row, String> value, boolean number,
            double width) {
        var column = new TableColumn<ReportTexts.Row, String>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        if (number) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }

    public void dispose() {
        bindings.dispose();
    }
}
