package com.wmxtopup.counter.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.domain.Pricing;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// What the margin-rule editor asks of the catalog it read: which rule is saved for a target, what
/// a new rule starts from, and what a rule being typed would change.
class CatalogSnapshotTest {

    private static Product product(String sku, String game, long buy) {
        return new Product(sku, game, sku + " item", Map.of(PriceLevel.BASIC, Money.rupiah(buy)), ProductStatus.AVAILABLE,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static final PriceRule DEFAULT = PriceRule.defaultRule(1000, Money.ZERO, 100);
    private static final PriceRule MLB = PriceRule.forGame("Mobile Legends B", 500, Money.rupiah(500), 500);
    private static final PriceRule FIXED = PriceRule.fixedPrice("FF-FIX", Money.rupiah(15_000));

    private final CatalogService.Snapshot snapshot = new CatalogService.Snapshot(
            List.of(product("MLB86-S1", "Mobile Legends B", 20_500), product("FF100-S13", "Free Fire", 14_000),
                    product("FF-FIX", "Free Fire", 14_000)),
            new Pricing(List.of(DEFAULT, MLB, FIXED), PriceLevel.BASIC));

    @Test
    void findsTheRuleSavedForExactlyThatTarget() {
        assertThat(snapshot.savedRule(PriceRule.Scope.GAME, "mobile legends b")).contains(MLB);
        assertThat(snapshot.savedRule(PriceRule.Scope.DEFAULT, "ignored")).contains(DEFAULT);
        assertThat(snapshot.savedRule(PriceRule.Scope.PRODUCT, "MLB86-S1")).as("priced by its game's rule, not its own").isEmpty();
        assertThat(snapshot.savedRule(PriceRule.Scope.GAME, "  ")).as("no target, no rule").isEmpty();
    }

    @Test
    void aNewRuleStartsFromWhatPricesTheTargetNow() {
        assertThat(snapshot.startingRule(PriceRule.Scope.PRODUCT, "MLB86-S1")).isEqualTo(MLB);
        assertThat(snapshot.startingRule(PriceRule.Scope.GAME, "free fire")).isEqualTo(DEFAULT);
        assertThat(snapshot.startingRule(PriceRule.Scope.GAME, "Unknown Game")).as("no product: the default").isEqualTo(DEFAULT);
        assertThat(snapshot.startingRule(PriceRule.Scope.PRODUCT, "FF-FIX")).as("a fixed price is no margin to start from")
                .isEqualTo(PriceRule.defaultRule(0, Money.ZERO, 1));
        var noDefault = new CatalogService.Snapshot(snapshot.products(), new Pricing(List.of(MLB), PriceLevel.BASIC));
        assertThat(noDefault.startingRule(PriceRule.Scope.DEFAULT, "")).isEqualTo(Pricing.AT_COST);
    }

    @Test
    void aRuleBeingTypedShowsEachPriceItWouldChangeAndWhatFallsBelowCost() {
        var changes = snapshot.changesBy(PriceRule.forGame("free fire", 0, Money.ZERO, 1));
        assertThat(changes).as("the fixed price still wins for its product").singleElement().satisfies(change -> {
            assertThat(change.before().sell()).isEqualTo(Money.rupiah(15_400));
            assertThat(change.after().sell()).isEqualTo(Money.rupiah(14_000));
            assertThat(change.belowCost()).isFalse();
        });
        assertThat(snapshot.changesBy(PriceRule.fixedPrice("MLB86-S1", Money.rupiah(20_000))))
                .singleElement().satisfies(change -> assertThat(change.belowCost()).isTrue());
    }

    @Test
    void knowsItsGamesInAnyCaseAndItsSkusExactly() {
        assertThat(snapshot.hasGame("free FIRE")).isTrue();
        assertThat(snapshot.hasGame("Free")).isFalse();
        assertThat(snapshot.hasSku("MLB86-S1")).isTrue();
        assertThat(snapshot.hasSku("mlb86-s1")).isFalse();
    }
}
