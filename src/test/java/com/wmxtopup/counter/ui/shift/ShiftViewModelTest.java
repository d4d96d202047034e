package com.wmxtopup.counter.ui.shift;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.printing.EscPosShiftReportPrinter;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.application.shift.ShiftDesk;
import com.wmxtopup.counter.application.shift.ShiftPapers;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.support.MutableClock;
import com.wmxtopup.counter.support.SameThreadTaskRunner;
import com.wmxtopup.counter.support.ShiftFixture;
import com.wmxtopup.counter.support.TestApp;
import com.wmxtopup.counter.support.TestOperators;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// The Kas screen's view models on a real H2 store with the supplier simulator: what the cashier
/// reads when the drawer is refused, when a payout is more than the drawer holds, and when the
/// shift closes but its Z report cannot be written (the close stands; the paper can be retried).
class ShiftViewModelTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T01:00:00Z"));
    private final Path data = TestApp.newDataDirectory("shift-vm");
    private final ShiftFixture fixture = new ShiftFixture(h2(data), clock);
    private final CurrentOperator operator = new CurrentOperator(TestOperators.CASHIER);
    private final I18n i18n = new I18n(I18n.INDONESIAN);
    private final ShiftTexts texts = new ShiftTexts(i18n, ShopZone.WIB);

    @AfterEach
    void stop() {
        fixture.close();
    }

    private ShiftViewModel viewModel(Path shiftsFolder) {
        var desk = new ShiftDesk(fixture.shiftsOn("kasir-1"),
                new ShiftPapers(new EscPosShiftReportPrinter(), shiftsFolder, Optional::empty));
        return new ShiftViewModel(desk, operator, new SameThreadTaskRunner(), i18n, texts);
    }

    @Test
    void aCountThatDoesNotReadOpensNothingAndAPayoutBeyondTheDrawerIsRefusedInOneSentence() {
        var shift = viewModel(data.resolve("shifts"));
        shift.load();
        assertThat(shift.statusProperty().get()).isEqualTo("Belum ada shift terbuka di konsol ini.");
        shift.openCount().totalOnlyProperty().set(true);
        shift.openCount().totalTextProperty().set("50.000");
        shift.open();
        assertThat(shift.statusProperty().get()).startsWith("Shift #1 terbuka sejak 26/11 08:00 WIB oleh Cashier");

        var movement = new CashMovementViewModel(fixture.shiftsOn("kasir-1"), shift, i18n, texts);
        movement.amountTextProperty().set("60.000");
        movement.reasonProperty().set("setor");
        assertThat(movement.readyBinding().get()).isTrue();
        movement.record();
        assertThat(shift.messageProperty().get()).isEqualTo("Uang di laci tidak cukup untuk itu (seharusnya ada Rp 50.000).");

        // Another window on this console opens again: refused, naming who holds the drawer.
        var other = viewModel(data.resolve("shifts"));
        other.openCount().totalOnlyProperty().set(true);
        other.openCount().totalTextProperty().set("10000");
        other.open();
        assertThat(other.messageProperty().get()).startsWith("Masih ada shift terbuka di konsol ini (#1, dibuka oleh Cashier)");
    }

    @Test
    void aCloseWhoseZReportCannotBeWrittenStillClosesAndSaysHowToPrintItAgain() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("shifts-is-a-file"), "x");
        var shift = viewModel(notAFolder);
        shift.openCount().totalOnlyProperty().set(true);
        shift.openCount().totalTextProperty().set("100000");
        shift.open();
        shift.load();
        assertThat(shift.closePreviewBinding().get()).isEqualTo("Seharusnya di laci: Rp 100.000");
        shift.closeCount().totalOnlyProperty().set(true);
        shift.closeCount().totalTextProperty().set("100500");
        assertThat(shift.closePreviewBinding().get()).isEqualTo("Seharusnya Rp 100.000 · dihitung Rp 100.500 · selisih +Rp 500");

        shift.close();

        assertThat(shift.messageProperty().get()).startsWith("Shift #1 ditutup. Selisih +Rp 500. Laporan Z belum tersimpan/tercetak (")
                .endsWith("tekan \"Cetak & simpan\" untuk mencoba lagi.");
        assertThat(shift.currentProperty().get()).isEmpty();
        assertThat(String.join("\n", shift.reportLines())).contains("LAPORAN Z - TUTUP SHIFT");
        assertThat(fixture.shiftsOn("kasir-1").current()).isEmpty();
    }

    private static DatabaseSettings h2(Path data) {
        Path file = data.resolve("db");
        return new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString());
    }
}
