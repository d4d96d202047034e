package com.wmxtopup.counter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingTest {

    private static Product product(String sku, String game, long basic, long premium, ProductStatus status) {
        return new Product(sku, game, sku + " item", Map.of(PriceLevel.BASIC, Money.rupiah(basic), PriceLevel.PREMIUM,
                Money.rupiah(premium), PriceLevel.SPECIAL, Money.rupiah(premium - 100)), status, OrderFixtures.T0);
    }

    /// default 10 %/Rp 100; Mobile Legends B 5 % + Rp 500 / Rp 500; MLB172-S1 2 %/Rp 1.000;
    /// FF-FIX fixed at Rp 15.000.
    private static List<PriceRule> rules() {
        return List.of(
                PriceRule.defaultRule(1000, Money.ZERO, 100),
                PriceRule.forGame("mobile legends b", 500, Money.rupiah(500), 500),
                PriceRule.forProduct("MLB172-S1", 200, Money.ZERO, 1000),
                PriceRule.fixedPrice("FF-FIX", Money.rupiah(15_000)));
    }

    @ParameterizedTest(name = "{0} {1} at {2}: sell {6}, {7}")
    @CsvSource(textBlock = """
            # sku,      game,              level,   basic, premium, status,    sell,  block,       rule scope
            MLB86-S1,   Mobile Legends B,  BASIC,   20500, 20300,   AVAILABLE, 22500, NONE,        GAME
            MLB86-S1,   Mobile Legends B,  PREMIUM, 20500, 20300,   AVAILABLE, 22000, NONE,        GAME
            MLB172-S1,  Mobile Legends B,  BASIC,   40900, 40500,   AVAILABLE, 42000, NONE,        PRODUCT
            FF100-S13,  Free Fire,         BASIC,   14000, 13800,   AVAILABLE, 15400, NONE,        DEFAULT
            FF100-S13,  Free Fire,         BASIC,   14000, 13800,   EMPTY,     15400, UNAVAILABLE, DEFAULT
            FF100-S13,  Free Fire,         BASIC,   14000, 13800,   REMOVED,   15400, REMOVED,     DEFAULT
            FF-FIX,     Free Fire,         BASIC,   14000, 13800,   AVAILABLE, 15000, NONE,        PRODUCT
            FF-FIX,     Free Fire,         BASIC,   15000, 14800,   AVAILABLE, 15000, NONE,        PRODUCT
            FF-FIX,     Free Fire,         BASIC,   15001, 14800,   AVAILABLE, 15000, BELOW_COST,  PRODUCT
            FF-FIX,     Free Fire,         PREMIUM, 15001, 14800,   AVAILABLE, 15000, NONE,        PRODUCT
            """)
    void sellingPriceFollowsTheMostSpecificRule(String sku, String game, PriceLevel level, long basic, long premium,
            ProductStatus status, long sell, PriceQuote.Block block, PriceRule.Scope scope) {
        var quote = new Pricing(rules(), level).quote(product(sku, game, basic, premium, status));
        assertThat(quote.sell()).isEqualTo(Money.rupiah(sell));
        assertThat(quote.block()).isEqualTo(block);
        assertThat(quote.rule().scope()).isEqualTo(scope);
        assertThat(quote.buy()).isEqualTo(Money.rupiah(level == PriceLevel.BASIC ? basic : premium));
        assertThat(quote.marginRupiah()).isEqualTo(sell - quote.buy().rupiah());
        assertThat(quote.isSellable()).isEqualTo(block == PriceQuote.Block.NONE);
    }

    @Test
    void withoutAnyRuleItemsSellAtCost() {
        var quote = new Pricing(List.of(), PriceLevel.BASIC).quote(product("X", "Valorant", 10_000, 9_900, ProductStatus.AVAILABLE));
        assertThat(quote.sell()).isEqualTo(Money.rupiah(10_000));
        assertThat(quote.isSellable()).isTrue();
        assertThat(quote.rule()).isEqualTo(Pricing.AT_COST);
    }

    @Test
    void laterRulesForTheSameTargetReplaceEarlierOnes() {
        var rules = new ArrayList<>(rules());
        rules.add(PriceRule.defaultRule(0, Money.rupiah(1000), 1));
        var quote = new Pricing(rules, PriceLevel.BASIC).quote(product("FF100-S13", "Free Fire", 14_000, 13_800, ProductStatus.AVAILABLE));
        assertThat(quote.sell()).isEqualTo(Money.rupiah(15_000));
    }

    @Test
    void onlyProductRulesMayFixAPrice() {
        assertThatThrownBy(() -> new PriceRule(PriceRule.Scope.GAME, "Free Fire", 0, Money.ZERO, 1,
                java.util.Optional.of(Money.rupiah(1000)))).hasMessageContaining("only a product rule");
        assertThatThrownBy(() -> PriceRule.fixedPrice("X", Money.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> PriceRule.defaultRule(PriceRule.MAX_BASIS_POINTS + 1, Money.ZERO, 1)).hasMessageContaining("1000 %");
    }

    @Test
    void gameRuleTargetsIgnoreCase() {
        assertThat(PriceRule.forGame("Free Fire", 0, Money.ZERO, 1).targetKey())
                .isEqualTo(PriceRule.forGame("FREE FIRE", 100, Money.ZERO, 1).targetKey());
        assertThat(PriceRule.forProduct("ab", 0, Money.ZERO, 1).targetKey())
                .isNotEqualTo(PriceRule.forProduct("AB", 0, Money.ZERO, 1).targetKey());
    }
}
