package com.wmxtopup.counter.support;

import atlantafx.base.theme.PrimerLight;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.bootstrap.DesktopScreens;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.support.TestOperators;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.shell.MainViewModel;
import com.wmxtopup.counter.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/// The real main window on a real demo application (H2, simulators over HTTP), in Indonesian,
/// for TestFX tests: what the desktop launcher builds, minus the splash.
public record DemoWindow(AppContext context, FxTaskRunner tasks, Path dataDirectory) implements AutoCloseable {

    public static DemoWindow show(Stage stage, String name, int workers) {
        Path dataDirectory = TestApp.newDataDirectory(name);
        var loader = new ConfigLoader(TestApp.environment(), dataDirectory, "Linux", dataDirectory.toString());
        var config = loader.load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        var context = AppContext.start(config);
        var tasks = new FxTaskRunner(workers);
        var i18n = new I18n(I18n.INDONESIAN);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        new MainWindow(new MainViewModel(context.systemInfo(), context.consoleStatus(), context.demoCustomer(), tasks, i18n), i18n,
                new DesktopScreens(context, new CurrentOperator(TestOperators.OWNER), tasks, i18n).screens()).show(stage);
        return new DemoWindow(context, tasks, dataDirectory);
    }

    @Override
    public void close() {
        tasks.close();
        context.close();
    }
}
