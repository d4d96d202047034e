package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.order.PaymentUpdates;
import com.wmxtopup.counter.application.port.DemoCustomer;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.Notice;
import java.util.Optional;

/// The order made from what the steps hold — the item chosen, the player and nickname confirmed,
/// QRIS or the cash typed — and then followed on the order step; and a new QR for the same sale
/// after the last one closed unpaid. A cash order is paid at once: the fulfilment is woken for it.
/// In demo mode the customer's side too: paying the QR on screen.
final class SaleCheckout {

    private final SaleSupport support;
    private final GameStepViewModel game;
    private final ItemStepViewModel item;
    private final PlayerStepViewModel player;
    private final PaymentStepViewModel payment;
    private final OrderStatusViewModel status;
    private final Runnable wakeFulfilment;
    private final Optional<DemoCustomer> demoCustomer;

    SaleCheckout(SaleSupport support, GameStepViewModel game, ItemStepViewModel item, PlayerStepViewModel player,
            PaymentStepViewModel payment, OrderStatusViewModel status, Runnable wakeFulfilment, Optional<DemoCustomer> demoCustomer) {
        this.support = support;
        this.game = game;
        this.item = item;
        this.player = player;
        this.payment = payment;
        this.status = status;
        this.wakeFulfilment = wakeFulfilment;
        this.demoCustomer = demoCustomer;
    }

    /// Enter on the payment step.
    void pay() {
        var row = item.selectedProperty().get();
        if (row == null) {
            return;
        }
        var request = new Checkout.Request(row.quote().product().sku(), player.target(), player.nicknameCheck().nicknameProperty().get(),
                player.phoneProperty().get(), "");
        payment.pay(request, row.name(), created -> {
            game.noteSold(created.game());
            status.show(created);
            support.step.set(SaleViewModel.Step.WAITING);
            if (created.status() == OrderStatus.PAID) {
                wakeFulfilment.run();
            }
        });
    }

    /// N after an expired or cancelled QR: the same sale with a new QR (once the order is read
    /// again and still unpaid), unless its item is no longer sold.
    void newQr() {
        Order closed = status.orderProperty().get();
        if (closed != null && PaymentUpdates.isClosedUnpaid(closed.status()) && item.selectedProperty().get() == null) {
            support.say(Notice.warning("sale.reopen.itemGone", closed.productName()));
            return;
        }
        status.beforeNewQr(() -> {
            status.clear();
            payment.use(PaymentStepViewModel.Method.QRIS);
            support.step.set(SaleViewModel.Step.PAYMENT);
            pay();
        });
    }

    /// Demo mode: the customer pays the newest waiting QR (the one on screen).
    void customerPaysDemo() {
        demoCustomer.ifPresent(customer -> support.screen.run("demo payment", progress -> customer.payNewestWaitingOrder(),
                paid -> {
                }, error -> support.say(Notice.danger("demo.failed"))));
    }
}
