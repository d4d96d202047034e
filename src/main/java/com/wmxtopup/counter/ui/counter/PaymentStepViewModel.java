package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.Phrase;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import com.wmxtopup.counter.ui.common.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// Step 4, the payment: QRIS (the default) or cash with the change worked out as typed; Enter
/// creates the order through [Checkout].
public final class PaymentStepViewModel {

    /// How the customer pays.
    public enum Method {
        QRIS,
        CASH
    }

    private final Checkout checkout;
    private final SaleSupport support;
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.QRIS);
    private final StringProperty cashText = new SimpleStringProperty("");
    private final NoticeLine changeText;
    private final NoticeLine cashError;
    private final ReadOnlyStringWrapper payLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper price = new ReadOnlyStringWrapper("");
    private Money amount;
    private String heading = "";
    private Phrase forPlayer = Phrase.NONE;

    PaymentStepViewModel(Checkout checkout, SaleSupport support) {
        this.checkout = checkout;
        this.support = support;
        this.changeText = new NoticeLine(support.i18n);
        this.cashError = new NoticeLine(support.i18n);
        cashText.addListener((obs, old, now) -> validateCash());
        method.addListener((obs, old, now) -> showMethod());
        // Change and cash errors follow the language by themselves (NoticeLine).
        support.i18n.localeProperty().addListener((obs, old, now) -> {
            showMethod();
            showSummary();
        });
        showMethod();
    }

    /// The payment of one item: QRIS, nothing received yet. `itemHeading` and `player` say what is sold to whom.
    void forItem(Money itemPrice, String itemHeading, Phrase player) {
        amount = itemPrice;
        heading = itemHeading;
        forPlayer = player;
        price.set(itemPrice == null ? "" : RupiahFormat.format(itemPrice));
        showSummary();
        method.set(Method.QRIS);
        cashText.set("");
        validateCash();
    }

    /// A new sale: nothing to pay yet.
    void clear() {
        forItem(null, "", Phrase.NONE);
    }

    private void showSummary() {
        summary.set(amount == null ? "" : heading + "\n" + support.i18n.text(forPlayer));
    }

    public void useCash() {
        method.set(Method.CASH);
        validateCash();
    }

    public void useQris() {
        method.set(Method.QRIS);
        cashError.clear();
    }

    void use(Method chosen) {
        method.set(chosen);
    }

    private void showMethod() {
        payLabel.set(support.i18n.text(method.get() == Method.CASH ? "sale.payCash" : "sale.pay"));
    }

    /// Not enough cash (or no amount) blocks the sale: the danger style, not a hint.
    private Optional<Money> validateCash() {
        changeText.clear();
        cashError.clear();
        if (method.get() != Method.CASH || amount == null) {
            return Optional.empty();
        }
        String digits = cashText.get().replace(".", "").replace("Rp", "").strip();
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        if (!digits.matches("\\d{1,12}")) {
            cashError.show(Notice.danger("sale.cash.notAmount"));
            return Optional.empty();
        }
        Money received = Money.rupiah(Long.parseLong(digits));
        if (received.isLessThan(amount)) {
            cashError.show(Notice.danger("sale.cash.tooLittle", RupiahFormat.format(amount)));
            return Optional.empty();
        }
        changeText.show(Notice.success("sale.cash.change", RupiahFormat.format(received.minus(amount))));
        return Optional.of(received);
    }

    /// Enter: creates the order (QRIS shows the code; cash is paid at once); `created` gets it.
    void pay(Checkout.Request request, String itemName, Consumer<Order> created) {
        if (support.busy.get() || amount == null) {
            return;
        }
        Optional<Money> cash = Optional.empty();
        if (method.get() == Method.CASH) {
            cash = validateCash();
            if (cash.isEmpty()) {
                if (cashError.isEmpty()) {
                    cashError.show(Notice.danger("sale.cash.enterAmount"));
                }
                return;
            }
        }
        support.busy.set(true);
        support.message.clear();
        Optional<Money> received = cash;
        var seller = support.operator.get();
        support.sale.run("checkout", progress -> received.isPresent()
                ? checkout.cash(request, received.get(), seller)
                : checkout.qris(request, seller), result -> {
                    support.busy.set(false);
                    switch (result) {
                        case Checkout.Result.Created done -> created.accept(done.order());
                        // Each of these stops the sale until the cashier does something: the danger style.
                        case Checkout.Result.Invalid invalid -> support.say(Notice.danger("sale.invalid", invalid.field()));
                        case Checkout.Result.NotForSale notForSale -> support.say(Notice.danger("sale.itemUnavailable", itemName,
                                Phrase.of("catalog.status." + notForSale.reason().name().toLowerCase(Locale.ROOT))));
                        case Checkout.Result.SupplierBalanceTooLow low ->
                            support.say(Notice.danger("upstream.supplier.insufficient_balance"));
                        case Checkout.Result.PaymentUnavailable unavailable -> support.say(Notice.danger("sale.qrisUnavailable"));
                        case Checkout.Result.NoOpenShift noShift -> support.say(Notice.danger("sale.noOpenShift"));
                    }
                }, error -> {
                    support.busy.set(false);
                    support.sayFailed(error);
                });
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    public StringProperty cashTextProperty() {
        return cashText;
    }

    public ReadOnlyStringProperty changeTextProperty() {
        return changeText.textProperty();
    }

    public ReadOnlyStringProperty cashErrorProperty() {
        return cashError.textProperty();
    }

    public ReadOnlyObjectProperty<Severity> cashErrorSeverityProperty() {
        return cashError.severityProperty();
    }

    /// The pay button's text: make the QR, or take the cash.
    public ReadOnlyStringProperty payLabelProperty() {
        return payLabel.getReadOnlyProperty();
    }

    /// What is sold to whom, on two lines.
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceProperty() {
        return price.getReadOnlyProperty();
    }
}
