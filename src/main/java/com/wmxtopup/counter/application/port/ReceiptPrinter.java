package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.application.receipt.Receipt;
import java.util.List;

/// Turns a sale's receipt into what a thermal printer or a person's PDF viewer takes, and sends
/// it there. Rendering never touches a device; only [#print] does (call it off the FX thread).
public interface ReceiptPrinter {

    /// The receipt as raw ESC/POS commands for a thermal printer with `paper` (initialise,
    /// text, feed, cut), text limited to what the printer's default code page can show.
    byte[] escPos(Receipt receipt, PaperWidth paper);

    /// The receipt as the lines a thermal printer with `paper` prints (each at most its
    /// characters per line), for a preview on screen in a monospaced font.
    List<String> text(Receipt receipt, PaperWidth paper);

    /// The receipt as a one-page PDF the width of an 80 mm roll.
    byte[] pdf(Receipt receipt);

    /// The names of the printers the operating system offers now (for the settings screen's list).
    default List<String> printerNames() {
        return List.of();
    }

    /// Prints `receipt` on a system printer or saves it as a PDF, as `target` says.
    void print(Receipt receipt, PrinterTarget target) throws ReceiptPrintException;
}
