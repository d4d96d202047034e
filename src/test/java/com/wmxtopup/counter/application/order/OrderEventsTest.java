package com.wmxtopup.counter.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.TestApp;
import com.wmxtopup.counter.ui.common.FxOrderEvents;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/// "Order N changed" after each committed change, on a real H2 database: once per commit,
/// never for a compare-and-set that lost, and on the FX thread for screens.
class OrderEventsTest {

    private Database database;
    private OrderEvents events;
    private PublishingOrderRepository orders;
    private final List<OrderChanged> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        var file = TestApp.newDataDirectory("events").resolve("db");
        database = Database.open(new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", DatabaseKind.H2,
                file.toString()));
        events = new OrderEvents();
        orders = new PublishingOrderRepository(new JdbcOrderRepository(database.jdbc()), events);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Order newOrder() {
        return orders.insert(Order.create(new OrderNumber("EV-" + System.nanoTime()), OrderFixtures.mobileLegends86(),
                new TopUpTarget("136216325", "2685"), "", Money.rupiah(21_600), Money.rupiah(20_500), PaymentMethod.CASH, Instant.now()),
                "test");
    }

    @Test
    void aCommittedChangeReachesEachListenerOnceAndALostOneNotAtAll() {
        Order order = newOrder();
        events.subscribe(heard::add);

        var paid = StatusChange.of(order.id(), OrderStatus.PENDING, 0, OrderStatus.PAID, Actor.CASHIER, "cash", Instant.now());
        assertThat(orders.compareAndSetStatus(paid)).isTrue();
        assertThat(orders.compareAndSetStatus(paid)).as("the same change again loses its compare-and-set").isFalse();

        assertThat(heard).containsExactly(new OrderChanged(order.id(), OrderStatus.PAID));
    }

    @Test
    void aNewOrderIsAnnouncedAndAFailingListenerDoesNotSilenceTheOthers() {
        events.subscribe(change -> {
            throw new IllegalStateException("a broken screen");
        });
        events.subscribe(heard::add);

        Order order = newOrder();

        assertThat(heard).containsExactly(new OrderChanged(order.id(), OrderStatus.PENDING));
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() {
        Order order = newOrder();
        var subscription = events.subscribe(heard::add);
        subscription.close();

        orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PENDING, 0, OrderStatus.CANCELLED, Actor.CASHIER, "x",
                Instant.now()));

        assertThat(heard).isEmpty();
    }

    @Test
    void screensHearOnTheFxThreadWhateverThreadCommitted() throws Exception {
        FxToolkit.registerPrimaryStage();
        Order order = newOrder();
        var fxEvents = new FxOrderEvents(events, Platform::runLater);
        var onFxThread = new CompletableFuture<Boolean>();
        fxEvents.subscribe(change -> onFxThread.complete(Platform.isFxApplicationThread()));

        Thread.ofPlatform().start(() -> orders.compareAndSetStatus(StatusChange.of(order.id(), OrderStatus.PENDING, 0, OrderStatus.PAID,
                Actor.SYNC_WORKER, "from a worker thread", Instant.now()))).join();

        assertThat(onFxThread.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
