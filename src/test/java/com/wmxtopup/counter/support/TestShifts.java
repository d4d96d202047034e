package com.wmxtopup.counter.support;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.Money;

/// Cash sales go into the drawer of an open shift: tests that sell for cash but are not about
/// shifts open one first, as a cashier would at the start of the day.
public final class TestShifts {

    private TestShifts() {
    }

    public static void ensureOpen(AppContext context, Operator by) {
        if (context.shiftDesk().shifts().current().isEmpty()) {
            context.shiftDesk().shifts().open(by, CashCount.ofTotal(Money.rupiah(100_000)));
        }
    }
}
