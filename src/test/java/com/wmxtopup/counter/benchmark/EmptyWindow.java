package com.wmxtopup.counter.benchmark;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/// The memory baseline: an empty JavaFX window (one label), started with the same flags as the
/// console. Prints "window open" once it is shown.
public final class EmptyWindow extends Application {

    public static void main(String[] args) {
        Application.launch(EmptyWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Empty");
        stage.setScene(new Scene(new StackPane(new Label("empty")), 1280, 720));
        stage.setOnShown(event -> Platform.runLater(() -> System.out.println("window open")));
        stage.show();
    }
}
