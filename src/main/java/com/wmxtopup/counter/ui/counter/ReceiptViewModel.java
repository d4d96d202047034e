package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.Severity;
import java.util.function.LongPredicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/// The finished sale's receipt: saved as PDF and printed when a thermal printer is set, when the
/// sale finishes on screen and again on F5.
public final class ReceiptViewModel {

    private final Receipts receipts;
    private final SaleSupport support;
    private final LongPredicate onScreen;
    private final NoticeLine text;

    /// `onScreen` tells whether an order is still the one on screen when its receipt is done.
    ReceiptViewModel(Receipts receipts, SaleSupport support, LongPredicate onScreen) {
        this.receipts = receipts;
        this.support = support;
        this.onScreen = onScreen;
        this.text = new NoticeLine(support.i18n);
    }

    /// Saves and prints the receipt. Not part of the sale's own work: a failure after the cashier
    /// moved on (an empty printer) must still be noticed, with the order's number.
    void handOver(Order finished) {
        support.screen.run("receipt", progress -> receipts.saveAndPrint(finished), handed -> {
            if (onScreen.test(finished.id())) {
                text.show(ReceiptMessages.handed(handed));
            }
        }, error -> {
            Notice failed = ReceiptMessages.failed(error);
            if (onScreen.test(finished.id())) {
                text.show(failed);
            } else {
                support.say(Notice.danger("sale.receipt.failedFor", finished.orderNumber().value(), failed.phrase()));
            }
        });
    }

    void clear() {
        text.clear();
    }

    /// The folder the receipts are saved in, for "open the receipts folder" (F6).
    public java.nio.file.Path folder() {
        return receipts.folder();
    }

    /// The folder could not be opened (no file manager, or none this desktop offers): say where it is.
    public void folderNotOpened() {
        text.show(Notice.warning("sale.receipt.folderNotOpened", receipts.folder().toString()));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.textProperty();
    }

    public ReadOnlyObjectProperty<Severity> severityProperty() {
        return text.severityProperty();
    }
}
