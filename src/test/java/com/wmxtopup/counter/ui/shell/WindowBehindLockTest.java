package com.wmxtopup.counter.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.wmxtopup.counter.application.access.Person;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.bootstrap.DesktopScreens;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.support.TestApp;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The window as a live console opens it, behind the PIN lock: the counter under the lock is not
/// built before the window shows (the lock comes up sooner) but right after, and is there when the
/// cashier has signed in.
@ExtendWith(ApplicationExtension.class)
class WindowBehindLockTest {

    private AppContext context;
    private FxTaskRunner tasks;
    private int sectionsBuiltBeforeShow = -1;

    @Start
    void start(Stage stage) {
        Path dataDirectory = TestApp.newDataDirectory("behind-lock");
        var loader = new ConfigLoader(TestApp.environment(), dataDirectory, "Linux", dataDirectory.toString());
        context = AppContext
                .start(loader.load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0))));
        context.access().users().createFirstOwner("Sari", "246810");
        tasks = new FxTaskRunner(2);
        var i18n = new I18n(I18n.INDONESIAN);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var desktop = new DesktopScreens(context, new CurrentOperator(CurrentOperator.NOBODY), tasks, i18n);
        var window = new MainWindow(new MainViewModel(context.systemInfo(), context.consoleStatus(), context.demoCustomer(), tasks, i18n),
                i18n,
                desktop.screens());
        window.build(stage, true);
        desktop.start(false);
        sectionsBuiltBeforeShow = ((StackPane) stage.getScene().lookup("#content")).getChildren().size();
        window.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        context.close();
    }

    @Test
    void theCounterUnderTheLockIsBuiltOnceTheLockShowsAndIsThereAfterTheSignIn(FxRobot robot) throws Exception {
        assertThat(sectionsBuiltBeforeShow).as("nothing under the lock is built before the window shows").isZero();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saleRoot").tryQuery().isPresent());
        assertThat(robot.lookup("#signInRoot").query().isVisible()).as("still behind the lock").isTrue();
        assertThat(robot.lookup("#nav-counter").queryAs(ToggleButton.class).isSelected()).isTrue();

        @SuppressWarnings("unchecked")
        ListView<Person> people = robot.lookup("#peopleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> people.getItems().size() == 1);
        robot.interact(() -> people.getSelectionModel().select(0));
        robot.clickOn("#pinField").write("246810").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#signInRoot").query().isVisible());
        assertThat(robot.lookup("#saleRoot").query().isVisible()).as("the counter, once signed in").isTrue();
        assertThat(robot.lookup("#content").queryAs(StackPane.class).getChildren()).hasSize(1);
    }
}
