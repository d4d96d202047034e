package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.application.shift.ShiftReport;
import java.util.List;

/// Lays an X or Z report out for the thermal printer and as a PDF, and sends it there (the same
/// printers and files as receipts). Rendering touches no device; only [#print] does.
public interface ShiftReportPrinter {

    /// The report as raw ESC/POS commands for a thermal printer with `paper`.
    byte[] escPos(ShiftReport report, PaperWidth paper);

    /// The report as the printer's lines (for a preview in a monospaced font).
    List<String> text(ShiftReport report, PaperWidth paper);

    /// The report as a PDF the width of an 80 mm roll, as long as it needs.
    byte[] pdf(ShiftReport report);

    /// Prints on a system printer or saves a PDF file, as `target` says. Off the FX thread.
    void print(ShiftReport report, PrinterTarget target) throws ReceiptPrintException;
}
