package com.wmxtopup.counter.ui.report;

import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.port.SalesFigures;
import com.wmxtopup.counter.application.report.ReportPeriod;
import com.wmxtopup.counter.application.report.SalesReports;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The Laporan screen: a day, week, month or range of the shop's days ([ReportPeriodChoice]);
/// its money and orders beside the period before, per game, item, cashier, payment method and
/// hour, with charts ([ReportFigures]); the report as CSV or PDF ([ReportExportViewModel]). The
/// report is worked out off the FX thread; a change of operator drops what is on screen.
public final class ReportViewModel {

    private final SalesReports reports;
    private final CurrentOperator operator;
    private final I18n i18n;
    private final TaskSlot reading;
    private final ReportPeriodChoice choice;
    private final ReportFigures figures;
    private final ReportExportViewModel exports;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ReportViewModel(SalesReports reports, CurrentOperator operator, TaskRunner tasks, I18n i18n, Clock clock) {
        this.reports = reports;
        this.operator = operator;
        this.i18n = i18n;
        this.reading = new TaskSlot(tasks, "sales report");
        this.choice = new ReportPeriodChoice(reports.zone(), clock, i18n);
        this.figures = new ReportFigures(new ReportTexts(i18n));
        this.exports = new ReportExportViewModel(reports, operator, tasks, i18n, figures::report, message::set);
        operator.property().addListener((obs, old, now) -> {
            // The next person must not read what the last one was shown.
            reading.abandon();
            figures.clear();
        });
        i18n.localeProperty().addListener((obs, old, now) -> figures.retell());
    }

    /// The period chosen, worked out in the background.
    public void show() {
        ReportPeriod chosen;
        try {
            chosen = choice.chosen();
        } catch (IllegalArgumentException e) {
            message.set(i18n.text("report.invalidRange"));
            return;
        }
        var acting = operator.get();
        busy.set(true);
        message.set(i18n.text("report.loading"));
        var handle = reading.run(progress -> reports.report(acting, chosen, new SalesFigures.Waiting() {
            @Override
            public void preparing(long done, long total) {
                progress.update(done, total);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        }), done -> {
            busy.set(false);
            message.set("");
            figures.show(done);
        }, this::failed);
        // The sums kept for reports are still being brought up to date (the first filling after
        // an upgrade takes a while on a big store): how far, until the report comes.
        handle.progress().addListener((obs, old, now) -> preparing(handle, now.doubleValue()));
        preparing(handle, handle.progress().get());
    }

    private void preparing(TaskRunner.Handle handle, double fraction) {
        if (fraction >= 0 && !handle.isDone()) {
            message.set(i18n.text("report.preparing", Math.round(fraction * 100)));
        }
    }

    /// The period before (or after) the one chosen, of the same kind.
    public void step(boolean forward) {
        try {
            choice.step(forward);
        } catch (IllegalArgumentException e) {
            message.set(i18n.text("report.invalidRange"));
            return;
        }
        show();
    }

    public void exportCsv(Path file) {
        exports.export(file, true);
    }

    public void exportPdf(Path file) {
        exports.export(file, false);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(error instanceof NotPermittedException
                ? i18n.text("report.adminsOnly")
                : i18n.text("report.failed", String.valueOf(error.getMessage())));
    }

    public ReportPeriodChoice choice() {
        return choice;
    }

    public ReportFigures figures() {
        return figures;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public String zoneLabel() {
        return reports.zone().label();
    }

    /// The name a saved file gets: the period's first and last day.
    public String fileName() {
        return exports.fileName();
    }
}
