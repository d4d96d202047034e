package com.wmxtopup.counter.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.wmxtopup.counter.adapter.midtrans.MidtransGatewayProbe;
import com.wmxtopup.counter.adapter.printing.EscPosReceiptPrinter;
import com.wmxtopup.counter.adapter.settings.SettingsFile;
import com.wmxtopup.counter.adapter.vip.VipSupplierProbe;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.port.SettingSources;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.application.receipt.ShopInfo;
import com.wmxtopup.counter.application.settings.ConnectionChecks;
import com.wmxtopup.counter.application.settings.SettingsEditor;
import com.wmxtopup.counter.bootstrap.config.DatabaseUrlProbe;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import com.wmxtopup.counter.support.InMemoryAuditLog;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.Fxml;
import com.wmxtopup.counter.ui.common.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Pengaturan screen: a value checked as typed (Save disabled, the message beside the field),
/// a fixed setting read-only with its source, the VIP Reseller test against the simulator, a save
/// with its restart notice, and no secret in plain text in the saved file.
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {

    private static final String API_ID = "U6jeSCRN";
    private static final String API_KEY = "screen-secret-" + "q".repeat(40) + "Z9x1";

    private Path dataDir;
    private FxTaskRunner tasks;
    private VipResellerSimulator vip;
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final Map<String, String> applied = new HashMap<>();
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dataDir = Files.createTempDirectory("wmx-settings-screen");
        vip = new VipResellerSimulator(VipResellerSimulatorSettings.demo(API_ID, API_KEY));
        vip.start();
        SettingSources sources = new SettingSources() {
            @Override
            public Optional<Fixed> fixed(String property) {
                return property.equals("webhook.port") ? Optional.of(new Fixed("8787", "environment")) : Optional.empty();
            }

            @Override
            public String defaultValue(String property) {
                return switch (property) {
                    case "shop.name" -> "WMX Topup";
                    case "shop.timezone" -> "Asia/Jakarta";
                    case "shop.language" -> "id";
                    case "vip.api-url" -> vip.baseUrl();
                    case "midtrans.production" -> "false";
                    case "payment.expiry-minutes", "sync.interval-seconds" -> "15";
                    case "catalog.sync-interval-minutes" -> "360";
                    case "balance.low-threshold" -> "100000";
                    case "sale.duplicate-window-minutes" -> "10";
                    case "receipt.paper-mm" -> "58";
                    default -> "";
                };
            }
        };
        var editor = new SettingsEditor(SettingsFile.in(dataDir), sources, applied::put, new Audit(auditLog, Clock.systemUTC()));
        var checks = new ConnectionChecks(editor, new VipSupplierProbe(Clock.systemUTC()), new MidtransGatewayProbe(),
                new DatabaseUrlProbe(dataDir));
        tasks = new FxTaskRunner(2);
        var i18n = new I18n(I18n.INDONESIAN);
        var owner = Operator.user(1, "Budi", Role.OWNER);
        var model = new SettingsViewModel(editor, new com.wmxtopup.counter.ui.common.CurrentOperator(owner), tasks, i18n);
        var tests = new ConnectionTestsViewModel(checks, model, tasks, i18n);
        var receipts = new Receipts(new EscPosReceiptPrinter(), new ShopInfo("WMX Topup", "", "Terima kasih!", ShopZone.WIB),
                dataDir.resolve("receipts"), Optional.empty(), PaperWidth.MM_58);
        var extras = new WebhookAndPrinterViewModel(() -> "http://127.0.0.1:8787/api/webhooks/midtrans", Optional::empty, receipts, model,
                tasks, i18n, ShopZone.WIB);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene = new Scene(Fxml.load("/com/wmxtopup/counter/ui/settings/SettingsView.fxml", i18n.bundle(),
                new SettingsView(model, tests, extras, i18n)), 1280, 760);
        scene.getStylesheets().add(SettingsView.class.getResource("/com/wmxtopup/counter/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
        extras.load();
    }

    @AfterEach
    void stop() {
        tasks.close();
        vip.close();
    }

    private static String id(String property) {
        return "#setting-" + property.replace('.', '-');
    }

    @Test
    void editCheckTestSaveAndSayWhatNeedsARestart(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id("shop.name")).tryQuery()
                .map(node -> "WMX Topup".equals(((TextField) node).getText())).orElse(false));
        assertThat(robot.lookup(id("webhook.port")).query().isDisabled()).as("fixed by the environment").isTrue();

        // An invalid value: the message beside the field, Save disabled.
        robot.interact(() -> robot.lookup(id("payment.expiry-minutes")).queryAs(TextField.class).setText("0"));
        assertThat(robot.lookup(id("payment.expiry-minutes") + "-problem").queryAs(Label.class).getText())
                .isEqualTo("Isi angka bulat dari 1 sampai 10.080.");
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
        Screenshots.save(scene, "settings-invalid");
        robot.interact(() -> robot.lookup(id("payment.expiry-minutes")).queryAs(TextField.class).setText("20"));
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();

        // Credentials, tested against the simulator before saving.
        robot.interact(() -> {
            robot.lookup(id("shop.name")).queryAs(TextField.class).setText("Toko Budi");
            robot.lookup(id("shop.address")).queryAs(TextField.class).setText("Jl. Merdeka 1, Bandung");
            robot.lookup(id("vip.api-id")).queryAs(TextField.class).setText(API_ID);
            robot.lookup(id("vip.api-key")).queryAs(TextField.class).setText(API_KEY);
        });
        robot.interact(() -> robot.lookup("#testVipButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#testVipResult").queryAs(Label.class).getText()
                .startsWith("Terhubung"));
        assertThat(robot.lookup("#testVipResult").queryAs(Label.class).getText()).isEqualTo(
                "Terhubung: Toko Simulasi, level Basic, saldo Rp 500.000.");

        robot.interact(() -> robot.lookup("#saveButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#noticeLabel").queryAs(Label.class).getText()
                .startsWith("Tersimpan"));
        assertThat(robot.lookup("#noticeLabel").queryAs(Label.class).getText())
                .isEqualTo("Tersimpan. Mulai ulang aplikasi agar berlaku: API ID, API KEY.");
        assertThat(applied).containsEntry("shop.name", "Toko Budi").containsEntry("payment.expiry-minutes", "20");
        assertThat(auditLog.entries()).extracting(e -> e.subject() + ": " + e.detail()).contains("vip.api-key: changed",
                "shop.name: WMX Topup → Toko Budi", "payment.expiry-minutes: 15 → 20");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id("vip.api-key")).queryAs(TextField.class).getText().isEmpty());
        Screenshots.save(scene, "settings-saved");

        String file = Files.readString(dataDir.resolve(SettingsFile.FILE_NAME));
        assertThat(file).contains("Toko Budi").doesNotContain(API_KEY).doesNotContain(API_ID);
        assertThat(auditLog.entries().toString()).doesNotContain(API_KEY);

        // 1366×768 less a taskbar: Save and the notice stay in the window.
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "settings-small-screen");
        var save = robot.lookup("#saveButton").query();
        var bounds = save.localToScene(save.getBoundsInLocal());
        assertThat(bounds.getMaxY()).isLessThanOrEqualTo(scene.getHeight());
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(760);
        });
    }
}
