package com.wmxtopup.counter.application.shift;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.domain.Money;
import java.util.Optional;

/// The drawer of this console as sales and refunds see it: cash goes into the open shift, and a
/// cash refund comes out of it.
public interface CashDrawer {

    /// The shift open on this console now, if any.
    Optional<Long> openShiftId();

    /// Records cash handed back to a customer for `orderNumber` in the open shift; false when
    /// no shift is open on this console.
    boolean handBack(Operator by, String orderNumber, Money amount, String reason);
}
