package com.wmxtopup.counter.ui.common;

import com.wmxtopup.counter.application.port.SupplierException;
import java.util.Locale;

/// One actionable sentence for each way the supplier can fail (`upstream.supplier.<kind>` in the
/// message bundles), so every screen explains the same failure the same way.
public final class UpstreamErrors {

    private final I18n i18n;

    public UpstreamErrors(I18n i18n) {
        this.i18n = i18n;
    }

    public String supplier(SupplierException.Kind kind) {
        return i18n.text(phraseOf(kind));
    }

    /// For an exception from background work: a typed supplier failure, or the generic sentence.
    public String describe(Throwable error) {
        return i18n.text(phraseOf(error));
    }

    /// [#describe] kept as a phrase, for a screen that says it again after a language switch.
    public static Phrase phraseOf(Throwable error) {
        return error instanceof SupplierException e ? phraseOf(e.kind()) : Phrase.of("upstream.unexpected");
    }

    public static Phrase phraseOf(SupplierException.Kind kind) {
        return Phrase.of("upstream.supplier." + kind.name().toLowerCase(Locale.ROOT));
    }
}
