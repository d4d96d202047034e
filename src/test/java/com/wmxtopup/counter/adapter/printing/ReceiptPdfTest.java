package com.wmxtopup.counter.adapter.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.receipt.Receipt;
import com.wmxtopup.counter.application.receipt.ReceiptFixtures;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    private final EscPosReceiptPrinter printer = new EscPosReceiptPrinter(() -> new PrintService[0]);

    @Test
    void theReceiptIsOneReceiptSizedPageWithEveryField() throws IOException {
        byte[] pdf = printer.pdf(Receipt.of(ReceiptFixtures.successfulQrisSale(), ReceiptFixtures.SHOP));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(226.8f, org.assertj.core.data.Offset.offset(0.5f)); // 80 mm
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Struk WMX-20261124-K7Q2M9XD3F");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("WMX Topup Store", "Jl. Merdeka No. 10, Bandung", "WMX-20261124-K7Q2M9XD3F",
                    "24 Nov 2026 10:15 WIB", "Mobile Legends 257 Diamonds (234+23 Bonus)", "136216325 (2685)", "SimPlayer",
                    "Rp 72.000", "QRIS", "BERHASIL", "SN 0123456789ABCDEF/RF778899", "Terima kasih! Simpan struk ini.");
        }
    }

    @Test
    void aCashSaleShowsCashReceivedAndChange() throws IOException {
        var cash = ReceiptFixtures.order(PaymentMethod.CASH, Money.rupiah(100_000), OrderStatus.SUCCESS, "SN 42", "SimPlayer");

        String text = textOf(printer.pdf(Receipt.of(cash, ReceiptFixtures.SHOP)));

        assertThat(text).contains("Tunai", "Uang Diterima", "Rp 100.000", "Kembalian", "Rp 28.000");
    }

    @Test
    void aFailedAndRefundedSaleSaysSo() throws IOException {
        var refunded = ReceiptFixtures.order(PaymentMethod.QRIS, Money.ZERO, OrderStatus.REFUNDED,
                "ID pemain tidak ditemukan", "SimPlayer");
        var failed = ReceiptFixtures.order(PaymentMethod.QRIS, Money.ZERO, OrderStatus.FAILED, "Stok kosong", "SimPlayer");

        assertThat(textOf(printer.pdf(Receipt.of(refunded, ReceiptFixtures.SHOP))))
                .contains("DIKEMBALIKAN", "Keterangan", "ID pemain tidak ditemukan").doesNotContain("BERHASIL");
        assertThat(textOf(printer.pdf(Receipt.of(failed, ReceiptFixtures.SHOP))))
                .contains("GAGAL", "Stok kosong").doesNotContain("BERHASIL");
    }

    @Test
    void charactersOutsideTheStandardFontsDoNotBreakThePdf() throws IOException {
        var fancy = ReceiptFixtures.order(PaymentMethod.QRIS, Money.ZERO, OrderStatus.SUCCESS, "SN 1", "Jöhn’s 🐉 Ｄｒａｇｏｎ 王");

        assertThat(textOf(printer.pdf(Receipt.of(fancy, ReceiptFixtures.SHOP)))).contains("John's ? Dragon ?");
    }

    @Test
    void rendersToAPictureAPersonCanCheck() throws IOException {
        byte[] pdf = printer.pdf(Receipt.of(ReceiptFixtures.order(PaymentMethod.CASH, Money.rupiah(100_000), OrderStatus.SUCCESS,
                "SN 0123456789ABCDEF/RF778899", "SimPlayer"), ReceiptFixtures.SHOP));

        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path png = dir.resolve("receipt-80mm.png");
        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(0, 203, ImageType.RGB); // 203 dpi, like a thermal head
            ImageIO.write(image, "png", png.toFile());
            assertThat(image.getWidth()).isBetween(630, 645); // 80 mm at 203 dpi
        }
        assertThat(Files.size(png)).isPositive();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
