package com.wmxtopup.counter.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.support.TestApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path workingDirectory;

    private Path home;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(workingDirectory.resolve("home"));
    }

    private ConfigLoader loader(Map<String, String> env) {
        return new ConfigLoader(env, workingDirectory, "Linux", home.toString());
    }

    private static CommandLineOverrides port(int port) {
        return new CommandLineOverrides(false, Optional.empty(), Optional.empty(), Optional.of(port));
    }

    private void projectProperties(String content) throws IOException {
        Files.createDirectories(workingDirectory.resolve("config"));
        Files.writeString(workingDirectory.resolve("config/application.properties"), content);
    }

    @Test
    void defaultsApplyWithNothingConfigured() {
        AppConfig config = loader(Map.of()).load(CommandLineOverrides.none());
        assertThat(config.webhookPort()).isEqualTo(8787);
        assertThat(config.webhookBindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.vipApiUrl()).hasToString("https://vip-reseller.co.id/api");
        assertThat(config.midtransApiUrl()).hasToString("https://api.sandbox.midtrans.com");
        assertThat(config.syncInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.paymentExpiry()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.apiToken()).isEmpty();
        assertThat(config.dataDirectory()).isEqualTo(home.resolve(".local/share/wmx-topup-counter"));
        assertThat(config.database().kind()).isEqualTo(DatabaseKind.H2);
        assertThat(config.database().jdbcUrl()).startsWith("jdbc:h2:file:" + config.dataDirectory().resolve("demo").resolve("db"));
        assertThat(config.sourceOf(ConfigKey.WEBHOOK_PORT)).isEqualTo("default");
    }

    @Test
    void precedenceIsCommandLineThenEnvironmentThenConfigFileThenProjectFileThenDefault() throws IOException {
        projectProperties("""
                webhook.port=1001
                sync.interval-seconds=20
                payment.expiry-minutes=7
                webhook.bind-address=0.0.0.0
                """);
        Path file = workingDirectory.resolve("shop.properties");
        Files.writeString(file, """
                webhook.port=1002
                sync.interval-seconds=30
                payment.expiry-minutes=8
                """);
        var env = Map.of("WEBHOOK_PORT", "1003", "SYNC_INTERVAL_SECONDS", "40");
        var cli = new CommandLineOverrides(false, Optional.of(Path.of("shop.properties")), Optional.empty(), Optional.of(1004));

        AppConfig config = loader(env).load(cli);

        assertThat(config.webhookPort()).isEqualTo(1004);
        assertThat(config.sourceOf(ConfigKey.WEBHOOK_PORT)).isEqualTo("command line");
        assertThat(config.syncInterval()).isEqualTo(Duration.ofSeconds(40));
        assertThat(config.sourceOf(ConfigKey.SYNC_INTERVAL_SECONDS)).isEqualTo("environment");
        assertThat(config.paymentExpiry()).isEqualTo(Duration.ofMinutes(8));
        assertThat(config.sourceOf(ConfigKey.PAYMENT_EXPIRY_MINUTES)).isEqualTo("shop.properties");
        assertThat(config.webhookBindAddress()).isEqualTo("0.0.0.0");
        assertThat(config.sourceOf(ConfigKey.WEBHOOK_BIND_ADDRESS)).isEqualTo("config/application.properties");
        assertThat(config.sourceOf(ConfigKey.VIP_API_URL)).isEqualTo("default");
    }

    @Test
    void everyKeyHasItsSeedEnvironmentName() {
        var env = TestApp.environment(
                "VIP_RESELLER_API_URL", "https://vip.example.test/api",
                "VIP_RESELLER_API_ID", "Xy7Qp2Lm",
                "VIP_RESELLER_API_KEY", "TESTKEY",
                "MIDTRANS_SERVER_KEY", "SB-Mid-server-TEST",
                "MIDTRANS_CLIENT_KEY", "SB-Mid-client-TEST",
                "MIDTRANS_IS_PRODUCTION", "true",
                "WEBHOOK_PORT", "9000",
                "WEBHOOK_BIND_ADDRESS", "0.0.0.0",
                "PUBLIC_BASE_URL", "https://shop.example.test",
                "API_TOKEN", "token-1",
                "CRON_SECRET_KEY", "cron-1",
                "SYNC_INTERVAL_SECONDS", "60",
                "PAYMENT_EXPIRY_MINUTES", "10");
        AppConfig config = loader(env).load(CommandLineOverrides.none());

        assertThat(config.vipApiUrl()).hasToString("https://vip.example.test/api");
        assertThat(config.vipApiId()).isEqualTo("Xy7Qp2Lm");
        assertThat(config.vipApiKey()).isEqualTo("TESTKEY");
        assertThat(config.midtransServerKey()).isEqualTo("SB-Mid-server-TEST");
        assertThat(config.get(ConfigKey.MIDTRANS_CLIENT_KEY)).isEqualTo("SB-Mid-client-TEST");
        assertThat(config.midtransProduction()).isTrue();
        assertThat(config.midtransApiUrl()).hasToString("https://api.midtrans.com");
        assertThat(config.webhookPort()).isEqualTo(9000);
        assertThat(config.webhookBindAddress()).isEqualTo("0.0.0.0");
        assertThat(config.publicBaseUrl()).map(Object::toString).contains("https://shop.example.test");
        assertThat(config.apiToken()).contains("token-1");
        assertThat(config.cronSecretKey()).contains("cron-1");
        assertThat(config.syncInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.paymentExpiry()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.mode()).isEqualTo(RuntimeMode.LIVE);
    }

    @Test
    void midtransApiUrlOverrideWins() {
        AppConfig config = loader(Map.of("MIDTRANS_API_URL", "http://127.0.0.1:9999", "MIDTRANS_IS_PRODUCTION", "true"))
                .load(CommandLineOverrides.none());
        assertThat(config.midtransApiUrl()).hasToString("http://127.0.0.1:9999");
    }

    @Test
    void demoModeWhenAnyCredentialIsMissingOrDemoIsAsked() {
        var all = Map.of("VIP_RESELLER_API_ID", "id", "VIP_RESELLER_API_KEY", "key", "MIDTRANS_SERVER_KEY", "sk");
        assertThat(loader(all).load(CommandLineOverrides.none()).mode()).isEqualTo(RuntimeMode.LIVE);

        AppConfig noMidtrans = loader(Map.of("VIP_RESELLER_API_ID", "id", "VIP_RESELLER_API_KEY", "key")).load(CommandLineOverrides.none());
        assertThat(noMidtrans.mode()).isEqualTo(RuntimeMode.DEMO);
        assertThat(noMidtrans.modeReason()).isEqualTo("no Midtrans server key (MIDTRANS_SERVER_KEY)");

        AppConfig noVipKey = loader(Map.of("VIP_RESELLER_API_ID", "id", "MIDTRANS_SERVER_KEY", "sk")).load(CommandLineOverrides.none());
        assertThat(noVipKey.mode()).isEqualTo(RuntimeMode.DEMO);
        assertThat(noVipKey.modeReason()).contains("VIP_RESELLER_API_KEY");

        AppConfig forced = loader(all).load(new CommandLineOverrides(true, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(forced.mode()).isEqualTo(RuntimeMode.DEMO);
        assertThat(forced.modeReason()).isEqualTo("--demo given");
    }

    /// Live credentials, so that the configured database is used (demo mode has its own).
    private static java.util.Map<String, String> live(String... more) {
        var env = new java.util.HashMap<>(Map.of("VIP_RESELLER_API_ID", "id", "VIP_RESELLER_API_KEY", "key", "MIDTRANS_SERVER_KEY", "sk"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void demoModeKeepsItsOwnDatabaseWhateverDatabaseUrlSays() {
        AppConfig demo = loader(Map.of("DATABASE_URL", "postgresql://shop:pw@db.local:5432/wmx")).load(CommandLineOverrides.none());
        assertThat(demo.database().kind()).isEqualTo(DatabaseKind.H2);
        assertThat(demo.database().jdbcUrl()).contains(demo.dataDirectory().resolve("demo").toString());
        assertThat(demo.modeReason()).endsWith("DATABASE_URL is not used in demo mode");
        AppConfig plainDemo = loader(Map.of()).load(CommandLineOverrides.none());
        assertThat(plainDemo.database().jdbcUrl()).contains("demo");
        assertThat(loader(live()).load(CommandLineOverrides.none()).database().jdbcUrl()).doesNotContain("demo");
    }

    @Test
    void databaseUrlAcceptsJdbcAndSeedForms() {
        AppConfig jdbc = loader(live("DATABASE_URL", "jdbc:postgresql://db.local:5433/wmx?sslmode=require"))
                .load(CommandLineOverrides.none());
        assertThat(jdbc.database().kind()).isEqualTo(DatabaseKind.POSTGRESQL);
        assertThat(jdbc.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/wmx?sslmode=require");
        assertThat(jdbc.database().location()).isEqualTo("db.local:5433/wmx");

        AppConfig seed = loader(live("DATABASE_URL", "postgresql://shop:p%40ss%3Aword@db.local:5432/wmx_topup"))
                .load(CommandLineOverrides.none());
        assertThat(seed.database().kind()).isEqualTo(DatabaseKind.POSTGRESQL);
        assertThat(seed.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5432/wmx_topup");
        assertThat(seed.database().username()).isEqualTo("shop");
        assertThat(seed.database().password()).isEqualTo("p@ss:word");
        assertThat(seed.database().location()).isEqualTo("db.local:5432/wmx_topup");
        assertThat(seed.database().toString()).doesNotContain("p@ss");

        AppConfig shortScheme = loader(live("DATABASE_URL", "postgres://u@db.local/wmx")).load(CommandLineOverrides.none());
        assertThat(shortScheme.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db.local/wmx");
        assertThat(shortScheme.database().username()).isEqualTo("u");

        AppConfig h2 = loader(live("DATABASE_URL", "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).load(CommandLineOverrides.none());
        assertThat(h2.database().kind()).isEqualTo(DatabaseKind.H2);
        assertThat(h2.database().location()).isEqualTo("mem:x");
    }

    @Test
    void badDatabaseUrlNamesTheKeyAndHidesThePassword() {
        assertThatThrownBy(() -> loader(Map.of("DATABASE_URL", "mysql://root:secret@db/x")).load(CommandLineOverrides.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("DATABASE_URL (database.url): 'mysql://root:***@db/x' is not a database URL")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> loader(Map.of("DATABASE_URL", "postgresql://u:secret@db.local")).load(CommandLineOverrides.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("needs a host and a database name")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> loader(Map.of("DATABASE_URL", "postgresql://u:p w@db local/x")).load(CommandLineOverrides.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("DATABASE_URL (database.url):");
    }

    @Test
    void badValuesFailWithOneLineNamingTheKey() {
        assertThatThrownBy(() -> loader(Map.of("WEBHOOK_PORT", "80a")).load(CommandLineOverrides.none()))
                .hasMessage(
                        "WEBHOOK_PORT (webhook.port): '80a' is not a port number (0 picks a free one); use a whole number from 0 to 65535.");
        assertThatThrownBy(() -> loader(Map.of("WEBHOOK_PORT", "70000")).load(CommandLineOverrides.none()))
                .hasMessageStartingWith("WEBHOOK_PORT (webhook.port): '70000'");
        assertThatThrownBy(() -> loader(Map.of("SYNC_INTERVAL_SECONDS", "0")).load(CommandLineOverrides.none()))
                .hasMessageStartingWith("SYNC_INTERVAL_SECONDS (sync.interval-seconds): '0'");
        assertThatThrownBy(() -> loader(Map.of("VIP_RESELLER_API_URL", "vip-reseller.co.id/api")).load(CommandLineOverrides.none()))
                .hasMessageStartingWith("VIP_RESELLER_API_URL (vip.api-url): 'vip-reseller.co.id/api' is not a valid http(s) URL");
        assertThatThrownBy(() -> loader(Map.of("PUBLIC_BASE_URL", "ftp://x.test")).load(CommandLineOverrides.none()))
                .hasMessageStartingWith("PUBLIC_BASE_URL (webhook.public-base-url)");
        assertThatThrownBy(() -> loader(Map.of("MIDTRANS_IS_PRODUCTION", "yes")).load(CommandLineOverrides.none()))
                .hasMessage("MIDTRANS_IS_PRODUCTION (midtrans.production): 'yes' must be true or false.");
        assertThatThrownBy(() -> loader(Map.of("WEBHOOK_BIND_ADDRESS", "my host")).load(CommandLineOverrides.none()))
                .hasMessageStartingWith("WEBHOOK_BIND_ADDRESS (webhook.bind-address)");
    }

    @Test
    void missingConfigFileAndUnknownKeysAreReported() throws IOException {
        var cli = new CommandLineOverrides(false, Optional.of(Path.of("missing.properties")), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> loader(Map.of()).load(cli))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("--config: file").hasMessageContaining("missing.properties does not exist");

        projectProperties("webhook.prot=9000\n");
        assertThatThrownBy(() -> loader(Map.of()).load(CommandLineOverrides.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown key(s) [webhook.prot]");
    }

    @Test
    void dataDirectoryFromCommandLineOrEnvironment() {
        var cli = new CommandLineOverrides(false, Optional.empty(), Optional.of(Path.of("shopdata")), Optional.empty());
        assertThat(loader(Map.of("WMX_DATA_DIR", "/srv/wmx")).load(cli).dataDirectory()).isEqualTo(workingDirectory.resolve("shopdata"));
        assertThat(loader(Map.of("WMX_DATA_DIR", "/srv/wmx")).load(CommandLineOverrides.none()).dataDirectory())
                .isEqualTo(Path.of("/srv/wmx"));
    }

    @Test
    void passwordsInUrlParametersAndPlusSignsSurvive() {
        AppConfig plus = loader(live("DATABASE_URL", "postgresql://shop:a+b@db.local:5432/wmx")).load(CommandLineOverrides.none());
        assertThat(plus.database().password()).isEqualTo("a+b");
        AppConfig param = loader(live("DATABASE_URL", "jdbc:postgresql://db.local/wmx?user=u&password=s3cret&ssl=true"))
                .load(CommandLineOverrides.none());
        assertThat(param.describe()).doesNotContain("s3cret").contains("password=***");
        assertThat(DatabaseUrl.redact("postgresql://u:pa/ss@h/db")).isEqualTo("postgresql://u:***@h/db");
    }

    @Test
    void describeNeverShowsSecrets() {
        var env = Map.of("VIP_RESELLER_API_KEY", "super-secret-key", "MIDTRANS_SERVER_KEY", "SB-Mid-server-SECRET",
                "API_TOKEN", "tok-secret", "CRON_SECRET_KEY", "cron-secret",
                "DATABASE_URL", "postgresql://shop:db-secret@db.local:5432/wmx");
        AppConfig config = loader(env).load(port(0));
        assertThat(config.describe()).doesNotContain("super-secret-key", "SB-Mid-server-SECRET", "tok-secret", "cron-secret", "db-secret")
                .contains("vip.api-key=****", "vip.api-id=(not set)", "database.url=postgresql://shop:***@db.local:5432/wmx");
        assertThat(config.toString()).doesNotContain("super-secret-key");
    }
}
