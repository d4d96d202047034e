package com.wmxtopup.counter.ui.common;

import java.util.function.Function;
import javafx.scene.control.TableCell;

/// A table cell showing a row's status text with the row's style class (from [OrderStatusLook]).
public final class StatusCell<R> extends TableCell<R, String> {

    private static final String[] STYLES = {"state-done", "state-failed", "state-closed", "state-open"};

    private final Function<R, String> style;

    public StatusCell(Function<R, String> style) {
        this.style = style;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        getStyleClass().removeAll(STYLES);
        R row = getTableRow() == null ? null : getTableRow().getItem();
        setText(empty || row == null ? null : text);
        if (!empty && row != null) {
            getStyleClass().add(style.apply(row));
        }
    }
}
