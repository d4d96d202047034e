package com.wmxtopup.counter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceRuleTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # buy,  percent (basis points), flat, step, sell
            19500,  1000,  0,     100,   21500
            19500,  0,     1000,  500,   20500
            20500,  500,   0,     1,     21525
            20501,  500,   0,     1,     21527
            20500,  0,     0,     1000,  21000
            10000,  250,   200,   100,   10500
            1,      1,     0,     1,     2
            """)
    void sellingPriceIsBuyPlusMarginRoundedUp(long buy, long basisPoints, long flat, long step, long sell) {
        var rule = PriceRule.defaultRule(basisPoints, Money.rupiah(flat), step);
        assertThat(rule.sellingPrice(Money.rupiah(buy))).isEqualTo(Money.rupiah(sell));
    }

    @Test
    void rulesApplyToTheirScope() {
        var product = OrderFixtures.mobileLegends86();
        assertThat(PriceRule.defaultRule(0, Money.ZERO, 1).appliesTo(product)).isTrue();
        assertThat(new PriceRule(PriceRule.Scope.GAME, "mobile legends b", 0, Money.ZERO, 1).appliesTo(product)).isTrue();
        assertThat(new PriceRule(PriceRule.Scope.GAME, "Free Fire", 0, Money.ZERO, 1).appliesTo(product)).isFalse();
        assertThat(new PriceRule(PriceRule.Scope.PRODUCT, "MLB86-S1", 0, Money.ZERO, 1).appliesTo(product)).isTrue();
        assertThat(new PriceRule(PriceRule.Scope.PRODUCT, "MLB172-S1", 0, Money.ZERO, 1).appliesTo(product)).isFalse();
    }

    @Test
    void invalidRulesAreRejected() {
        assertThatThrownBy(() -> PriceRule.defaultRule(-1, Money.ZERO, 100)).hasMessageContaining("negative");
        assertThatThrownBy(() -> PriceRule.defaultRule(0, Money.ZERO, 0)).hasMessageContaining("rounding step");
        assertThatThrownBy(() -> new PriceRule(PriceRule.Scope.GAME, " ", 0, Money.ZERO, 1)).hasMessageContaining("needs a game");
        assertThatThrownBy(() -> new PriceRule(PriceRule.Scope.DEFAULT, "x", 0, Money.ZERO, 1)).hasMessageContaining("no scope key");
    }
}
