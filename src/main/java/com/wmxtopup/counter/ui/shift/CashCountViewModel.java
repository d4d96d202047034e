package com.wmxtopup.counter.ui.shift;

import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.Denomination;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/// A drawer count as typed: pieces per note and coin, or only a total. Checked as typed (digits
/// only); the count exists only when every field reads.
public final class CashCountViewModel {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{0,9}");

    /// One denomination's line: its field's id, its name and the number of pieces typed.
    public record Line(Denomination denomination, String fieldId, String label, StringProperty pieces) {
    }

    private final List<Line> lines;
    private final BooleanProperty totalOnly = new SimpleBooleanProperty(false);
    private final StringProperty totalText = new SimpleStringProperty("");
    private final ObjectBinding<Optional<CashCount>> count;
    private final StringBinding sumText;

    public CashCountViewModel(I18n i18n) {
        this.lines = List.of(Denomination.values()).stream()
                .map(d -> new Line(d, "count-" + d.name(), i18n.text(d.isNote() ? "shift.denomination.note" : "shift.denomination.coin",
                        RupiahFormat.format(d.value())), new SimpleStringProperty("")))
                .toList();
        ObservableValue<?>[] inputs = new ObservableValue<?>[lines.size() + 2];
        for (int i = 0; i < lines.size(); i++) {
            inputs[i] = lines.get(i).pieces();
        }
        inputs[lines.size()] = totalOnly;
        inputs[lines.size() + 1] = totalText;
        count = Bindings.createObjectBinding(this::read, inputs);
        sumText = Bindings.createStringBinding(() -> count.get().map(c -> i18n.text("shift.count.sum", RupiahFormat.format(c.total())))
                .orElse(isBlank() ? "" : i18n.text("shift.count.notANumber")), count);
    }

    /// Whether `text` may stand in a count field (digits, or nothing yet).
    public static boolean isAcceptable(String text) {
        return DIGITS.matcher(text.strip()).matches();
    }

    /// Nothing typed yet: no count (an untouched form is not a count of zero).
    private boolean isBlank() {
        return totalOnly.get() ? totalText.get().isBlank() : lines.stream().allMatch(line -> line.pieces().get().isBlank());
    }

    private Optional<CashCount> read() {
        if (isBlank()) {
            return Optional.empty();
        }
        if (totalOnly.get()) {
            String text = totalText.get().strip().replace(".", "");
            return isAcceptable(text)
                    ? Optional.of(CashCount.ofTotal(Money.rupiah(text.isEmpty() ? 0 : Long.parseLong(text))))
                    : Optional.empty();
        }
        Map<Denomination, Integer> pieces = new EnumMap<>(Denomination.class);
        for (Line line : lines) {
            String text = line.pieces().get().strip();
            if (!isAcceptable(text)) {
                return Optional.empty();
            }
            if (!text.isEmpty()) {
                pieces.put(line.denomination(), Integer.parseInt(text));
            }
        }
        return Optional.of(CashCount.of(pieces));
    }

    /// Empties every field (after the count was used).
    public void clear() {
        lines.forEach(line -> line.pieces().set(""));
        totalText.set("");
    }

    public List<Line> lines() {
        return lines;
    }

    public BooleanProperty totalOnlyProperty() {
        return totalOnly;
    }

    public StringProperty totalTextProperty() {
        return totalText;
    }

    /// The count, or empty while nothing is typed or a field does not read as a number.
    public ObjectBinding<Optional<CashCount>> countBinding() {
        return count;
    }

    /// "Jumlah: Rp 200.000", or what is wrong.
    public StringBinding sumTextBinding() {
        return sumText;
    }
}
