package com.wmxtopup.counter.ui.orders;

import com.wmxtopup.counter.application.order.OrderEvents;
import com.wmxtopup.counter.application.order.OrderList;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.ui.common.FxOrderEvents;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import java.time.Duration;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// How many orders need an admin ("Perlu tindakan"), for the navigation's badge, and an alert when
/// an order of this console fails or becomes unclear. Orders changed by other consoles on a shared
/// PostgreSQL are counted by a slow poll.
public final class AttentionViewModel {

    static final Duration POLL = Duration.ofSeconds(30);

    private final OrderList list;
    private final FxOrderEvents events;
    private final TaskRunner tasks;
    private final TaskSlot counting;
    private final I18n i18n;
    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Alert> alert = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private long alerts;
    private OrderEvents.Subscription subscription;
    private TaskRunner.Cancellable poll;

    public AttentionViewModel(OrderList list, FxOrderEvents events, TaskRunner tasks, I18n i18n) {
        this.list = list;
        this.events = events;
        this.tasks = tasks;
        this.counting = new TaskSlot(tasks, "orders needing action");
        this.i18n = i18n;
    }

    /// Counts now, then after every change of this console's orders and every [#POLL].
    public void start() {
        refresh();
        subscription = events.subscribe(change -> {
            if (change.status() == OrderStatus.NEEDS_CHECK || change.status() == OrderStatus.FAILED) {
                alert.set(new Alert(i18n.text("attention.title"),
                        i18n.text(change.status() == OrderStatus.FAILED ? "attention.failed" : "attention.needsCheck"), ++alerts));
            }
            refresh();
        });
        poll = tasks.every(POLL, "orders needing action", this::refresh);
    }

    public void refresh() {
        counting.run(progress -> list.needingActionCount(), n -> {
            count.set(n);
            badge.set(n == 0 ? "" : n > 99 ? "99+" : Long.toString(n));
        }, error -> {
        });
    }

    public ReadOnlyLongProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /// The count as the badge shows it; empty when nothing needs action.
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    /// One alert; the number makes two alerts with the same text two changes.
    public record Alert(String title, String text, long number) implements com.wmxtopup.counter.ui.common.DesktopNotice {
    }

    /// Changes whenever an order of this console fails or becomes unclear.
    public javafx.beans.property.ReadOnlyObjectProperty<Alert> alertProperty() {
        return alert.getReadOnlyProperty();
    }

    public void dispose() {
        counting.abandon();
        if (subscription != null) {
            subscription.close();
        }
        if (poll != null) {
            poll.cancel();
        }
    }
}
