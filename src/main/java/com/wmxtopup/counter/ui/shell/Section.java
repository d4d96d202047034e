package com.wmxtopup.counter.ui.shell;

/// The places the navigation leads to. A section whose screen is not built yet (see
/// [Screens]) is marked "coming soon" and shows nothing that pretends to work.
public enum Section {
    COUNTER("nav.counter"),
    ORDERS("nav.orders"),
    CATALOG("nav.catalog"),
    REPORTS("nav.reports"),
    SETTINGS("nav.settings"),
    USERS("nav.users"),
    AUDIT("nav.audit"),
    // Last, so the shortcuts of the sections before it (Ctrl+1..7) stay what people learned.
    SHIFT("nav.shift");

    private final String messageKey;

    Section(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
