package com.wmxtopup.counter.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.domain.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahFormatTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,          Rp 0
            500,        Rp 500
            1000,       Rp 1.000
            10000,      Rp 10.000
            21900,      Rp 21.900
            195695,     Rp 195.695
            1250000,    Rp 1.250.000
            9223372036854775807, Rp 9.223.372.036.854.775.807
            """)
    void groupsThousandsWithDots(long rupiah, String expected) {
        assertThat(RupiahFormat.format(Money.rupiah(rupiah))).isEqualTo(expected);
    }
}
