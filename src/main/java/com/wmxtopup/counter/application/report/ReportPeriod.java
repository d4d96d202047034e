package com.wmxtopup.counter.application.report;

import com.wmxtopup.counter.domain.ShopZone;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/// The shop days a report covers, first to last inclusive, in the shop's zone: a day, a week
/// (Monday to Sunday), a calendar month, or any range of days.
public record ReportPeriod(Kind kind, LocalDate first, LocalDate last) {

    /// The longest range a report covers: ten years of days.
    public static final long MAX_DAYS = 3_660;

    public enum Kind {
        DAY,
        WEEK,
        MONTH,
        RANGE
    }

    public ReportPeriod {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends (" + last + ") before it begins (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new IllegalArgumentException("a period of more than " + MAX_DAYS + " days");
        }
    }

    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(Kind.DAY, day, day);
    }

    /// The week (Monday to Sunday) that holds `day`.
    public static ReportPeriod week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportPeriod(Kind.WEEK, monday, monday.plusDays(6));
    }

    /// The calendar month that holds `day`.
    public static ReportPeriod month(LocalDate day) {
        return new ReportPeriod(Kind.MONTH, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
    }

    public static ReportPeriod range(LocalDate first, LocalDate last) {
        return new ReportPeriod(Kind.RANGE, first, last);
    }

    /// The period of `kind` that holds `day` (for a range: that day alone).
    public static ReportPeriod of(Kind kind, LocalDate day) {
        return switch (kind) {
            case DAY, RANGE -> new ReportPeriod(kind, day, day);
            case WEEK -> week(day);
            case MONTH -> month(day);
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /// The period just before, to compare with: the day, week or calendar month before; for a
    /// range, as many days ending the day before it begins.
    public ReportPeriod previous() {
        return switch (kind) {
            case DAY -> day(first.minusDays(1));
            case WEEK -> week(first.minusDays(7));
            case MONTH -> month(first.minusMonths(1));
            case RANGE -> range(first.minusDays(days()), first.minusDays(1));
        };
    }

    /// The next period of the same kind and length.
    public ReportPeriod next() {
        return switch (kind) {
            case DAY -> day(first.plusDays(1));
            case WEEK -> week(first.plusDays(7));
            case MONTH -> month(first.plusMonths(1));
            case RANGE -> range(last.plusDays(1), last.plusDays(days()));
        };
    }

    /// When the first day begins in the shop's zone.
    public Instant start(ShopZone zone) {
        return first.atStartOfDay(zone.zone()).toInstant();
    }

    /// When the day after the last begins in the shop's zone (exclusive end).
    public Instant end(ShopZone zone) {
        return last.plusDays(1).atStartOfDay(zone.zone()).toInstant();
    }
}
