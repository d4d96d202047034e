package com.wmxtopup.counter.adapter.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.port.PrinterTarget;
import com.wmxtopup.counter.application.port.ShiftFigures;
import com.wmxtopup.counter.application.shift.ShiftReport;
import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.CashMovement;
import com.wmxtopup.counter.domain.Denomination;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.ShopZone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The Z report read back from its PDF (PDFBox's text) and from its ESC/POS bytes (the decoder a
/// printer would be): every figure the close needs, on paper as on file.
class ShiftReportPrintingTest {

    private final EscPosShiftReportPrinter printer = new EscPosShiftReportPrinter(() -> new PrintService[0]);

    @Test
    void theZReportPdfCarriesTheCashTheOrdersAndTheSupplierReconciliation(@TempDir Path folder) throws IOException, Exception {
        Path file = folder.resolve("Z-12.pdf");
        printer.print(zReport(), new PrinterTarget.PdfFile(file));

        try (var document = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Laporan Z shift 12");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Toko Uji", "LAPORAN Z - TUTUP SHIFT", "#12", "26/11/2026 08:00 WIB Dewi",
                    "26/11/2026 17:00 WIB Budi", "QRIS (2)", "Rp 80.000", "Tunai (4)", "Rp 75.000", "Total (6)", "Rp 155.000",
                    "Modal awal", "Rp 200.000", "Seharusnya", "Rp 220.000", "Dihitung", "Rp 219.000", "Selisih", "-Rp 1.000 KURANG",
                    "Uang Rp 100.000 x 2", "Berhasil", "Belum jelas", "WMX-S-7", "PROCESSING Rp 30.000", "Laba", "+Rp 11.000",
                    "Saat buka", "Rp 1.000.000", "Saat tutup", "Rp 809.000", "Selisih saldo", "-Rp 5.000",
                    "Saldo berubah di luar aplikasi ini", "MUTASI KAS", "Pengeluaran", "beli galon (Dewi)");
        }
    }

    @Test
    void theZReportOnThermalPaperHasTheSameFiguresWithinTheWidth() {
        var decoded = EscPosDecoder.decode(printer.escPos(zReport(), PaperWidth.MM_58));
        List<String> lines = decoded.lines().stream().map(EscPosDecoder.PrintedLine::text).toList();

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(32));
        assertThat(lines).contains("LAPORAN Z - TUTUP SHIFT", "Seharusnya            Rp 220.000", "Dihitung              Rp 219.000",
                "Selisih         -Rp 1.000 KURANG", "Saat tutup            Rp 809.000");
        assertThat(decoded.lines()).filteredOn(l -> l.text().startsWith("Selisih ")).allSatisfy(l -> assertThat(l.bold()).isTrue());
        assertThat(decoded.commands()).last().isEqualTo("GS V 49"); // partial cut
    }

    @Test
    void aForcedCloseSaysNothingWasCountedAndWhy() throws IOException {
        var z = zReport();
        var forced = new ShiftReport(z.kind(), z.header(), z.sales(),
                new ShiftReport.Cash(Money.rupiah(200_000), Money.rupiah(75_000), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                        Money.rupiah(275_000), Optional.empty(), Optional.empty(), "kasir pulang tanpa tutup", true),
                z.orders(),
                new ShiftReport.Supplier(Optional.empty(), Optional.of(Money.rupiah(1)), z.supplier().spend(), Optional.empty()),
                List.of());

        try (var document = Loader.loadPDF(printer.pdf(forced))) {
            assertThat(new PDFTextStripper().getText(document)).contains("tidak dihitung", "Ditutup paksa: kasir pulang tanpa tutup",
                    "tidak terbaca", "Tidak bisa dicocokkan");
        }
    }

    static ShiftReport zReport() {
        Instant opened = Instant.parse("2026-11-26T01:00:00Z");
        Instant closed = Instant.parse("2026-11-26T10:00:00Z");
        var header = new ShiftReport.Header("Toko Uji", "kasir-1", 12, opened, "Dewi", Optional.of(closed), "Budi", closed,
                ShopZone.WIB, false);
        var counted = CashCount.of(Map.of(Denomination.NOTE_100000, 2, Denomination.NOTE_10000, 1, Denomination.NOTE_5000, 1,
                Denomination.NOTE_2000, 2));
        var cash = new ShiftReport.Cash(Money.rupiah(200_000), Money.rupiah(75_000), Money.rupiah(20_000), Money.rupiah(10_000),
                Money.rupiah(50_000), Money.rupiah(15_000), Money.rupiah(220_000), Optional.of(counted), Optional.of(-1_000L), "", false);
        var orders = new ShiftReport.Orders(4, 0, 1, Money.rupiah(15_000),
                List.of(new ShiftFigures.OpenOrder("WMX-S-7", OrderStatus.PROCESSING, Money.rupiah(30_000), opened.plusSeconds(3600))), 1,
                Money.rupiah(110_000), Money.rupiah(99_000));
        var supplier = new ShiftReport.Supplier(Optional.of(Money.rupiah(1_000_000)), Optional.of(Money.rupiah(809_000)),
                new ShiftFigures.SupplierSpend(5, Money.rupiah(159_000), 1, Money.rupiah(27_000)), Optional.of(5_000L));
        var movements = List.of(new CashMovement(1L, 12, CashMovement.Kind.PAYOUT, Money.rupiah(10_000), "beli galon", "",
                opened.plusSeconds(7200), "Dewi"));
        return new ShiftReport(ShiftReport.Kind.Z, header, List.of(new ShiftReport.MethodLine(PaymentMethod.QRIS, 2, Money.rupiah(80_000)),
                new ShiftReport.MethodLine(PaymentMethod.CASH, 4, Money.rupiah(75_000))), cash, orders, supplier, movements);
    }
}
