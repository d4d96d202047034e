package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.bootstrap.config.AppConfig;
import com.wmxtopup.counter.ui.common.FxTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.shell.MainViewModel;
import com.wmxtopup.counter.ui.shell.MainWindow;
import com.wmxtopup.counter.ui.shell.Section;
import com.wmxtopup.counter.ui.shell.SplashWindow;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The console window. Starts the JavaFX platform itself (no `Application` subclass), so the
/// composition root hands the window its view models by constructor, without static state.
final class DesktopApp {

    private static final Logger log = LoggerFactory.getLogger(DesktopApp.class);

    private DesktopApp() {
    }

    /// The window until it is closed; when the cashier restarts the console from the settings (new
    /// credentials, another database), everything is closed and started again from `reload`'s
    /// configuration in the same process, the JavaFX platform kept.
    ///
    /// @param platform JavaFX, started while the configuration was read
    static int run(AppConfig first, Supplier<AppConfig> reload, FxPlatformStart platform) {
        AppConfig config = first;
        var i18n = new I18n(config.shopLanguage().equals("en") ? I18n.ENGLISH : I18n.INDONESIAN);
        // A splash first, then the database: a launch that shows nothing gets clicked again. (Opening
        // the database while the splash comes up was tried: on two cores it delayed the splash by
        // about 0.5 s and won less than that for the window.)
        SplashWindow splash;
        try {
            splash = openSplash(platform.started(), i18n);
        } catch (IllegalStateException e) {
            log.error("The console window cannot open ({}): it needs a desktop session and GTK 3 "
                    + "(Debian/Ubuntu: apt-get install libgtk-3-0); on a server run with --headless.", e.getMessage());
            log.debug("Window start-up failure", e);
            return Launcher.EXIT_FAILURE;
        }
        while (true) {
            var restart = new AtomicBoolean();
            int code = runOnce(config, splash, i18n, restart);
            if (!restart.get()) {
                Platform.exit();
                return code;
            }
            log.info("Restarting the console with the saved settings");
            try {
                config = reload.get();
            } catch (RuntimeException e) {
                log.error("Cannot restart: {}", e.getMessage());
                showStartupError(newSplash(i18n), i18n, String.valueOf(e.getMessage()));
                return Launcher.EXIT_FAILURE;
            }
            splash = newSplash(i18n);
        }
    }

    /// One start of the application and its window, until the window closes. Leaves the JavaFX
    /// platform running.
    private static int runOnce(AppConfig config, SplashWindow splash, I18n i18n, AtomicBoolean restart) {
        Consumer<StartupPhase> progress = phase -> Platform.runLater(() -> splash.step(i18n.text(phase.messageKey()), phase.progress()));
        AppContext context;
        try {
            context = AppContext.build(config, progress);
        } catch (RuntimeException e) {
            return failedStart(e, splash, i18n);
        }
        if (config.mode() == com.wmxtopup.counter.application.RuntimeMode.DEMO) {
            log.info("Demo mode: {}", config.modeReason());
        }
        // The console run, the web server and the workers start beside the window's building; the
        // window is shown once both are done (nothing in it may sell before the run has begun).
        progress.accept(StartupPhase.SERVING);
        var serving = CompletableFuture.runAsync(context::startServing,
                runnable -> Thread.ofPlatform().name("wmx-serve").daemon().start(runnable));
        // Demo mode opens signed in as its demo owner, a PIN check (BCrypt, about 0.1 s of a
        // processor at start) done beside the window's building too; a live console opens behind
        // the PIN lock.
        var signingIn = CompletableFuture.supplyAsync(() -> DemoOwner.signIn(context),
                runnable -> Thread.ofPlatform().name("wmx-sign-in").daemon().start(runnable));
        var operator = new CurrentOperator(CurrentOperator.NOBODY);
        var windowClosed = new CountDownLatch(1);
        var windowFailed = new AtomicBoolean();
        var tasks = new FxTaskRunner(2);
        try {
            Platform.runLater(() -> {
                try {
                    splash.step(i18n.text(StartupPhase.WINDOW.messageKey()), StartupPhase.WINDOW.progress());
                    var stage = new Stage();
                    var customerDisplay = new AtomicReference<Stage>();
                    var desktop = new DesktopScreens(context, operator, tasks, i18n, () -> {
                        restart.set(true);
                        stage.hide();
                    });
                    stage.setOnHidden(e -> {
                        desktop.dispose(); // no order events or timers into a closed window
                        if (customerDisplay.get() != null) {
                            customerDisplay.get().close();
                        }
                        windowClosed.countDown();
                    });
                    var main = new MainViewModel(context.systemInfo(), context.consoleStatus(), context.demoCustomer(), tasks, i18n);
                    var mainWindow = new MainWindow(main, i18n, desktop.screens());
                    mainWindow.build(stage, DemoOwner.opensBehindLock(config));
                    CompletableFuture.allOf(serving, signingIn).whenComplete((done, failure) -> Platform.runLater(() -> {
                        if (failure != null) {
                            desktop.dispose(); // built, never shown: no order events into it; the main thread says why
                            windowClosed.countDown();
                            return;
                        }
                        try {
                            var demo = signingIn.join();
                            demo.owner().ifPresent(operator::set);
                            // A fresh install opens on the settings, greeting the owner; "try the demo" leads to the counter.
                            desktop.start(demo.owner().isPresent(), demo.firstStart()
                                    ? java.util.Optional.of(() -> main.open(Section.COUNTER))
                                    : java.util.Optional.empty());
                            if (demo.firstStart()) {
                                main.open(Section.SETTINGS);
                            }
                        } catch (RuntimeException e) {
                            // As a failed build: the main thread must not wait for a window that never opens.
                            log.error("The console window could not be started", e);
                            splash.close();
                            desktop.dispose();
                            windowFailed.set(true);
                            windowClosed.countDown();
                            return;
                        }
                        showWindow(mainWindow, stage, customerDisplay, desktop, splash, context, windowFailed, windowClosed);
                    }));
                } catch (RuntimeException e) {
                    // Without this the main thread would wait for a window that never opened.
                    log.error("The console window could not be built", e);
                    splash.close();
                    windowFailed.set(true);
                    windowClosed.countDown();
                }
            });
            windowClosed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Shutdown order of docs/architecture.md: sync worker and Jetty, then the task runner,
        // then the database.
        RuntimeException startFailure = null;
        for (var step : List.of(serving, signingIn)) {
            try {
                AppContext.joinStart(step);
            } catch (RuntimeException e) {
                startFailure = startFailure == null ? e : startFailure;
            }
        }
        context.stopServing();
        tasks.close();
        context.close();
        if (startFailure != null) {
            return failedStart(startFailure, splash, i18n);
        }
        return windowFailed.get() ? Launcher.EXIT_FAILURE : Launcher.EXIT_OK;
    }

    private static void showWindow(MainWindow mainWindow, Stage stage, AtomicReference<Stage> customerDisplay, DesktopScreens desktop,
            SplashWindow splash, AppContext context, AtomicBoolean windowFailed, CountDownLatch windowClosed) {
        try {
            mainWindow.show();
            customerDisplay.set(desktop.openCustomerDisplay());
            splash.close();
            stage.toFront();
            stage.requestFocus();
            log.info("Console window open; webhook receiver on http://{}:{}", context.webHost(), context.webPort());
            // Start-up's heap given back a few seconds later, once nobody is typing (ADR 0016).
            var lastInput = new java.util.concurrent.atomic.AtomicLong(MemoryTrim.NO_INPUT);
            stage.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> lastInput.set(System.nanoTime()));
            stage.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> lastInput.set(System.nanoTime()));
            MemoryTrim.forThisJvm().windowOpened(lastInput::get);
            if (TrainingRun.exitsWhenOpen()) {
                log.info("Training start: closing the window");
                Platform.runLater(stage::hide);
            }
        } catch (RuntimeException e) {
            log.error("The console window could not be shown", e);
            splash.close();
            windowFailed.set(true);
            if (stage.isShowing()) {
                stage.hide(); // its handler disposes the screens and lets the main thread go on
            } else {
                desktop.dispose();
                windowClosed.countDown();
            }
        }
    }

    /// Says why a start failed (in one sentence when it is a known cause) in place of the splash.
    private static int failedStart(RuntimeException e, SplashWindow splash, I18n i18n) {
        String explanation = StartupFailures.explain(e).orElse(null);
        if (explanation != null) {
            log.error("Cannot start: {}", explanation);
        } else {
            log.error("Cannot start", e);
        }
        showStartupError(splash, i18n, explanation != null ? explanation : String.valueOf(e.getMessage()));
        return Launcher.EXIT_FAILURE;
    }

    /// The splash, on the JavaFX thread once `platformStarted` completes — also when it had
    /// completed before this call (then a plain `thenCompose` would run on the caller's thread);
    /// throws [IllegalStateException] when the platform could not start.
    static SplashWindow openSplash(CompletableFuture<Void> platformStarted, I18n i18n) {
        return await(platformStarted.thenComposeAsync(started -> {
            var shown = new CompletableFuture<SplashWindow>();
            showSplash(i18n, shown);
            return shown;
        }, Platform::runLater));
    }

    /// A splash again, for a restart.
    private static SplashWindow newSplash(I18n i18n) {
        var shown = new CompletableFuture<SplashWindow>();
        Platform.runLater(() -> showSplash(i18n, shown));
        return await(shown);
    }

    private static void showSplash(I18n i18n, CompletableFuture<SplashWindow> shown) {
        try {
            var splash = new SplashWindow(i18n.text("app.title"));
            splash.step(i18n.text(StartupPhase.DATABASE.messageKey()), 0);
            splash.show();
            // StartupBenchmark times a launch to this line (beside an empty JavaFX window).
            log.info("Splash on screen");
            shown.complete(splash);
        } catch (RuntimeException e) {
            shown.completeExceptionally(e);
        }
    }

    private static SplashWindow await(CompletableFuture<SplashWindow> shown) {
        try {
            return shown.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the splash opened", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /// Shows why the start failed, in place of the splash, and waits for the cashier to read it.
    private static void showStartupError(SplashWindow splash, I18n i18n, String sentence) {
        var shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                splash.close();
                // The button in the language of the texts above it, not the JVM's.
                var alert = new Alert(Alert.AlertType.ERROR, sentence,
                        new ButtonType(i18n.text("dialog.close"), ButtonBar.ButtonData.OK_DONE));
                alert.setTitle(i18n.text("startup.error.title"));
                alert.setHeaderText(i18n.text("startup.error.header"));
                alert.showAndWait();
            } finally {
                shown.countDown();
            }
        });
        try {
            shown.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }
}
