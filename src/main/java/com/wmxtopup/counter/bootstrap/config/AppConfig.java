package com.wmxtopup.counter.bootstrap.config;

import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.application.RuntimeMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/// The resolved, validated configuration. Built only by [ConfigLoader]; every value has
/// already been checked, so the accessors cannot fail.
public final class AppConfig {

    private static final String MIDTRANS_SANDBOX = "https://api.sandbox.midtrans.com";
    private static final String MIDTRANS_PRODUCTION = "https://api.midtrans.com";

    private final Map<ConfigKey, String> values;
    private final Map<ConfigKey, String> sources;
    private final Path dataDirectory;
    private final DatabaseSettings database;
    private final RuntimeMode mode;
    private final String modeReason;

    AppConfig(Map<ConfigKey, String> values, Map<ConfigKey, String> sources, Path dataDirectory, DatabaseSettings database,
            RuntimeMode mode, String modeReason) {
        this.values = new EnumMap<>(values);
        this.sources = new EnumMap<>(sources);
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.mode = mode;
        this.modeReason = modeReason;
    }

    public String get(ConfigKey key) {
        return values.getOrDefault(key, key.defaultValue());
    }

    /// Where the value came from: `command line`, `environment`, a file name, or `default`.
    public String sourceOf(ConfigKey key) {
        return sources.getOrDefault(key, "default");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    public DatabaseSettings database() {
        return database;
    }

    /// The shop's own store for `--backup`, `--restore` and `--migrate-to`: `DATABASE_URL`, else
    /// the embedded file in the data folder; never demo mode's (that is [#demoStore]), even when
    /// the credentials that make a console live are not set in the terminal running the command.
    public DatabaseSettings shopStore() {
        return DatabaseUrl.parse(get(ConfigKey.DATABASE_URL), dataDirectory, "", "");
    }

    /// The embedded file in the data folder, whatever `DATABASE_URL` says (what `--migrate-to` copies).
    public DatabaseSettings embeddedStore() {
        DatabaseSettings shop = shopStore();
        return shop.kind() == com.wmxtopup.counter.application.DatabaseKind.H2 ? shop : DatabaseUrl.parse("", dataDirectory, "", "");
    }

    /// Demo mode's own embedded store.
    public DatabaseSettings demoStore() {
        return DatabaseUrl.demo(dataDirectory);
    }

    /// Settings for a database URL given on the command line (`--migrate-to`), read as `DATABASE_URL` is.
    public static DatabaseSettings databaseAt(String url) {
        return DatabaseUrl.parse(url, Path.of("."), "", "");
    }

    public RuntimeMode mode() {
        return mode;
    }

    /// Why this mode was chosen, for the log and the status bar tooltip.
    public String modeReason() {
        return modeReason;
    }

    public int webhookPort() {
        return Integer.parseInt(get(ConfigKey.WEBHOOK_PORT));
    }

    public String webhookBindAddress() {
        return get(ConfigKey.WEBHOOK_BIND_ADDRESS);
    }

    public Optional<URI> publicBaseUrl() {
        String v = get(ConfigKey.PUBLIC_BASE_URL);
        return v.isEmpty() ? Optional.empty() : Optional.of(URI.create(v));
    }

    public URI vipApiUrl() {
        return URI.create(get(ConfigKey.VIP_API_URL));
    }

    public String vipApiId() {
        return get(ConfigKey.VIP_API_ID);
    }

    public String vipApiKey() {
        return get(ConfigKey.VIP_API_KEY);
    }

    public String midtransServerKey() {
        return get(ConfigKey.MIDTRANS_SERVER_KEY);
    }

    public boolean midtransProduction() {
        return Boolean.parseBoolean(get(ConfigKey.MIDTRANS_PRODUCTION));
    }

    /// The Core API base: the override when given, else the sandbox or production host.
    public URI midtransApiUrl() {
        String override = get(ConfigKey.MIDTRANS_API_URL);
        if (!override.isEmpty()) {
            return URI.create(override);
        }
        return URI.create(midtransProduction() ? MIDTRANS_PRODUCTION : MIDTRANS_SANDBOX);
    }

    public Optional<String> apiToken() {
        String v = get(ConfigKey.API_TOKEN);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public Optional<String> cronSecretKey() {
        String v = get(ConfigKey.CRON_SECRET_KEY);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public Duration syncInterval() {
        return Duration.ofSeconds(Long.parseLong(get(ConfigKey.SYNC_INTERVAL_SECONDS)));
    }

    /// How many daily backups of the embedded store to keep; 0: none are made.
    public int backupKeep() {
        return Integer.parseInt(get(ConfigKey.BACKUP_KEEP));
    }

    /// Where the daily backups of the embedded store go: `backups/` in the data folder (in demo
    /// mode `demo/backups/`, beside demo mode's own store).
    public Path backupDirectory() {
        return (mode == RuntimeMode.DEMO ? dataDirectory.resolve("demo") : dataDirectory).resolve("backups");
    }

    public Duration catalogSyncInterval() {
        return Duration.ofMinutes(Long.parseLong(get(ConfigKey.CATALOG_SYNC_INTERVAL_MINUTES)));
    }

    /// How long an order must be missing from the supplier's list before it counts as never placed.
    public Duration supplierAbsentAfter() {
        return Duration.ofSeconds(Long.parseLong(get(ConfigKey.SUPPLIER_ABSENT_AFTER_SECONDS)));
    }

    /// The shop's time zone (validated).
    public ShopZone shopZone() {
        return ShopZone.of(get(ConfigKey.SHOP_TIMEZONE)).orElseThrow();
    }

    public String shopName() {
        return get(ConfigKey.SHOP_NAME);
    }

    public String shopAddress() {
        return get(ConfigKey.SHOP_ADDRESS);
    }

    /// `id` or `en` (validated): the window's language at start.
    public String shopLanguage() {
        return get(ConfigKey.SHOP_LANGUAGE);
    }

    /// Below this the status bar warns about the supplier balance.
    public long lowBalanceRupiah() {
        return Long.parseLong(get(ConfigKey.LOW_BALANCE_RUPIAH));
    }

    /// The same item for the same player sold within this is warned about at the counter.
    public Duration duplicateSaleWindow() {
        return Duration.ofMinutes(Long.parseLong(get(ConfigKey.DUPLICATE_SALE_WINDOW_MINUTES)));
    }

    /// Whether a source above the settings screen (command line, environment, a configuration
    /// file) sets `key`: the screen shows it read-only.
    public boolean isFixed(ConfigKey key) {
        String source = sourceOf(key);
        return !source.equals("default") && !source.equals(ConfigLoader.SAVED_SOURCE);
    }

    public Optional<String> receiptPrinter() {
        String v = get(ConfigKey.RECEIPT_PRINTER);
        return v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /// 58 or 80 (validated).
    public int receiptPaperMillimetres() {
        return Integer.parseInt(get(ConfigKey.RECEIPT_PAPER_MM));
    }

    public Duration paymentExpiry() {
        return Duration.ofMinutes(Long.parseLong(get(ConfigKey.PAYMENT_EXPIRY_MINUTES)));
    }

    /// Every key with its value and source, secrets masked: safe to log.
    public String describe() {
        return java.util.Arrays.stream(ConfigKey.values())
                .map(k -> k.propertyName() + "=" + masked(k) + " [" + sourceOf(k) + "]")
                .collect(Collectors.joining(", "));
    }

    private String masked(ConfigKey key) {
        String v = get(key);
        if (key.isSecret()) {
            return v.isEmpty() ? "(not set)" : "****";
        }
        if (key == ConfigKey.DATABASE_URL) {
            return DatabaseUrl.redact(v);
        }
        return v;
    }

    @Override
    public String toString() {
        return "AppConfig[" + describe() + "]";
    }
}
