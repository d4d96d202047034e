package com.wmxtopup.counter.bootstrap.config;

import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.application.port.SettingsStore;
import com.wmxtopup.counter.adapter.settings.SecretBox;
import com.wmxtopup.counter.adapter.settings.SettingsFile;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/// Resolves configuration with the precedence of docs/configuration.md: command line >
/// environment > `--config` file > `config/application.properties` (in the working directory)
/// > built-in defaults. Then validates every value and fails with one clear line.
public final class ConfigLoader {

    /// How [AppConfig#sourceOf] names the settings saved from the screen.
    public static final String SAVED_SOURCE = "Pengaturan";

    static final Path PROJECT_PROPERTIES = Path.of("config", "application.properties");

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final String osName;
    private final String userHome;

    public ConfigLoader(Map<String, String> environment, Path workingDirectory, String osName, String userHome) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.osName = osName;
        this.userHome = userHome;
    }

    public static ConfigLoader forThisProcess() {
        return new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    public AppConfig load(CommandLineOverrides cli) {
        var values = new EnumMap<ConfigKey, String>(ConfigKey.class);
        var sources = new EnumMap<ConfigKey, String>(ConfigKey.class);

        Path projectFile = workingDirectory.resolve(PROJECT_PROPERTIES);
        if (Files.isRegularFile(projectFile)) {
            apply(readProperties(projectFile), PROJECT_PROPERTIES.toString(), values, sources);
        }
        cli.configFile().ifPresent(file -> {
            Path resolved = workingDirectory.resolve(file);
            if (!Files.isRegularFile(resolved)) {
                throw new ConfigurationException("--config: file " + resolved + " does not exist; give the path of a .properties file.");
            }
            apply(readProperties(resolved), resolved.getFileName().toString(), values, sources);
        });
        for (ConfigKey key : ConfigKey.values()) {
            String v = environment.get(key.environmentName());
            if (v != null && !v.isBlank()) {
                values.put(key, v.strip());
                sources.put(key, "environment");
            }
        }
        cli.port().ifPresent(port -> {
            values.put(ConfigKey.WEBHOOK_PORT, Integer.toString(port));
            sources.put(ConfigKey.WEBHOOK_PORT, "command line");
        });
        cli.dataDirectory().ifPresent(dir -> {
            values.put(ConfigKey.DATA_DIR, dir.toString());
            sources.put(ConfigKey.DATA_DIR, "command line");
        });

        Path dataDirectory = resolveDataDirectory(values.getOrDefault(ConfigKey.DATA_DIR, ""));
        List<String> unreadable = applySaved(dataDirectory, values, sources);
        validate(values);
        DatabaseSettings database = DatabaseUrl.parse(values.getOrDefault(ConfigKey.DATABASE_URL, ""), dataDirectory, "", "");

        var reasons = new ArrayList<String>();
        if (cli.forceDemo()) {
            reasons.add("--demo given");
        }
        if (isBlank(values, ConfigKey.VIP_API_ID) || isBlank(values, ConfigKey.VIP_API_KEY)) {
            reasons.add("no VIP Reseller credentials (VIP_RESELLER_API_ID, VIP_RESELLER_API_KEY)");
        }
        if (isBlank(values, ConfigKey.MIDTRANS_SERVER_KEY)) {
            reasons.add("no Midtrans server key (MIDTRANS_SERVER_KEY)");
        }
        if (!unreadable.isEmpty()) {
            reasons.add("the saved " + String.join(", ", unreadable) + " cannot be read (no or another " + SecretBox.KEY_FILE
                    + "); enter it again in Pengaturan");
        }
        RuntimeMode mode = reasons.isEmpty() ? RuntimeMode.LIVE : RuntimeMode.DEMO;
        String reason = reasons.isEmpty() ? "VIP Reseller and Midtrans credentials configured" : String.join("; ", reasons);
        if (mode == RuntimeMode.DEMO) {
            // Demo sales, simulator prices and the simulator's account must never reach the
            // shop's real store (a shared PostgreSQL would show them to every live console).
            database = DatabaseUrl.demo(dataDirectory);
            if (!isBlank(values, ConfigKey.DATABASE_URL)) {
                reason += "; DATABASE_URL is not used in demo mode";
            }
        }
        return new AppConfig(values, sources, dataDirectory, database, mode, reason);
    }

    /// The settings screen's file, below every other source: only keys nobody else set.
    private static List<String> applySaved(Path dataDirectory, Map<ConfigKey, String> values, Map<ConfigKey, String> sources) {
        SettingsStore.Saved saved;
        try {
            saved = SettingsFile.in(dataDirectory).load();
        } catch (IOException e) {
            throw new ConfigurationException("The saved settings " + dataDirectory.resolve(SettingsFile.FILE_NAME) + " cannot be read ("
                    + e.getMessage() + "); fix or remove the file.");
        }
        saved.values().forEach((name, value) -> ConfigKey.byPropertyName(name)
                .filter(key -> key != ConfigKey.DATA_DIR && !values.containsKey(key))
                .ifPresent(key -> {
                    values.put(key, value);
                    sources.put(key, SAVED_SOURCE);
                }));
        return saved.unreadable().stream().sorted().toList();
    }

    private static boolean isBlank(Map<ConfigKey, String> values, ConfigKey key) {
        return values.getOrDefault(key, key.defaultValue()).isBlank();
    }

    private Path resolveDataDirectory(String configured) {
        if (configured.isBlank()) {
            return DataDirectory.defaultFor(osName, environment, userHome);
        }
        try {
            return workingDirectory.resolve(configured).normalize();
        } catch (InvalidPathException e) {
            throw new ConfigurationException(ConfigKey.DATA_DIR, "'" + configured + "' is not a valid folder path.");
        }
    }

    private static Properties readProperties(Path file) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("Configuration file " + file + " cannot be read (" + e.getMessage()
                    + "); fix the file or remove it.");
        }
        return properties;
    }

    private static void apply(Properties properties, String source, Map<ConfigKey, String> values, Map<ConfigKey, String> sources) {
        List<String> unknown = new ArrayList<>();
        for (String name : properties.stringPropertyNames()) {
            var key = ConfigKey.byPropertyName(name);
            if (key.isEmpty()) {
                unknown.add(name);
                continue;
            }
            String v = properties.getProperty(name).strip();
            if (!v.isEmpty()) {
                values.put(key.get(), v);
                sources.put(key.get(), source);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConfigurationException("Configuration file " + source + " has unknown key(s) " + unknown
                    + "; check the spelling against docs/configuration.md.");
        }
    }

    private static void validate(Map<ConfigKey, String> values) {
        integer(values, ConfigKey.WEBHOOK_PORT, "a port number (0 picks a free one)", 0, 65_535);
        integer(values, ConfigKey.SYNC_INTERVAL_SECONDS, "a number of seconds", 1, 86_400);
        integer(values, ConfigKey.PAYMENT_EXPIRY_MINUTES, "a number of minutes", 1, 10_080);
        integer(values, ConfigKey.CATALOG_SYNC_INTERVAL_MINUTES, "a number of minutes", 5, 10_080);
        integer(values, ConfigKey.DUPLICATE_SALE_WINDOW_MINUTES, "a number of minutes", 1, 1_440);
        integer(values, ConfigKey.LOW_BALANCE_RUPIAH, "an amount of rupiah", 0, 1_000_000_000);
        String language = values.getOrDefault(ConfigKey.SHOP_LANGUAGE, ConfigKey.SHOP_LANGUAGE.defaultValue());
        if (!language.equals("id") && !language.equals("en")) {
            throw new ConfigurationException(ConfigKey.SHOP_LANGUAGE, "'" + language + "' is not a language of the console; use id or en.");
        }
        integer(values, ConfigKey.BACKUP_KEEP, "a number of daily backups (0 turns them off)", 0, 3_650);
        // Longer than a whole supplier call (31 s): an order still on its way must not count as absent.
        integer(values, ConfigKey.SUPPLIER_ABSENT_AFTER_SECONDS, "a number of seconds", 40, 3_600);
        String paper = values.getOrDefault(ConfigKey.RECEIPT_PAPER_MM, ConfigKey.RECEIPT_PAPER_MM.defaultValue());
        if (!paper.equals("58") && !paper.equals("80")) {
            throw new ConfigurationException(ConfigKey.RECEIPT_PAPER_MM, "'" + paper + "' is not a paper width; use 58 or 80.");
        }
        String zone = values.getOrDefault(ConfigKey.SHOP_TIMEZONE, ConfigKey.SHOP_TIMEZONE.defaultValue());
        if (ShopZone.of(zone).isEmpty()) {
            throw new ConfigurationException(ConfigKey.SHOP_TIMEZONE, "'" + zone
                    + "' is not an Indonesian time zone; use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).");
        }
        if (values.getOrDefault(ConfigKey.SHOP_NAME, ConfigKey.SHOP_NAME.defaultValue()).isBlank()) {
            throw new ConfigurationException(ConfigKey.SHOP_NAME, "the shop name printed on receipts must not be blank.");
        }
        httpUrl(values, ConfigKey.VIP_API_URL);
        httpUrl(values, ConfigKey.MIDTRANS_API_URL);
        httpUrl(values, ConfigKey.PUBLIC_BASE_URL);
        String production = values.getOrDefault(ConfigKey.MIDTRANS_PRODUCTION, "false");
        if (!production.equalsIgnoreCase("true") && !production.equalsIgnoreCase("false")) {
            throw new ConfigurationException(ConfigKey.MIDTRANS_PRODUCTION, "'" + production + "' must be true or false.");
        }
        String bind = values.getOrDefault(ConfigKey.WEBHOOK_BIND_ADDRESS, ConfigKey.WEBHOOK_BIND_ADDRESS.defaultValue());
        if (bind.isBlank() || bind.contains(" ") || bind.contains("/")) {
            throw new ConfigurationException(ConfigKey.WEBHOOK_BIND_ADDRESS,
                    "'" + bind + "' is not an address; use 127.0.0.1 (this computer only) or 0.0.0.0 (all networks).");
        }
    }

    private static int integer(Map<ConfigKey, String> values, ConfigKey key, String what, int min, int max) {
        String raw = values.getOrDefault(key, key.defaultValue());
        try {
            int v = Integer.parseInt(raw);
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key, "'" + raw + "' is not " + what + "; use a whole number from " + min + " to " + max + ".");
        }
    }

    private static void httpUrl(Map<ConfigKey, String> values, ConfigKey key) {
        String raw = values.getOrDefault(key, key.defaultValue());
        if (raw.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(raw);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new URISyntaxException(raw, "not an http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new ConfigurationException(key, "'" + raw + "' is not a valid http(s) URL; write it like https://example.com/path.");
        }
    }
}
