package com.wmxtopup.counter.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import com.wmxtopup.counter.ui.common.DesktopNotice;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/// The screens the navigation can open, built by the composition root. A section without a
/// screen shows its "coming soon" page.
public final class Screens {

    private final Map<Section, Supplier<Parent>> factories = new EnumMap<>(Section.class);
    private final Map<Section, ObservableStringValue> badges = new EnumMap<>(Section.class);
    private final Map<Section, ObservableBooleanValue> allowed = new EnumMap<>(Section.class);
    private ObservableValue<? extends DesktopNotice> notices;
    private Lock lock;

    /// The sign-in lock in front of every screen: its view (built again in a new language), how
    /// to lock, and who is signed in (for the header).
    public record Lock(Supplier<Parent> view, Runnable lock, ObservableStringValue signedIn,
                       javafx.beans.value.ObservableBooleanValue locked) {
    }

    public Screens withLock(Lock signInLock) {
        this.lock = signInLock;
        return this;
    }

    Optional<Lock> lock() {
        return Optional.ofNullable(lock);
    }

    public Screens with(Section section, Supplier<Parent> factory) {
        factories.put(section, factory);
        return this;
    }

    /// Offers the section only while `allowed` holds, e.g. while the one signed in has the
    /// permission its use case asks for ([MainViewModel#restrict]).
    public Screens onlyWhile(Section section, ObservableBooleanValue allowed) {
        this.allowed.put(section, allowed);
        return this;
    }

    Map<Section, ObservableBooleanValue> restrictions() {
        return Map.copyOf(allowed);
    }

    /// A small count on the section's navigation entry (empty: none shown).
    public Screens withBadge(Section section, ObservableStringValue badge) {
        badges.put(section, badge);
        return this;
    }

    /// Notices to show as they change (one at a time).
    public Screens withNotices(ObservableValue<? extends DesktopNotice> source) {
        notices = source;
        return this;
    }

    Optional<ObservableStringValue> badge(Section section) {
        return Optional.ofNullable(badges.get(section));
    }

    Optional<ObservableValue<? extends DesktopNotice>> notices() {
        return Optional.ofNullable(notices);
    }

    public boolean has(Section section) {
        return factories.containsKey(section);
    }

    /// A fresh view of the section (in the current language), or empty for a coming-soon section.
    Optional<Parent> create(Section section) {
        return Optional.ofNullable(factories.get(section)).map(Supplier::get);
    }
}
