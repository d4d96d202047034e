package com.wmxtopup.counter.ui.orders;

import com.wmxtopup.counter.application.order.OrderEvents;
import com.wmxtopup.counter.application.order.OrderList;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.ui.common.FxOrderEvents;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.OrderStatusLook;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import com.wmxtopup.counter.ui.common.UpstreamErrors;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The back office's order list (Pesanan): filters in the shop's terms, pages read in the
/// background, and the totals of everything the filters match. The selected order's story and
/// actions live in [OrderDetailViewModel].
public final class OrdersViewModel {

    static final int PAGE_SIZE = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    /// One order, formatted for the table (times in the shop's zone).
    public record Row(Order order, String time, String number, String item, String player, String amount, String status,
                      String statusStyle, String payment) {
    }

    /// One entry of a filter's drop-down: what it shows and what it filters by (null: anything).
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final OrderList orderList;
    private final OrderEvents.Subscription subscription;
    private final TaskSlot reading;
    private final I18n i18n;
    private final ShopZone zone;
    private final UpstreamErrors errors;

    private final BooleanProperty needsActionOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentMethod> payment = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);

    private Optional<OrderSearch.PageKey> next = Optional.empty();
    private final SellerFilter sellers;

    public OrdersViewModel(OrderList orderList, FxOrderEvents events, TaskRunner tasks, I18n i18n, ShopZone zone) {
        this.orderList = orderList;
        // An order in the list changed (paid, delivered, settled by the sync): that row is read again.
        this.subscription = events.subscribe(change -> {
            if (rows.stream().anyMatch(r -> r.order().id() == change.orderId())) {
                tasks.run("order changed", progress -> orderList.story(change.orderId()),
                        story -> story.ifPresent(st -> replace(st.order())),
                        error -> {
                        });
            }
        });
        this.reading = new TaskSlot(tasks, "order list");
        this.i18n = i18n;
        this.zone = zone;
        this.errors = new UpstreamErrors(i18n);
        needsActionOnly.addListener((obs, old, now) -> load());
        status.addListener((obs, old, now) -> load());
        payment.addListener((obs, old, now) -> load());
        fromDay.addListener((obs, old, now) -> load());
        toDay.addListener((obs, old, now) -> load());
        this.sellers = new SellerFilter(orderList, tasks, i18n);
        sellers.chosenProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !java.util.Objects.equals(old.value(), now.value())) {
                load();
            }
        });
    }

    /// The "sold by" filter, a part of its own.
    public SellerFilter sellers() {
        return sellers;
    }

    /// The first page for the current filters (the text filter applies on [#search], not on every key).
    public void load() {
        sellers.refresh();
        next = Optional.empty();
        read(false);
    }

    public void search() {
        load();
    }

    public void loadMore() {
        if (next.isPresent() && !loading.get()) {
            read(true);
        }
    }

    private void read(boolean more) {
        var filter = filter();
        var after = more ? next : Optional.<OrderSearch.PageKey>empty();
        loading.set(true);
        message.set("");
        failure.set("");
        reading.run(progress -> orderList.page(filter, after, PAGE_SIZE), page -> {
            loading.set(false);
            long keep = Optional.ofNullable(selected.get()).map(r -> r.order().id()).orElse(-1L);
            List<Row> found = page.orders().stream().map(this::row).toList();
            if (more) {
                rows.addAll(found);
            } else {
                rows.setAll(found);
            }
            next = page.next();
            hasMore.set(next.isPresent());
            totals.set(i18n.text("orders.totals", page.totals().count(), money(page.totals().revenue()),
                    money(page.totals().cost()), money(page.totals().profit())));
            selected.set(rows.stream().filter(r -> r.order().id() == keep).findFirst().orElse(more ? selected.get() : null));
            if (rows.isEmpty()) {
                message.set(i18n.text(needsActionOnly.get() ? "orders.noneNeedAction" : "orders.noMatch"));
            }
        }, error -> {
            loading.set(false);
            failure.set(i18n.text("orders.loadFailed") + " " + errors.describe(error));
            message.set(failure.get());
        });
    }

    /// Puts a changed order back into the list where it is (after an action).
    void replace(Order changed) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).order().id().equals(changed.id())) {
                Row now = row(changed);
                if (now.equals(rows.get(i))) {
                    return;
                }
                boolean wasSelected = selected.get() == rows.get(i);
                rows.set(i, now);
                if (wasSelected) {
                    selected.set(now);
                }
                return;
            }
        }
    }

    /// The filters as they are now (what an export writes).
    OrderList.Filter filter() {
        return new OrderList.Filter(status.get() == null ? Set.of() : Set.of(status.get()), needsActionOnly.get(),
                Optional.ofNullable(fromDay.get()), Optional.ofNullable(toDay.get()), "", Optional.ofNullable(payment.get()),
                text.get(), sellers.value());
    }

    private Row row(Order order) {
        String player = order.target().display() + (order.nickname().isEmpty() ? "" : " · " + order.nickname());
        return new Row(order, WHEN.format(zone.at(order.createdAt())), order.orderNumber().value(),
                order.game() + " — " + order.productName(), player, RupiahFormat.format(order.amount()),
                OrderStatusLook.text(i18n, order.status()),
                OrderStatusLook.style(order.status()),
                i18n.text("orders.payment." + order.paymentMethod().name().toLowerCase(Locale.ROOT)));
    }

    public BooleanProperty needsActionOnlyProperty() {
        return needsActionOnly;
    }

    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    public ObjectProperty<LocalDate> toDayProperty() {
        return toDay;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// Why the list could not be read (empty when it could).
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /// The status filter's entries, "any" first, in the current language.
    public List<Choice<OrderStatus>> statusChoices() {
        var choices = new java.util.ArrayList<Choice<OrderStatus>>();
        choices.add(new Choice<>(null, i18n.text("orders.anyStatus")));
        for (OrderStatus s : OrderStatus.values()) {
            choices.add(new Choice<>(s, OrderStatusLook.text(i18n, s)));
        }
        return choices;
    }

    public List<Choice<PaymentMethod>> paymentChoices() {
        var choices = new java.util.ArrayList<Choice<PaymentMethod>>();
        choices.add(new Choice<>(null, i18n.text("orders.anyPayment")));
        for (PaymentMethod m : PaymentMethod.values()) {
            choices.add(new Choice<>(m, i18n.text("orders.payment." + m.name().toLowerCase(Locale.ROOT))));
        }
        return choices;
    }

    /// Filters by the chosen entry (the view never sees the domain's types).
    public void chooseStatus(Choice<OrderStatus> choice) {
        status.set(choice == null ? null : choice.value());
    }

    public void choosePayment(Choice<PaymentMethod> choice) {
        payment.set(choice == null ? null : choice.value());
    }

    /// The entry matching the current filter, for a view built later (after a language switch).
    public Choice<OrderStatus> currentStatusChoice() {
        return statusChoices().stream().filter(c -> java.util.Objects.equals(c.value(), status.get())).findFirst().orElseThrow();
    }

    public Choice<PaymentMethod> currentPaymentChoice() {
        return paymentChoices().stream().filter(c -> java.util.Objects.equals(c.value(), payment.get())).findFirst().orElseThrow();
    }

    /// Nothing keeps running for a screen that was dropped.
    public void dispose() {
        reading.abandon();
        subscription.close();
    }

    private static String money(long rupiah) {
        return RupiahFormat.format(Money.rupiah(rupiah));
    }
}
