package com.wmxtopup.counter.application.order;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The order-change events of this console (ADR 0002): plain Java, no JavaFX. Listeners run on
/// the thread that committed the change, so they must be quick — the UI's bridge only hands the
/// event to the FX thread. A listener that throws is logged and the others still hear the event.
///
/// Changes made by another console on a shared PostgreSQL are not seen here; screens that must
/// see them keep a slow poll for that case.
public final class OrderEvents {

    /// Stops a listener from hearing further events.
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger log = LoggerFactory.getLogger(OrderEvents.class);

    private final List<Consumer<OrderChanged>> listeners = new CopyOnWriteArrayList<>();

    public Subscription subscribe(Consumer<OrderChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /// Tells every listener; called only after the change was committed.
    public void publish(OrderChanged change) {
        for (Consumer<OrderChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.error("An order-change listener failed on {}", change, e);
            }
        }
    }
}
