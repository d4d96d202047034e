package com.wmxtopup.counter.adapter.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/// CSV for Excel and LibreOffice: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as
/// the PC's code page and mangles names), one header row. Formula-safe: a text cell that starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a nickname
/// like `=HYPERLINK(…)` stays text (OWASP "CSV injection").
final class SafeCsv {

    private SafeCsv() {
    }

    static CSVPrinter open(Path file, String... header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        return CSVFormat.EXCEL.builder().setHeader(header).get().print(writer);
    }

    /// A text cell a spreadsheet will not run as a formula.
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
