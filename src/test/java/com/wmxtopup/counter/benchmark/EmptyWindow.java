package com.wmxtopup.counter.benchmark;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/// The baseline of [StartupBenchmark]: the least a JavaFX program can put on screen, started the
/// way the console starts the platform (`Platform.startup`, no `Application` subclass), saying
/// "Empty window on screen" once its window is shown, as the console says "Splash on screen".
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            var stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("empty")), 400, 200));
            stage.show();
            System.out.println("Empty window on screen");
        });
    }
}
