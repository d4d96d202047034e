package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.Fxml;
import com.wmxtopup.counter.ui.common.I18n;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/// Opens the customer display: full screen on a second monitor when one is attached, else a
/// movable window next to the console.
public final class CustomerDisplayWindow {

    private CustomerDisplayWindow() {
    }

    public static Stage open(CustomerDisplayViewModel viewModel, I18n i18n) {
        var stage = new Stage();
        stage.setTitle(i18n.text("customer.windowTitle"));
        var scene = new Scene(Fxml.load("/com/wmxtopup/counter/ui/counter/CustomerDisplayView.fxml", i18n.bundle(),
                new CustomerDisplayView(viewModel)), 560, 720);
        scene.getStylesheets().add(CustomerDisplayWindow.class.getResource("/com/wmxtopup/counter/ui/app.css").toExternalForm());
        stage.setScene(scene);
        var screens = Screen.getScreens();
        if (screens.size() > 1) {
            Rectangle2D bounds = screens.get(1).getVisualBounds();
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        } else {
            // One monitor: out of the console's way, at the right edge, for the cashier to move.
            Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(560, bounds.getWidth() / 3));
            stage.setHeight(Math.min(720, bounds.getHeight()));
            stage.setX(bounds.getMaxX() - stage.getWidth());
            stage.setY(bounds.getMinY());
        }
        stage.show();
        return stage;
    }
}
