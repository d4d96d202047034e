package com.wmxtopup.counter.application.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.printing.EscPosReceiptPrinter;
import com.wmxtopup.counter.application.port.PaperWidth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What the paper says beyond the sale: the supplier's reference, "DEMO" in demo mode, and
/// "SALINAN" on every print after the first — the original PDF is never overwritten.
class ReceiptsMarksTest {

    @TempDir
    Path folder;

    private static String pdfText(Path file) throws Exception {
        try (var document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theFirstPrintIsTheOriginalAndEveryLaterOneACopyBesideIt() throws Exception {
        var receipts = new Receipts(new EscPosReceiptPrinter(), ReceiptFixtures.SHOP, folder, Optional.empty(), PaperWidth.MM_58, false);
        var sale = ReceiptFixtures.successfulQrisSale();

        Path original = receipts.saveAndPrint(sale).file();
        Path copy = receipts.saveAndPrint(sale).file();

        assertThat(original.getFileName().toString()).isEqualTo("WMX-20261124-K7Q2M9XD3F.pdf");
        assertThat(copy.getFileName().toString()).isEqualTo("WMX-20261124-K7Q2M9XD3F-salinan.pdf");
        assertThat(pdfText(original)).doesNotContain("SALINAN").doesNotContain("DEMO").contains("Ref. Supplier", "TRX-991");
        assertThat(pdfText(copy)).contains("*** SALINAN ***");
        assertThat(receipts.preview(sale)).noneMatch(line -> line.contains("SALINAN"));
    }

    @Test
    void inDemoModeThePaperSaysItIsNoRealSale() throws Exception {
        var receipts = new Receipts(new EscPosReceiptPrinter(), ReceiptFixtures.SHOP, folder, Optional.empty(), PaperWidth.MM_58, true);

        Path file = receipts.saveAndPrint(ReceiptFixtures.successfulQrisSale()).file();

        assertThat(pdfText(file)).contains("DEMO - BUKAN TRANSAKSI NYATA");
        assertThat(receipts.preview(ReceiptFixtures.successfulQrisSale())).anyMatch(line -> line.contains("DEMO"));
        assertThat(Files.list(folder)).hasSize(1);
    }
}
