package com.wmxtopup.counter.ui.orders;

import com.wmxtopup.counter.application.order.OrderList;
import com.wmxtopup.counter.ui.common.I18n;
import com.wmxtopup.counter.ui.common.TaskRunner;
import com.wmxtopup.counter.ui.common.TaskSlot;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The orders list's "sold by" filter: everyone who has sold something (cashiers, REST
/// integrations), read again whenever the list is, and the one chosen (none: anyone).
public final class SellerFilter {

    private final OrderList orderList;
    private final TaskSlot reading;
    private final OrdersViewModel.Choice<String> anyone;
    private final ObservableList<OrdersViewModel.Choice<String>> choices = FXCollections.observableArrayList();
    private final ObjectProperty<OrdersViewModel.Choice<String>> chosen = new SimpleObjectProperty<>();

    SellerFilter(OrderList orderList, TaskRunner tasks, I18n i18n) {
        this.orderList = orderList;
        this.reading = new TaskSlot(tasks, "sellers");
        this.anyone = new OrdersViewModel.Choice<>(null, i18n.text("orders.anySeller"));
        choices.add(anyone);
        chosen.set(anyone);
    }

    void refresh() {
        reading.run(progress -> orderList.sellers(), names -> {
            var current = chosen.get();
            var next = new java.util.ArrayList<OrdersViewModel.Choice<String>>();
            next.add(anyone);
            names.forEach(name -> next.add(new OrdersViewModel.Choice<>(name, name)));
            choices.setAll(next);
            chosen.set(next.stream().filter(c -> java.util.Objects.equals(c.value(), current == null ? null : current.value()))
                    .findFirst().orElse(anyone));
        }, error -> {
        });
    }

    /// The chosen seller's name; empty for anyone.
    String value() {
        return chosen.get() == null || chosen.get().value() == null ? "" : chosen.get().value();
    }

    public ObservableList<OrdersViewModel.Choice<String>> choices() {
        return choices;
    }

    public ObjectProperty<OrdersViewModel.Choice<String>> chosenProperty() {
        return chosen;
    }
}
