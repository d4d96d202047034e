package com.wmxtopup.counter.adapter.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.port.PrinterTarget;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.receipt.Receipt;
import com.wmxtopup.counter.application.receipt.ReceiptFixtures;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptPrintingTest {

    private final Receipt sale = Receipt.of(ReceiptFixtures.successfulQrisSale(), ReceiptFixtures.SHOP);

    @TempDir
    Path dir;

    @Test
    void savingAsPdfWritesAValidPdfCreatingMissingFolders() throws Exception {
        Path file = dir.resolve("struk/2026-11-24/WMX-20261124-K7Q2M9XD3F.pdf");

        new EscPosReceiptPrinter().print(sale, new PrinterTarget.PdfFile(file));

        try (var document = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("WMX-20261124-K7Q2M9XD3F", "BERHASIL");
        }
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void savingWhereNoFileCanBeWrittenIsATypedFailure() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("occupied"), "a file, not a folder");

        var failure = catchThrowableOfType(ReceiptPrintException.class,
                () -> new EscPosReceiptPrinter().print(sale, new PrinterTarget.PdfFile(notAFolder.resolve("receipt.pdf"))));

        assertThat(failure.kind()).isEqualTo(ReceiptPrintException.Kind.FILE_NOT_WRITTEN);
        assertThat(failure.target()).endsWith("receipt.pdf");
    }

    @Test
    void printingToAPrinterThatDoesNotExistIsATypedFailureNamingThePrinter() {
        // The real operating-system lookup: no printer of this name exists on any test machine.
        var failure = catchThrowableOfType(ReceiptPrintException.class, () -> new EscPosReceiptPrinter()
                .print(sale, new PrinterTarget.SystemPrinter("No Such Thermal Printer 58", PaperWidth.MM_58)));

        assertThat(failure.kind()).isEqualTo(ReceiptPrintException.Kind.PRINTER_NOT_FOUND);
        assertThat(failure.target()).isEqualTo("No Such Thermal Printer 58");
        assertThat(failure.getMessage()).isEqualTo("no printer named 'No Such Thermal Printer 58'");
        assertThat(failure.availablePrinters()).doesNotContain("No Such Thermal Printer 58");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 999, 1_000, 21_900, 100_000, 1_234_567, 10_000_000_000L})
    void rupiahOnPaperMatchesRupiahOnScreen(long rupiah) {
        assertThat(ReceiptRupiah.format(Money.rupiah(rupiah))).isEqualTo(RupiahFormat.format(Money.rupiah(rupiah)));
    }
}
