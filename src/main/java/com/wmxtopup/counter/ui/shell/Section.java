package com.wmxtopup.counter.ui.shell;

/// The places the navigation leads to. `ready` is false for screens later releases build; the
/// navigation marks them "coming soon" and they show nothing that pretends to work.
public enum Section {
    COUNTER("nav.counter", false),
    ORDERS("nav.orders", false),
    CATALOG("nav.catalog", false),
    REPORTS("nav.reports", false),
    SETTINGS("nav.settings", false);

    private final String messageKey;
    private final boolean ready;

    Section(String messageKey, boolean ready) {
        this.messageKey = messageKey;
        this.ready = ready;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean isReady() {
        return ready;
    }
}
