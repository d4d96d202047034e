package com.wmxtopup.counter.application.settings;

import com.wmxtopup.counter.domain.ShopZone;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/// Checks a value as typed on the settings screen, with the same limits as the configuration
/// loader (docs/configuration.md). Empty is allowed where the key has a usable default or, for a
/// secret, means "keep the saved one".
public final class SettingRules {

    static final int SHOP_NAME_MAX = 40;
    static final int SHOP_ADDRESS_MAX = 120;

    private SettingRules() {
    }

    public static Optional<Problem> check(Setting setting, String typed) {
        String v = typed == null ? "" : typed.strip();
        return switch (setting) {
            case SHOP_NAME -> v.isEmpty() ? Optional.of(Problem.of("settings.invalid.required")) : maxLength(v, SHOP_NAME_MAX);
            case SHOP_ADDRESS -> maxLength(v, SHOP_ADDRESS_MAX);
            case SHOP_TIMEZONE -> ShopZone.of(v).isPresent() ? Optional.empty() : Optional.of(Problem.of("settings.invalid.timezone"));
            case SHOP_LANGUAGE ->
                v.equals("id") || v.equals("en") ? Optional.empty() : Optional.of(Problem.of("settings.invalid.language"));
            case VIP_API_URL -> v.isEmpty() ? Optional.of(Problem.of("settings.invalid.required")) : url(v);
            case MIDTRANS_API_URL, PUBLIC_BASE_URL -> v.isEmpty() ? Optional.empty() : url(v);
            case VIP_API_ID, VIP_API_KEY, MIDTRANS_SERVER_KEY -> v.chars().anyMatch(Character::isWhitespace)
                    ? Optional.of(Problem.of("settings.invalid.spaces"))
                    : Optional.empty();
            case MIDTRANS_PRODUCTION ->
                v.equals("true") || v.equals("false") ? Optional.empty() : Optional.of(Problem.of("settings.invalid.yesNo"));
            case PAYMENT_EXPIRY_MINUTES -> number(v, 1, 10_080);
            case WEBHOOK_PORT -> number(v, 1, 65_535);
            case SYNC_INTERVAL_SECONDS -> number(v, 1, 86_400);
            case CATALOG_SYNC_INTERVAL_MINUTES -> number(v, 5, 10_080);
            case LOW_BALANCE_RUPIAH -> number(v, 0, 1_000_000_000L);
            case DUPLICATE_SALE_WINDOW_MINUTES -> number(v, 1, 1_440);
            case DATABASE_URL -> databaseUrl(v);
            case RECEIPT_PRINTER -> maxLength(v, 200);
            case RECEIPT_PAPER_MM ->
                v.equals("58") || v.equals("80") ? Optional.empty() : Optional.of(Problem.of("settings.invalid.paper"));
        };
    }

    private static Optional<Problem> maxLength(String v, int max) {
        return v.length() > max ? Optional.of(Problem.of("settings.invalid.tooLong", max)) : Optional.empty();
    }

    private static Optional<Problem> number(String v, long min, long max) {
        try {
            long n = Long.parseLong(v);
            if (n >= min && n <= max) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // said below
        }
        return Optional.of(Problem.of("settings.invalid.number", min, max));
    }

    static Optional<Problem> url(String v) {
        try {
            URI uri = new URI(v);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // said below
        }
        return Optional.of(Problem.of("settings.invalid.url"));
    }

    private static Optional<Problem> databaseUrl(String v) {
        if (v.isEmpty() || v.startsWith("jdbc:h2:") || v.startsWith("jdbc:postgresql://")) {
            return Optional.empty();
        }
        if (v.startsWith("postgresql://") || v.startsWith("postgres://")) {
            try {
                URI uri = new URI(v);
                if (uri.getHost() != null && uri.getPath() != null && uri.getPath().length() > 1) {
                    return Optional.empty();
                }
            } catch (URISyntaxException e) {
                return Optional.of(Problem.of("settings.invalid.databaseEncoding"));
            }
        }
        return Optional.of(Problem.of("settings.invalid.database"));
    }

    /// `••••abcd`: what the screen shows of a saved secret.
    public static String lastFour(String secret) {
        if (secret.isEmpty()) {
            return "";
        }
        return "••••" + (secret.length() <= 4 ? "" : secret.substring(secret.length() - 4));
    }

    /// A database URL with its password hidden.
    public static String redactDatabaseUrl(String url) {
        return url.replaceAll("(//[^:/@]*):[^@]*@", "$1:••••@").replaceAll("(?i)(password=)[^&;]*", "$1••••");
    }
}
