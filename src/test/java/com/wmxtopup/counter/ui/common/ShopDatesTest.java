package com.wmxtopup.counter.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShopDatesTest {

    @Test
    void aDayIsShownDayFirstWhateverTheComputersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(ShopDates.CONVERTER.toString(LocalDate.of(2026, 4, 3))).isEqualTo("03/04/2026");
            assertThat(ShopDates.CONVERTER.toString(null)).isEmpty();
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/04/2026", "3/4/2026", " 03-04-2026 ", "3.4.2026"})
    void aTypedDayIsReadDayFirst(String typed) {
        assertThat(ShopDates.CONVERTER.fromString(typed)).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void anEmptyTextIsNoDay() {
        assertThat(ShopDates.CONVERTER.fromString("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "2026-04-03", "13/13/2026", "besok"})
    void whatIsNoDayIsRefused(String typed) {
        assertThatThrownBy(() -> ShopDates.parse(typed)).isInstanceOf(DateTimeParseException.class);
    }
}
