package com.wmxtopup.counter.application.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.ShopZone;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    @Test
    void takesEverythingACustomerNeedsFromTheOrder() {
        Receipt receipt = Receipt.of(ReceiptFixtures.successfulQrisSale(), ReceiptFixtures.SHOP);

        assertThat(receipt.shop().name()).isEqualTo("WMX Topup Store");
        assertThat(receipt.orderNumber()).isEqualTo("WMX-20261124-K7Q2M9XD3F");
        assertThat(receipt.dateTime()).isEqualTo("24 Nov 2026 10:15 WIB");
        assertThat(receipt.item()).isEqualTo("Mobile Legends 257 Diamonds (234+23 Bonus)");
        assertThat(receipt.playerId()).isEqualTo("136216325 (2685)");
        assertThat(receipt.nickname()).isEqualTo("SimPlayer");
        assertThat(receipt.amount()).isEqualTo(Money.rupiah(72_000));
        assertThat(receipt.paymentText()).isEqualTo("QRIS");
        assertThat(receipt.cashReceived()).isEqualTo(Money.ZERO);
        assertThat(receipt.note()).isEqualTo("SN 0123456789ABCDEF/RF778899");
        assertThat(receipt.statusText()).isEqualTo("BERHASIL");
    }

    @Test
    void aCashSaleShowsWhatWasHandedOverAndTheChange() {
        var order = ReceiptFixtures.order(PaymentMethod.CASH, Money.rupiah(100_000), OrderStatus.SUCCESS, "SN 1", "SimPlayer");

        Receipt receipt = Receipt.of(order, ReceiptFixtures.SHOP);

        assertThat(receipt.isCash()).isTrue();
        assertThat(receipt.paymentText()).isEqualTo("Tunai");
        assertThat(receipt.cashReceived()).isEqualTo(Money.rupiah(100_000));
        assertThat(receipt.change()).isEqualTo(Money.rupiah(28_000));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            SUCCESS,             BERHASIL
            FAILED,              GAGAL
            REFUNDED,            DIKEMBALIKAN
            PROCESSING,          DIPROSES
            SUPPLIER_REQUESTING, DIPROSES
            NEEDS_CHECK,         SEDANG DICEK
            PAID,                DIBAYAR
            WAITING_PAYMENT,     MENUNGGU PEMBAYARAN
            EXPIRED,             KEDALUWARSA
            CANCELLED,           DIBATALKAN
            PENDING,             MENUNGGU
            """)
    void statusIsPrintedInIndonesian(OrderStatus status, String printed) {
        assertThat(Receipt.statusText(status)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-24T03:15:00Z, 24 Nov 2026 10:15 WIB
            2026-08-16T17:05:00Z, 17 Agu 2026 00:05 WIB
            2026-05-01T00:00:00Z, 1 Mei 2026 07:00 WIB
            2026-12-31T16:59:00Z, 31 Des 2026 23:59 WIB
            """)
    void timesAreShownInWibWithIndonesianMonths(Instant instant, String shown) {
        assertThat(Receipt.dateTime(instant, ShopZone.WIB)).isEqualTo(shown);
    }

    @Test
    void aSaleAt2330WitaIsOnThatDaysReceiptInBali() {
        Instant soldAt = Instant.parse("2026-11-24T15:30:00Z"); // 23:30 WITA, 22:30 WIB, already the 25th in Papua
        var bali = new ShopInfo("Toko Bali", "", "", ShopZone.WITA);
        var order = ReceiptFixtures.successfulQrisSaleAt(soldAt);

        assertThat(Receipt.of(order, bali).dateTime()).isEqualTo("24 Nov 2026 23:30 WITA");
        assertThat(Receipt.of(order, new ShopInfo("Toko Jayapura", "", "", ShopZone.WIT)).dateTime()).isEqualTo("25 Nov 2026 00:30 WIT");
        assertThat(ShopZone.WITA.dayOf(soldAt)).isEqualTo(java.time.LocalDate.of(2026, 11, 24));
        assertThat(com.wmxtopup.counter.domain.OrderNumber.generate("WMX", soldAt, ShopZone.WITA, new java.util.Random(1)).value())
                .startsWith("WMX-20261124-");
        assertThat(com.wmxtopup.counter.domain.OrderNumber.generate("WMX", soldAt, ShopZone.WIT, new java.util.Random(1)).value())
                .startsWith("WMX-20261125-");
    }
}
