package com.wmxtopup.counter.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/// What a view tied to its view model, kept so that [#dispose] unties all of it when the view is
/// dropped (a language switch builds a new one; the old one must stop following the view model).
public final class ViewBindings {

    private final List<Runnable> undo = new ArrayList<>();

    public <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        undo.add(target::unbind);
    }

    public <T> void bindBidirectional(Property<T> target, Property<T> source) {
        target.bindBidirectional(source);
        undo.add(() -> target.unbindBidirectional(source));
    }

    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        undo.add(() -> value.removeListener(listener));
    }

    public <T> void listen(ObservableList<T> list, ListChangeListener<? super T> listener) {
        list.addListener(listener);
        undo.add(() -> list.removeListener(listener));
    }

    public void dispose() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
