package com.wmxtopup.counter.ui.common;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/// The parts of a pane that shows one of them at a time, put into the scene only when first shown.
///
/// A hidden node still costs its styles, its control skins and its layout at the window's first
/// pulse: the counter's hidden steps and its recent sales were two thirds of the window's nodes at
/// start. A part out of the scene costs none of that until the cashier gets to it; once shown it
/// stays (attached again, it would be styled again).
public final class AttachedWhenShown {

    private AttachedWhenShown() {
    }

    /// Takes the parts of `pane` that are hidden now out of it, each put back in its place the first
    /// time its `visible` turns true.
    public static void parts(Pane pane) {
        List<Node> order = List.copyOf(pane.getChildren());
        for (Node part : order) {
            if (part.isVisible()) {
                continue;
            }
            pane.getChildren().remove(part);
            part.visibleProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> observable, Boolean old, Boolean now) {
                    if (now) {
                        part.visibleProperty().removeListener(this);
                        pane.getChildren().add(placeOf(part, order, pane), part);
                    }
                }
            });
        }
    }

    /// Its index among the parts already in the pane, in the original order.
    private static int placeOf(Node part, List<Node> order, Pane pane) {
        int index = 0;
        for (Node other : order) {
            if (other == part) {
                break;
            }
            if (pane.getChildren().contains(other)) {
                index++;
            }
        }
        return index;
    }
}
