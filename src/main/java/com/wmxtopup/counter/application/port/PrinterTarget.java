package com.wmxtopup.counter.application.port;

import java.nio.file.Path;
import java.util.Objects;

/// Where a receipt goes: a thermal printer installed in the operating system, or a PDF file.
public sealed interface PrinterTarget {

    /// A printer known to the operating system by `name` (as the printer settings list it); it
    /// is sent raw ESC/POS laid out for `paper`.
    record SystemPrinter(String name, PaperWidth paper) implements PrinterTarget {
        public SystemPrinter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(paper, "paper");
        }
    }

    /// A PDF saved at `file`; an existing file is replaced.
    record PdfFile(Path file) implements PrinterTarget {
        public PdfFile {
            Objects.requireNonNull(file, "file");
        }
    }
}
