package com.wmxtopup.counter.ui.report;

import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.report.ReportPeriod;
import com.wmxtopup.counter.application.report.SalesReport;
import com.wmxtopup.counter.application.report.SalesReports;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Laporan screen: a day, week, month or range of the shop's days; its money and orders
/// beside the period before; per game, item, cashier, payment method and hour; charts; the
/// report as CSV or PDF. The report is worked out off the FX thread.
public final class ReportViewModel {

    /// What kind of period to show, with its words.
    public record KindChoice(ReportPeriod.Kind kind, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final SalesReports reports;
    private final CurrentOperator operator;
    private final I18n i18n;
    private final Clock clock;
    private final ReportTexts texts;
    private final TaskSlot reading;
    private final ReportExportViewModel exports;
    private final List<KindChoice> kinds;
    private final ObjectProperty<KindChoice> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper period = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trendTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ReportTexts.Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<ReportTexts.Point> dayPoints = FXCollections.observableArrayList();
    private final ObservableList<ReportTexts.Point> gamePoints = FXCollections.observableArrayList();
    private final Breakdowns breakdowns = new Breakdowns();
    private final javafx.beans.binding.BooleanBinding range = javafx.beans.binding.Bindings
            .createBooleanBinding(() -> kind.get() != null && kind.get().kind() == ReportPeriod.Kind.RANGE, kind);
    private Optional<SalesReport> report = Optional.empty();

    /// The tables under the charts.
    public record Breakdowns(ObservableList<ReportTexts.Row> games, ObservableList<ReportTexts.Row> items,
                             ObservableList<ReportTexts.Row> sellers, ObservableList<ReportTexts.Row> payments,
                             ObservableList<ReportTexts.Row> hours) {
        Breakdowns() {
            this(FXCollections.observableArrayList(), FXCollections.observableArrayList(), FXCollections.observableArrayList(),
                    FXCollections.observableArrayList(), FXCollections.observableArrayList());
        }
    }

    public ReportViewModel(SalesReports reports, CurrentOperator operator, TaskRunner tasks, I18n i18n, Clock clock) {
        this.reports = reports;
        this.operator = operator;
        this.i18n = i18n;
        this.clock = clock;
        this.texts = new ReportTexts(i18n);
        this.reading = new TaskSlot(tasks, "sales report");
        this.exports = new ReportExportViewModel(reports, operator, tasks, i18n, () -> report, message::set);
        this.kinds = java.util.stream.Stream.of(ReportPeriod.Kind.values())
                .map(k -> new KindChoice(k, i18n.text("report.kind." + k.name().toLowerCase(Locale.ROOT)))).toList();
        kind.set(kinds.getFirst());
        day.set(reports.zone().dayOf(clock.instant()));
        lastDay.set(day.get());
        operator.property().addListener((obs, old, now) -> clear());
        i18n.localeProperty().addListener((obs, old, now) -> report.ifPresent(this::fill));
    }

    /// The period chosen, worked out in the background.
    public void show() {
        ReportPeriod chosen;
        try {
            chosen = chosen();
        } catch (IllegalArgumentException e) {
            message.set(i18n.text("report.invalidRange"));
            return;
        }
        var acting = operator.get();
        busy.set(true);
        message.set(i18n.text("report.loading"));
        reading.run(progress -> reports.report(acting, chosen), done -> {
            busy.set(false);
            message.set("");
            report = Optional.of(done);
            fill(done);
        }, this::failed);
    }

    /// The period before (or after) the one chosen, of the same kind.
    public void step(boolean forward) {
        ReportPeriod moved;
        try {
            moved = forward ? chosen().next() : chosen().previous();
        } catch (IllegalArgumentException e) {
            message.set(i18n.text("report.invalidRange"));
            return;
        }
        day.set(moved.first());
        lastDay.set(moved.last());
        show();
    }

    private ReportPeriod chosen() {
        LocalDate first = day.get() == null ? reports.zone().dayOf(clock.instant()) : day.get();
        return kind.get().kind() == ReportPeriod.Kind.RANGE
                ? ReportPeriod.range(first, lastDay.get() == null ? first : lastDay.get())
                : ReportPeriod.of(kind.get().kind(), first);
    }

    public void exportCsv(Path file) {
        export(file, true);
    }

    public void exportPdf(Path file) {
        export(file, false);
    }

    private void export(Path file, boolean csv) {
        exports.export(file, csv);
    }

    private void fill(SalesReport done) {
        period.set(texts.period(done.current(), done.previous(), done.zone().label()));
        counts.set(texts.counts(done));
        tiles.setAll(texts.tiles(done));
        trendTitle.set(texts.trendTitle(done));
        dayPoints.setAll(texts.trend(done));
        gamePoints.setAll(texts.games(done.games(), 8));
        breakdowns.games().setAll(texts.rows(done.games()));
        breakdowns.items().setAll(texts.rows(done.items()));
        breakdowns.sellers().setAll(texts.rows(done.sellers()));
        breakdowns.payments().setAll(texts.rows(done.paymentMethods()));
        breakdowns.hours().setAll(texts.hours(done.hoursOfDay()));
        shown.set(true);
    }

    private void clear() {
        reading.abandon();
        report = Optional.empty();
        List.of(tiles, dayPoints, gamePoints, breakdowns.games(), breakdowns.items(), breakdowns.sellers(), breakdowns.payments(),
                breakdowns.hours()).forEach(List::clear);
        period.set("");
        counts.set("");
        shown.set(false);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(error instanceof NotPermittedException
                ? i18n.text("report.adminsOnly")
                : i18n.text("report.failed", String.valueOf(error.getMessage())));
    }

    public List<KindChoice> kinds() {
        return kinds;
    }

    public ObjectProperty<KindChoice> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    /// A range of days is chosen: the last day is asked for too.
    public javafx.beans.binding.BooleanBinding rangeProperty() {
        return range;
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
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

    public ObservableList<ReportTexts.Point> gamePoints() {
        return gamePoints;
    }

    public Breakdowns breakdowns() {
        return breakdowns;
    }

    public String zoneLabel() {
        return reports.zone().label();
    }

    /// The name a saved file gets: the period's first and last day.
    public String fileName() {
        return exports.fileName();
    }
}
