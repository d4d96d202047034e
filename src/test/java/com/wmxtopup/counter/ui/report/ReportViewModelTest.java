package com.wmxtopup.counter.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.SalesFigures;
import com.wmxtopup.counter.application.report.SalesReports;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.support.MutableClock;
import com.wmxtopup.counter.support.SameThreadTaskRunner;
import com.wmxtopup.counter.support.TestOperators;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The Laporan screen's model while the sums kept for reports are still being prepared (the first
/// filling after an upgrade): the owner reads how far, then the report.
class ReportViewModelTest {

    private static final SalesFigures.Sums NOTHING = new SalesFigures.Sums(Map.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

    @Test
    void theOwnerIsToldHowFarTheReportsArePreparedUntilTheReportComes() {
        SalesFigures preparing = new SalesFigures() {
            @Override
            public Sums between(LocalDate first, LocalDate last, Waiting waiting) {
                waiting.preparing(146, 365);
                return NOTHING;
            }
        };
        var tasks = new SameThreadTaskRunner();
        var model = new ReportViewModel(new SalesReports(preparing, (r, s, l, f) -> {
        }, (r, s, l, f) -> {
        }, ShopZone.WIB, () -> "Toko"), new CurrentOperator(TestOperators.OWNER), tasks, new I18n(I18n.INDONESIAN),
                new MutableClock(Instant.parse("2026-11-26T05:00:00Z")));

        tasks.holdAnswers();
        model.show();
        assertThat(model.messageProperty().get()).isEqualTo("Menyiapkan laporan… 40%");
        assertThat(model.busyProperty().get()).isTrue();

        tasks.release();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.figures().shownProperty().get()).isTrue();
    }
}
