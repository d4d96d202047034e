package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// How the order on screen reads: every text, the QR, and the large outcome sign with its style,
/// so the view only binds (and never needs to know an order status).
public final class OrderTexts {

    /// The sign shown where the QR was.
    public enum Outcome {
        NONE,
        IN_PROGRESS,
        SUCCESS,
        FAILED,
        NEEDS_CHECK,
        REFUNDED,
        EXPIRED,
        CANCELLED
    }

    private final I18n i18n;
    private final boolean demo;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusStyle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper waitingHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper item = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper qr = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final ReadOnlyStringWrapper outcomeStyle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper demoPay = new ReadOnlyBooleanWrapper(false);

    OrderTexts(I18n i18n, boolean demo) {
        this.i18n = i18n;
        this.demo = demo;
    }

    /// Everything about `order` (nothing for null) in the current language.
    void show(Order order) {
        if (order == null) {
            status.set("");
            statusStyle.set("");
            waitingHint.set("");
            item.set("");
            amount.set("");
            number.set("");
            qr.set("");
            outcome.set(Outcome.NONE);
            outcomeStyle.set("");
            demoPay.set(false);
            return;
        }
        OrderStatus now = order.status();
        status.set(i18n.text("sale.status." + now.name().toLowerCase(Locale.ROOT)));
        statusStyle.set(now == OrderStatus.SUCCESS
                ? "status-success"
                : now == OrderStatus.FAILED || now == OrderStatus.NEEDS_CHECK ? "status-failed" : "");
        waitingHint.set(i18n.text(now == OrderStatus.WAITING_PAYMENT ? "sale.waitingHint" : "sale.waitingHint.inProgress"));
        item.set(order.game() + " — " + order.productName() + "\n" + order.target().display()
                + (order.nickname().isEmpty() ? "" : " · " + order.nickname()));
        // The change on a line of its own: beside the price it was cut off in the default window.
        amount.set(RupiahFormat.format(order.amount()) + (order.change().rupiah() > 0
                ? "\n" + i18n.text("sale.cash.change", RupiahFormat.format(order.change()))
                : ""));
        number.set(i18n.text("sale.orderNumber", order.orderNumber().value()));
        boolean waitingForQr = now == OrderStatus.WAITING_PAYMENT;
        qr.set(waitingForQr ? order.qrString() : "");
        outcome.set(!qr.get().isEmpty() ? Outcome.NONE : switch (now) {
            case SUCCESS -> Outcome.SUCCESS;
            case FAILED -> Outcome.FAILED;
            case NEEDS_CHECK -> Outcome.NEEDS_CHECK;
            case REFUNDED -> Outcome.REFUNDED;
            case EXPIRED -> Outcome.EXPIRED;
            case CANCELLED -> Outcome.CANCELLED;
            case PENDING, WAITING_PAYMENT, PAID, SUPPLIER_REQUESTING, PROCESSING -> Outcome.IN_PROGRESS;
        });
        outcomeStyle.set(switch (outcome.get()) {
            case NONE -> "";
            case SUCCESS -> "sale-outcome-success";
            case FAILED, NEEDS_CHECK -> "sale-outcome-failed";
            default -> "sale-outcome-open";
        });
        demoPay.set(demo && waitingForQr);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// The status line's style class: success, failure, or none.
    public ReadOnlyStringProperty statusStyleProperty() {
        return statusStyle.getReadOnlyProperty();
    }

    /// What the keys do while the order on screen is followed (a waiting QR can be cancelled).
    public ReadOnlyStringProperty waitingHintProperty() {
        return waitingHint.getReadOnlyProperty();
    }

    /// Game — item, and the player on the second line.
    public ReadOnlyStringProperty itemProperty() {
        return item.getReadOnlyProperty();
    }

    /// The amount, with the change of a cash sale.
    public ReadOnlyStringProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    /// The QRIS payload while the QR can be paid; empty otherwise.
    public ReadOnlyStringProperty qrProperty() {
        return qr.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeStyleProperty() {
        return outcomeStyle.getReadOnlyProperty();
    }

    /// Demo mode: whether the "customer pays" button shows.
    public ReadOnlyBooleanProperty demoPayProperty() {
        return demoPay.getReadOnlyProperty();
    }
}
