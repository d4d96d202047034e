package com.wmxtopup.counter.bootstrap;

import atlantafx.base.theme.PrimerLight;
import com.wmxtopup.counter.bootstrap.config.AppConfig;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.shell.MainViewModel;
import com.wmxtopup.counter.ui.shell.MainWindow;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The console window. Starts the JavaFX platform itself (no `Application` subclass), so the
/// composition root hands the window its view models by constructor, without static state.
final class DesktopApp {

    private static final Logger log = LoggerFactory.getLogger(DesktopApp.class);

    private DesktopApp() {
    }

    static int run(AppConfig config) {
        var i18n = new I18n(I18n.INDONESIAN);
        AppContext context;
        try {
            context = AppContext.start(config);
        } catch (RuntimeException e) {
            String explanation = StartupFailures.explain(e).orElse(null);
            if (explanation != null) {
                log.error("Cannot start: {}", explanation);
            } else {
                log.error("Cannot start", e);
            }
            showStartupError(i18n, explanation != null ? explanation : String.valueOf(e.getMessage()));
            return Launcher.EXIT_FAILURE;
        }
        if (config.mode() == com.wmxtopup.counter.application.RuntimeMode.DEMO) {
            log.info("Demo mode: {}", config.modeReason());
        }

        var windowClosed = new CountDownLatch(1);
        var windowFailed = new java.util.concurrent.atomic.AtomicBoolean();
        var tasks = new FxTaskRunner(2);
        try {
            Platform.startup(() -> {
                try {
                    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                    var stage = new Stage();
                    var desktop = new DesktopScreens(context, tasks, i18n);
                    stage.setOnHidden(e -> {
                        desktop.dispose(); // no order events or timers into a closed window
                        windowClosed.countDown();
                    });
                    new MainWindow(new MainViewModel(context.systemInfo(), context.consoleStatus(), context.demoCustomer(), tasks, i18n), i18n,
                            desktop.screens()).show(stage);
                    Stage customer = desktop.openCustomerDisplay();
                    stage.setOnCloseRequest(e -> customer.close());
                    stage.toFront();
                    stage.requestFocus();
                    log.info("Console window open; webhook receiver on http://{}:{}", context.webHost(), context.webPort());
                } catch (RuntimeException e) {
                    // Without this the main thread would wait for a window that never opened.
                    log.error("The console window could not be built", e);
                    windowFailed.set(true);
                    windowClosed.countDown();
                }
            });
            windowClosed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("The console window cannot open ({}): it needs a desktop session and GTK 3 "
                    + "(Debian/Ubuntu: apt-get install libgtk-3-0); on a server run with --headless.", e.getMessage());
            log.debug("Window start-up failure", e);
            context.close();
            return Launcher.EXIT_FAILURE;
        }
        // Shutdown order of docs/architecture.md: sync worker and Jetty, then the task runner,
        // then the database.
        context.stopServing();
        tasks.close();
        Platform.exit();
        context.close();
        return windowFailed.get() ? Launcher.EXIT_FAILURE : Launcher.EXIT_OK;
    }

    private static void showStartupError(I18n i18n, String sentence) {
        try {
            var shown = new CountDownLatch(1);
            Platform.startup(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                var alert = new Alert(Alert.AlertType.ERROR, sentence);
                alert.setTitle(i18n.text("startup.error.title"));
                alert.setHeaderText(i18n.text("startup.error.header"));
                alert.showAndWait();
                shown.countDown();
            });
            shown.await();
            Platform.exit();
        } catch (RuntimeException | InterruptedException e) {
            // No display: the log line above is all we can give.
            log.debug("Could not show the start-up error window", e);
        }
    }
}
