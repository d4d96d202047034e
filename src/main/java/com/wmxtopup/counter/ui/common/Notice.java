package com.wmxtopup.counter.ui.common;

import java.util.Objects;

/// A message for the cashier and how much it needs attention, kept as a [Phrase] so it follows
/// the language.
public record Notice(Severity severity, Phrase phrase) {

    /// Nothing to say.
    public static final Notice NONE = new Notice(Severity.INFO, Phrase.NONE);

    public Notice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(phrase, "phrase");
    }

    public static Notice info(String key, Object... args) {
        return new Notice(Severity.INFO, Phrase.of(key, args));
    }

    public static Notice success(String key, Object... args) {
        return new Notice(Severity.SUCCESS, Phrase.of(key, args));
    }

    public static Notice warning(String key, Object... args) {
        return new Notice(Severity.WARNING, Phrase.of(key, args));
    }

    public static Notice danger(String key, Object... args) {
        return new Notice(Severity.DANGER, Phrase.of(key, args));
    }

    public static Notice danger(Phrase phrase) {
        return new Notice(Severity.DANGER, phrase);
    }

    public boolean isEmpty() {
        return phrase.isEmpty();
    }
}
