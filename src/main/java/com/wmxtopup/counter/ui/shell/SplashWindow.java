package com.wmxtopup.counter.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/// What a cashier sees the moment the console is launched, while the database opens and the
/// connections start behind it: the name, what is being done, and how far along it is. No
/// decisions to make, so no view model: the start-up hands it each step's text and progress.
public final class SplashWindow {

    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final Label step = new Label();
    private final ProgressBar progress = new ProgressBar(0);

    public SplashWindow(String title) {
        var name = new Label(title);
        name.getStyleClass().add("title-2");
        step.setId("splashStep");
        progress.setId("splashProgress");
        progress.setPrefWidth(320);
        var root = new VBox(16, name, step, progress);
        root.setId("splash");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(28, 32, 28, 32));
        stage.setTitle(title);
        stage.setScene(new Scene(root));
    }

    public void show() {
        stage.show();
        stage.centerOnScreen();
    }

    /// Says what is being done now; `done` from 0 to 1.
    public void step(String text, double done) {
        step.setText(text);
        progress.setProgress(done);
    }

    public void close() {
        stage.close();
    }

    Stage stage() {
        return stage;
    }
}
