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
        return show(stage, name, workers, context -> new CurrentOperator(TestOperators.OWNER), true);
    }

    /// As [#show(Stage, String, int)], signed in as `operator` (made from the started application,
    /// e.g. after adding users), or behind the PIN lock when `signedIn` is false.
    public static DemoWindow show(Stage stage, String name, int workers, java.util.function.Function<AppContext, CurrentOperator> operator,
            boolean signedIn) {
        return show(stage, name, workers, operator, signedIn, config -> {
        });
    }

    /// As above, with `beforeStart` given the configuration before the application opens its
    /// store (e.g. to fill it with orders).
    public static DemoWindow show(Stage stage, String name, int workers, java.util.function.Function<AppContext, CurrentOperator> operator,
            boolean signedIn, java.util.function.Consumer<com.wmxtopup.counter.bootstrap.config.AppConfig> beforeStart) {
        Path dataDirectory = TestApp.newDataDirectory(name);
        var loader = new ConfigLoader(TestApp.environment(), dataDirectory, "Linux", dataDirectory.toString());
        var config = loader.load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        beforeStart.accept(config);
        var context = AppContext.start(config);
        var tasks = new FxTaskRunner(workers);
        var i18n = new I18n(I18n.INDONESIAN);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        new MainWindow(new MainViewModel(context.systemInfo(), context.consoleStatus(), context.demoCustomer(), tasks, i18n), i18n,
                desktop(context, operator.apply(context), tasks, i18n, signedIn).screens()).show(stage);
        return new DemoWindow(context, tasks, dataDirectory);
    }

    private static DesktopScreens desktop(AppContext context, CurrentOperator operator, FxTaskRunner tasks, I18n i18n, boolean signedIn) {
        var desktop = new DesktopScreens(context, operator, tasks, i18n);
        desktop.start(signedIn);
        return desktop;
    }

    @Override
    public void close() {
        tasks.close();
        context.close();
    }
}
