package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
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
    private final ReadOnlyStringWrapper changeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cashError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper payLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper price = new ReadOnlyStringWrapper("");
    private Money amount;

    PaymentStepViewModel(Checkout checkout, SaleSupport support) {
        this.checkout = checkout;
        this.support = support;
        cashText.addListener((obs, old, now) -> validateCash());
        method.addListener((obs, old, now) -> showMethod());
        support.i18n.localeProperty().addListener((obs, old, now) -> {
            showMethod();
            validateCash();
        });
        showMethod();
    }

    /// The payment of one item: QRIS, nothing received yet. `heading` and `forPlayer` say what is sold to whom.
    void forItem(Money itemPrice, String heading, String forPlayer) {
        amount = itemPrice;
        price.set(itemPrice == null ? "" : RupiahFormat.format(itemPrice));
        summary.set(itemPrice == null ? "" : heading + "\n" + forPlayer);
        method.set(Method.QRIS);
        cashText.set("");
        validateCash();
    }

    /// A new sale: nothing to pay yet.
    void clear() {
        forItem(null, "", "");
    }

    public void useCash() {
        method.set(Method.CASH);
        validateCash();
    }

    public void useQris() {
        method.set(Method.QRIS);
        cashError.set("");
    }

    void use(Method chosen) {
        method.set(chosen);
    }

    private void showMethod() {
        payLabel.set(support.i18n.text(method.get() == Method.CASH ? "sale.payCash" : "sale.pay"));
    }

    private Optional<Money> validateCash() {
        changeText.set("");
        cashError.set("");
        if (method.get() != Method.CASH || amount == null) {
            return Optional.empty();
        }
        String digits = cashText.get().replace(".", "").replace("Rp", "").strip();
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        if (!digits.matches("\\d{1,12}")) {
            cashError.set(support.i18n.text("sale.cash.notAmount"));
            return Optional.empty();
        }
        Money received = Money.rupiah(Long.parseLong(digits));
        if (received.isLessThan(amount)) {
            cashError.set(support.i18n.text("sale.cash.tooLittle", RupiahFormat.format(amount)));
            return Optional.empty();
        }
        changeText.set(support.i18n.text("sale.cash.change", RupiahFormat.format(received.minus(amount))));
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
                if (cashError.get().isEmpty()) {
                    cashError.set(support.i18n.text("sale.cash.enterAmount"));
                }
                return;
            }
        }
        support.busy.set(true);
        support.message.set("");
        Optional<Money> received = cash;
        support.sale.run("checkout", progress -> received.isPresent()
                ? checkout.cash(request, received.get(), Actor.CASHIER)
                : checkout.qris(request, Actor.CASHIER), result -> {
                    support.busy.set(false);
                    switch (result) {
                        case Checkout.Result.Created done -> created.accept(done.order());
                        case Checkout.Result.Invalid invalid -> support.say("sale.invalid", invalid.field());
                        case Checkout.Result.NotForSale notForSale -> support.say("sale.itemUnavailable", itemName,
                                support.i18n.text("catalog.status." + notForSale.reason().name().toLowerCase(Locale.ROOT)));
                        case Checkout.Result.SupplierBalanceTooLow low -> support.say("upstream.supplier.insufficient_balance");
                        case Checkout.Result.PaymentUnavailable unavailable -> support.say("sale.qrisUnavailable");
                    }
                }, error -> {
                    support.busy.set(false);
                    support.message.set(support.errors.describe(error));
                });
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    public StringProperty cashTextProperty() {
        return cashText;
    }

    public ReadOnlyStringProperty changeTextProperty() {
        return changeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cashErrorProperty() {
        return cashError.getReadOnlyProperty();
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
