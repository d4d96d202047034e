package com.wmxtopup.counter.ui.shift;

import com.wmxtopup.counter.application.shift.Shifts;
import com.wmxtopup.counter.domain.CashMovement;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// Cash in or out of the open drawer with a reason: more change, a payout, a bank drop.
public final class CashMovementViewModel {

    /// A kind to choose, with its words.
    public record KindChoice(CashMovement.Kind kind, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final Shifts shifts;
    private final ShiftViewModel shift;
    private final I18n i18n;
    private final ShiftTexts texts;
    private final List<KindChoice> kinds;
    private final ObjectProperty<KindChoice> kind = new SimpleObjectProperty<>();
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanBinding ready;

    public CashMovementViewModel(Shifts shifts, ShiftViewModel shift, I18n i18n, ShiftTexts texts) {
        this.shifts = shifts;
        this.shift = shift;
        this.i18n = i18n;
        this.texts = texts;
        this.kinds = List.of(CashMovement.Kind.PAYOUT, CashMovement.Kind.BANK_DROP, CashMovement.Kind.CASH_IN).stream()
                .map(k -> new KindChoice(k, i18n.text("shift.move.kind." + k.name()))).toList();
        kind.set(kinds.getFirst());
        ready = Bindings.createBooleanBinding(() -> amount() > 0 && !reason.get().isBlank() && kind.get() != null, amountText, reason,
                kind);
    }

    /// Whether the amount as typed reads as rupiah (digits; thousands dots allowed).
    public boolean isAmountAcceptable() {
        return CashCountViewModel.isAcceptable(amountText.get().replace(".", ""));
    }

    private long amount() {
        String digits = amountText.get().strip().replace(".", "");
        return !digits.isEmpty() && CashCountViewModel.isAcceptable(digits) ? Long.parseLong(digits) : 0;
    }

    public void record() {
        if (!ready.get()) {
            return;
        }
        var chosen = kind.get().kind();
        Money money = Money.rupiah(amount());
        String why = reason.get();
        shift.run(acting -> shifts.moveCash(acting, chosen, money, why), outcome -> {
            if (outcome instanceof Shifts.Outcome.Refused refused) {
                shift.say(texts.refusal(refused, shift.reportProperty().get().map(r -> r.cash().expected()).orElse(Money.ZERO)));
                return;
            }
            amountText.set("");
            reason.set("");
            shift.load();
            shift.say(i18n.text("shift.move.done", kind.get().text(), RupiahFormat.format(money)));
        });
    }

    public List<KindChoice> kinds() {
        return kinds;
    }

    public ObjectProperty<KindChoice> kindProperty() {
        return kind;
    }

    public StringProperty amountTextProperty() {
        return amountText;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public BooleanBinding readyBinding() {
        return ready;
    }
}
