package com.wmxtopup.counter.ui.report;

import com.wmxtopup.counter.application.report.ReportPeriod;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.ui.common.I18n;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The period the Laporan screen is asked for: a day, week, month or range of the shop's days,
/// starting today, and stepping to the one before or after.
public final class ReportPeriodChoice {

    /// What kind of period to show, with its words.
    public record KindChoice(ReportPeriod.Kind kind, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final ShopZone zone;
    private final Clock clock;
    private List<KindChoice> kinds;
    private final ObjectProperty<KindChoice> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final BooleanBinding range = Bindings.createBooleanBinding(
            () -> kind.get() != null && kind.get().kind() == ReportPeriod.Kind.RANGE, kind);

    ReportPeriodChoice(ShopZone zone, Clock clock, I18n i18n) {
        this.zone = zone;
        this.clock = clock;
        this.kinds = kinds(i18n);
        kind.set(kinds.getFirst());
        // The view is built again in the new language and takes the choices in its words.
        i18n.localeProperty().addListener((obs, old, now) -> {
            var chosen = kind.get().kind();
            kinds = kinds(i18n);
            kind.set(kinds.stream().filter(k -> k.kind() == chosen).findFirst().orElseThrow());
        });
        day.set(today());
        lastDay.set(day.get());
    }

    /// The period chosen (an empty day is today).
    ///
    /// @throws IllegalArgumentException a range that ends before it starts or is too long
    ReportPeriod chosen() {
        LocalDate first = day.get() == null ? today() : day.get();
        return kind.get().kind() == ReportPeriod.Kind.RANGE
                ? ReportPeriod.range(first, lastDay.get() == null ? first : lastDay.get())
                : ReportPeriod.of(kind.get().kind(), first);
    }

    /// Chooses the period before (or after) the one chosen, of the same kind.
    ///
    /// @throws IllegalArgumentException as [#chosen]
    void step(boolean forward) {
        ReportPeriod moved = forward ? chosen().next() : chosen().previous();
        day.set(moved.first());
        lastDay.set(moved.last());
    }

    private static List<KindChoice> kinds(I18n i18n) {
        return Stream.of(ReportPeriod.Kind.values())
                .map(k -> new KindChoice(k, i18n.text("report.kind." + k.name().toLowerCase(Locale.ROOT)))).toList();
    }

    private LocalDate today() {
        return zone.dayOf(clock.instant());
    }

    public List<KindChoice> kinds() {
        return kinds;
    }

    public ObjectProperty<KindChoice> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    /// A range of days is chosen: the last day is asked for too.
    public BooleanBinding rangeProperty() {
        return range;
    }
}
