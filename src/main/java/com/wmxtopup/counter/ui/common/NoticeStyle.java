package com.wmxtopup.counter.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/// How a severity looks on a label, the same on every screen: the theme's accent, success, warning
/// or danger style class (AtlantaFX [Styles]; app.css gives `.notice` labels a tinted panel and a
/// larger bold font for the last two) and an icon, so what needs attention is seen at arm's length
/// and not by colour alone. A label without text shows neither.
public final class NoticeStyle {

    /// The style class of a label that shows notices.
    public static final String NOTICE = "notice";

    private static final String[] SEVERITY_CLASSES = {Styles.ACCENT, Styles.SUCCESS, Styles.WARNING, Styles.DANGER};

    private NoticeStyle() {
    }

    /// Keeps `label` styled by `severity` (and by whether it has text) until `bindings` is disposed.
    public static void follow(Label label, ObservableValue<Severity> severity, ViewBindings bindings) {
        if (!label.getStyleClass().contains(NOTICE)) {
            label.getStyleClass().add(NOTICE);
        }
        bindings.listen(severity, (obs, old, now) -> apply(label, now));
        bindings.listen(label.textProperty(), (obs, old, now) -> apply(label, severity.getValue()));
        apply(label, severity.getValue());
    }

    /// The style class for `severity` (what tests look for).
    public static String styleClass(Severity severity) {
        return switch (severity) {
            case INFO -> Styles.ACCENT;
            case SUCCESS -> Styles.SUCCESS;
            case WARNING -> Styles.WARNING;
            case DANGER -> Styles.DANGER;
        };
    }

    static Ikon icon(Severity severity) {
        return switch (severity) {
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
            case SUCCESS -> MaterialDesignC.CHECK_CIRCLE;
            case WARNING -> MaterialDesignA.ALERT;
            case DANGER -> MaterialDesignA.ALERT_OCTAGON;
        };
    }

    private static void apply(Label label, Severity severity) {
        label.getStyleClass().removeAll(SEVERITY_CLASSES);
        boolean shown = label.getText() != null && !label.getText().isEmpty();
        if (!shown || severity == null) {
            label.setGraphic(null);
            return;
        }
        label.getStyleClass().add(styleClass(severity));
        if (label.getGraphic() instanceof FontIcon icon) {
            icon.setIconCode(icon(severity));
        } else {
            label.setGraphic(new FontIcon(icon(severity)));
        }
    }
}
