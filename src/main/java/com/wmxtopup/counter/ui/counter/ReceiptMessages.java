package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.ui.common.Notice;
import java.util.Locale;

/// What the counter says after a receipt was saved or printed, or why it was not: one sentence
/// that tells the cashier what to check, never the exception's own text.
final class ReceiptMessages {

    private ReceiptMessages() {
    }

    static Notice handed(Receipts.Handed handed) {
        // Never the file's path: it means nothing at the counter (the PDFs are in the data folder).
        return Notice.info(handed.printed() ? "sale.receipt.printed" : "sale.receipt.saved");
    }

    /// The customer waits for a receipt that did not come: the cashier has to act (printer, F5).
    static Notice failed(Throwable error) {
        if (error instanceof ReceiptPrintException e) {
            String printers = e.availablePrinters().isEmpty() ? "-" : String.join(", ", e.availablePrinters());
            return Notice.danger("sale.receipt.problem." + e.kind().name().toLowerCase(Locale.ROOT), e.target(), printers);
        }
        return Notice.danger("upstream.unexpected");
    }
}
