package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.PaymentCancellation;
import com.wmxtopup.counter.application.order.PaymentUpdates;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.util.function.Consumer;

/// What the cashier can do to the QR on screen: cancel it at the gateway while it waits, and after
/// it expired or was cancelled, make a new one — but only once a fresh read shows it still unpaid
/// (a settlement that arrived late has paid it, and a new QR would have the customer pay twice).
/// Both run in the order's own slot, so a status read that either overtakes is dropped.
final class QrActions {

    private final FindOrders orders;
    private final PaymentCancellation cancellation;
    private final SaleSupport support;
    private final TaskSlot orderWork;
    private final Consumer<Order> show;

    /// `show` puts the order as it now is on screen.
    QrActions(FindOrders orders, PaymentCancellation cancellation, SaleSupport support, TaskSlot orderWork, Consumer<Order> show) {
        this.orders = orders;
        this.cancellation = cancellation;
        this.support = support;
        this.orderWork = orderWork;
        this.show = show;
    }

    static boolean canCancel(Order current) {
        return current != null && current.status() == OrderStatus.WAITING_PAYMENT;
    }

    /// Esc while the QR waits (after the view asked for confirmation): cancels it at the gateway.
    void cancelWaiting(Order current) {
        if (!canCancel(current) || support.refuseWhileBusy()) {
            return;
        }
        support.busy.set(true);
        orderWork.run(progress -> cancellation.cancel(current), updated -> {
            support.busy.set(false);
            show.accept(updated);
        }, error -> {
            support.busy.set(false);
            support.say(Notice.danger("sale.cancelFailed"));
        });
    }

    /// After an expired or cancelled QR: reads the order again first; `stillUnpaid` then makes the
    /// new QR, or the order paid after all is shown.
    void beforeNewQr(Order closed, Runnable stillUnpaid) {
        if (closed == null || !PaymentUpdates.isClosedUnpaid(closed.status()) || support.busy.get()) {
            return;
        }
        support.busy.set(true);
        orderWork.run(progress -> orders.byId(closed.id()), found -> {
            support.busy.set(false);
            Order now = found.orElse(closed);
            if (PaymentUpdates.isClosedUnpaid(now.status())) {
                stillUnpaid.run();
            } else {
                show.accept(now);
            }
        }, error -> {
            support.busy.set(false);
            support.sayFailed(error);
        });
    }
}
