package com.wmxtopup.counter.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.bootstrap.DesktopScreens;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.support.TestOperators;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.support.Screenshots;
import com.wmxtopup.counter.support.TestApp;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.NoticeStyle;
import com.wmxtopup.counter.ui.common.Severity;
import com.wmxtopup.counter.ui.shell.MainViewModel;
import com.wmxtopup.counter.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The real counter window in demo mode (H2, the supplier and gateway simulators) for the sale
/// screen's TestFX tests, with the few moves they share: going through a sale from the keyboard,
/// reading a label on the FX thread, and how a message is styled.
final class CounterScreen {

    final AppContext context;
    final DesktopScreens desktop;
    private final FxTaskRunner tasks;
    private final Stage customerDisplay;

    CounterScreen(Stage stage, String name) {
        this(stage, name, 1);
    }

    /// `syncIntervalSeconds`: how often the background sync passes (most tests: every second; a
    /// shop keeps the default 15 s, where waiting for the next pass shows).
    CounterScreen(Stage stage, String name, int syncIntervalSeconds) {
        Path dataDirectory = TestApp.newDataDirectory(name);
        var config = new ConfigLoader(TestApp.environment("SYNC_INTERVAL_SECONDS", Integer.toString(syncIntervalSeconds)), dataDirectory,
                "Linux", dataDirectory.toString())
                .load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        context = AppContext.start(config);
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
        }
        com.wmxtopup.counter.support.TestShifts.ensureOpen(context, TestOperators.OWNER);
        tasks = new FxTaskRunner(2);
        var i18n = new I18n(I18n.INDONESIAN);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        desktop = new DesktopScreens(context, new CurrentOperator(TestOperators.OWNER), tasks, i18n);
        new MainWindow(new MainViewModel(context.systemInfo(), context.consoleStatus(), context.demoCustomer(), tasks, i18n), i18n,
                desktop.screens()).show(stage);
        customerDisplay = desktop.openCustomerDisplay();
        stage.toFront();
        stage.requestFocus();
    }

    void close() throws Exception {
        FxToolkit.setupFixture(customerDisplay::close);
        tasks.close();
        context.close();
    }

    static void press(FxRobot robot, KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s in vain", e);
        }
    }

    /// `game` (as typed in the search) → `item` → `userId` (Tab, `zone` when not empty) → Enter:
    /// the nickname check has answered (a nickname, an unchecked ID, or an error).
    static void toTarget(FxRobot robot, String game, String item, String userId, String zone) {
        waitFor(10, () -> robot.lookup("#gameSearch").queryTextInputControl().isFocused()
                && !robot.lookup("#gameGrid").queryAs(GameGrid.class).shownGames().isEmpty());
        robot.write(game);
        press(robot, KeyCode.ENTER);
        waitFor(5, () -> robot.lookup("#itemSearch").queryTextInputControl().isFocused());
        robot.write(item);
        press(robot, KeyCode.ENTER);
        waitFor(5, () -> robot.lookup("#userIdField").queryTextInputControl().isFocused());
        robot.write(userId);
        if (!zone.isEmpty()) {
            press(robot, KeyCode.TAB);
            robot.write(zone);
        }
        press(robot, KeyCode.ENTER);
        waitFor(10, () -> !text(robot, "#nicknameError").isEmpty()
                || (!text(robot, "#nicknameLabel").isEmpty() && !text(robot, "#nicknameLabel").startsWith("Mengecek")));
    }

    /// A label's (or button's) text read on the FX thread.
    static String text(FxRobot robot, String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAs(javafx.scene.control.Labeled.class).getText()).get(5,
                    TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read " + query, e);
        }
    }

    static void saveScreen(FxRobot robot, String name) {
        Screenshots.save(robot.lookup("#saleRoot").query().getScene(), name);
    }

    /// `query` is shown in the style of `severity`: the theme's class for it, its icon, and for a
    /// warning or danger the tinted panel's larger font (a cashier sees it at arm's length).
    static void assertStyled(FxRobot robot, String query, Severity severity) {
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup(query).queryAs(Label.class);
        var others = java.util.Arrays.stream(Severity.values()).filter(s -> s != severity).map(NoticeStyle::styleClass).toList();
        assertThat(label.getStyleClass()).as(query + " style").contains(NoticeStyle.NOTICE, NoticeStyle.styleClass(severity))
                .doesNotContainAnyElementsOf(others);
        assertThat(label.getGraphic()).as(query + " icon").isInstanceOf(FontIcon.class);
        assertThat(label.isVisible()).isTrue();
        if (severity == Severity.WARNING || severity == Severity.DANGER) {
            assertThat(label.getFont().getSize()).as(query + " font size").isGreaterThanOrEqualTo(18);
            assertThat(label.getFont().getStyle()).as(query + " font").containsIgnoringCase("bold");
        }
    }
}
