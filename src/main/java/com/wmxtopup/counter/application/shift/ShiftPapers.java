package com.wmxtopup.counter.application.shift;

import com.wmxtopup.counter.application.port.PrinterTarget;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.port.ShiftReportPrinter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/// X and Z reports on paper and as PDF: every report handed over is kept in
/// `<data dir>/shifts/`, and printed on the receipts' thermal printer when one is configured.
/// File and printer I/O: never on the FX thread.
public final class ShiftPapers {

    /// What [#saveAndPrint] did.
    public record Handed(Path file, boolean printed) {
    }

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ShiftReportPrinter printer;
    private final Path folder;
    private final Supplier<Optional<PrinterTarget.SystemPrinter>> thermalPrinter;

    public ShiftPapers(ShiftReportPrinter printer, Path folder, Supplier<Optional<PrinterTarget.SystemPrinter>> thermalPrinter) {
        this.printer = printer;
        this.folder = folder;
        this.thermalPrinter = thermalPrinter;
    }

    /// Saves `<kind>-<shift>-<time>.pdf` (a Z report as `Z-<shift>.pdf`, one per shift), then
    /// prints it when a thermal printer is configured.
    public Handed saveAndPrint(ShiftReport report) throws ReceiptPrintException {
        Path file = folder.resolve(fileName(report));
        printer.print(report, new PrinterTarget.PdfFile(file));
        Optional<PrinterTarget.SystemPrinter> thermal = thermalPrinter.get();
        if (thermal.isPresent()) {
            printer.print(report, thermal.get());
        }
        return new Handed(file, thermal.isPresent());
    }

    /// Saves the report as a PDF where the person chose.
    public void savePdf(ShiftReport report, Path file) throws ReceiptPrintException {
        printer.print(report, new PrinterTarget.PdfFile(file));
    }

    /// The report as the thermal printer lays it out, for the preview on screen.
    public List<String> preview(ShiftReport report) {
        return printer.text(report, thermalPrinter.get().map(PrinterTarget.SystemPrinter::paper)
                .orElse(com.wmxtopup.counter.application.port.PaperWidth.MM_80));
    }

    public Path folder() {
        return folder;
    }

    static String fileName(ShiftReport report) {
        var header = report.header();
        return switch (report.kind()) {
            case Z -> "Z-" + header.shiftId() + ".pdf";
            case X -> "X-" + header.shiftId() + "-" + FILE_TIME.format(header.madeAt().atZone(header.zone().zone())) + ".pdf";
        };
    }
}
