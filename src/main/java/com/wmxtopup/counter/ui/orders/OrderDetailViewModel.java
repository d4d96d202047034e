package com.wmxtopup.counter.ui.orders;

import com.wmxtopup.counter.application.order.OrderList;
import com.wmxtopup.counter.application.order.SettleOrders;
import com.wmxtopup.counter.application.order.PaymentCancellation;
import com.wmxtopup.counter.application.port.ReceiptPrintException;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.ui.access.SupervisorViewModel;
import com.wmxtopup.counter.ui.common.CurrentOperator;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.OrderStatusLook;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import com.wmxtopup.counter.ui.common.UpstreamErrors;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The selected order's whole story (fields, status history with actor and reason, payment
/// notifications) and the admin's actions on it, each enabled only where the use case would take
/// it; the use case still decides ([SettleOrders] refuses with a reason, shown as one sentence).
public final class OrderDetailViewModel {

    private static final DateTimeFormatter WHEN = OrderStoryTexts.WHEN;

    /// One line of the story: when, what, who, why.
    public record HistoryRow(String time, String change, String actor, String reason) {
    }

    /// What the admin can do now.
    public enum Action {
        RECHECK,
        RETRY,
        MARK_DELIVERED,
        REFUND,
        CANCEL_QR,
        REPRINT
    }

    private final OrderList orderList;
    private final SettleOrders settle;
    private final PaymentCancellation cancellation;
    private final Receipts receipts;
    private final CurrentOperator operator;
    private final SupervisorViewModel supervisor;
    private final I18n i18n;
    private final ShopZone zone;
    private final UpstreamErrors errors;
    private final OrderStoryTexts texts;
    private final TaskSlot reading;
    private final TaskRunner tasks;
    private final OrdersViewModel list;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notifications = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rawNotifications = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final java.util.Map<Action, ReadOnlyBooleanWrapper> allowed = new java.util.EnumMap<>(Action.class);
    private Order order;

    public OrderDetailViewModel(OrderList orderList, SettleOrders settle, PaymentCancellation cancellation, Receipts receipts,
            CurrentOperator operator, SupervisorViewModel supervisor, TaskRunner tasks, I18n i18n, ShopZone zone, OrdersViewModel list) {
        this.supervisor = supervisor;
        this.orderList = orderList;
        this.settle = settle;
        this.cancellation = cancellation;
        this.receipts = receipts;
        this.operator = operator;
        this.tasks = tasks;
        this.i18n = i18n;
        this.zone = zone;
        this.list = list;
        this.errors = new UpstreamErrors(i18n);
        this.texts = new OrderStoryTexts(i18n, zone);
        this.reading = new TaskSlot(tasks, "order story");
        for (Action action : Action.values()) {
            allowed.put(action, new ReadOnlyBooleanWrapper(false));
        }
        // Another order chosen (not the same order's row refreshed after an action).
        list.selectedProperty().addListener((obs, old, now) -> {
            if (now == null || old == null || !old.order().id().equals(now.order().id())) {
                message.set("");
                show(now == null ? null : now.order().id());
            }
        });
    }

    private void show(Long orderId) {
        if (orderId == null) {
            reading.abandon();
            order = null;
            shown.set(false);
            history.clear();
            allowed.values().forEach(a -> a.set(false));
            return;
        }
        reading.run(progress -> orderList.story(orderId), story -> story.ifPresent(this::present),
                error -> message.set(i18n.text("orders.loadFailed") + " " + errors.describe(error)));
    }

    private void present(OrderList.Story story) {
        order = story.order();
        shown.set(true);
        title.set(order.orderNumber().value() + " — " + OrderStatusLook.text(i18n, order.status()));
        facts.set(String.join("\n", texts.facts(order)));
        history.setAll(story.history().stream().map(e -> new HistoryRow(WHEN.format(zone.at(e.at())),
                (e.from() == null ? "" : OrderStatusLook.text(i18n, e.from()) + " → ") + OrderStatusLook.text(i18n, e.to()),
                i18n.text("orders.actor." + e.actor().name().toLowerCase(Locale.ROOT)), e.reason())).toList());
        // Each notification's body exactly as received (signature included: it proves nothing now).
        rawNotifications.set(String.join("\n\n", story.notifications().stream()
                .map(n -> WHEN.format(zone.at(n.receivedAt())) + " · " + n.outcome() + "\n" + n.rawBody()).toList()));
        notifications.set(story.notifications().isEmpty()
                ? i18n.text("orders.noNotifications")
                : String.join("\n", story.notifications().stream().map(n -> WHEN.format(zone.at(n.receivedAt())) + "  "
                        + n.transactionStatus() + "  " + RupiahFormat.format(n.grossAmount()) + "  " + n.outcome()).toList()));
        OrderStatus status = order.status();
        allowed.get(Action.RECHECK).set(!status.isFinal());
        allowed.get(Action.RETRY).set(status == OrderStatus.FAILED || status == OrderStatus.NEEDS_CHECK);
        allowed.get(Action.MARK_DELIVERED).set(status == OrderStatus.NEEDS_CHECK);
        allowed.get(Action.REFUND).set(status == OrderStatus.FAILED || status == OrderStatus.NEEDS_CHECK);
        allowed.get(Action.CANCEL_QR).set(status == OrderStatus.WAITING_PAYMENT);
        allowed.get(Action.REPRINT).set(Receipts.isFinished(order));
        list.replace(order);
    }

    /// Asks Midtrans and VIP Reseller now and shows both answers; applies only what is unambiguous.
    public void recheck() {
        act("recheck", (id, acting) -> settle.recheck(id, acting).map(r -> (Object) r).orElse(null));
    }

    public void retry(String reason) {
        act("retry", (id, acting) -> settle.retry(id, reason, acting));
    }

    public void markDelivered(String reference, String reason) {
        act("delivered", (id, acting) -> settle.markDelivered(id, reference, reason, acting));
    }

    public void refund(String reason) {
        act("refund", (id, acting) -> settle.refund(id, reason, acting));
    }

    /// Cancels the unpaid QR at Midtrans (the customer may have paid meanwhile: then it is PAID).
    public void cancelQr() {
        act("cancelQr", (id, acting) -> {
            Order now = orderList.order(id).orElse(null);
            return now == null ? null : cancellation.cancel(now);
        });
    }

    /// Saves the receipt as PDF again (marked as a copy) and prints it when a printer is set.
    public void reprint() {
        act("reprint", (id, acting) -> {
            Order now = orderList.order(id).orElse(null);
            return now == null ? null : receipts.saveAndPrint(now);
        });
    }

    /// An action on the order with this id, run in the background as `acting`; null when the order is gone.
    @FunctionalInterface
    private interface OrderAction {
        Object apply(long orderId, Operator acting) throws Exception;
    }

    private void act(String name, OrderAction action) {
        if (order != null) {
            act(name, order.id(), action, operator.get());
        }
    }

    /// Runs `action` on the order's id in the background (the order field belongs to the FX
    /// thread). When the use case refuses the signed-in cashier, an admin may approve in place.
    private void act(String name, long orderId, OrderAction action, Operator acting) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(i18n.text("orders.working"));
        tasks.run("order action", progress -> Optional.ofNullable(action.apply(orderId, acting)), result -> {
            busy.set(false);
            message.set(result.map(texts::outcome).orElse(i18n.text("orders.gone")));
            show(orderId);
        }, error -> {
            busy.set(false);
            if (error instanceof NotPermittedException refused) {
                message.set(i18n.text("orders.needsAdmin"));
                supervisor.ask(new SupervisorViewModel.Request(refused.permission(),
                        i18n.text("orders.action." + name) + " " + title.get(), approver -> act(name, orderId, action, approver)));
                return;
            }
            message.set(error instanceof ReceiptPrintException ? i18n.text("orders.receipt.failed") : errors.describe(error));
            show(orderId);
        });
    }

    public ReadOnlyBooleanProperty allowedProperty(Action action) {
        return allowed.get(action).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    /// The notifications' bodies as received, for the admin who needs to see exactly what came.
    public ReadOnlyStringProperty rawNotificationsProperty() {
        return rawNotifications.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notificationsProperty() {
        return notifications.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public void dispose() {
        reading.abandon();
    }
}
