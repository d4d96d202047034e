package com.wmxtopup.counter.adapter.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.receipt.Receipt;
import com.wmxtopup.counter.application.receipt.ReceiptFixtures;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import javax.print.PrintService;
import org.junit.jupiter.api.Test;

class ReceiptEscPosTest {

    private final EscPosReceiptPrinter printer = new EscPosReceiptPrinter(() -> new PrintService[0]);
    private final Receipt sale = Receipt.of(ReceiptFixtures.successfulQrisSale(), ReceiptFixtures.SHOP);

    @Test
    void a58mmReceiptIs32CharactersWideWithWrappedItemAndRightAlignedAmounts() {
        var decoded = EscPosDecoder.decode(printer.escPos(sale, PaperWidth.MM_58));

        assertThat(decoded.texts()).containsExactly(
                "WMX Topup Store",
                "Jl. Merdeka No. 10, Bandung",
                "--------------------------------",
                "No. Pesanan",
                "  WMX-20261124-K7Q2M9XD3F",
                "Tanggal    24 Nov 2026 10:15 WIB",
                "--------------------------------",
                "Mobile Legends 257 Diamonds",
                "(234+23 Bonus)",
                "ID Pemain       136216325 (2685)",
                "Nickname               SimPlayer",
                "--------------------------------",
                "Total                  Rp 72.000",
                "Pembayaran                  QRIS",
                "--------------------------------",
                "Status                  BERHASIL",
                "SN  SN 0123456789ABCDEF/RF778899",
                "Ref. Supplier            TRX-991",
                "--------------------------------",
                "Terima kasih! Simpan struk ini.",
                "", "", "", ""); // fed past the cutter
        assertThat(decoded.texts()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(32));
    }

    @Test
    void an80mmReceiptIs48CharactersWide() {
        var decoded = EscPosDecoder.decode(printer.escPos(sale, PaperWidth.MM_80));

        assertThat(decoded.texts()).containsExactly(
                "WMX Topup Store",
                "Jl. Merdeka No. 10, Bandung",
                "------------------------------------------------",
                "No. Pesanan              WMX-20261124-K7Q2M9XD3F",
                "Tanggal                    24 Nov 2026 10:15 WIB",
                "------------------------------------------------",
                "Mobile Legends 257 Diamonds (234+23 Bonus)",
                "ID Pemain                       136216325 (2685)",
                "Nickname                               SimPlayer",
                "------------------------------------------------",
                "Total                                  Rp 72.000",
                "Pembayaran                                  QRIS",
                "------------------------------------------------",
                "Status                                  BERHASIL",
                "SN                  SN 0123456789ABCDEF/RF778899",
                "Ref. Supplier                            TRX-991",
                "------------------------------------------------",
                "Terima kasih! Simpan struk ini.",
                "", "", "", ""); // fed past the cutter
        assertThat(decoded.texts()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(48));
    }

    @Test
    void anIdNobodyCouldCheckSaysSoWhereTheNicknameWouldBe() {
        var unchecked = Receipt.of(ReceiptFixtures.order(PaymentMethod.QRIS, Money.ZERO, OrderStatus.SUCCESS, "SN 1", ""),
                ReceiptFixtures.SHOP);

        var decoded = EscPosDecoder.decode(printer.escPos(unchecked, PaperWidth.MM_58));

        assertThat(decoded.texts()).filteredOn(line -> line.startsWith("Nickname")).containsExactly("Nickname             tidak dicek");
    }

    @Test
    void aReprintInDemoModeSaysSalinanUnderTheShopAndDemoAtBothEnds() {
        var decoded = EscPosDecoder.decode(printer.escPos(sale.marked(true, true), PaperWidth.MM_58));

        assertThat(decoded.texts().subList(0, 4)).containsExactly("DEMO - BUKAN TRANSAKSI NYATA", "WMX Topup Store",
                "Jl. Merdeka No. 10, Bandung", "*** SALINAN ***");
        assertThat(decoded.texts()).filteredOn(line -> line.contains("DEMO")).hasSize(2);
    }

    @Test
    void startsByInitialisingThePrinterAndEndsByFeedingAndCutting() {
        byte[] bytes = printer.escPos(sale, PaperWidth.MM_58);
        var decoded = EscPosDecoder.decode(bytes);

        assertThat(bytes).startsWith(0x1B, '@');
        assertThat(decoded.commands()).first().isEqualTo("ESC @");
        assertThat(decoded.commands()).last().isEqualTo("GS V 49"); // partial cut: the receipt stays hanging, easy to tear
        assertThat(decoded.texts()).endsWith("", "", "", "");
    }

    @Test
    void shopNameIsCentredBoldAndTallAndTheTotalIsBold() {
        var decoded = EscPosDecoder.decode(printer.escPos(sale, PaperWidth.MM_80));

        var title = decoded.lines().getFirst();
        assertThat(title.centred()).isTrue();
        assertThat(title.bold()).isTrue();
        assertThat(title.doubleHeight()).isTrue();
        assertThat(decoded.lines()).filteredOn(l -> l.text().startsWith("Total")).singleElement()
                .satisfies(total -> assertThat(total.bold()).isTrue());
        assertThat(decoded.lines()).filteredOn(l -> l.text().startsWith("Tanggal")).singleElement()
                .satisfies(date -> assertThat(date.bold() || date.centred()).isFalse());
    }

    @Test
    void aCashSaleListsCashReceivedAndChange() {
        var cash = ReceiptFixtures.order(PaymentMethod.CASH, Money.rupiah(100_000), OrderStatus.SUCCESS, "SN 42", "SimPlayer");

        var decoded = EscPosDecoder.decode(printer.escPos(Receipt.of(cash, ReceiptFixtures.SHOP), PaperWidth.MM_58));

        assertThat(decoded.texts()).containsSubsequence(
                "Total                  Rp 72.000",
                "Pembayaran                 Tunai",
                "Uang Diterima         Rp 100.000",
                "Kembalian              Rp 28.000");
    }

    @Test
    void aRefundedSaleSaysSoWithTheFailureReason() {
        var refunded = ReceiptFixtures.order(PaymentMethod.QRIS, Money.ZERO, OrderStatus.REFUNDED,
                "Gagal dari supplier: ID pemain tidak ditemukan, dana dikembalikan", "SimPlayer");

        var decoded = EscPosDecoder.decode(printer.escPos(Receipt.of(refunded, ReceiptFixtures.SHOP), PaperWidth.MM_58));

        assertThat(decoded.texts()).containsSubsequence(
                "Status              DIKEMBALIKAN",
                "Keterangan",
                "  Gagal dari supplier: ID pemain",
                "  tidak ditemukan, dana",
                "  dikembalikan");
    }

    @Test
    void textThePrinterCannotShowIsTransliterated() {
        var fancy = ReceiptFixtures.order(PaymentMethod.QRIS, Money.ZERO, OrderStatus.SUCCESS, "SN 1", "Jöhn’s 🐉 Ｄｒａｇｏｎ");

        var decoded = EscPosDecoder.decode(printer.escPos(Receipt.of(fancy, ReceiptFixtures.SHOP), PaperWidth.MM_80));

        assertThat(decoded.texts()).filteredOn(l -> l.startsWith("Nickname")).singleElement().asString()
                .endsWith("John's ? Dragon");
    }
}
