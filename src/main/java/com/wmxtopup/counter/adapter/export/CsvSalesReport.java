package com.wmxtopup.counter.adapter.export;

import com.wmxtopup.counter.application.port.ReportFiles;
import com.wmxtopup.counter.application.report.SalesReport;
import com.wmxtopup.counter.application.report.SalesReport.Totals;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/// A sales report as one CSV table ([SafeCsv]: Excel-ready and formula-safe): one row per figure,
/// the section it belongs to first (total, game, item, seller, payment, day, hour), the current
/// period's money beside the previous period's. Money is plain rupiah; the margin a percentage
/// with two decimals.
public final class CsvSalesReport implements ReportFiles {

    private static final String[] HEADER = {"section", "key", "label", "orders", "revenue", "cost", "profit", "margin_percent",
            "previous_orders", "previous_revenue", "previous_cost", "previous_profit"};

    @Override
    // The language does not change a file a spreadsheet or a script reads: fixed English keys.
    public void write(SalesReport report, String shopName, java.util.Locale language, Path file) throws IOException {
        try (CSVPrinter printer = SafeCsv.open(file, HEADER)) {
            printer.printRecord("period", report.current().first() + " - " + report.current().last(),
                    "previous " + report.previous().first() + " - " + report.previous().last() + " (" + report.zone().label() + ")", "", "",
                    "", "", "", "", "", "", "");
            row(printer, "total", "sold", "SUCCESS", report.now().sold(), report.before().sold());
            count(printer, "failed", report.now().failed(), report.before().failed());
            count(printer, "refunded", report.now().refunded(), report.before().refunded());
            count(printer, "unfinished", report.now().unfinished(), report.before().unfinished());
            lines(printer, "game", report.games());
            lines(printer, "item", report.items());
            lines(printer, "seller", report.sellers());
            lines(printer, "payment", report.paymentMethods());
            for (SalesReport.Day day : report.days()) {
                row(printer, "day", day.day().toString(), "previous " + day.previousDay(), day.now(), day.before());
            }
            for (SalesReport.Hour hour : report.hoursOfDay()) {
                row(printer, "hour", String.format(Locale.ROOT, "%02d", hour.hour()),
                        String.format(Locale.ROOT, "%02d:00-%02d:59 %s", hour.hour(), hour.hour(), report.zone().label()), hour.now(),
                        hour.before());
            }
        }
    }

    private static void lines(CSVPrinter printer, String section, List<SalesReport.Line> lines) throws IOException {
        for (SalesReport.Line line : lines) {
            row(printer, section, line.key(), line.label(), line.now(), line.before());
        }
    }

    private static void count(CSVPrinter printer, String status, long now, long before) throws IOException {
        printer.printRecord("total", status, status.toUpperCase(Locale.ROOT), now, "", "", "", "", before, "", "", "");
    }

    private static void row(CSVPrinter printer, String section, String key, String label, Totals now, Totals before) throws IOException {
        String margin = now.marginBasisPoints().stream()
                .mapToObj(bp -> String.format(Locale.ROOT, "%s%d.%02d", bp < 0 ? "-" : "", Math.abs(bp) / 100, Math.abs(bp) % 100))
                .findFirst().orElse("");
        printer.printRecord(section, SafeCsv.text(key), SafeCsv.text(label), now.orders(), now.revenue(), now.cost(), now.profit(), margin,
                before.orders(), before.revenue(), before.cost(), before.profit());
    }
}
