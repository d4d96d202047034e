package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.support.TestApp;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.shell.MainViewModel;
import com.wmxtopup.counter.ui.shell.MainWindow;
import com.wmxtopup.counter.ui.shell.Section;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// DesktopApp builds the window while the console run and the web server start (and while the
/// demo owner signs in): nothing in the window's building may need the web server's port, and the
/// demo owner is signed in after the window was built, as DesktopApp does.
@ExtendWith(ApplicationExtension.class)
class WindowBeforeServingTest {

    private AppContext context;
    private FxTaskRunner tasks;
    private DesktopScreens desktop;
    private MainViewModel main;
    private CurrentOperator operator;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        var dataDirectory = TestApp.newDataDirectory("window-before-serving");
        var config = new ConfigLoader(TestApp.environment(), dataDirectory, "Linux", dataDirectory.toString())
                .load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        context = AppContext.build(config, phase -> {
        }); // built, not serving: no web server port yet
        tasks = new FxTaskRunner(2);
        var i18n = new I18n(I18n.INDONESIAN);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        operator = new CurrentOperator(CurrentOperator.NOBODY);
        desktop = new DesktopScreens(context, operator, tasks, i18n);
        main = new MainViewModel(context.systemInfo(), context.consoleStatus(), context.demoCustomer(), tasks, i18n);
        window = new MainWindow(main, i18n, desktop.screens());
        window.build(stage);
    }

    @Test
    void theWindowIsBuiltBeforeTheWebServerListensAndShowsItsAddressOnceItDoes(FxRobot robot) {
        context.startServing();
        var demo = DemoOwner.signIn(context);
        robot.interact(() -> {
            demo.owner().ifPresent(operator::set);
            desktop.start(demo.owner().isPresent());
            main.open(Section.SETTINGS);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(operator.get().role()).as("signed in after the window was built").isEqualTo(com.wmxtopup.counter.domain.Role.OWNER);
        assertThat(robot.lookup("#webhookUrl").queryAs(TextField.class).getText())
                .isEqualTo("http://127.0.0.1:" + context.webPort() + "/api/webhooks/midtrans");
    }

    @AfterEach
    void close() {
        desktop.dispose();
        tasks.close();
        context.stopServing();
        context.close();
    }
}
