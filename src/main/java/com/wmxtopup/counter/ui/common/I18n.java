package com.wmxtopup.counter.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The current language and its message bundle. Indonesian is the default, English available.
/// Every user-visible string comes from `i18n/messages_<lang>.properties`.
public final class I18n {

    public static final Locale INDONESIAN = Locale.of("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);
    private static final String BUNDLE = "i18n.messages";

    // The bundle is loaded before anyone hears of the new language (invalidated() runs before
    // listeners and bindings are told): whatever a listener says in reaction is in the new one.
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>() {
        @Override
        protected void invalidated() {
            bundle = load(get());
        }
    };
    private ResourceBundle bundle;

    public I18n(Locale initial) {
        locale.set(SUPPORTED.contains(initial) ? initial : INDONESIAN);
    }

    private static ResourceBundle load(Locale locale) {
        // No fallback to the JVM's default locale: a missing translation must show up in tests.
        return ResourceBundle.getBundle(BUNDLE, locale, I18n.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /// The message for `key`, with `{0}`-style arguments filled in.
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /// `phrase` in the current language, its phrase arguments too; empty for [Phrase#NONE].
    public String text(Phrase phrase) {
        if (phrase.isEmpty()) {
            return "";
        }
        Object[] args = phrase.args().stream().map(arg -> arg instanceof Phrase inner ? text(inner) : arg).toArray();
        return text(phrase.key(), args);
    }
}
