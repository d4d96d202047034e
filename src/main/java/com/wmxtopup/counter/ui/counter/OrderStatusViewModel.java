package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.FollowShownOrder;
import com.wmxtopup.counter.application.order.OrderChanged;
import com.wmxtopup.counter.application.order.PaymentCancellation;
import com.wmxtopup.counter.application.order.PaymentUpdates;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.Severity;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.time.Clock;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/// Step 5, the order on screen: followed from the QR to the supplier's answer. It is re-read when
/// an order event says it changed (and by a slow poll, for changes made by another console on a
/// shared database). What its status means for the sale is [SaleOutcome]; its texts are
/// [OrderTexts], the QR's time left [QrCountdown], cancelling and renewing the QR [QrActions], the
/// receipt [ReceiptViewModel].
public final class OrderStatusViewModel {

    private final FindOrders orders;
    private final SaleSupport support;
    private final TaskSlot orderWork;
    private final ReceiptViewModel receipt;
    private final OrderTexts texts;
    private final QrCountdown countdown;
    private final QrActions qr;
    private final ShownOrderFollower follower;
    private final ReadOnlyObjectWrapper<Order> order = new ReadOnlyObjectWrapper<>();
    private boolean readAgain;

    OrderStatusViewModel(FindOrders orders, FollowShownOrder follow, PaymentCancellation cancellation, Receipts receipts,
            SaleSupport support, Clock clock, boolean demo) {
        this.orders = orders;
        this.support = support;
        this.orderWork = new TaskSlot(support.sale, "order on screen");
        this.receipt = new ReceiptViewModel(receipts, support, this::shows);
        this.texts = new OrderTexts(support.i18n, demo);
        this.countdown = new QrCountdown(clock, support.i18n);
        this.qr = new QrActions(orders, cancellation, support, orderWork, this::show);
        this.follower = new ShownOrderFollower(follow, support.screen, clock);
        // The order's status in the language just chosen.
        support.i18n.localeProperty().addListener((obs, old, now) -> {
            texts.show(order.get());
            tickCountdown();
        });
    }

    boolean shows(long orderId) {
        return order.get() != null && order.get().id() == orderId;
    }

    /// An order event: the order on screen is read again (at most one read at a time; a change
    /// during a read is read after it).
    void changed(OrderChanged change) {
        if (shows(change.orderId())) {
            if (orderWork.isRunning()) {
                readAgain = true;
            } else {
                refresh();
            }
        }
    }

    /// Reads the order on screen again, unless nothing about it can change any more.
    public void refresh() {
        Order current = order.get();
        if (!needsFollowing() || orderWork.isRunning()) {
            return;
        }
        readAgain = false;
        orderWork.run(progress -> orders.byId(current.id()), found -> {
            found.ifPresent(this::show);
            if (readAgain) {
                refresh();
            }
        }, error -> {
        });
    }

    /// Whether the order on screen can still change: while it waits or is fulfilled, and after an
    /// expired or cancelled QR too (a settlement that arrives late still pays it).
    public boolean needsFollowing() {
        Order current = order.get();
        return current != null && (support.step.get() == SaleViewModel.Step.WAITING || PaymentUpdates.isClosedUnpaid(current.status()));
    }

    /// The QR countdown (ticked every second).
    void tickCountdown() {
        countdown.show(order.get());
    }

    void show(Order updated) {
        show(updated, true);
    }

    /// Shows the order as it now is. `handsOverReceipt`: a sale that finishes here gets its
    /// receipt (not when an already finished sale is merely opened again).
    void show(Order updated, boolean handsOverReceipt) {
        Order before = order.get();
        boolean sameOrder = before != null && Objects.equals(before.id(), updated.id());
        boolean finishing = handsOverReceipt && !(sameOrder && Receipts.isFinished(before)) && Receipts.isFinished(updated);
        // An expired or cancelled QR that a settlement paid after all (arriving late).
        boolean paidAfterClosing = sameOrder && PaymentUpdates.isClosedUnpaid(before.status())
                && !PaymentUpdates.isClosedUnpaid(updated.status());
        // The texts first: whoever sees the new order (the view, the customer display) sees its status too.
        texts.show(updated);
        order.set(updated);
        follower.shown(updated);
        if (finishing) {
            receipt.handOver(updated);
        }
        SaleOutcome.of(updated).ifPresent(outcome -> {
            if (outcome.over()) {
                support.step.set(SaleViewModel.Step.DONE);
            }
            support.say(outcome.notice());
        });
        if (paidAfterClosing && !Receipts.isFinished(updated)) {
            support.step.set(SaleViewModel.Step.WAITING); // followed again until the supplier answers
            if (updated.status() != OrderStatus.NEEDS_CHECK) {
                support.say(Notice.warning("sale.latePayment"));
            }
        }
        tickCountdown();
    }

    /// Esc while the QR waits (after the view asked for confirmation): cancels it at the gateway.
    public void cancelWaiting() {
        qr.cancelWaiting(order.get());
    }

    /// After an expired or cancelled QR: `stillUnpaid` makes the new QR once a fresh read shows
    /// the order still unpaid (see [QrActions#beforeNewQr]).
    void beforeNewQr(Runnable stillUnpaid) {
        qr.beforeNewQr(order.get(), stillUnpaid);
    }

    public boolean canCancel() {
        return QrActions.canCancel(order.get());
    }

    /// F5: prints the finished sale's receipt again (only a sale a receipt is handed over for).
    public void reprintReceipt() {
        Order finished = order.get();
        if (finished != null && support.step.get() == SaleViewModel.Step.DONE && Receipts.isFinished(finished)) {
            receipt.handOver(finished);
        }
    }

    /// A new sale, or a new QR for this one: no order on screen.
    void clear() {
        orderWork.abandon();
        readAgain = false;
        order.set(null);
        follower.shown(null);
        texts.show(null);
        countdown.show(null);
        receipt.clear();
    }

    /// Whether the order on screen is being looked at fast (its QR or its supplier request).
    public boolean isFollowedFast() {
        return follower.isFollowing();
    }

    /// The window closes: no more looks.
    void stopFollowing() {
        follower.stop();
    }

    public ReadOnlyObjectProperty<Order> orderProperty() {
        return order.getReadOnlyProperty();
    }

    public OrderTexts texts() {
        return texts;
    }

    public ReadOnlyStringProperty remainingTextProperty() {
        return countdown.textProperty();
    }

    /// The finished sale's receipt (its folder can be opened on request).
    public ReceiptViewModel receipt() {
        return receipt;
    }

    public ReadOnlyStringProperty receiptTextProperty() {
        return receipt.textProperty();
    }

    /// A receipt that could not be saved or printed needs the cashier; one handed over does not.
    public ReadOnlyObjectProperty<Severity> receiptSeverityProperty() {
        return receipt.severityProperty();
    }
}
