package com.wmxtopup.counter.ui.report;

import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.report.SalesReport;
import com.wmxtopup.counter.application.report.SalesReports;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/// Saving the report on screen as CSV or PDF, in the background; says how it went on the
/// screen's message line.
final class ReportExportViewModel {

    private final SalesReports reports;
    private final CurrentOperator operator;
    private final I18n i18n;
    private final TaskSlot exporting;
    private final Supplier<Optional<SalesReport>> shown;
    private final Consumer<String> message;

    ReportExportViewModel(SalesReports reports, CurrentOperator operator, TaskRunner tasks, I18n i18n,
            Supplier<Optional<SalesReport>> shown, Consumer<String> message) {
        this.reports = reports;
        this.operator = operator;
        this.i18n = i18n;
        this.exporting = new TaskSlot(tasks, "sales report export");
        this.shown = shown;
        this.message = message;
    }

    void export(Path file, boolean csv) {
        Optional<SalesReport> report = shown.get();
        if (report.isEmpty()) {
            return;
        }
        var acting = operator.get();
        var language = i18n.locale();
        message.accept(i18n.text("report.export.running"));
        exporting.run(progress -> {
            if (csv) {
                reports.exportCsv(acting, report.get(), file);
            } else {
                reports.exportPdf(acting, report.get(), language, file);
            }
            return file;
        }, saved -> message.accept(i18n.text("report.export.done", saved.toString())),
                error -> message.accept(error instanceof NotPermittedException
                        ? i18n.text("report.adminsOnly")
                        : i18n.text("report.failed", String.valueOf(error.getMessage()))));
    }

    /// The name a saved file gets: the period's first and last day.
    String fileName() {
        return i18n.text("report.export.fileName", shown.get().map(r -> r.current().first() + "_" + r.current().last()).orElse(""));
    }
}
