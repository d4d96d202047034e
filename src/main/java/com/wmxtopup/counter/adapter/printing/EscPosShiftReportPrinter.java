package com.wmxtopup.counter.adapter.printing;

import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.port.PrinterTarget;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.port.ShiftReportPrinter;
import com.wmxtopup.counter.application.shift.ShiftReport;
import java.util.List;
import java.util.function.Supplier;
import javax.print.PrintService;

/// X and Z reports on the receipts' thermal printer (ESC/POS) and as PDF, laid out from the same
/// blocks as receipts.
public final class EscPosShiftReportPrinter implements ShiftReportPrinter {

    private final PrintJobs jobs;

    public EscPosShiftReportPrinter() {
        this.jobs = new PrintJobs();
    }

    /// For tests: the printers are whatever `printServices` returns.
    EscPosShiftReportPrinter(Supplier<PrintService[]> printServices) {
        this.jobs = new PrintJobs(printServices);
    }

    @Override
    public byte[] escPos(ShiftReport report, PaperWidth paper) {
        return EscPosReceipt.render(ShiftReportContent.of(report), paper);
    }

    @Override
    public List<String> text(ShiftReport report, PaperWidth paper) {
        return EscPosReceipt.preview(ShiftReportContent.of(report), paper.charactersPerLine());
    }

    @Override
    public byte[] pdf(ShiftReport report) {
        return PdfReceipt.render(ShiftReportContent.of(report), title(report));
    }

    @Override
    public void print(ShiftReport report, PrinterTarget target) throws ReceiptPrintException {
        switch (target) {
            case PrinterTarget.SystemPrinter printer -> jobs.send(printer, escPos(report, printer.paper()), title(report));
            case PrinterTarget.PdfFile file -> jobs.save(pdf(report), file.file(), title(report));
        }
    }

    private static String title(ShiftReport report) {
        return "Laporan " + report.kind() + " shift " + report.header().shiftId();
    }
}
