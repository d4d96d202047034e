package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.OrderEvents;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.ui.common.FxOrderEvents;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.OrderStatusLook;
import com.wmxtopup.counter.ui.common.Notice;
import com.wmxtopup.counter.ui.common.NoticeLine;
import com.wmxtopup.counter.ui.common.Severity;
import com.wmxtopup.counter.ui.common.RupiahFormat;
import com.wmxtopup.counter.ui.common.TaskRunner;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The counter's list of earlier sales (F3): the newest orders with their status, filtered by
/// order number, player ID or nickname as typed; the selected one's receipt previewed exactly as
/// the thermal printer lays it out, printed again on request, or opened as the current sale.
public final class RecentSalesViewModel {

    /// One earlier order, formatted for the table (times in the shop's zone), with the style of
    /// its status cell.
    public record Row(Order order, String time, String number, String item, String player, String amount, String status,
                      String statusStyle) {

        public long orderId() {
            return order.id();
        }
    }

    // A busy counter sells a few hundred a day; older orders belong to the back office's search.
    static final int LIMIT = 300;
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter EARLIER = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final ShopZone shopZone;
    private final FindOrders orders;
    private final Receipts receipts;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Clock clock;

    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final NoticeLine message;
    private final NoticeLine emptyText;
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper(false);
    private List<Row> all = List.of();

    private final OrderEvents.Subscription subscription;

    public RecentSalesViewModel(FindOrders orders, Receipts receipts, FxOrderEvents events, TaskRunner tasks, I18n i18n, Clock clock,
            ShopZone shopZone) {
        this.shopZone = shopZone;
        this.orders = orders;
        this.receipts = receipts;
        this.tasks = tasks;
        this.i18n = i18n;
        this.clock = clock;
        this.message = new NoticeLine(i18n);
        this.emptyText = new NoticeLine(i18n);
        filter.addListener((obs, old, now) -> applyFilter());
        i18n.localeProperty().addListener((obs, old, now) -> relabel());
        selected.addListener((obs, old, now) -> showPreview());
        // An order in the list changed (paid, fulfilled): that one is read again, not the list.
        subscription = events.subscribe(change -> {
            if (all.stream().anyMatch(r -> r.orderId() == change.orderId())) {
                tasks.run("recent sale changed", progress -> orders.byId(change.orderId()), found -> found.ifPresent(this::replace),
                        error -> {
                        });
            }
        });
    }

    private void replace(Order changed) {
        all = all.stream().map(r -> r.orderId() == changed.id() ? row(changed) : r).toList();
        applyFilter();
    }

    /// No more order events for this list.
    public void dispose() {
        subscription.close();
    }

    /// Reads the newest orders in the background; the selection stays on the same order.
    public void refresh() {
        emptyText.show(Notice.info("sale.recent.loading"));
        tasks.run("recent sales", progress -> orders.recent(LIMIT), found -> {
            all = found.stream().map(this::row).toList();
            applyFilter();
        }, error -> {
            emptyText.show(Notice.danger("sale.recent.loadFailed"));
            message.show(Notice.danger("sale.recent.loadFailed"));
        });
    }

    private Row row(Order order) {
        ZonedDateTime created = shopZone.at(order.createdAt());
        boolean today = created.toLocalDate().equals(shopZone.dayOf(clock.instant()));
        String player = order.target().display() + (order.nickname().isEmpty() ? "" : " · " + order.nickname());
        return new Row(order, (today ? TODAY : EARLIER).format(created), order.orderNumber().value(),
                order.game() + " — " + order.productName(), player, RupiahFormat.format(order.amount()),
                OrderStatusLook.text(i18n, order.status()), OrderStatusLook.style(order.status()));
    }

    /// The language changed: the statuses in the new one, the same order selected, the same message.
    private void relabel() {
        all = all.stream().map(r -> row(r.order())).toList();
        Notice said = message.notice();
        applyFilter();
        message.show(said);
    }

    private void applyFilter() {
        long keep = Optional.ofNullable(selected.get()).map(r -> r.order().id()).orElse(-1L);
        String query = filter.get().strip().toLowerCase(Locale.ROOT);
        rows.setAll(all.stream().filter(r -> query.isEmpty() || r.number().toLowerCase(Locale.ROOT).contains(query)
                || r.player().toLowerCase(Locale.ROOT).contains(query)
                || (!r.order().customerPhone().isEmpty() && digits(r.order().customerPhone()).contains(digits(query))
                        && !digits(query).isEmpty()))
                .toList());
        Row before = selected.get();
        selected.set(rows.stream().filter(r -> r.order().id() == keep).findFirst().orElse(rows.isEmpty() ? null : rows.getFirst()));
        if (selected.get() == before) {
            showPreview(); // no change event, but the list (and what an empty one says) changed
        }
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    private void showPreview() {
        message.clear();
        Row row = selected.get();
        if (row == null) {
            preview.set("");
            emptyText.show(Notice.info(all.isEmpty() ? "sale.recent.none" : "sale.recent.noMatch"));
            return;
        }
        preview.set(String.join("\n", receipts.preview(row.order())));
    }

    /// F5: saves the selected order's receipt as PDF and prints it on the thermal printer when
    /// one is set. Only for orders a receipt can be handed over for, as they are now (the list
    /// may be a minute old: the order is read again first).
    public void reprint() {
        Row row = selected.get();
        if (row == null || printing.get()) {
            return;
        }
        printing.set(true);
        long orderId = row.order().id();
        tasks.run("reprint receipt", progress -> {
            Order now = orders.byId(orderId).orElse(row.order());
            return Receipts.isFinished(now) ? Optional.of(receipts.saveAndPrint(now)) : Optional.<Receipts.Handed>empty();
        }, handed -> {
            printing.set(false);
            message.show(handed.map(ReceiptMessages::handed).orElse(Notice.warning("sale.recent.notFinished")));
        }, error -> {
            printing.set(false);
            message.show(ReceiptMessages.failed(error));
        });
    }

    /// How wide the receipt preview is, in characters: the paper's line.
    public int previewColumns() {
        return receipts.paperColumns();
    }

    public Optional<Order> selectedOrder() {
        return Optional.ofNullable(selected.get()).map(Row::order);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    public ReadOnlyObjectProperty<Severity> messageSeverityProperty() {
        return message.severityProperty();
    }

    /// What the empty list says: loading, no sales yet, or nothing matches the search.
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.textProperty();
    }
}
