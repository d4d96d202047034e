package com.wmxtopup.counter.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.adapter.settings.SettingsFile;
import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.port.SettingSources;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.support.InMemoryAuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsEditorTest {

    @TempDir
    Path dir;

    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final Map<String, String> applied = new HashMap<>();
    private final Operator owner = Operator.user(1, "Budi", Role.OWNER);

    private SettingsEditor editor(Map<String, SettingSources.Fixed> fixed) {
        SettingSources sources = new SettingSources() {
            @Override
            public Optional<Fixed> fixed(String property) {
                return Optional.ofNullable(fixed.get(property));
            }

            @Override
            public String defaultValue(String property) {
                return switch (property) {
                    case "shop.name" -> "WMX Topup";
                    case "payment.expiry-minutes" -> "15";
                    default -> "";
                };
            }
        };
        return new SettingsEditor(SettingsFile.in(dir), sources, applied::put, new Audit(auditLog, Clock.systemUTC()));
    }

    @Test
    void savesAuditsEachChangeAndSaysWhatNeedsARestart() throws Exception {
        var editor = editor(Map.of());
        var saved = editor.save(owner, Map.of(Setting.SHOP_NAME, "Toko Budi", Setting.PAYMENT_EXPIRY_MINUTES, "15",
                Setting.VIP_API_KEY, "vip-secret-key-5678", Setting.WEBHOOK_PORT, "8790"));

        assertThat(saved.changed()).containsExactlyInAnyOrder(Setting.SHOP_NAME, Setting.VIP_API_KEY, Setting.WEBHOOK_PORT);
        assertThat(saved.needRestart()).containsExactlyInAnyOrder(Setting.VIP_API_KEY, Setting.WEBHOOK_PORT);
        assertThat(applied).containsOnly(Map.entry("shop.name", "Toko Budi"));
        assertThat(auditLog.entries()).allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.SETTINGS_CHANGED))
                .extracting(e -> e.subject() + ": " + e.detail())
                .containsExactlyInAnyOrder("shop.name: WMX Topup → Toko Budi", "vip.api-key: changed", "webhook.port:  → 8790");
        assertThat(auditLog.entries()).allSatisfy(e -> assertThat(e.who()).isEqualTo("Budi"));
        assertThat(Files.readString(dir.resolve(SettingsFile.FILE_NAME))).doesNotContain("vip-secret-key-5678");

        var read = editor.read().stream().filter(f -> f.setting() == Setting.VIP_API_KEY).findFirst().orElseThrow();
        assertThat(read.value()).isEmpty();
        assertThat(read.shown()).isEqualTo("••••5678");
    }

    @Test
    void anEmptySecretKeepsTheSavedOne() throws Exception {
        var editor = editor(Map.of());
        editor.save(owner, Map.of(Setting.MIDTRANS_SERVER_KEY, "SB-Mid-server-abcd"));
        var again = editor.save(owner, Map.of(Setting.MIDTRANS_SERVER_KEY, ""));
        assertThat(again.changed()).isEmpty();
        assertThat(editor.plainValue(Setting.MIDTRANS_SERVER_KEY)).isEqualTo("SB-Mid-server-abcd");
    }

    @Test
    void aCashierOrAdminCannotChangeSettings() {
        var editor = editor(Map.of());
        assertThatThrownBy(() -> editor.save(Operator.user(2, "Sari", Role.ADMIN), Map.of(Setting.SHOP_NAME, "X")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(auditLog.entries()).isEmpty();
        assertThat(dir.resolve(SettingsFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void invalidValuesSaveNothingAndSayWhatToFix() {
        var editor = editor(Map.of());
        assertThatThrownBy(() -> editor.save(owner, Map.of(Setting.SHOP_NAME, "Toko", Setting.PAYMENT_EXPIRY_MINUTES, "0")))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .containsOnly(Map.entry(Setting.PAYMENT_EXPIRY_MINUTES, Problem.of("settings.invalid.number", 1L, 10_080L))));
        assertThat(dir.resolve(SettingsFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void fixedSettingsAreShownWithTheirSourceAndNotChanged() throws Exception {
        var editor = editor(Map.of("shop.name", new SettingSources.Fixed("Toko Env", "environment")));
        var field = editor.read().stream().filter(f -> f.setting() == Setting.SHOP_NAME).findFirst().orElseThrow();
        assertThat(field.fixedBy()).contains("environment");
        assertThat(field.shown()).isEqualTo("Toko Env");
        assertThat(editor.save(owner, Map.of(Setting.SHOP_NAME, "Other")).changed()).isEmpty();
    }

    @Test
    void everyRuleNamesAMessageOfBothBundles() {
        assertThat(SettingRules.check(Setting.SHOP_NAME, " ")).contains(Problem.of("settings.invalid.required"));
        assertThat(SettingRules.check(Setting.VIP_API_URL, "vip-reseller.co.id")).contains(Problem.of("settings.invalid.url"));
        assertThat(SettingRules.check(Setting.VIP_API_KEY, "abc def")).contains(Problem.of("settings.invalid.spaces"));
        assertThat(SettingRules.check(Setting.RECEIPT_PAPER_MM, "70")).contains(Problem.of("settings.invalid.paper"));
        assertThat(SettingRules.check(Setting.DATABASE_URL, "mysql://x/y")).contains(Problem.of("settings.invalid.database"));
        assertThat(SettingRules.check(Setting.DATABASE_URL, "postgresql://u:p@db.local:5432/wmx")).isEmpty();
        assertThat(SettingRules.check(Setting.LOW_BALANCE_RUPIAH, "250000")).isEmpty();
        assertThat(SettingRules.check(Setting.SHOP_TIMEZONE, "Asia/Makassar")).isEmpty();
        for (Setting setting : Setting.values()) {
            for (String typed : new String[] {"", "x y", "-1", "99999999999"}) {
                SettingRules.check(setting, typed).ifPresent(problem -> {
                    for (String bundle : new String[] {"i18n.messages_id", "i18n.messages_en"}) {
                        assertThat(java.util.ResourceBundle.getBundle(bundle.replace("_id", "").replace("_en", ""),
                                bundle.endsWith("_id") ? java.util.Locale.of("id") : java.util.Locale.ENGLISH)
                                .containsKey(problem.messageKey()))
                                .as(problem.messageKey()).isTrue();
                    }
                });
            }
        }
    }
}
