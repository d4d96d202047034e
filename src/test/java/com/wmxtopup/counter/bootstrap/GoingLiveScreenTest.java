package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.support.TestApp;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.shell.MainViewModel;
import com.wmxtopup.counter.ui.shell.MainWindow;
import com.wmxtopup.counter.ui.shell.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// From an empty data folder to a live sale without a text editor, as DesktopApp runs it: the
/// first start greets the owner on Pengaturan; the VIP Reseller and Midtrans accounts (the
/// simulators' URLs and keys, standing in for the real services) are typed, tested and saved;
/// the restart comes up live, where the owner is created with a PIN; a sale reaches the
/// supplier and succeeds, recorded as sold by the owner.
@ExtendWith(ApplicationExtension.class)
class GoingLiveScreenTest {

    private static final String VIP_ID = "LIVE1234";
    private static final String VIP_KEY = "live-key-" + "k".repeat(40) + "Q7";
    private static final String MIDTRANS_KEY = "SB-Mid-server-GOINGLIVE01";

    private Stage stage;
    private Path dataDirectory;
    private VipResellerSimulator vip;
    private MidtransSimulator midtrans;
    private AppContext context;
    private FxTaskRunner tasks;
    private CurrentOperator operator;
    private final AtomicBoolean restartAsked = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dataDirectory = TestApp.newDataDirectory("going-live");
        vip = new VipResellerSimulator(VipResellerSimulatorSettings.demo(VIP_ID, VIP_KEY), java.time.Clock.systemUTC());
        vip.start();
        midtrans = new MidtransSimulator(MidtransSimulatorSettings.of(MIDTRANS_KEY));
        midtrans.start();
        open();
    }

    /// What DesktopApp does at each start: configuration (saved settings included), the
    /// application, the demo owner on a fresh demo store, the window.
    private void open() {
        var config = new ConfigLoader(TestApp.environment(), dataDirectory, "Linux", dataDirectory.toString())
                .load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        context = AppContext.start(config);
        var demo = DemoOwner.signIn(context);
        operator = new CurrentOperator(demo.owner().orElse(CurrentOperator.NOBODY));
        tasks = new FxTaskRunner(2);
        var i18n = new I18n(I18n.INDONESIAN);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var main = new MainViewModel(context.systemInfo(), context.consoleStatus(), context.demoCustomer(), tasks, i18n);
        var desktop = new DesktopScreens(context, operator, tasks, i18n, () -> restartAsked.set(true));
        desktop.start(demo.owner().isPresent(), demo.firstStart() ? Optional.of(() -> main.open(Section.COUNTER)) : Optional.empty());
        new MainWindow(main, i18n, desktop.screens()).show(stage);
        if (demo.firstStart()) {
            main.open(Section.SETTINGS);
        }
    }

    @AfterEach
    void stop() {
        tasks.close();
        context.close();
        midtrans.close();
        vip.close();
    }

    private static String id(String property) {
        return "#setting-" + property.replace('.', '-');
    }

    @Test
    void fromAnEmptyFolderToALiveSale(FxRobot robot) throws Exception {
        assertThat(context.config().mode()).isEqualTo(RuntimeMode.DEMO);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#welcomeBox").query().isVisible());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "WMX Topup".equals(robot.lookup(id("shop.name")).queryAs(TextField.class)
                .getText()));
        robot.interact(() -> {
            robot.lookup(id("shop.name")).queryAs(TextField.class).setText("Toko Maju");
            robot.lookup(id("vip.api-url")).queryAs(TextField.class).setText(vip.baseUrl());
            robot.lookup(id("vip.api-id")).queryAs(TextField.class).setText(VIP_ID);
            robot.lookup(id("vip.api-key")).queryAs(TextField.class).setText(VIP_KEY);
            robot.lookup(id("midtrans.server-key")).queryAs(TextField.class).setText(MIDTRANS_KEY);
            robot.lookup(id("midtrans.api-url")).queryAs(TextField.class).setText(midtrans.baseUrl().toString());
        });
        robot.interact(() -> robot.lookup("#testVipButton").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#testMidtransButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#testVipResult").startsWith("Terhubung")
                && !text(robot, "#testMidtransResult").isEmpty());
        assertThat(text(robot, "#testVipResult")).isEqualTo("Terhubung: Toko Simulasi, level Basic, saldo Rp 500.000.");
        Screenshots.save(stage.getScene(), "going-live-1-accounts-tested");
        robot.interact(() -> robot.lookup("#saveButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#restartButton").query().isVisible());
        robot.interact(() -> robot.lookup("#restartButton").queryAs(Button.class).fire());
        assertThat(restartAsked).isTrue();
        assertThat(Files.readString(dataDirectory.resolve("settings.properties"))).doesNotContain(VIP_KEY).doesNotContain(MIDTRANS_KEY);

        // The restart, as DesktopApp's loop does it: everything closed, started again from the saved settings.
        robot.interact(() -> {
            tasks.close();
            context.close();
        });
        robot.interact(this::open);
        assertThat(context.config().mode()).isEqualTo(RuntimeMode.LIVE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#ownerBox").query().isVisible());
        // By keyboard alone: Enter goes to the next field, and on the last one creates the owner.
        robot.clickOn("#ownerNameField").write("Sari").type(KeyCode.ENTER).write("2468").type(KeyCode.ENTER).write("2468");
        assertThat(robot.lookup("#ownerPinAgainField").queryAs(TextField.class).isFocused()).isTrue();
        Screenshots.save(stage.getScene(), "going-live-2-owner");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#signInRoot").query().isVisible());
        assertThat(text(robot, "#signedInLabel")).isEqualTo("Sari");

        // A sale, as the signed-in owner, against the live (simulated) supplier.
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(operator.get(), ProgressListener.NONE);
            Thread.sleep(100);
        }
        com.wmxtopup.counter.support.TestShifts.ensureOpen(context, operator.get());
        var sale = (Checkout.Result.Created) context.checkout().cash(
                new Checkout.Request("MLB86-S1", new TopUpTarget("136216325", "2685"), "", "", ""), Money.rupiah(50_000), operator.get());
        context.wakeFulfilment();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> context.findOrders().byId(sale.order().id()).orElseThrow().status() == OrderStatus.SUCCESS);
        assertThat(context.findOrders().byId(sale.order().id()).orElseThrow().soldBy()).isEqualTo("Sari");
        assertThat(vip.transactions()).hasSize(1);
        Platform.runLater(() -> Screenshots.save(stage.getScene(), "going-live-3-live"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        String text = robot.lookup(query).queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
