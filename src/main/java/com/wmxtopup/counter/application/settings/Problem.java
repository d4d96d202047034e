package com.wmxtopup.counter.application.settings;

import java.util.List;
import java.util.Objects;

/// What is wrong with a typed value, as a message key of the screens' bundles (`settings.invalid.*`)
/// and its arguments: the screen says what to fix, in the cashier's language.
public record Problem(String messageKey, List<Object> args) {

    public Problem {
        Objects.requireNonNull(messageKey);
        args = List.copyOf(args);
    }

    public static Problem of(String messageKey, Object... args) {
        return new Problem(messageKey, List.of(args));
    }
}
