package com.wmxtopup.counter.application.port;

import java.util.List;
import java.util.Objects;

/// A receipt that did not reach its printer or file. The [Kind] tells the counter what to say
/// ("Printer tidak ditemukan — pilih printer lain di Pengaturan."); the sale itself is not
/// affected and the receipt can be printed again.
public final class ReceiptPrintException extends Exception {

    public enum Kind {
        /// No printer with that name is installed; [#availablePrinters] lists the ones that are.
        PRINTER_NOT_FOUND,
        /// The printer was found but refused the job (offline, out of paper, no permission).
        PRINTER_FAILED,
        /// The PDF could not be written (folder missing and not creatable, disk full, no permission).
        FILE_NOT_WRITTEN
    }

    private final Kind kind;
    private final String target;
    private final List<String> availablePrinters;

    public ReceiptPrintException(Kind kind, String message, String target, List<String> availablePrinters, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.target = Objects.requireNonNull(target, "target");
        this.availablePrinters = List.copyOf(availablePrinters);
    }

    public Kind kind() {
        return kind;
    }

    /// The printer name or file path the receipt was meant for.
    public String target() {
        return target;
    }

    /// The printers the operating system offered when this failed (empty unless [Kind#PRINTER_NOT_FOUND]).
    public List<String> availablePrinters() {
        return availablePrinters;
    }
}
