package com.wmxtopup.counter.sandbox.midtrans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wmxtopup.counter.sandbox.LazyHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Sends the simulator's HTTP notifications like Midtrans: POST JSON, `User-Agent: Veritrans`,
/// short timeout, never on the thread that changed the transaction. Notifications of one order
/// go out in the order they happened (unless a [NotificationFault] says otherwise); different
/// orders do not wait for each other. Every attempt is recorded as a [NotificationDelivery].
final class NotificationSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final String serverKey;
    private final Duration timeout;
    private final Supplier<Instant> clock;
    private final ScheduledExecutorService timer;
    /// Built on the first notification: a console that takes no payment never loads the JDK's client.
    private final LazyHttpClient http;
    private final ExecutorService workers = Executors
            .newThreadPerTaskExecutor(Thread.ofVirtual().name("midtrans-sim-notify-", 0).factory());
    private final ObjectMapper json = new ObjectMapper();
    private final Object lock = new Object();
    /// Guarded by `lock`.
    private final List<FaultRule> faults = new ArrayList<>();
    /// Guarded by `lock`: notifications waiting for the next one of their order ([NotificationFault.DeliverAfterNext]).
    private final Map<String, List<Outgoing>> held = new HashMap<>();
    /// The last queued delivery of each order: the next one of that order starts after it.
    private final Map<String, CompletableFuture<Void>> lastOfOrder = new ConcurrentHashMap<>();
    private final List<NotificationDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<Consumer<NotificationDelivery>> answeredListeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    NotificationSender(String serverKey, Duration timeout, Supplier<Instant> clock, ScheduledExecutorService timer) {
        this.serverKey = serverKey;
        this.timeout = timeout;
        this.clock = clock;
        this.timer = timer;
        this.http = new LazyHttpClient(() -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    private record FaultRule(String transactionStatus, NotificationFault fault, boolean once) {
        boolean matches(String status) {
            return transactionStatus == null || transactionStatus.equalsIgnoreCase(status);
        }
    }

    private record Outgoing(String orderId, String transactionStatus, String body, List<URI> urls) {
    }

    /// `transactionStatus` null: any notification.
    void faultNext(String transactionStatus, NotificationFault fault) {
        synchronized (lock) {
            faults.add(new FaultRule(transactionStatus, fault, true));
        }
    }

    void faultAll(NotificationFault fault) {
        synchronized (lock) {
            faults.add(new FaultRule(null, fault, false));
        }
    }

    void clearFaults() {
        synchronized (lock) {
            faults.clear();
        }
    }

    /// Sends every notification still held back by [NotificationFault.DeliverAfterNext].
    void releaseHeld() {
        synchronized (lock) {
            held.forEach((orderId, waiting) -> waiting.forEach(o -> queue(orderId, o, 1, false)));
            held.clear();
        }
    }

    void onAnswered(Consumer<NotificationDelivery> listener) {
        answeredListeners.add(listener);
    }

    List<NotificationDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /// Waits until every queued delivery has been attempted (held-back and delayed ones excepted).
    boolean awaitQueued(Duration limit) {
        CompletableFuture<?>[] pending = lastOfOrder.values().toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(pending).get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            // Each delivery records its own failure; the chain itself never fails.
            return true;
        }
    }

    /// Queues one notification. Called in the order the transaction changed (under the
    /// simulator's lock), so the fault is chosen now and the sending happens later.
    void send(String orderId, String transactionStatus, ObjectNode signedBody, List<URI> urls) {
        if (closed) {
            return;
        }
        synchronized (lock) {
            NotificationFault fault = takeFault(transactionStatus);
            Outgoing outgoing = new Outgoing(orderId, transactionStatus, write(signedBody), urls);
            switch (fault) {
                case null -> queue(orderId, outgoing, 1, false);
                case NotificationFault.Drop _ ->
                    record(outgoing, URI.create(""), NotificationDelivery.Outcome.DROPPED, 0, "dropped on purpose");
                case NotificationFault.DeliverAfterNext _ -> {
                    held.computeIfAbsent(orderId, k -> new ArrayList<>()).add(outgoing);
                    return;
                }
                case NotificationFault.Delay delay -> timer.schedule(() -> submit(() -> deliver(outgoing, 1, false)),
                        delay.delay().toMillis(), TimeUnit.MILLISECONDS);
                case NotificationFault.Duplicate duplicate -> queue(orderId, outgoing, duplicate.copies(), duplicate.concurrently());
                case NotificationFault.BadSignature _ -> queue(orderId, withBadSignature(signedBody, outgoing), 1, false);
                case NotificationFault.AmountMismatch mismatch -> queue(orderId, withAmountChanged(signedBody, outgoing,
                        mismatch.differenceRupiah()), 1, false);
                case NotificationFault.UnknownOrder _ -> queue(orderId, forUnknownOrder(signedBody, outgoing), 1, false);
            }
            List<Outgoing> waiting = held.remove(orderId);
            if (waiting != null) {
                waiting.forEach(o -> queue(orderId, o, 1, false));
            }
        }
    }

    private NotificationFault takeFault(String transactionStatus) {
        for (Iterator<FaultRule> it = faults.iterator(); it.hasNext();) {
            FaultRule rule = it.next();
            if (rule.matches(transactionStatus)) {
                if (rule.once()) {
                    it.remove();
                }
                return rule.fault();
            }
        }
        return null;
    }

    private void queue(String orderId, Outgoing outgoing, int copies, boolean concurrently) {
        lastOfOrder.compute(orderId, (id, previous) -> (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                .handle((ignored, failure) -> null)
                .thenRunAsync(() -> deliver(outgoing, copies, concurrently), workers));
    }

    private void submit(Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            log.debug("Simulator closed; a delayed notification is not sent");
        }
    }

    private void deliver(Outgoing outgoing, int copies, boolean concurrently) {
        if (outgoing.urls().isEmpty()) {
            record(outgoing, URI.create(""), NotificationDelivery.Outcome.DROPPED, 0, "no notification URL");
            return;
        }
        for (URI url : outgoing.urls()) {
            if (!concurrently) {
                for (int i = 0; i < copies; i++) {
                    post(outgoing, url);
                }
                continue;
            }
            var all = new ArrayList<CompletableFuture<Void>>();
            for (int i = 0; i < copies; i++) {
                all.add(CompletableFuture.runAsync(() -> post(outgoing, url), workers));
            }
            all.forEach(CompletableFuture::join);
        }
    }

    private void post(Outgoing outgoing, URI url) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", "Veritrans")
                .POST(HttpRequest.BodyPublishers.ofString(outgoing.body()))
                .build();
        try {
            HttpResponse<Void> response = http.get().send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            var outcome = status >= 200 && status < 300 ? NotificationDelivery.Outcome.DELIVERED : NotificationDelivery.Outcome.REJECTED;
            tellAnswered(record(outgoing, url, outcome, status, ""));
        } catch (IOException e) {
            record(outgoing, url, NotificationDelivery.Outcome.FAILED, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record(outgoing, url, NotificationDelivery.Outcome.FAILED, 0, "interrupted");
        }
    }

    private NotificationDelivery record(Outgoing outgoing, URI url, NotificationDelivery.Outcome outcome, int httpStatus, String error) {
        var delivery = new NotificationDelivery(outgoing.orderId(), outgoing.transactionStatus(), url, outgoing.body(), outcome, httpStatus,
                error, clock.get());
        deliveries.add(delivery);
        log.debug("Notification {} {} to {}: {} {}", outgoing.orderId(), outgoing.transactionStatus(), url, outcome, httpStatus);
        return delivery;
    }

    /// On the sending thread, so the next notification of this order waits for the listeners.
    private void tellAnswered(NotificationDelivery delivery) {
        for (Consumer<NotificationDelivery> listener : answeredListeners) {
            try {
                listener.accept(delivery);
            } catch (RuntimeException e) {
                log.warn("A notification-answered listener failed on {} {}; the simulator goes on", delivery.orderId(),
                        delivery.transactionStatus(), e);
            }
        }
    }

    // ---- faulty bodies --------------------------------------------------------------------------

    private Outgoing withBadSignature(ObjectNode body, Outgoing outgoing) {
        ObjectNode copy = body.deepCopy();
        copy.put("signature_key", SimulatorSignature.sign(text(copy, "order_id"), text(copy, "status_code"), text(copy, "gross_amount"),
                "SB-Mid-server-NOT-THE-MERCHANTS-KEY"));
        return new Outgoing(outgoing.orderId(), outgoing.transactionStatus(), write(copy), outgoing.urls());
    }

    private Outgoing withAmountChanged(ObjectNode body, Outgoing outgoing, long differenceRupiah) {
        ObjectNode copy = body.deepCopy();
        String amount = text(copy, "gross_amount");
        long rupiah = Long.parseLong(amount.substring(0, amount.indexOf('.')));
        copy.put("gross_amount", Math.max(0, rupiah + differenceRupiah) + ".00");
        return resigned(copy, outgoing.orderId(), outgoing);
    }

    private Outgoing forUnknownOrder(ObjectNode body, Outgoing outgoing) {
        ObjectNode copy = body.deepCopy();
        String madeUp = "UNKNOWN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        copy.put("order_id", madeUp);
        copy.put("transaction_id", UUID.randomUUID().toString());
        return resigned(copy, madeUp, outgoing);
    }

    private Outgoing resigned(ObjectNode copy, String orderId, Outgoing outgoing) {
        copy.put("signature_key", SimulatorSignature.sign(text(copy, "order_id"), text(copy, "status_code"), text(copy, "gross_amount"),
                serverKey));
        return new Outgoing(orderId, outgoing.transactionStatus(), write(copy), outgoing.urls());
    }

    private static String text(ObjectNode node, String field) {
        return node.path(field).asText();
    }

    private String write(ObjectNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a notification body", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        workers.shutdownNow();
        http.shutdownNow();
    }
}
