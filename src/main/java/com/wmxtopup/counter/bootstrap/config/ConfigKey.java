package com.wmxtopup.counter.bootstrap.config;

import java.util.Arrays;
import java.util.Optional;

/// Every configuration key, with its environment name (the seed design's names are kept), its
/// property name and its built-in default. docs/configuration.md and
/// config/application.properties document the same list; a test keeps them in step.
public enum ConfigKey {
    DATABASE_URL("DATABASE_URL", "database.url", "", false),
    DATA_DIR("WMX_DATA_DIR", "data.dir", "", false),
    VIP_API_URL("VIP_RESELLER_API_URL", "vip.api-url", "https://vip-reseller.co.id/api", false),
    VIP_API_ID("VIP_RESELLER_API_ID", "vip.api-id", "", true),
    VIP_API_KEY("VIP_RESELLER_API_KEY", "vip.api-key", "", true),
    MIDTRANS_SERVER_KEY("MIDTRANS_SERVER_KEY", "midtrans.server-key", "", true),
    MIDTRANS_CLIENT_KEY("MIDTRANS_CLIENT_KEY", "midtrans.client-key", "", true),
    MIDTRANS_PRODUCTION("MIDTRANS_IS_PRODUCTION", "midtrans.production", "false", false),
    MIDTRANS_API_URL("MIDTRANS_API_URL", "midtrans.api-url", "", false),
    WEBHOOK_PORT("WEBHOOK_PORT", "webhook.port", "8787", false),
    WEBHOOK_BIND_ADDRESS("WEBHOOK_BIND_ADDRESS", "webhook.bind-address", "127.0.0.1", false),
    PUBLIC_BASE_URL("PUBLIC_BASE_URL", "webhook.public-base-url", "", false),
    API_TOKEN("API_TOKEN", "api.token", "", true),
    CRON_SECRET_KEY("CRON_SECRET_KEY", "cron.secret-key", "", true),
    SYNC_INTERVAL_SECONDS("SYNC_INTERVAL_SECONDS", "sync.interval-seconds", "15", false),
    PAYMENT_EXPIRY_MINUTES("PAYMENT_EXPIRY_MINUTES", "payment.expiry-minutes", "15", false),
    CATALOG_SYNC_INTERVAL_MINUTES("CATALOG_SYNC_INTERVAL_MINUTES", "catalog.sync-interval-minutes", "360", false),
    SUPPLIER_ABSENT_AFTER_SECONDS("SUPPLIER_ABSENT_AFTER_SECONDS", "fulfilment.absent-after-seconds", "120", false),
    SHOP_NAME("SHOP_NAME", "shop.name", "WMX Topup", false),
    SHOP_ADDRESS("SHOP_ADDRESS", "shop.address", "", false),
    SHOP_TIMEZONE("SHOP_TIMEZONE", "shop.timezone", "Asia/Jakarta", false),
    SHOP_LANGUAGE("SHOP_LANGUAGE", "shop.language", "id", false),
    LOW_BALANCE_RUPIAH("LOW_BALANCE_RUPIAH", "balance.low-threshold", "100000", false),
    DUPLICATE_SALE_WINDOW_MINUTES("DUPLICATE_SALE_WINDOW_MINUTES", "sale.duplicate-window-minutes", "10", false),
    RECEIPT_PRINTER("RECEIPT_PRINTER", "receipt.printer", "", false),
    RECEIPT_PAPER_MM("RECEIPT_PAPER_MM", "receipt.paper-mm", "58", false),
    BACKUP_KEEP("BACKUP_KEEP", "backup.keep", "7", false);

    private final String environmentName;
    private final String propertyName;
    private final String defaultValue;
    private final boolean secret;

    ConfigKey(String environmentName, String propertyName, String defaultValue, boolean secret) {
        this.environmentName = environmentName;
        this.propertyName = propertyName;
        this.defaultValue = defaultValue;
        this.secret = secret;
    }

    public String environmentName() {
        return environmentName;
    }

    public String propertyName() {
        return propertyName;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /// Never logged or shown in full.
    public boolean isSecret() {
        return secret;
    }

    /// `WEBHOOK_PORT (webhook.port)`: how error messages name a key.
    public String displayName() {
        return environmentName + " (" + propertyName + ")";
    }

    public static Optional<ConfigKey> byPropertyName(String name) {
        return Arrays.stream(values()).filter(k -> k.propertyName.equals(name)).findFirst();
    }
}
