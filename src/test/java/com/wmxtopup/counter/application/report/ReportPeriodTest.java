package com.wmxtopup.counter.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.domain.ShopZone;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # kind, a day in it, first,      last,       previous first, previous last
            DAY,   2026-03-01, 2026-03-01, 2026-03-01, 2026-02-28,     2026-02-28
            WEEK,  2026-11-26, 2026-11-23, 2026-11-29, 2026-11-16,     2026-11-22
            WEEK,  2026-11-23, 2026-11-23, 2026-11-29, 2026-11-16,     2026-11-22
            WEEK,  2026-11-29, 2026-11-23, 2026-11-29, 2026-11-16,     2026-11-22
            MONTH, 2026-03-31, 2026-03-01, 2026-03-31, 2026-02-01,     2026-02-28
            MONTH, 2024-03-15, 2024-03-01, 2024-03-31, 2024-02-01,     2024-02-29
            MONTH, 2026-01-10, 2026-01-01, 2026-01-31, 2025-12-01,     2025-12-31
            """)
    void aPeriodAndTheOneBeforeIt(ReportPeriod.Kind kind, LocalDate day, LocalDate first, LocalDate last, LocalDate previousFirst,
            LocalDate previousLast) {
        ReportPeriod period = ReportPeriod.of(kind, day);
        assertThat(period).isEqualTo(new ReportPeriod(kind, first, last));
        assertThat(period.previous()).isEqualTo(new ReportPeriod(kind, previousFirst, previousLast));
        assertThat(period.previous().next()).isEqualTo(period);
    }

    @Test
    void aRangeIsComparedWithAsManyDaysJustBeforeIt() {
        ReportPeriod range = ReportPeriod.range(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 19));
        assertThat(range.days()).isEqualTo(10);
        assertThat(range.previous()).isEqualTo(ReportPeriod.range(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 9)));
        assertThat(range.next()).isEqualTo(ReportPeriod.range(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 29)));
    }

    @Test
    void aShopDayBeginsAtMidnightInTheShopsZone() {
        ReportPeriod day = ReportPeriod.day(LocalDate.of(2026, 11, 20));
        assertThat(day.start(ShopZone.WIB)).isEqualTo(Instant.parse("2026-11-19T17:00:00Z"));
        assertThat(day.end(ShopZone.WIB)).isEqualTo(Instant.parse("2026-11-20T17:00:00Z"));
        assertThat(day.start(ShopZone.WITA)).isEqualTo(Instant.parse("2026-11-19T16:00:00Z"));
        assertThat(day.start(ShopZone.WIT)).isEqualTo(Instant.parse("2026-11-19T15:00:00Z"));
    }

    @Test
    void aRangeThatEndsBeforeItBeginsOrSpansMoreThanTenYearsIsRefused() {
        assertThatThrownBy(() -> ReportPeriod.range(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportPeriod.range(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 11, 19)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
