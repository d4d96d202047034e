package com.wmxtopup.counter.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.settings.SecretBox;
import com.wmxtopup.counter.adapter.settings.SettingsFile;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.application.settings.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The settings saved from the screen: below the environment and every file, above the defaults.
class SavedSettingsLayerTest {

    @TempDir
    Path dir;

    private AppConfig load(Map<String, String> env) {
        var all = new java.util.HashMap<>(env);
        all.put("WMX_DATA_DIR", dir.resolve("data").toString());
        return new ConfigLoader(all, dir, "Linux", dir.toString()).load(CommandLineOverrides.none());
    }

    private void save(Map<String, String> values) throws Exception {
        SettingsFile.in(dir.resolve("data")).save(values,
                Set.of("vip.api-id", "vip.api-key", "midtrans.server-key", "database.url"));
    }

    @Test
    void savedSettingsBeatDefaultsAndTheEnvironmentBeatsThem() throws Exception {
        save(Map.of("shop.name", "Toko Budi", "shop.address", "Jl. Merdeka 1", "webhook.port", "8790", "balance.low-threshold", "250000"));
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/application.properties"), "shop.address=Jl. Dari Berkas 2\n");

        AppConfig config = load(Map.of("WEBHOOK_PORT", "8800"));

        assertThat(config.shopName()).isEqualTo("Toko Budi");
        assertThat(config.sourceOf(ConfigKey.SHOP_NAME)).isEqualTo(ConfigLoader.SAVED_SOURCE);
        assertThat(config.isFixed(ConfigKey.SHOP_NAME)).isFalse();
        assertThat(config.lowBalanceRupiah()).isEqualTo(250_000);
        assertThat(config.webhookPort()).as("environment beats saved").isEqualTo(8800);
        assertThat(config.isFixed(ConfigKey.WEBHOOK_PORT)).isTrue();
        assertThat(config.shopAddress()).as("config/application.properties beats saved").isEqualTo("Jl. Dari Berkas 2");
        assertThat(new ConfiguredSources(config).fixed("shop.address")).hasValueSatisfying(f -> assertThat(f.source())
                .isEqualTo("config/application.properties"));
    }

    @Test
    void savedCredentialsGoLiveAndAnUnreadableOneFallsBackToDemoWithoutACrash() throws Exception {
        save(Map.of("vip.api-id", "U6jeABCD", "vip.api-key", "k".repeat(64), "midtrans.server-key", "Mid-server-ABCDEFGH"));
        AppConfig live = load(Map.of());
        assertThat(live.mode()).isEqualTo(RuntimeMode.LIVE);
        assertThat(live.vipApiKey()).isEqualTo("k".repeat(64));
        assertThat(live.describe()).doesNotContain("k".repeat(64)).doesNotContain("Mid-server-ABCDEFGH");

        Files.delete(dir.resolve("data").resolve(SecretBox.KEY_FILE));
        AppConfig withoutKey = load(Map.of());
        assertThat(withoutKey.mode()).isEqualTo(RuntimeMode.DEMO);
    }

    @Test
    void everySettingOnTheScreenIsAConfigurationKey() {
        for (Setting setting : Setting.values()) {
            assertThat(ConfigKey.byPropertyName(setting.property())).as(setting.property()).isPresent();
            assertThat(ConfigKey.byPropertyName(setting.property()).orElseThrow().isSecret() && !setting.isSecret())
                    .as(setting.property() + " is secret on both sides").isFalse();
        }
    }
}
