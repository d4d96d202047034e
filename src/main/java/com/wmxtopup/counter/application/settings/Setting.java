package com.wmxtopup.counter.application.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// A setting the Pengaturan screen edits, by its configuration property name (the same name as in
/// docs/configuration.md; a test keeps the two lists in step), with its section, what kind of value
/// it holds, and whether a change applies at once or at the next start.
public enum Setting {
    SHOP_NAME("shop.name", Section.SHOP, Kind.TEXT, Apply.AT_ONCE),
    SHOP_ADDRESS("shop.address", Section.SHOP, Kind.TEXT, Apply.AT_ONCE),
    SHOP_TIMEZONE("shop.timezone", Section.SHOP, Kind.CHOICE, Apply.AT_RESTART),
    SHOP_LANGUAGE("shop.language", Section.SHOP, Kind.CHOICE, Apply.AT_RESTART),
    VIP_API_URL("vip.api-url", Section.SUPPLIER, Kind.URL, Apply.AT_RESTART),
    VIP_API_ID("vip.api-id", Section.SUPPLIER, Kind.SECRET, Apply.AT_RESTART),
    VIP_API_KEY("vip.api-key", Section.SUPPLIER, Kind.SECRET, Apply.AT_RESTART),
    MIDTRANS_SERVER_KEY("midtrans.server-key", Section.PAYMENTS, Kind.SECRET, Apply.AT_RESTART),
    MIDTRANS_PRODUCTION("midtrans.production", Section.PAYMENTS, Kind.YES_NO, Apply.AT_RESTART),
    MIDTRANS_API_URL("midtrans.api-url", Section.PAYMENTS, Kind.URL, Apply.AT_RESTART),
    PAYMENT_EXPIRY_MINUTES("payment.expiry-minutes", Section.PAYMENTS, Kind.NUMBER, Apply.AT_ONCE),
    PUBLIC_BASE_URL("webhook.public-base-url", Section.WEBHOOK, Kind.URL, Apply.AT_RESTART),
    WEBHOOK_PORT("webhook.port", Section.WEBHOOK, Kind.NUMBER, Apply.AT_RESTART),
    SYNC_INTERVAL_SECONDS("sync.interval-seconds", Section.SYNC, Kind.NUMBER, Apply.AT_RESTART),
    CATALOG_SYNC_INTERVAL_MINUTES("catalog.sync-interval-minutes", Section.SYNC, Kind.NUMBER, Apply.AT_RESTART),
    LOW_BALANCE_RUPIAH("balance.low-threshold", Section.SYNC, Kind.NUMBER, Apply.AT_ONCE),
    DUPLICATE_SALE_WINDOW_MINUTES("sale.duplicate-window-minutes", Section.SYNC, Kind.NUMBER, Apply.AT_ONCE),
    DATABASE_URL("database.url", Section.DATABASE, Kind.DATABASE_URL, Apply.AT_RESTART),
    RECEIPT_PRINTER("receipt.printer", Section.PRINTER, Kind.CHOICE, Apply.AT_ONCE),
    RECEIPT_PAPER_MM("receipt.paper-mm", Section.PRINTER, Kind.CHOICE, Apply.AT_ONCE);

    /// The screen's parts, in order.
    public enum Section {
        SHOP,
        SUPPLIER,
        PAYMENTS,
        WEBHOOK,
        SYNC,
        DATABASE,
        PRINTER
    }

    public enum Kind {
        TEXT,
        NUMBER,
        URL,
        YES_NO,
        CHOICE,
        /// Stored encrypted, never shown again but for its last four characters, never audited by value.
        SECRET,
        /// May hold a password: stored encrypted, shown with the password hidden.
        DATABASE_URL
    }

    public enum Apply {
        AT_ONCE,
        AT_RESTART
    }

    private final String property;
    private final Section section;
    private final Kind kind;
    private final Apply apply;

    Setting(String property, Section section, Kind kind, Apply apply) {
        this.property = property;
        this.section = section;
        this.kind = kind;
        this.apply = apply;
    }

    public String property() {
        return property;
    }

    public Section section() {
        return section;
    }

    public Kind kind() {
        return kind;
    }

    public boolean needsRestart() {
        return apply == Apply.AT_RESTART;
    }

    /// Stored encrypted and never shown or audited in full.
    public boolean isSecret() {
        return kind == Kind.SECRET || kind == Kind.DATABASE_URL;
    }

    public static Optional<Setting> byProperty(String property) {
        return Arrays.stream(values()).filter(s -> s.property.equals(property)).findFirst();
    }

    public static List<Setting> in(Section section) {
        return Arrays.stream(values()).filter(s -> s.section == section).toList();
    }
}
