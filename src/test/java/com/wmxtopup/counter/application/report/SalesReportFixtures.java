package com.wmxtopup.counter.application.report;

import com.wmxtopup.counter.application.report.SalesReport.Day;
import com.wmxtopup.counter.application.report.SalesReport.Figures;
import com.wmxtopup.counter.application.report.SalesReport.Hour;
import com.wmxtopup.counter.application.report.SalesReport.Line;
import com.wmxtopup.counter.application.report.SalesReport.Totals;
import com.wmxtopup.counter.domain.ShopZone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/// A small report built by hand, for the file writers' tests: a game and a cashier whose names a
/// spreadsheet would run as formulas.
public final class SalesReportFixtures {

    private SalesReportFixtures() {
    }

    public static SalesReport friday() {
        var period = ReportPeriod.day(LocalDate.of(2026, 11, 20));
        var hours = new ArrayList<Hour>();
        for (int h = 0; h < 24; h++) {
            hours.add(new Hour(h, h == 12 ? new Totals(2, 64_000, 59_000) : Totals.ZERO, Totals.ZERO));
        }
        return new SalesReport(period, period.previous(), ShopZone.WIB, new Figures(new Totals(3, 86_000, 79_500), 1, 2, 0),
                new Figures(new Totals(2, 42_000, 38_500), 0, 0, 1),
                List.of(new Line("Mobile Legends", "Mobile Legends", new Totals(2, 66_000, 61_500), new Totals(1, 22_000, 20_500)),
                        new Line("=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")", new Totals(1, 20_000, 18_000), Totals.ZERO)),
                List.of(new Line("ML172", "172 Diamonds", new Totals(1, 44_000, 41_000), Totals.ZERO)),
                List.of(new Line("+Budi", "+Budi", new Totals(2, 64_000, 59_000), new Totals(1, 20_000, 18_000)),
                        new Line("", "", new Totals(1, 22_000, 20_500), Totals.ZERO)),
                List.of(new Line("QRIS", "QRIS", new Totals(2, 64_000, 59_000), new Totals(1, 20_000, 18_000)),
                        new Line("CASH", "CASH", new Totals(1, 22_000, 20_500), new Totals(1, 22_000, 20_500))),
                List.of(new Day(period.first(), new Totals(3, 86_000, 79_500), period.first().minusDays(1), new Totals(2, 42_000, 38_500))),
                hours);
    }
}
