package com.wmxtopup.counter.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// One place of a screen that tells the cashier something (the sale's message line, a field's
/// error), for view models: it keeps the [Notice], not its words, and says it in the current
/// language — again whenever the language changes, so nothing said before a switch stays in the
/// old one. Views bind [#textProperty] and style by [#severityProperty].
public final class NoticeLine {

    private final I18n i18n;
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Severity> severity = new ReadOnlyObjectWrapper<>(Severity.INFO);

    public NoticeLine(I18n i18n) {
        this.i18n = i18n;
        // Lives as long as the view model that owns it (both as long as the window).
        i18n.localeProperty().addListener((obs, old, now) -> render());
    }

    public void show(Notice shown) {
        notice.set(shown);
        render();
    }

    public void clear() {
        show(Notice.NONE);
    }

    public Notice notice() {
        return notice.get();
    }

    public boolean isEmpty() {
        return notice.get().isEmpty();
    }

    private void render() {
        // The severity first: a view that restyles on a text change sees the new severity already.
        severity.set(notice.get().severity());
        text.set(i18n.text(notice.get().phrase()));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /// INFO while nothing is said.
    public ReadOnlyObjectProperty<Severity> severityProperty() {
        return severity.getReadOnlyProperty();
    }
}
