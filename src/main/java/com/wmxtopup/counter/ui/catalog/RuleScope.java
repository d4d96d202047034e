package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.domain.PriceRule;
import java.util.Locale;

/// Which prices a margin rule covers, as the editor offers it (the domain's PriceRule.Scope, kept
/// out of the view).
public enum RuleScope {
    DEFAULT(PriceRule.Scope.DEFAULT),
    GAME(PriceRule.Scope.GAME),
    PRODUCT(PriceRule.Scope.PRODUCT);

    private final PriceRule.Scope domain;

    RuleScope(PriceRule.Scope domain) {
        this.domain = domain;
    }

    /// The editor's label key.
    public String labelKey() {
        return "catalog.rule.scope." + name().toLowerCase(Locale.ROOT);
    }

    PriceRule.Scope domain() {
        return domain;
    }
}
