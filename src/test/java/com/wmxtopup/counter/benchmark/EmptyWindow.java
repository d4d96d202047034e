package com.wmxtopup.counter.benchmark;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/// The baseline of [StartupBenchmark] and of the memory row of [ShopScaleBenchmark]: the least a
/// JavaFX program can put on screen, started the way the console starts the platform
/// (`Platform.startup`, no `Application` subclass). Says "Empty window on screen" once its window
/// is shown (as the console says "Splash on screen"), then "window open" after the first pulse.
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            var stage = new Stage();
            stage.setTitle("Empty");
            stage.setScene(new Scene(new StackPane(new Label("empty")), 1280, 720));
            stage.show();
            System.out.println("Empty window on screen");
            Platform.runLater(() -> System.out.println("window open"));
        });
    }
}
