package com.wmxtopup.counter.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;

/// The screens the navigation can open, built by the composition root. A section without a
/// screen shows its "coming soon" page.
public final class Screens {

    private final Map<Section, Supplier<Parent>> factories = new EnumMap<>(Section.class);

    public Screens with(Section section, Supplier<Parent> factory) {
        factories.put(section, factory);
        return this;
    }

    public boolean has(Section section) {
        return factories.containsKey(section);
    }

    /// A fresh view of the section (in the current language), or empty for a coming-soon section.
    Optional<Parent> create(Section section) {
        return Optional.ofNullable(factories.get(section)).map(Supplier::get);
    }
}
