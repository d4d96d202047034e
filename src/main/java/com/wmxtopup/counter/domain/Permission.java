package com.wmxtopup.counter.domain;

/// Something a use case lets only some roles do ([Role#allows]). Checked by the use case
/// itself, so a button shown by mistake still cannot do it.
public enum Permission {
    SELL,
    REPRINT,
    VIEW_ORDERS,
    MANAGE_CATALOG,
    SETTLE_ORDERS,
    EXPORT_ORDERS,
    /// Open and close the drawer's shift on this console, record cash in and out, print an X report.
    RUN_SHIFT,
    /// Force-close a shift left open, read every console's shifts and their Z reports.
    MANAGE_SHIFTS,
    VIEW_AUDIT,
    CHANGE_SETTINGS,
    MANAGE_USERS,
    /// The sales reports (Laporan): revenue, cost and profit.
    VIEW_REPORTS
}
