package com.wmxtopup.counter.application.report;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.port.ReportFiles;
import com.wmxtopup.counter.application.port.SalesFigures;
import com.wmxtopup.counter.application.port.SalesFigures.Group;
import com.wmxtopup.counter.application.port.SalesFigures.Sum;
import com.wmxtopup.counter.application.report.SalesReport.Day;
import com.wmxtopup.counter.application.report.SalesReport.Figures;
import com.wmxtopup.counter.application.report.SalesReport.Hour;
import com.wmxtopup.counter.application.report.SalesReport.Line;
import com.wmxtopup.counter.application.report.SalesReport.Totals;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.domain.ShopZone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/// The sales reports (Laporan) for admins and the owner: a period's money and orders beside the
/// period before, per game, item, cashier, payment method, day and hour; as CSV or a PDF summary.
public final class SalesReports {

    private static final Set<OrderStatus> UNFINISHED = EnumSet.of(OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING,
            OrderStatus.PROCESSING, OrderStatus.NEEDS_CHECK);
    private final SalesFigures figures;
    private final ReportFiles csv;
    private final ReportFiles pdf;
    private final ShopZone zone;
    private final java.util.function.Supplier<String> shopName;

    public SalesReports(SalesFigures figures, ReportFiles csv, ReportFiles pdf, ShopZone zone,
            java.util.function.Supplier<String> shopName) {
        this.figures = figures;
        this.csv = csv;
        this.pdf = pdf;
        this.zone = zone;
        this.shopName = shopName;
    }

    public ShopZone zone() {
        return zone;
    }

    public SalesReport report(Operator operator, ReportPeriod period) {
        return report(operator, period, SalesFigures.Waiting.NONE);
    }

    /// The report of `period` beside the period before; when the sums kept for reports are still
    /// being brought up to date (e.g. the first filling after an upgrade), it waits for them and
    /// tells `waiting` how far they are.
    public SalesReport report(Operator operator, ReportPeriod period, SalesFigures.Waiting waiting) {
        operator.require(Permission.VIEW_REPORTS);
        ReportPeriod previous = period.previous();
        SalesFigures.Sums now = figures.between(period.first(), period.last(), waiting);
        SalesFigures.Sums before = figures.between(previous.first(), previous.last(), waiting);
        return new SalesReport(period, previous, zone, figures(now), figures(before), lines(now.games(), before.games()),
                lines(now.items(), before.items()), lines(now.sellers(), before.sellers()),
                lines(now.paymentMethods(), before.paymentMethods()), days(period, previous, now, before), hours(now, before));
    }

    /// Writes the report as CSV (Excel-ready, formula-safe) into `file`, whole or not at all.
    public void exportCsv(Operator operator, SalesReport report, Path file) throws IOException {
        export(operator, csv, report, java.util.Locale.ROOT, file);
    }

    /// Writes the report's PDF summary into `file` in `language`, whole or not at all.
    public void exportPdf(Operator operator, SalesReport report, java.util.Locale language, Path file) throws IOException {
        export(operator, pdf, report, language, file);
    }

    private void export(Operator operator, ReportFiles files, SalesReport report, java.util.Locale language, Path file)
            throws IOException {
        operator.require(Permission.VIEW_REPORTS);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            files.write(report, shopName.get(), language, partial);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Figures figures(SalesFigures.Sums sums) {
        Function<OrderStatus, Long> count = status -> sums.byStatus().getOrDefault(status, Sum.ZERO).orders();
        long unfinished = UNFINISHED.stream().mapToLong(count::apply).sum();
        return new Figures(totals(sums.byStatus().getOrDefault(OrderStatus.SUCCESS, Sum.ZERO)), count.apply(OrderStatus.FAILED),
                count.apply(OrderStatus.REFUNDED), unfinished);
    }

    private static Totals totals(Sum sum) {
        return new Totals(sum.orders(), sum.amount(), sum.cost());
    }

    /// Every group of either period, biggest revenue now first (then biggest before, then by name).
    private static List<Line> lines(List<Group> now, List<Group> before) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (Group g : now) {
            lines.put(g.key(), new Line(g.key(), g.label(), totals(g.sum()), Totals.ZERO));
        }
        for (Group g : before) {
            Line line = lines.get(g.key());
            lines.put(g.key(), line == null
                    ? new Line(g.key(), g.label(), Totals.ZERO, totals(g.sum()))
                    : new Line(g.key(), line.label(), line.now(), totals(g.sum())));
        }
        return lines.values().stream().sorted(Comparator.comparingLong((Line l) -> -l.now().revenue())
                .thenComparingLong(l -> -l.before().revenue()).thenComparing(Line::label)).toList();
    }

    private List<Day> days(ReportPeriod period, ReportPeriod previous, SalesFigures.Sums now, SalesFigures.Sums before) {
        Map<LocalDate, Totals> current = byDay(now.hours());
        Map<LocalDate, Totals> earlier = byDay(before.hours());
        var days = new ArrayList<Day>();
        for (long i = 0; i < period.days(); i++) {
            LocalDate day = period.first().plusDays(i);
            LocalDate previousDay = previous.first().plusDays(i);
            boolean inPrevious = !previousDay.isAfter(previous.last());
            days.add(new Day(day, current.getOrDefault(day, Totals.ZERO), previousDay,
                    inPrevious ? earlier.getOrDefault(previousDay, Totals.ZERO) : Totals.ZERO));
        }
        return days;
    }

    private Map<LocalDate, Totals> byDay(Map<Instant, Sum> hours) {
        Map<LocalDate, Sum> sums = new LinkedHashMap<>();
        hours.forEach((hour, sum) -> sums.merge(zone.dayOf(hour), sum, Sum::plus));
        Map<LocalDate, Totals> totals = new LinkedHashMap<>();
        sums.forEach((day, sum) -> totals.put(day, totals(sum)));
        return totals;
    }

    private List<Hour> hours(SalesFigures.Sums now, SalesFigures.Sums before) {
        Sum[] current = byHourOfDay(now.hours());
        Sum[] earlier = byHourOfDay(before.hours());
        var hours = new ArrayList<Hour>(24);
        for (int h = 0; h < 24; h++) {
            hours.add(new Hour(h, totals(current[h]), totals(earlier[h])));
        }
        return hours;
    }

    private Sum[] byHourOfDay(Map<Instant, Sum> hours) {
        Sum[] sums = new Sum[24];
        java.util.Arrays.fill(sums, Sum.ZERO);
        hours.forEach((hour, sum) -> {
            int h = zone.at(hour).getHour();
            sums[h] = sums[h].plus(sum);
        });
        return sums;
    }
}
