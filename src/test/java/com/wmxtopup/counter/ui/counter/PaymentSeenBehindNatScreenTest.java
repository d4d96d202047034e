package com.wmxtopup.counter.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.bootstrap.DesktopScreens;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.sandbox.midtrans.NotificationDelivery;
import com.wmxtopup.counter.sandbox.midtrans.NotificationFault;
import com.wmxtopup.counter.support.TestApp;
import com.wmxtopup.counter.support.TestOperators;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.shell.MainViewModel;
import com.wmxtopup.counter.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// A shop PC behind NAT: no webhook ever arrives, and the sync pass runs once an hour here. The
/// QR on the screen is looked at by the screen itself, so the customer's payment shows as
/// "Pembayaran diterima" on both screens within seconds — with only the pass it would take an hour.
@ExtendWith(ApplicationExtension.class)
class PaymentSeenBehindNatScreenTest {

    private AppContext context;
    private FxTaskRunner tasks;
    private Stage customerDisplay;

    @Start
    void start(Stage stage) {
        Path dataDirectory = TestApp.newDataDirectory("behind-nat");
        var config = new ConfigLoader(TestApp.environment("SYNC_INTERVAL_SECONDS", "3600"), dataDirectory, "Linux",
                dataDirectory.toString())
                .load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        context = AppContext.start(config);
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(TestOperators.ADMIN, ProgressListener.NONE);
        }
        context.midtransSimulator().orElseThrow().faultAllNotifications(NotificationFault.drop());
        tasks = new FxTaskRunner(2);
        var i18n = new I18n(I18n.INDONESIAN);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var desktop = new DesktopScreens(context, new CurrentOperator(TestOperators.OWNER), tasks, i18n, () -> {
        });
        new MainWindow(new MainViewModel(context.systemInfo(), context.consoleStatus(), context.demoCustomer(), tasks, i18n), i18n,
                desktop.screens()).show(stage);
        customerDisplay = desktop.openCustomerDisplay();
        stage.toFront();
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(() -> customerDisplay.close());
        tasks.close();
        context.close();
    }

    @Test
    void aPaidQrIsSeenWithinSecondsWithoutWebhooksOrAPass(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gameSearch").queryTextInputControl().isFocused());
        robot.write("mobile legends b");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#itemSearch").queryTextInputControl().isFocused());
        robot.write("86");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#userIdField").queryTextInputControl().isFocused());
        robot.write("136216325");
        robot.type(KeyCode.TAB);
        robot.write("2685");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#nicknameLabel").startsWith("Nickname: "));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paymentPane").query().isVisible());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#customerHeadline").equals("Silakan scan QRIS untuk membayar"));
        var waiting = context.findOrders().inStatus(OrderStatus.WAITING_PAYMENT, 10).getFirst();

        context.midtransSimulator().orElseThrow().pay(waiting.orderNumber().value()); // its notification is dropped

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#customerHeadline").startsWith("Pembayaran diterima"));
        assertThat(context.midtransSimulator().orElseThrow().deliveries()).as("no webhook reached the console")
                .isNotEmpty().allMatch(d -> d.outcome() == NotificationDelivery.Outcome.DROPPED);
        // Sent to the supplier at once, not at the next pass an hour away.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !context.findOrders().byId(waiting.id()).orElseThrow().supplierTrxId().isEmpty());
    }

    private static String text(FxRobot robot, String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAs(Label.class).getText()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read " + query, e);
        }
    }
}
