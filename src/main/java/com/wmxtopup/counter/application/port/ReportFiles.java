package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.application.report.SalesReport;
import java.io.IOException;
import java.nio.file.Path;

/// A sales report written to a file: as CSV for a spreadsheet, or as a PDF summary to print or
/// send (`CsvSalesReport` in adapter/export, `PdfSalesReport` in adapter/printing).
public interface ReportFiles {

    void write(SalesReport report, String shopName, Path file) throws IOException;
}
