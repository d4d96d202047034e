package com.wmxtopup.counter.support;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.domain.Role;

/// The people tests act as.
public final class TestOperators {

    public static final Operator OWNER = Operator.user(1, "Owner", Role.OWNER);
    public static final Operator ADMIN = Operator.user(2, "Admin", Role.ADMIN);
    public static final Operator CASHIER = Operator.user(3, "Cashier", Role.CASHIER);
    public static final Operator API = Operator.integration("test");

    private TestOperators() {
    }
}
