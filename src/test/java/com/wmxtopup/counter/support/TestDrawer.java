package com.wmxtopup.counter.support;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.shift.CashDrawer;
import com.wmxtopup.counter.domain.Money;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/// A drawer for use-case tests that are not about shifts: open as shift `shiftId` (or closed),
/// remembering the cash refunds handed back. Shifts themselves are tested with the real store.
public final class TestDrawer implements CashDrawer {

    public record HandedBack(String orderNumber, Money amount, String reason) {
    }

    private volatile Optional<Long> shift;
    private final List<HandedBack> handedBack = new CopyOnWriteArrayList<>();

    private TestDrawer(Optional<Long> shift) {
        this.shift = shift;
    }

    public static TestDrawer open(long shiftId) {
        return new TestDrawer(Optional.of(shiftId));
    }

    public static TestDrawer closed() {
        return new TestDrawer(Optional.empty());
    }

    public void close() {
        shift = Optional.empty();
    }

    public List<HandedBack> handedBack() {
        return List.copyOf(handedBack);
    }

    @Override
    public Optional<Long> openShiftId() {
        return shift;
    }

    @Override
    public boolean handBack(Operator by, String orderNumber, Money amount, String reason) {
        if (shift.isEmpty()) {
            return false;
        }
        handedBack.add(new HandedBack(orderNumber, amount, reason));
        return true;
    }
}
