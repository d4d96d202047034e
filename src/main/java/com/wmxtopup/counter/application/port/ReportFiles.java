package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.application.report.SalesReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/// A sales report written to a file: as CSV for a spreadsheet, or as a PDF summary to print or
/// send (`CsvSalesReport` in adapter/export, `PdfSalesReport` in adapter/printing).
public interface ReportFiles {

    /// @param language the language of the words a person reads (the PDF's); a CSV for a
    ///                 spreadsheet keeps its fixed, machine-readable column names and keys
    void write(SalesReport report, String shopName, Locale language, Path file) throws IOException;
}
