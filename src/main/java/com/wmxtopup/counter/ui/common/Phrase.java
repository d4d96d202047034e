package com.wmxtopup.counter.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/// A text kept as its message key and arguments instead of as words in one language, so that
/// what a view model said earlier can be said again in whichever language is current (the
/// cashier may switch after the sale finished). An argument may be a phrase itself ("Item {0}
/// cannot be sold: {1}" with the reason translated too); any other argument is shown as it is (an
/// order number, a nickname, an amount already formatted).
public record Phrase(String key, List<Object> args) {

    /// Nothing to say: the empty text.
    public static final Phrase NONE = new Phrase("", List.of());

    public Phrase {
        Objects.requireNonNull(key, "key");
        // Not List.copyOf: an argument may be null (MessageFormat shows "null", as before phrases).
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    public boolean isEmpty() {
        return key.isEmpty();
    }
}
