package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.ui.common.I18n;
import java.util.Locale;

/// What the counter says after a receipt was saved or printed, or why it was not: one sentence
/// that tells the cashier what to check, never the exception's own text.
final class ReceiptMessages {

    private final I18n i18n;

    ReceiptMessages(I18n i18n) {
        this.i18n = i18n;
    }

    String handed(Receipts.Handed handed) {
        // Never the file's path: it means nothing at the counter (the PDFs are in the data folder).
        return i18n.text(handed.printed() ? "sale.receipt.printed" : "sale.receipt.saved");
    }

    String failed(Throwable error) {
        if (error instanceof ReceiptPrintException e) {
            String printers = e.availablePrinters().isEmpty() ? "-" : String.join(", ", e.availablePrinters());
            return i18n.text("sale.receipt.problem." + e.kind().name().toLowerCase(Locale.ROOT), e.target(), printers);
        }
        return i18n.text("upstream.unexpected");
    }
}
