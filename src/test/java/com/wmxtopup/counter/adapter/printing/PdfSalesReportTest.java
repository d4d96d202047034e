package com.wmxtopup.counter.adapter.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.report.SalesReportFixtures;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSalesReportTest {

    @TempDir
    Path dir;

    @Test
    void theSummaryReadsBackWithItsFigures() throws Exception {
        Path file = dir.resolve("laporan.pdf");
        new PdfSalesReport().write(SalesReportFixtures.friday(), "Toko Maju", Locale.of("id"), file);

        String text;
        try (var document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Laporan penjualan 20/11/2026");
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Toko Maju - Laporan penjualan");
        assertThat(text).contains("Periode 20/11/2026 (WIB), dibandingkan dengan 19/11/2026");
        assertThat(text).containsPattern("Terjual \\(berhasil\\)\\s+3\\s+Rp 86\\.000\\s+Rp 6\\.500\\s+Rp 42\\.000\\s+104,76%");
        assertThat(text).contains("margin 7,55%");
        assertThat(text).contains("Gagal 1, dikembalikan 2, belum selesai 0");
        assertThat(text).containsPattern("Mobile Legends\\s+2\\s+Rp 66\\.000\\s+Rp 4\\.500\\s+Rp 22\\.000\\s+200,00%");
        assertThat(text).contains("(tanpa nama kasir)");
        assertThat(text).contains("Tunai");
        assertThat(text).containsPattern("=HYPERLINK\\(\"http://x\"\\)\\s+1\\s+Rp 20\\.000\\s+Rp 2\\.000\\s+Rp 0\\s+-");
    }

    @Test
    void inEnglishEveryWordIsEnglishAndTheFiguresAreTheSame() throws Exception {
        Path file = dir.resolve("report.pdf");
        new PdfSalesReport().write(SalesReportFixtures.friday(), "Toko Maju", Locale.ENGLISH, file);

        String text;
        try (var document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Sales report 20/11/2026");
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Toko Maju - Sales report");
        assertThat(text).contains("Period 20/11/2026 (WIB), compared with 19/11/2026");
        assertThat(text).containsPattern("Orders\\s+Revenue\\s+Profit\\s+Previous\\s+Change");
        assertThat(text).containsPattern("Sold \\(successful\\)\\s+3\\s+Rp 86\\.000\\s+Rp 6\\.500\\s+Rp 42\\.000\\s+104\\.76%");
        assertThat(text).contains("margin 7.55%");
        assertThat(text).contains("Failed 1, refunded 2, unfinished 0");
        assertThat(text).contains("By game", "By cashier", "(no cashier name)", "Cash");
        assertThat(text).doesNotContain("Laporan", "Pesanan", "Omzet", "Tunai", "sebelumnya", "kasir");
    }
}
