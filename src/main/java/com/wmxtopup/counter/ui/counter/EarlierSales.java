package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.PaymentUpdates;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.Notice;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/// The counter's earlier sales: parking a waiting QR (F4), the list over the current step (F3),
/// and opening an earlier order again from it (Enter) as the current sale.
public final class EarlierSales {

    final ReadOnlyBooleanWrapper showingRecent = new ReadOnlyBooleanWrapper(false);
    private final SaleSupport support;
    private final FindOrders orders;
    private final GameStepViewModel game;
    private final ItemStepViewModel item;
    private final PlayerStepViewModel player;
    private final PaymentStepViewModel payment;
    private final OrderStatusViewModel status;
    private final Runnable newSale;

    EarlierSales(SaleSupport support, FindOrders orders, GameStepViewModel game, ItemStepViewModel item, PlayerStepViewModel player,
            PaymentStepViewModel payment, OrderStatusViewModel status, Runnable newSale) {
        this.support = support;
        this.orders = orders;
        this.game = game;
        this.item = item;
        this.player = player;
        this.payment = payment;
        this.status = status;
        this.newSale = newSale;
    }

    /// F4 while a QR waits: the next customer is served and this order stays open (paid or
    /// expired in the background like any other); F3 finds it again.
    public void parkWaiting() {
        Order waiting = status.orderProperty().get();
        if (waiting == null || support.step.get() != SaleViewModel.Step.WAITING || support.refuseWhileBusy()) {
            return;
        }
        newSale.run();
        support.say(parkedMessage(waiting));
    }

    /// F3: the list of earlier sales over the current step (which stays as it is underneath).
    public void showRecent() {
        showingRecent.set(true);
    }

    /// Esc on the list: back to the step the cashier left.
    public void hideRecent() {
        showingRecent.set(false);
    }

    public ReadOnlyBooleanProperty showingRecentProperty() {
        return showingRecent.getReadOnlyProperty();
    }

    /// Enter on the list: reads the order again (the list may be a minute old) and opens it.
    public void reopenById(long orderId) {
        showingRecent.set(false); // what happens next (or why not) is said on the sale screen
        if (support.refuseWhileBusy()) {
            return;
        }
        support.busy.set(true);
        support.screen.run("reopen order", progress -> orders.byId(orderId), found -> {
            support.busy.set(false);
            found.ifPresentOrElse(this::reopen, () -> support.say(Notice.warning("sale.reopen.gone")));
        }, error -> {
            support.busy.set(false);
            support.sayFailed(error);
        });
    }

    /// Opens an earlier order as the current sale: an unpaid one shows its stored QR again (no
    /// new charge), one in progress is followed, a finished one shows its outcome (F5 prints
    /// its receipt). Game, item and player are restored, so N can make a new QR after expiry.
    public void reopen(Order earlier) {
        showingRecent.set(false);
        if (earlier == null || support.refuseWhileBusy()) {
            return;
        }
        Order left = status.orderProperty().get();
        boolean leftOpen = left != null && !Objects.equals(left.id(), earlier.id()) && support.step.get() == SaleViewModel.Step.WAITING;
        newSale.run();
        item.show(earlier.game(), game.quotesOf(earlier.game()));
        var row = item.rowFor(earlier.sku());
        row.ifPresent(item::select);
        player.restore(earlier, row.map(r -> r.quote().product()).orElse(null));
        row.ifPresent(r -> payment.forItem(r.quote().sell(), item.heading(), player.forPlayer()));
        payment.use(earlier.cashReceived().rupiah() > 0 ? PaymentStepViewModel.Method.CASH : PaymentStepViewModel.Method.QRIS);
        boolean closed = Receipts.isFinished(earlier) || PaymentUpdates.isClosedUnpaid(earlier.status());
        // DONE first: reopening a finished order must not print its receipt again by itself.
        support.step.set(closed ? SaleViewModel.Step.DONE : SaleViewModel.Step.WAITING);
        status.show(earlier, false);
        if (leftOpen && support.message.isEmpty()) {
            support.say(parkedMessage(left)); // the sale on screen before goes on; say so
        }
    }

    /// "Parked: order N goes on" in the words for how it stands.
    private static Notice parkedMessage(Order left) {
        return Notice.info(left.status() == OrderStatus.WAITING_PAYMENT ? "sale.parked" : "sale.parkedInProgress",
                left.orderNumber().value());
    }
}
