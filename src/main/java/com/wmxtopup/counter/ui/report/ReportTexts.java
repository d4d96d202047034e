package com.wmxtopup.counter.ui.report;

import com.wmxtopup.counter.application.report.ReportPeriod;
import com.wmxtopup.counter.application.report.SalesReport;
import com.wmxtopup.counter.application.report.SalesReport.Totals;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/// A sales report in words and numbers as the Laporan screen shows them: tiles, table rows and
/// chart points, in the language of the moment.
final class ReportTexts {

    /// A headline figure: its value now, the previous period's, and the change.
    record Tile(String title, String value, String previous, String change, Trend trend) {
    }

    enum Trend {
        UP,
        DOWN,
        FLAT
    }

    /// One line of a breakdown table.
    record Row(String name, String orders, String revenue, String profit, String margin, String previousRevenue, String change) {
    }

    /// One point of a chart: a category (a day, a game) as the axis shows it, its whole name, and
    /// the value now and before, in rupiah.
    record Point(String category, String name, long now, long before) {
        Point(String category, long now, long before) {
            this(category, category, now, before);
        }
    }

    /// A rupiah axis from 0 to `upper` with a labelled tick every `unit`.
    record Scale(long upper, long unit) {
    }

    /// At most this many steps on a rupiah axis: a horizontal axis of a half-width chart has room
    /// for about five labels like "1,5 jt" side by side (the chart's own choice overlapped them).
    static final int AXIS_STEPS = 4;

    /// The longest game name the bar chart's axis shows whole; longer ones end in "…" there (the
    /// whole name is in the table and the bar's tooltip).
    static final int CHART_NAME = 18;

    /// A day as the date pickers show it.
    private static final DateTimeFormatter DAY = com.wmxtopup.counter.ui.common.ShopDates.DAY;
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");
    private final I18n i18n;

    ReportTexts(I18n i18n) {
        this.i18n = i18n;
    }

    String period(ReportPeriod current, ReportPeriod previous, String zone) {
        return i18n.text("report.period", range(current), range(previous), zone);
    }

    private static String range(ReportPeriod period) {
        return period.first().equals(period.last())
                ? DAY.format(period.first())
                : DAY.format(period.first()) + " – " + DAY.format(period.last());
    }

    List<Tile> tiles(SalesReport report) {
        Totals now = report.now().sold();
        Totals before = report.before().sold();
        return List.of(money("report.tile.revenue", now.revenue(), before.revenue()),
                neutral(money("report.tile.cost", now.cost(), before.cost())),
                money("report.tile.profit", now.profit(), before.profit()),
                new Tile(i18n.text("report.tile.margin"), percent(now.marginBasisPoints()),
                        i18n.text("report.tile.previous", percent(before.marginBasisPoints())), "", Trend.FLAT),
                tile("report.tile.orders", Long.toString(now.orders()), Long.toString(before.orders()), now.orders(), before.orders()));
    }

    /// A cost that grew is neither good nor bad news by itself: no colour.
    private static Tile neutral(Tile tile) {
        return new Tile(tile.title(), tile.value(), tile.previous(), tile.change(), Trend.FLAT);
    }

    String counts(SalesReport report) {
        return i18n.text("report.counts", report.now().failed(), report.now().refunded(), report.now().unfinished(),
                report.before().failed(), report.before().refunded(), report.before().unfinished());
    }

    private Tile money(String title, long now, long before) {
        return tile(title, rupiah(now), rupiah(before), now, before);
    }

    private Tile tile(String title, String value, String previous, long now, long before) {
        OptionalLong change = Totals.changeBasisPoints(now, before);
        Trend trend = now > before ? Trend.UP : now < before ? Trend.DOWN : Trend.FLAT;
        return new Tile(i18n.text(title), value, i18n.text("report.tile.previous", previous), signedPercent(change), trend);
    }

    List<Row> rows(List<SalesReport.Line> lines) {
        return lines.stream().map(l -> row(name(l), l.now(), l.before())).toList();
    }

    List<Row> hours(List<SalesReport.Hour> hours) {
        return hours.stream().filter(h -> h.now().orders() > 0 || h.before().orders() > 0)
                .map(h -> row(String.format(Locale.ROOT, "%02d:00–%02d:59", h.hour(), h.hour()), h.now(), h.before())).toList();
    }

    /// The line chart's points: a single day by its hours, a longer period by its days.
    List<Point> trend(SalesReport report) {
        if (report.current().days() == 1) {
            return report.hoursOfDay().stream()
                    .map(h -> new Point(String.format(Locale.ROOT, "%02d", h.hour()), h.now().revenue(), h.before().revenue())).toList();
        }
        return days(report.days());
    }

    String trendTitle(SalesReport report) {
        return i18n.text(report.current().days() == 1 ? "report.chart.hours" : "report.chart.days");
    }

    /// At most this many labels under the day chart: "27/11" side by side, level, at 1366 wide.
    static final int DAY_LABELS = 8;

    /// Every how many points of `points` the day chart labels one (1, 2, 5, 7, 10, 14, 30, 31…).
    static int labelEvery(int points) {
        for (int step : new int[] {1, 2, 3, 5, 7, 10, 14}) {
            if (Math.ceil((double) points / step) <= DAY_LABELS) {
                return step;
            }
        }
        return (int) Math.ceil((double) points / DAY_LABELS);
    }

    List<Point> days(List<SalesReport.Day> days) {
        return days.stream().map(d -> new Point(SHORT_DAY.format(d.day()), d.now().revenue(), d.before().revenue())).toList();
    }

    List<Point> games(List<SalesReport.Line> games, int most) {
        var onAxis = new java.util.HashSet<String>();
        // Two names alike in their first letters would be one category: the second keeps its whole name.
        return games.stream().limit(most).map(g -> {
            String shown = onAxis.add(shortName(g.label())) ? shortName(g.label()) : g.label();
            onAxis.add(shown);
            return new Point(shown, g.label(), g.now().revenue(), g.before().revenue());
        }).toList();
    }

    static String shortName(String name) {
        return name.length() <= CHART_NAME ? name : name.substring(0, CHART_NAME - 1).stripTrailing() + "…";
    }

    /// A round step (1, 2, 2.5 or 5 times a power of ten, at least Rp 1.000) that covers `max` in
    /// at most [#AXIS_STEPS] steps.
    static Scale scale(long max) {
        long power = 1_000;
        while (true) {
            for (long step : new long[] {power, power * 2, power * 5 / 2, power * 5}) {
                if (step * AXIS_STEPS >= max) {
                    return new Scale(Math.max(step, Math.ceilDiv(max, step) * step), step);
                }
            }
            power = Math.multiplyExact(power, 10);
        }
    }

    /// A rupiah axis tick: "250 rb" / "1,5 jt" in Indonesian, "250k" / "1.5M" in English.
    String axisTick(long rupiah) {
        if (Math.abs(rupiah) >= 1_000_000) {
            return i18n.text("report.axis.millions", (rupiah / 100_000) / 10.0);
        }
        return Math.abs(rupiah) >= 1_000 ? i18n.text("report.axis.thousands", rupiah / 1_000) : Long.toString(rupiah);
    }

    private Row row(String name, Totals now, Totals before) {
        return new Row(name, Long.toString(now.orders()), rupiah(now.revenue()), rupiah(now.profit()), percent(now.marginBasisPoints()),
                rupiah(before.revenue()), signedPercent(Totals.changeBasisPoints(now.revenue(), before.revenue())));
    }

    private String name(SalesReport.Line line) {
        if (line.key().isEmpty()) {
            return i18n.text("report.noSeller");
        }
        return line.key().equals("CASH") && line.label().equals("CASH") ? i18n.text("report.cash") : line.label();
    }

    static String rupiah(long value) {
        return (value < 0 ? "-" : "") + RupiahFormat.format(Money.rupiah(Math.abs(value)));
    }

    private String percent(OptionalLong basisPoints) {
        return basisPoints.isEmpty() ? "–" : String.format(i18n.locale(), "%.1f%%", basisPoints.getAsLong() / 100.0);
    }

    private String signedPercent(OptionalLong basisPoints) {
        return basisPoints.isEmpty() ? "–" : String.format(i18n.locale(), "%+.1f%%", basisPoints.getAsLong() / 100.0);
    }
}
