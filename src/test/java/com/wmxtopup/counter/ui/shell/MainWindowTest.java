package com.wmxtopup.counter.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.DemoWindow;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The real main window, on a real (H2) application context, driven through TestFX headless.
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private DemoWindow window;
    private AppContext context;
    private FxTaskRunner tasks;
    private Path dataDirectory;

    @Start
    void start(Stage stage) {
        window = DemoWindow.show(stage, "ui", 1);
        context = window.context();
        tasks = window.tasks();
        dataDirectory = window.dataDirectory();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void showsNavigationStatusBarAndSwitchesLanguage(FxRobot robot) throws Exception {
        for (String id : new String[] {"#nav-counter", "#nav-orders", "#nav-catalog", "#nav-reports", "#nav-settings"}) {
            assertThat(robot.lookup(id).queryAs(ToggleButton.class).isVisible()).as(id).isTrue();
        }
        assertThat(robot.lookup("#saleRoot").tryQuery()).as("the counter opens first").isPresent();
        assertThat(robot.lookup("#nav-counter").queryAs(ToggleButton.class).isSelected()).isTrue();

        // Status bar: real state of this instance.
        assertThat(text(robot, "#modeBadge")).isEqualTo("MODE DEMO");
        assertThat(text(robot, "#statusDatabase"))
                .isEqualTo("Database: H2 tertanam (" + dataDirectory.resolve("demo").resolve("db").resolve("wmx-topup-demo.mv.db") + ")");
        assertThat(text(robot, "#statusDataDirectory")).isEqualTo("Folder data: " + dataDirectory);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "terhubung".equals(text(robot, "#statusDatabaseState")));
        Screenshots.save(robot.lookup("#root").query().getScene(), "main-window-id");

        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportRoot").tryQuery()).as("the reports screen is real now").isPresent();
        assertThat(robot.lookup("#nav-reports").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#nav-orders");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ordersRoot").tryQuery()).as("the orders screen is real now").isPresent();

        // The catalog is a real screen now (no "coming soon" under its navigation entry).
        assertThat(robot.from(robot.lookup("#nav-catalog").queryAs(ToggleButton.class)).lookup(".nav-coming-soon").tryQuery()).isEmpty();
        assertThat(robot.from(robot.lookup("#nav-orders").queryAs(ToggleButton.class)).lookup(".nav-coming-soon").tryQuery()).isEmpty();
        assertThat(robot.from(robot.lookup("#nav-reports").queryAs(ToggleButton.class)).lookup(".nav-coming-soon").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#catalogRoot").tryQuery()).isPresent();
        assertThat(robot.lookup("#syncButton").queryButton().getText()).isEqualTo("Sinkronkan dari VIP Reseller");

        robot.clickOn("#englishButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#syncButton").queryButton().getText()).isEqualTo("Sync from VIP Reseller");
        assertThat(text(robot, "#modeBadge")).isEqualTo("DEMO MODE");
        assertThat(text(robot, "#statusDataDirectory")).isEqualTo("Data folder: " + dataDirectory);
        assertThat(text(robot, "#statusDatabaseState")).isEqualTo("connected");
        assertThat(robot.lookup("#englishButton").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#nav-catalog").queryAs(ToggleButton.class).isSelected()).isTrue();
        Screenshots.save(robot.lookup("#root").query().getScene(), "main-window-en");

        robot.clickOn("#indonesianButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#syncButton").queryButton().getText()).isEqualTo("Sinkronkan dari VIP Reseller");
        assertThat(text(robot, "#modeBadge")).isEqualTo("MODE DEMO");
    }

    @Test
    void theCounterKeysWorkAfterTheSidebarWasClicked(FxRobot robot) {
        robot.clickOn("#nav-catalog");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-counter");
        WaitForAsyncUtils.waitForFxEvents();
        var search = robot.lookup("#gameSearch").queryAs(javafx.scene.control.TextField.class);
        assertThat(search.isFocused()).as("the game step's search has the focus again").isTrue();
        robot.write("ff");
        assertThat(search.getText()).isEqualTo("ff");

        // F3 reaches the counter even while a button of the top bar holds the focus.
        robot.clickOn("#englishButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#indonesianButton").queryAs(ToggleButton.class).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#recentSearch").queryAs(javafx.scene.control.TextField.class).isVisible()).isTrue();
    }

    @Test
    void demoCustomerPaysTheWaitingQr(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#demoPayButton").queryButton().isVisible()).isTrue();
        robot.clickOn("#demoPayButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#demoMessage").equals("Tidak ada QR yang menunggu pembayaran."));

        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
            Thread.sleep(100);
        }
        var created = (Checkout.Result.Created) context.checkout().qris(
                new Checkout.Request("MLB86-S1", new TopUpTarget("136216325", "2685"), "", "", ""),
                com.wmxtopup.counter.support.TestOperators.CASHIER);
        String number = created.order().orderNumber().value();

        robot.clickOn("#demoPayButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#demoMessage").equals("Simulator membayar QR pesanan " + number + "."));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> context.findOrders().byId(created.order().id()).orElseThrow().status() != OrderStatus.WAITING_PAYMENT);
        Screenshots.save(robot.lookup("#root").query().getScene(), "main-window-demo-paid");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
