package com.wmxtopup.counter.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarginInputTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            5,       500
            ' 5 ',   500
            '2,5',   250
            2.5,     250
            12.75,   1275
            0,       0
            1000,    100000
            0.05,    5
            '1,234', -
            -1,      -
            abc,     -
            '',      -
            """)
    void percentagesBecomeBasisPointsExactly(String text, Long basisPoints) {
        assertThat(MarginInput.percentToBasisPoints(text)).isEqualTo(Optional.ofNullable(basisPoints));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            500,        500
            1.000,      1000
            'Rp 2.500', 2500
            rp1.250.000, 1250000
            21000,      21000
            1.00,       -
            '1,5',      -
            -5,         -
            '',         -
            """)
    void rupiahAmountsAreWhole(String text, Long rupiah) {
        assertThat(MarginInput.rupiah(text)).isEqualTo(Optional.ofNullable(rupiah));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            500,   5
            250,   '2,5'
            1275,  '12,75'
            5,     '0,05'
            0,     0
            """)
    void basisPointsShowWithADecimalComma(long basisPoints, String text) {
        assertThat(MarginInput.basisPointsToText(basisPoints)).isEqualTo(text);
    }
}
