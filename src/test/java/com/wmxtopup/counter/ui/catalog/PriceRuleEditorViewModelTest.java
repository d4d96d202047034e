package com.wmxtopup.counter.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.domain.Pricing;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import com.wmxtopup.counter.support.SameThreadTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The margin-rule editor alone, on a catalog held in memory: a target's rule put into the fields,
/// the fields checked as typed, and the preview that follows them (nothing saved).
class PriceRuleEditorViewModelTest {

    private static Product product(String sku, String game, long buy) {
        return new Product(sku, game, sku + " item", Map.of(PriceLevel.BASIC, Money.rupiah(buy)), ProductStatus.AVAILABLE,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private final CatalogService.Snapshot snapshot = new CatalogService.Snapshot(
            List.of(product("MLB86-S1", "Mobile Legends B", 20_500), product("FF100-S13", "Free Fire", 14_000)),
            new Pricing(List.of(PriceRule.defaultRule(1000, Money.ZERO, 100), PriceRule.forProduct("FF100-S13", 250, Money.ZERO, 500)),
                    PriceLevel.BASIC));
    private PriceRuleEditorViewModel editor;

    @BeforeEach
    void start() {
        editor = new PriceRuleEditorViewModel(null, snapshot,
                new com.wmxtopup.counter.ui.common.CurrentOperator(com.wmxtopup.counter.support.TestOperators.ADMIN),
                new SameThreadTaskRunner(), new I18n(I18n.ENGLISH), said -> {
                }, () -> {
                });
        editor.show(snapshot);
    }

    @Test
    void aTargetsSavedRuleOrWhatPricesItNowFillsTheFields() {
        assertThat(editor.margin().percentTextProperty().get()).as("the default rule").isEqualTo("10");
        assertThat(editor.canDeleteRuleProperty().get()).as("the default rule is changed, never deleted").isFalse();

        editor.ruleScopeProperty().set(RuleScope.PRODUCT);
        editor.ruleTargetProperty().set("FF100-S13");
        assertThat(editor.margin().percentTextProperty().get()).isEqualTo("2,5");
        assertThat(editor.margin().roundingStepProperty().get()).isEqualTo(500L);
        assertThat(editor.canDeleteRuleProperty().get()).isTrue();

        editor.ruleTargetProperty().set("MLB86-S1");
        assertThat(editor.margin().percentTextProperty().get()).as("priced by the default rule now").isEqualTo("10");
        assertThat(editor.canDeleteRuleProperty().get()).isFalse();
        assertThat(editor.preview().rows()).singleElement().satisfies(row -> {
            assertThat(row.currentSell()).isEqualTo("Rp 22.600");
            assertThat(row.newSell()).isEqualTo("Rp 22.600");
        });
    }

    @Test
    void wrongFieldsSayWhatIsWrongAndStopTheSaveAndThePreview() {
        editor.margin().percentTextProperty().set("abc");
        assertThat(editor.margin().percentErrorProperty().get()).startsWith("Enter a percentage");
        assertThat(editor.canSaveRuleProperty().get()).isFalse();
        assertThat(editor.preview().rows()).isEmpty();
        assertThat(editor.preview().summaryProperty().get()).startsWith("Fix the marked fields");

        editor.margin().percentTextProperty().set("5");
        assertThat(editor.margin().percentErrorProperty().get()).isEmpty();
        assertThat(editor.canSaveRuleProperty().get()).isTrue();
        assertThat(editor.preview().summaryProperty().get()).isEqualTo("Preview: 1 products will use this rule.");

        editor.ruleScopeProperty().set(RuleScope.GAME);
        editor.ruleTargetProperty().set("No Such Game");
        assertThat(editor.targetErrorProperty().get()).startsWith("Pick a game");
        assertThat(editor.canSaveRuleProperty().get()).isFalse();
    }

    @Test
    void aFixedPriceBelowCostIsShownAsBlockedInThePreview() {
        editor.ruleScopeProperty().set(RuleScope.PRODUCT);
        editor.ruleTargetProperty().set("MLB86-S1");
        editor.margin().fixedPriceModeProperty().set(true);
        assertThat(editor.margin().fixedPriceErrorProperty().get()).startsWith("Enter the selling price");
        editor.margin().fixedPriceTextProperty().set("20.000");
        assertThat(editor.candidateRule()).contains(PriceRule.fixedPrice("MLB86-S1", Money.rupiah(20_000)));
        assertThat(editor.preview().rows()).singleElement().satisfies(row -> assertThat(row.blocked()).isTrue());
        assertThat(editor.preview().summaryProperty().get()).contains("1 are below cost");
    }
}
