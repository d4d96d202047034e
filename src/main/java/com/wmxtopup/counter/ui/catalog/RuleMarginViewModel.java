package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The margin part of the rule editor, as typed: a percentage, a flat amount and a rounding step
/// on top of the buy price, or (for one product) a fixed selling price instead; with what is wrong
/// with each field.
public final class RuleMarginViewModel {

    public static final List<Long> ROUNDING_STEPS = List.of(1L, 100L, 500L, 1000L);

    private final I18n i18n;
    private final StringProperty percentText = new SimpleStringProperty("");
    private final StringProperty flatText = new SimpleStringProperty("0");
    private final ObjectProperty<Long> roundingStep = new SimpleObjectProperty<>(100L);
    private final BooleanProperty fixedPriceMode = new SimpleBooleanProperty(false);
    private final StringProperty fixedPriceText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper percentError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper flatError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fixedPriceError = new ReadOnlyStringWrapper("");

    /// `changed` runs whenever any field changes (also while [#fill] fills them).
    RuleMarginViewModel(I18n i18n, Runnable changed) {
        this.i18n = i18n;
        for (var p : List.of(percentText, flatText, fixedPriceText)) {
            p.addListener((obs, old, now) -> changed.run());
        }
        roundingStep.addListener((obs, old, now) -> changed.run());
        fixedPriceMode.addListener((obs, old, now) -> changed.run());
    }

    /// The fields as `shown` has them (a rounding step the list does not offer shows as none).
    void fill(PriceRule shown) {
        percentText.set(MarginInput.basisPointsToText(shown.percentBasisPoints()));
        flatText.set(Long.toString(shown.flat().rupiah()));
        roundingStep.set(ROUNDING_STEPS.contains(shown.roundingStep()) ? shown.roundingStep() : 1L);
        fixedPriceMode.set(shown.fixedPrice().isPresent());
        fixedPriceText.set(shown.fixedPrice().map(m -> Long.toString(m.rupiah())).orElse(""));
    }

    void clearErrors() {
        percentError.set("");
        flatError.set("");
        fixedPriceError.set("");
    }

    /// The rule for `target` these fields describe, or empty (with the reasons in the error
    /// properties). `targetValid`: whether the target was found; an invalid one makes no rule.
    Optional<PriceRule> rule(PriceRule.Scope scope, String target, boolean targetValid) {
        if (fixedPriceMode.get() && scope == PriceRule.Scope.PRODUCT) {
            Optional<Long> fixed = MarginInput.rupiah(fixedPriceText.get());
            if (fixed.isEmpty() || fixed.get() == 0) {
                fixedPriceError.set(i18n.text("catalog.rule.error.fixed"));
                return Optional.empty();
            }
            return targetValid ? Optional.of(PriceRule.fixedPrice(target, Money.rupiah(fixed.get()))) : Optional.empty();
        }
        boolean ok = targetValid;
        Optional<Long> basisPoints = MarginInput.percentToBasisPoints(percentText.get());
        if (basisPoints.isEmpty() || basisPoints.get() > PriceRule.MAX_BASIS_POINTS) {
            percentError.set(i18n.text("catalog.rule.error.percent"));
            ok = false;
        }
        Optional<Long> flat = MarginInput.rupiah(flatText.get().isBlank() ? "0" : flatText.get());
        if (flat.isEmpty()) {
            flatError.set(i18n.text("catalog.rule.error.flat"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new PriceRule(scope, target, basisPoints.get(), Money.rupiah(flat.get()), roundingStep.get()));
    }

    /// The rounding step as the editor's list says it: none, or "Rp 500".
    public String roundingText(Long step) {
        return step == null ? "" : step == 1L ? i18n.text("catalog.rule.noRounding") : RupiahFormat.format(Money.rupiah(step));
    }

    public StringProperty percentTextProperty() {
        return percentText;
    }

    public StringProperty flatTextProperty() {
        return flatText;
    }

    public ObjectProperty<Long> roundingStepProperty() {
        return roundingStep;
    }

    public BooleanProperty fixedPriceModeProperty() {
        return fixedPriceMode;
    }

    public StringProperty fixedPriceTextProperty() {
        return fixedPriceText;
    }

    public ReadOnlyStringProperty percentErrorProperty() {
        return percentError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty flatErrorProperty() {
        return flatError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fixedPriceErrorProperty() {
        return fixedPriceError.getReadOnlyProperty();
    }
}
