package com.wmxtopup.counter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @Test
    void negativeAmountsDoNotExist() {
        assertThatThrownBy(() -> Money.rupiah(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticOverflowFailsInsteadOfWrapping() {
        assertThatThrownBy(() -> Money.rupiah(Long.MAX_VALUE).plus(Money.rupiah(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.rupiah(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void subtractingMoreThanThereIsFails() {
        assertThat(Money.rupiah(10_000).minus(Money.rupiah(2_500))).isEqualTo(Money.rupiah(7_500));
        assertThatThrownBy(() -> Money.rupiah(1).minus(Money.rupiah(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # amount, step, rounded
            21450,  100,   21500
            21400,  100,   21400
            21401,  500,   21500
            20001,  1000,  21000
            0,      1000,  0
            19999,  1,     19999
            """)
    void roundsUpToTheStep(long amount, long step, long rounded) {
        assertThat(Money.rupiah(amount).roundUpTo(step)).isEqualTo(Money.rupiah(rounded));
    }

    @Test
    void comparesByAmount() {
        assertThat(Money.rupiah(100).isLessThan(Money.rupiah(101))).isTrue();
        assertThat(Money.rupiah(101).isLessThan(Money.rupiah(101))).isFalse();
        assertThat(Money.rupiah(5)).isLessThan(Money.rupiah(6));
    }
}
