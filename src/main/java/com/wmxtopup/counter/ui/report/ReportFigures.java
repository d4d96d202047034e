package com.wmxtopup.counter.ui.report;

import com.wmxtopup.counter.application.report.SalesReport;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The report on the Laporan screen, as its tiles, chart points and table rows in the language of
/// the moment; empty until one is loaded.
public final class ReportFigures {

    /// The tables under the charts.
    public record Breakdowns(ObservableList<ReportTexts.Row> games, ObservableList<ReportTexts.Row> items,
                             ObservableList<ReportTexts.Row> sellers, ObservableList<ReportTexts.Row> payments,
                             ObservableList<ReportTexts.Row> hours) {
        Breakdowns() {
            this(FXCollections.observableArrayList(), FXCollections.observableArrayList(), FXCollections.observableArrayList(),
                    FXCollections.observableArrayList(), FXCollections.observableArrayList());
        }

        private List<ObservableList<ReportTexts.Row>> all() {
            return List.of(games, items, sellers, payments, hours);
        }
    }

    /// The games in the bar chart; the others are in the table.
    static final int CHARTED_GAMES = 8;

    private final ReportTexts texts;
    private final ReadOnlyStringWrapper period = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trendTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ReportTexts.Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<ReportTexts.Point> dayPoints = FXCollections.observableArrayList();
    private final ObservableList<ReportTexts.Point> gamePoints = FXCollections.observableArrayList();
    private final Breakdowns breakdowns = new Breakdowns();
    private final javafx.beans.property.ReadOnlyObjectWrapper<ReportTexts.Scale> gameScale = new javafx.beans.property.ReadOnlyObjectWrapper<>(
            ReportTexts.scale(0));
    private Optional<SalesReport> report = Optional.empty();

    ReportFigures(ReportTexts texts) {
        this.texts = texts;
    }

    void show(SalesReport loaded) {
        report = Optional.of(loaded);
        period.set(texts.period(loaded.current(), loaded.previous(), loaded.zone().label()));
        counts.set(texts.counts(loaded));
        tiles.setAll(texts.tiles(loaded));
        trendTitle.set(texts.trendTitle(loaded));
        dayPoints.setAll(texts.trend(loaded));
        gamePoints.setAll(texts.games(loaded.games(), CHARTED_GAMES));
        gameScale.set(ReportTexts.scale(gamePoints.stream().mapToLong(p -> Math.max(p.now(), p.before())).max().orElse(0)));
        breakdowns.games().setAll(texts.rows(loaded.games()));
        breakdowns.items().setAll(texts.rows(loaded.items()));
        breakdowns.sellers().setAll(texts.rows(loaded.sellers()));
        breakdowns.payments().setAll(texts.rows(loaded.paymentMethods()));
        breakdowns.hours().setAll(texts.hours(loaded.hoursOfDay()));
        shown.set(true);
    }

    /// The same report again, in the language switched to.
    void retell() {
        report.ifPresent(this::show);
    }

    void clear() {
        report = Optional.empty();
        tiles.clear();
        dayPoints.clear();
        gamePoints.clear();
        breakdowns.all().forEach(List::clear);
        period.set("");
        counts.set("");
        trendTitle.set("");
        shown.set(false);
    }

    Optional<SalesReport> report() {
        return report;
    }

    public ReadOnlyStringProperty periodProperty() {
        return period.getReadOnlyProperty();
    }

    /// "Omzet per jam" for a day, "Omzet per hari" for longer periods.
    public ReadOnlyStringProperty trendTitleProperty() {
        return trendTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /// A report is on screen (exports are possible).
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<ReportTexts.Tile> tiles() {
        return tiles;
    }

    public ObservableList<ReportTexts.Point> dayPoints() {
        return dayPoints;
    }

    /// The label under the day chart at place `index` (a day "27/11", or an hour): empty between
    /// two points and beyond the last.
    public String dayPointLabel(double index) {
        long at = Math.round(index);
        return Math.abs(index - at) > 1e-6 || at < 0 || at >= dayPoints.size() ? "" : dayPoints.get((int) at).category();
    }

    public ObservableList<ReportTexts.Point> gamePoints() {
        return gamePoints;
    }

    /// The bar chart's rupiah axis: round steps, few enough for their labels to stand apart.
    public javafx.beans.property.ReadOnlyObjectProperty<ReportTexts.Scale> gameScaleProperty() {
        return gameScale.getReadOnlyProperty();
    }

    public Breakdowns breakdowns() {
        return breakdowns;
    }

    /// A chart's rupiah axis tick ("250 rb", "1,5 jt"), short enough for a small chart.
    public String axisTick(Number rupiah) {
        return texts.axisTick(rupiah.longValue());
    }
}
