package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.OrderChanged;
import com.wmxtopup.counter.application.order.PaymentCancellation;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.Severity;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// Step 5, the order on screen: followed from the QR to the supplier's answer. It is re-read when
/// an order event says it changed (and by a slow poll, for changes made by another console on a
/// shared database); the countdown, texts and the outcome sign are worked out here.
public final class OrderStatusViewModel {

    private final FindOrders orders;
    private final PaymentCancellation cancellation;
    private final SaleSupport support;
    private final Clock clock;
    private final TaskSlot orderWork;
    private final ReceiptViewModel receipt;
    private final OrderTexts texts;
    private final ReadOnlyObjectWrapper<Order> order = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper remainingText = new ReadOnlyStringWrapper("");
    private boolean readAgain;

    OrderStatusViewModel(FindOrders orders, PaymentCancellation cancellation, Receipts receipts, SaleSupport support, Clock clock,
            boolean demo) {
        this.orders = orders;
        this.cancellation = cancellation;
        this.support = support;
        this.clock = clock;
        this.orderWork = new TaskSlot(support.sale, "order on screen");
        this.receipt = new ReceiptViewModel(receipts, support, this::shows);
        this.texts = new OrderTexts(support.i18n, demo);
        // The order's status in the language just chosen.
        support.i18n.localeProperty().addListener((obs, old, now) -> {
            texts.show(order.get());
            tickCountdown();
        });
    }

    /// Reads an order (off the FX thread).
    Optional<Order> findOrder(long orderId) {
        return orders.byId(orderId);
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
        return current != null && (support.step.get() == SaleViewModel.Step.WAITING
                || current.status() == OrderStatus.EXPIRED || current.status() == OrderStatus.CANCELLED);
    }

    /// The QR countdown (ticked every second).
    void tickCountdown() {
        Order current = order.get();
        if (current == null || current.paymentExpiresAt() == null || current.status() != OrderStatus.WAITING_PAYMENT) {
            remainingText.set("");
            return;
        }
        Duration left = Duration.between(clock.instant(), current.paymentExpiresAt());
        remainingText.set(left.isNegative()
                ? support.i18n.text("sale.qrExpiring")
                : support.i18n.text("sale.qrRemaining", String.format("%d:%02d", left.toMinutes(), left.toSecondsPart())));
    }

    void show(Order updated) {
        show(updated, true);
    }

    /// Shows the order as it now is. `handsOverReceipt`: a sale that finishes here gets its
    /// receipt (not when an already finished sale is merely opened again).
    void show(Order updated, boolean handsOverReceipt) {
        Order before = order.get();
        boolean sameOrder = before != null && Objects.equals(before.id(), updated.id());
        boolean finishing = handsOverReceipt && !(sameOrder && isFinished(before.status())) && isFinished(updated.status());
        // An expired or cancelled QR that a settlement paid after all (arriving late).
        boolean paidAfterClosing = sameOrder && isClosedUnpaid(before.status()) && !isClosedUnpaid(updated.status());
        // The texts first: whoever sees the new order (the view, the customer display) sees its status too.
        texts.show(updated);
        order.set(updated);
        if (finishing) {
            receipt.handOver(updated);
        }
        switch (updated.status()) {
            case SUCCESS -> done(updated.note().isEmpty()
                    ? Notice.success("sale.done.success")
                    : Notice.success("sale.done.successWithNote", updated.note()));
            // The customer paid and got nothing: the money has to go back, or the order be retried.
            case FAILED -> done(Notice.danger("sale.done.failed", updated.note()));
            case EXPIRED, CANCELLED -> done(Notice.warning("sale.done.unpaid"));
            case REFUNDED -> done(Notice.info("sale.reopen.refunded", updated.note()));
            case NEEDS_CHECK -> support.say(Notice.warning("sale.needsCheck"));
            case PENDING, WAITING_PAYMENT, PAID, SUPPLIER_REQUESTING, PROCESSING -> {
            }
        }
        if (paidAfterClosing && !isFinished(updated.status())) {
            support.step.set(SaleViewModel.Step.WAITING); // followed again until the supplier answers
            if (updated.status() != OrderStatus.NEEDS_CHECK) {
                support.say(Notice.warning("sale.latePayment"));
            }
        }
        tickCountdown();
    }

    private void done(Notice outcome) {
        support.step.set(SaleViewModel.Step.DONE);
        support.say(outcome);
    }

    private static boolean isFinished(OrderStatus status) {
        return status == OrderStatus.SUCCESS || status == OrderStatus.FAILED || status == OrderStatus.REFUNDED;
    }

    static boolean isClosedUnpaid(OrderStatus status) {
        return status == OrderStatus.EXPIRED || status == OrderStatus.CANCELLED;
    }

    /// Esc while the QR waits (after the view asked for confirmation): cancels it at the gateway.
    public void cancelWaiting() {
        Order current = order.get();
        if (!canCancel() || support.refuseWhileBusy()) {
            return;
        }
        support.busy.set(true);
        orderWork.run(progress -> cancellation.cancel(current), updated -> {
            support.busy.set(false);
            show(updated);
        }, error -> {
            support.busy.set(false);
            support.say(Notice.danger("sale.cancelFailed"));
        });
    }

    /// After an expired or cancelled QR: reads the order again first (a settlement that arrived
    /// late has paid it, and a new QR would have the customer pay twice); `stillUnpaid` then
    /// makes the new QR.
    void beforeNewQr(Runnable stillUnpaid) {
        Order closed = order.get();
        if (closed == null || !isClosedUnpaid(closed.status()) || support.busy.get()) {
            return;
        }
        support.busy.set(true);
        orderWork.run(progress -> orders.byId(closed.id()), found -> {
            support.busy.set(false);
            Order now = found.orElse(closed);
            if (isClosedUnpaid(now.status())) {
                stillUnpaid.run();
            } else {
                show(now);
            }
        }, error -> {
            support.busy.set(false);
            support.sayFailed(error);
        });
    }

    public boolean canCancel() {
        return order.get() != null && order.get().status() == OrderStatus.WAITING_PAYMENT;
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
        texts.show(null);
        remainingText.set("");
        receipt.clear();
    }

    /// "Parked: order N goes on" in the words for how it stands.
    Notice parkedMessage(Order left) {
        return Notice.info(left.status() == OrderStatus.WAITING_PAYMENT ? "sale.parked" : "sale.parkedInProgress",
                left.orderNumber().value());
    }

    public ReadOnlyObjectProperty<Order> orderProperty() {
        return order.getReadOnlyProperty();
    }

    public OrderTexts texts() {
        return texts;
    }

    public ReadOnlyStringProperty remainingTextProperty() {
        return remainingText.getReadOnlyProperty();
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
