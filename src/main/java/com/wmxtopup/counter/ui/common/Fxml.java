package com.wmxtopup.counter.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/// Loads a screen's FXML with the current message bundle and a view instance built by the
/// caller (constructor injection instead of FXML's reflective controller creation).
public final class Fxml {

    private Fxml() {
    }

    public static Parent load(String resource, ResourceBundle bundle, Object view) {
        URL url = Objects.requireNonNull(Fxml.class.getResource(resource), () -> "missing layout " + resource);
        var loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(type -> {
            if (!type.isInstance(view)) {
                throw new IllegalStateException(resource + " expects a " + type.getName() + ", got " + view.getClass().getName());
            }
            return view;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("layout " + resource + " is broken", e);
        }
    }
}
