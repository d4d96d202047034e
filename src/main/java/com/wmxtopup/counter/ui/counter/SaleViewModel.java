package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.FollowShownOrder;
import com.wmxtopup.counter.application.order.NicknameLookup;
import com.wmxtopup.counter.application.order.PaymentCancellation;
import com.wmxtopup.counter.application.port.DemoCustomer;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.ui.common.FxOrderEvents;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.Severity;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.time.Clock;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/// A walk-in sale, coordinated: game → item → player (nickname checked) → payment → the order
/// followed to success or failure. Each step is its own view model; this one moves between them
/// and starts every sale from a clean state — the one place a sale begins is [#newSale], which
/// resets every step and abandons every answer still due for the sale left behind.
public final class SaleViewModel {

    /// Where the sale is.
    public enum Step {
        GAME,
        ITEM,
        TARGET,
        PAYMENT,
        WAITING,
        DONE
    }

    private final SaleSupport support;
    private final GameStepViewModel game;
    private final ItemStepViewModel item;
    private final PlayerStepViewModel player;
    private final PaymentStepViewModel payment;
    private final OrderStatusViewModel status;
    private final EarlierSales earlier;
    private final SaleCheckout saleCheckout;
    private final LiveUpdates live;

    private final String legendKey;

    public SaleViewModel(CatalogService catalog, NicknameLookup nicknames, Checkout checkout, FindOrders orders, FollowShownOrder follow,
            Runnable wakeFulfilment,
            Optional<DemoCustomer> demoCustomer, Receipts receipts, PaymentCancellation cancellation, FxOrderEvents events,
            CurrentOperator operator, TaskRunner tasks, I18n i18n, Clock clock) {
        this.support = new SaleSupport(tasks, i18n, operator);
        this.game = new GameStepViewModel(catalog, orders, support);
        this.item = new ItemStepViewModel(i18n);
        this.player = new PlayerStepViewModel(nicknames, orders, support, clock);
        this.payment = new PaymentStepViewModel(checkout, support);
        this.status = new OrderStatusViewModel(orders, follow, cancellation, receipts, support, clock, demoCustomer.isPresent());
        this.legendKey = demoCustomer.isPresent() ? "sale.legend.demo" : "sale.legend";
        this.earlier = new EarlierSales(support, orders, game, item, player, payment, status, this::newSale);
        this.saleCheckout = new SaleCheckout(support, game, item, player, payment, status, wakeFulfilment, demoCustomer);
        this.live = new LiveUpdates(events, tasks, game, status);
    }

    /// The keys the counter knows, as one line: F9 (the demo customer pays) only in demo mode.
    public String legendKey() {
        return legendKey;
    }

    /// The screen is shown: reads the catalog, and (once) starts following orders and the timers.
    public void load() {
        game.load();
        live.start();
    }

    /// The window closes: no more events, timers or answers.
    public void dispose() {
        live.stop();
        status.stopFollowing();
        support.sale.close();
    }

    public void chooseGame(String chosen) {
        if (game.has(chosen)) {
            item.show(chosen, game.quotesOf(chosen));
            support.step.set(Step.ITEM);
        }
    }

    /// Picks an item; unavailable ones say why and stay unpicked.
    public void chooseItem(ItemStepViewModel.ItemRow row) {
        if (row == null) {
            return;
        }
        if (!row.available()) {
            support.say(Notice.warning("sale.itemUnavailable", row.name(), ItemStepViewModel.reasonOf(row.quote())));
            return;
        }
        item.select(row);
        player.forProduct(row.quote().product());
        support.message.clear();
        support.step.set(Step.TARGET);
    }

    /// Enter on the player step: first checks the nickname, then (once shown) goes on to payment,
    /// which starts on QRIS with nothing received.
    public void confirmTarget() {
        if (player.confirm()) {
            var row = item.selectedProperty().get();
            payment.forItem(row.quote().sell(), item.heading(), player.forPlayer());
            support.step.set(Step.PAYMENT);
        }
    }

    /// Enter on the payment step: the order is made (see [SaleCheckout]).
    public void pay() {
        saleCheckout.pay();
    }

    /// N after an expired or cancelled QR: the same sale with a new QR.
    public void newQr() {
        saleCheckout.newQr();
    }

    /// Esc: one step back (never away from an order in progress). Back to the game abandons the
    /// sale: the next customer starts clean, with no amount or item of this one left anywhere.
    public void back() {
        switch (support.step.get()) {
            case ITEM -> {
                // What the cashier typed to find the game stays: it is on screen, not hidden state.
                String typed = game.filterProperty().get();
                newSale();
                game.filterProperty().set(typed);
            }
            case TARGET -> support.step.set(Step.ITEM);
            case PAYMENT -> support.step.set(Step.TARGET);
            default -> {
            }
        }
        support.message.clear();
    }

    /// Enter after a finished sale, F4, Esc to the game step: the next sale, every step as new.
    public void newSale() {
        support.sale.abandonAll();
        support.busy.set(false);
        earlier.showingRecent.set(false);
        status.clear();
        payment.clear();
        player.forProduct(null);
        item.clear();
        game.clear();
        support.message.clear();
        support.step.set(Step.GAME);
    }

    /// Demo mode: the customer pays the QR on screen.
    public void customerPaysDemo() {
        saleCheckout.customerPaysDemo();
    }

    public GameStepViewModel game() {
        return game;
    }

    public ItemStepViewModel item() {
        return item;
    }

    public PlayerStepViewModel player() {
        return player;
    }

    public PaymentStepViewModel payment() {
        return payment;
    }

    public OrderStatusViewModel status() {
        return status;
    }

    /// Earlier sales: F4 parks a waiting QR, F3 lists them, Enter opens one again as the sale.
    public EarlierSales earlier() {
        return earlier;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return support.step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return support.busy.getReadOnlyProperty();
    }

    /// The message line: what happened or what to do now, in the current language.
    public ReadOnlyStringProperty messageProperty() {
        return support.message.textProperty();
    }

    /// How much the message line needs the cashier's attention.
    public ReadOnlyObjectProperty<Severity> messageSeverityProperty() {
        return support.message.severityProperty();
    }
}
