package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// What the customer-facing screen shows, derived from the current sale: the shop's name, the
/// item and nickname, the amount, the QR while it can be paid, and then the outcome. Nothing
/// private (no cost price, no other orders).
public final class CustomerDisplayViewModel {

    private final SaleViewModel sale;
    private final I18n i18n;
    private final String shopName;
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper item = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper qrString = new ReadOnlyStringWrapper("");

    public CustomerDisplayViewModel(SaleViewModel sale, I18n i18n, String shopName) {
        this.sale = sale;
        this.i18n = i18n;
        this.shopName = shopName;
        sale.status().orderProperty().addListener((obs, old, now) -> refresh());
        sale.stepProperty().addListener((obs, old, now) -> refresh());
        sale.item().selectedProperty().addListener((obs, old, now) -> refresh());
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Order order = sale.status().orderProperty().get();
        if (order == null) {
            // The item only while this customer's sale is on its way to payment: an item picked and
            // then left (Esc) is not shown to the next customer.
            var step = sale.stepProperty().get();
            var chosen = step == SaleViewModel.Step.TARGET || step == SaleViewModel.Step.PAYMENT
                    ? sale.item().selectedProperty().get()
                    : null;
            headline.set(i18n.text("customer.welcome", shopName));
            item.set(chosen == null ? "" : sale.item().gameProperty().get() + " — " + chosen.name());
            amount.set(chosen == null ? "" : chosen.price());
            qrString.set("");
            return;
        }
        item.set(order.game() + " — " + order.productName() + (order.nickname().isEmpty() ? "" : "\n" + order.nickname()));
        amount.set(RupiahFormat.format(order.amount()));
        qrString.set(order.status() == OrderStatus.WAITING_PAYMENT ? order.qrString() : "");
        headline.set(switch (order.status()) {
            case WAITING_PAYMENT -> i18n.text("customer.scan");
            case PAID, SUPPLIER_REQUESTING, PROCESSING, NEEDS_CHECK -> i18n.text("customer.paid");
            case SUCCESS -> i18n.text("customer.success");
            case FAILED, REFUNDED -> i18n.text("customer.failed");
            case EXPIRED, CANCELLED -> i18n.text("customer.unpaid");
            case PENDING -> i18n.text("customer.welcome", shopName);
        });
    }

    public String shopName() {
        return shopName;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    /// The QRIS payload while the QR can be paid; empty otherwise.
    public ReadOnlyStringProperty qrStringProperty() {
        return qrString.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return sale.status().remainingTextProperty();
    }
}
