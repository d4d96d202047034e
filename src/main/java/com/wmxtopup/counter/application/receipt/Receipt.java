package com.wmxtopup.counter.application.receipt;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.time.Instant;
import com.wmxtopup.counter.domain.ShopZone;
import java.time.ZonedDateTime;
import java.util.Objects;

/// Everything printed on a sale's receipt, taken from the order and the shop's details.
///
/// Receipts are for the customer at an Indonesian counter, so their words are Indonesian
/// whatever the console's language. Texts are kept as given (the printing adapter replaces what
/// a printer cannot show); amounts stay [Money] so each renderer formats and aligns them.
///
/// @param dateTime      when the sale was made, in the shop's zone: `24 Nov 2026 10:15 WIB`
/// @param item          what was sold: game and product name, e.g. `Mobile Legends 86 Diamonds`
/// @param playerId      the player's ID with the zone in parentheses when there is one: `136216325 (2685)`
/// @param nickname      the nickname the supplier's check found before the sale; empty when the ID
///                      was not checked (a game without a nickname check): printed as `tidak dicek`
/// @param paymentText   how the payment method is printed: `QRIS` or `Tunai`
/// @param cashReceived  what the customer handed over for a cash sale; zero for QRIS
/// @param change        the change given for a cash sale; zero for QRIS
/// @param note          the supplier's serial number or voucher on success, the reason on failure; may be empty
/// @param statusText    the order's status in Indonesian: `BERHASIL`, `GAGAL`, `DIKEMBALIKAN`, …
/// @param supplierReference the supplier's transaction id, for a customer who has to claim the
///                      item with the game or the shop; empty before the supplier accepted the order
/// @param demo          printed in demo mode: the paper says so, nobody may take it for a real sale
/// @param copy          a reprint: the paper says `SALINAN` so one sale never yields two originals
public record Receipt(
                      ShopInfo shop,
                      String orderNumber,
                      String dateTime,
                      String item,
                      String playerId,
                      String nickname,
                      Money amount,
                      PaymentMethod paymentMethod,
                      String paymentText,
                      Money cashReceived,
                      Money change,
                      String note,
                      OrderStatus status,
                      String statusText,
                      String supplierReference,
                      boolean demo,
                      boolean copy) {

    // Indonesian month abbreviations, spelled out rather than taken from locale data so a
    // receipt reads the same on every runtime (a trimmed jlink image may lack jdk.localedata).
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};

    public Receipt {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(playerId, "playerId");
        nickname = Objects.requireNonNullElse(nickname, "");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(paymentText, "paymentText");
        cashReceived = Objects.requireNonNullElse(cashReceived, Money.ZERO);
        change = Objects.requireNonNullElse(change, Money.ZERO);
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusText, "statusText");
        supplierReference = Objects.requireNonNullElse(supplierReference, "");
    }

    /// This receipt marked as made in demo mode and/or as a reprint.
    public Receipt marked(boolean inDemo, boolean reprint) {
        return new Receipt(shop, orderNumber, dateTime, item, playerId, nickname, amount, paymentMethod, paymentText, cashReceived,
                change, note, status, statusText, supplierReference, inDemo, reprint);
    }

    /// The receipt of `order` as it stands now; any status gets one, so a failed and refunded
    /// sale can be handed over with `DIKEMBALIKAN` on it.
    public static Receipt of(Order order, ShopInfo shop) {
        Objects.requireNonNull(order, "order");
        boolean cash = order.paymentMethod() == PaymentMethod.CASH;
        return new Receipt(
                shop,
                order.orderNumber().value(),
                dateTime(order.createdAt(), shop.zone()),
                (order.game().strip() + " " + order.productName().strip()).strip(),
                order.target().display(),
                order.nickname().strip(),
                order.amount(),
                order.paymentMethod(),
                cash ? "Tunai" : "QRIS",
                cash ? order.cashReceived() : Money.ZERO,
                cash ? order.change() : Money.ZERO,
                order.note().strip(),
                order.status(),
                statusText(order.status()),
                order.supplierTrxId(),
                false,
                false);
    }

    /// `24 Nov 2026 10:15 WIB`, in the shop's zone (receipts never show UTC).
    public static String dateTime(Instant instant, ShopZone zone) {
        ZonedDateTime t = zone.at(instant);
        return "%d %s %d %02d:%02d %s".formatted(t.getDayOfMonth(), MONTHS[t.getMonthValue() - 1], t.getYear(), t.getHour(),
                t.getMinute(), zone.label());
    }

    /// The status as a customer reads it on paper.
    public static String statusText(OrderStatus status) {
        return switch (status) {
            case PENDING -> "MENUNGGU";
            case WAITING_PAYMENT -> "MENUNGGU PEMBAYARAN";
            case PAID -> "DIBAYAR";
            case SUPPLIER_REQUESTING, PROCESSING -> "DIPROSES";
            // Not a failure yet: the shop is checking with the supplier.
            case NEEDS_CHECK -> "SEDANG DICEK";
            case SUCCESS -> "BERHASIL";
            case FAILED -> "GAGAL";
            case EXPIRED -> "KEDALUWARSA";
            case CANCELLED -> "DIBATALKAN";
            case REFUNDED -> "DIKEMBALIKAN";
        };
    }

    public boolean isCash() {
        return paymentMethod == PaymentMethod.CASH;
    }
}
