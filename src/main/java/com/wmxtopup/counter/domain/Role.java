package com.wmxtopup.counter.domain;

import java.util.EnumSet;
import java.util.Set;

/// What a person at the console is for. Each role includes everything the one below may do.
public enum Role {
    /// Sells, reprints, parks a sale.
    CASHIER(EnumSet.of(Permission.SELL, Permission.REPRINT, Permission.VIEW_ORDERS, Permission.RUN_SHIFT)),
    /// Also runs the catalog, margins, order actions and shifts, and reads the audit log and the reports.
    ADMIN(EnumSet.of(Permission.SELL, Permission.REPRINT, Permission.VIEW_ORDERS, Permission.RUN_SHIFT, Permission.MANAGE_CATALOG,
            Permission.SETTLE_ORDERS, Permission.EXPORT_ORDERS, Permission.MANAGE_SHIFTS, Permission.VIEW_AUDIT,
            Permission.VIEW_REPORTS)),
    /// Also settings, users and API tokens.
    OWNER(EnumSet.allOf(Permission.class));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }
}
