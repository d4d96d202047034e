package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.domain.Order;
import java.util.function.LongPredicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The finished sale's receipt: saved as PDF and printed when a thermal printer is set, when the
/// sale finishes on screen and again on F5.
public final class ReceiptViewModel {

    private final Receipts receipts;
    private final SaleSupport support;
    private final ReceiptMessages messages;
    private final LongPredicate onScreen;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    /// `onScreen` tells whether an order is still the one on screen when its receipt is done.
    ReceiptViewModel(Receipts receipts, SaleSupport support, LongPredicate onScreen) {
        this.receipts = receipts;
        this.support = support;
        this.messages = new ReceiptMessages(support.i18n);
        this.onScreen = onScreen;
    }

    /// Saves and prints the receipt. Not part of the sale's own work: a failure after the cashier
    /// moved on (an empty printer) must still be noticed, with the order's number.
    void handOver(Order finished) {
        support.screen.run("receipt", progress -> receipts.saveAndPrint(finished), handed -> {
            if (onScreen.test(finished.id())) {
                text.set(messages.handed(handed));
            }
        }, error -> {
            if (onScreen.test(finished.id())) {
                text.set(messages.failed(error));
            } else {
                support.say("sale.receipt.failedFor", finished.orderNumber().value(), messages.failed(error));
            }
        });
    }

    void clear() {
        text.set("");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
