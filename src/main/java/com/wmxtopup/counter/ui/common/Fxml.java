package com.wmxtopup.counter.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/// Loads a screen's FXML with the current message bundle and view instances built by the caller
/// (constructor injection instead of FXML's reflective controller creation). A screen made of
/// parts (`fx:include`) passes one view per part; each layout gets the one of its controller's type.
public final class Fxml {

    private Fxml() {
    }

    public static Parent load(String resource, ResourceBundle bundle, Object... views) {
        URL url = Objects.requireNonNull(Fxml.class.getResource(resource), () -> "missing layout " + resource);
        var loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(type -> java.util.Arrays.stream(views).filter(type::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException(resource + " expects a " + type.getName() + ", none was given")));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("layout " + resource + " is broken", e);
        }
    }
}
