package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.application.ConsoleStatus;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.port.LiveSettings;
import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.domain.Money;
import java.time.Duration;
import java.util.Optional;

/// Hands a setting saved on the screen to the running services that read it, for the settings
/// that apply without a restart. The others wait for the next start (the screen says so).
final class AppliedSettings implements LiveSettings {

    private final Receipts receipts;
    private final Checkout checkout;
    private final FindOrders findOrders;
    private final ConsoleStatus status;
    private String shopName;
    private String shopAddress;
    private String printer;
    private String paper;

    AppliedSettings(Receipts receipts, Checkout checkout, FindOrders findOrders, ConsoleStatus status, String shopName, String shopAddress,
            Optional<String> printer, int paperMillimetres) {
        this.receipts = receipts;
        this.checkout = checkout;
        this.findOrders = findOrders;
        this.status = status;
        this.shopName = shopName;
        this.shopAddress = shopAddress;
        this.printer = printer.orElse("");
        this.paper = Integer.toString(paperMillimetres);
    }

    @Override
    public synchronized void apply(String property, String value) {
        switch (property) {
            case "shop.name" -> {
                shopName = value;
                receipts.changeShop(shopName, shopAddress);
            }
            case "shop.address" -> {
                shopAddress = value;
                receipts.changeShop(shopName, shopAddress);
            }
            case "receipt.printer" -> {
                printer = value;
                receipts.changePrinter(Optional.of(printer), paperWidth());
            }
            case "receipt.paper-mm" -> {
                paper = value;
                receipts.changePrinter(Optional.of(printer), paperWidth());
            }
            case "payment.expiry-minutes" -> checkout.changePaymentExpiry(Duration.ofMinutes(Long.parseLong(value)));
            case "sale.duplicate-window-minutes" -> findOrders.setDuplicateSaleWindow(Duration.ofMinutes(Long.parseLong(value)));
            case "balance.low-threshold" -> status.setLowBalanceThreshold(Money.rupiah(Long.parseLong(value)));
            default -> throw new IllegalArgumentException(property + " applies at the next start");
        }
    }

    private PaperWidth paperWidth() {
        return paper.equals("80") ? PaperWidth.MM_80 : PaperWidth.MM_58;
    }
}
