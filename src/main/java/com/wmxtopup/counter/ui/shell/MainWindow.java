package com.wmxtopup.counter.ui.shell;

import com.wmxtopup.counter.ui.common.Fxml;
import com.wmxtopup.counter.ui.common.I18n;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/// Puts the main view into a stage and keeps it in the current language: switching the
/// language reloads the FXML with the other bundle while the view model keeps its state.
public final class MainWindow {

    private final MainViewModel viewModel;
    private final I18n i18n;
    private final Screens screens;
    private Scene scene;
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 740;
    private MainView currentView;
    private Stage stage;
    private boolean opensBehindLock;

    public MainWindow(MainViewModel viewModel, I18n i18n, Screens screens) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.screens = screens;
        screens.restrictions().forEach(viewModel::restrict);
    }

    public void show(Stage target) {
        build(target);
        show();
    }

    /// Puts the main view into `target` without showing it yet: the start-up builds the window
    /// while the console's web server and workers start, and shows it once they are up.
    public void build(Stage target) {
        build(target, false);
    }

    /// As [#build(Stage)].
    ///
    /// @param behindLock the window opens behind the PIN lock, which covers all of it: the section
    ///     under the lock (the counter, about a third of the window's styles and layout) is then
    ///     built once the lock is on screen, while the cashier types the PIN, not before it shows
    public void build(Stage target, boolean behindLock) {
        stage = target;
        opensBehindLock = behindLock && screens.lock().isPresent();
        scene = new Scene(load(), WIDTH, HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("/com/wmxtopup/counter/ui/app.css").toExternalForm());
        Section[] sections = Section.values();
        for (int i = 0; i < sections.length; i++) {
            Section section = sections[i];
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.open(section));
        }
        screens.lock().ifPresent(lock -> scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                lock.lock()));
        i18n.localeProperty().addListener((obs, old, now) -> {
            scene.setRoot(load());
            stage.setTitle(i18n.text("app.title"));
        });
        stage.setTitle(i18n.text("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        // On a shop's 1366×768 screen the default size would not fit (taskbar included): use it all.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (screen.getWidth() < WIDTH + 100 || screen.getHeight() < HEIGHT + 60) {
            // The bounds too: without a window manager (kiosk set-ups) maximizing alone does nothing.
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setMaximized(true);
        }
        // Styles and layout now, while the start-up's other work runs; the first show then mostly draws.
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /// Shows the window [#build] prepared and starts following the console's status.
    public void show() {
        stage.show();
        if (opensBehindLock) {
            // After the first pulse has laid the lock out and handed it to the renderer.
            var view = currentView;
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                javafx.application.Platform.runLater(view::showSectionIfPending);
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
        var statusChecks = viewModel.followStatus();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> statusChecks.cancel());
    }

    private Parent load() {
        if (currentView != null) {
            currentView.dispose();
        }
        // Only the first view may wait for the window to show; a language switch builds it all.
        currentView = new MainView(viewModel, i18n, screens, opensBehindLock && currentView == null);
        Parent main = Fxml.load("/com/wmxtopup/counter/ui/shell/MainView.fxml", i18n.bundle(), currentView);
        // The lock lies over everything: while it shows, nothing behind it takes a click or a key.
        return screens.lock().<Parent>map(lock -> {
            main.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(lock.locked()::get, lock.locked()));
            var layers = new javafx.scene.layout.StackPane(main, lock.view().get());
            if (!opensBehindLock) {
                // Opened signed in (demo mode), the lock joins the scene when it first shows; a live
                // console's lock is styled with the rest while the start's other work runs.
                com.wmxtopup.counter.ui.common.AttachedWhenShown.parts(layers);
            }
            return layers;
        }).orElse(main);
    }
}
