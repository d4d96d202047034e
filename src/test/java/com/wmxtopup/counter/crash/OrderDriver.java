package com.wmxtopup.counter.crash;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/// The counter's side of the load: creates orders over the REST API one after another, each for a
/// new player ID (so the supplier's transactions tell how often each order was delivered), and
/// keeps trying while the application is down. Mostly QRIS; some cash when the API takes cash.
final class OrderDriver {

    /// One create request and what came back. `orderNumber` is set for a 201; `httpStatus` 0 and
    /// `error` set when no answer came (the application was killed, or not listening).
    record Attempt(String playerId, boolean cash, Instant start, Instant end, int httpStatus, String orderNumber, String error) {
        boolean created() {
            return httpStatus == 201;
        }
    }

    private final AppApi api;
    private final String sku;
    private final long cashAmount;
    private final boolean cashSupported;
    private final Random random;
    private final Consumer<String> on201;
    private final long firstPlayer;
    private final List<Attempt> attempts = new ArrayList<>();
    private volatile boolean running = true;
    private Thread thread;
    private long next;

    /// `cashAmount` 0: the API takes no cash, only QRIS orders are made.
    OrderDriver(AppApi api, String sku, long cashAmount, long firstPlayer, Random random, Consumer<String> on201) {
        this.api = api;
        this.sku = sku;
        this.cashAmount = cashAmount;
        this.cashSupported = cashAmount > 0;
        this.firstPlayer = firstPlayer;
        this.random = random;
        this.on201 = on201;
    }

    void start() {
        thread = Thread.ofPlatform().name("crash-driver").daemon().start(this::run);
    }

    /// Stops creating orders and waits for the request in flight.
    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(30_000);
        }
    }

    synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /// The attempt whose request was in flight at `at` (one request at a time, so at most one).
    synchronized Optional<Attempt> inFlightAt(Instant at) {
        return attempts.stream().filter(a -> !a.start().isAfter(at) && !a.end().isBefore(at)).findFirst();
    }

    /// Player IDs used so far, in order.
    synchronized long used() {
        return next;
    }

    private void run() {
        while (running) {
            String player;
            boolean cash;
            synchronized (this) {
                player = Long.toString(firstPlayer + next++);
                cash = cashSupported && random.nextInt(100) < 20;
            }
            Instant start = Instant.now();
            Attempt attempt;
            try {
                AppApi.Reply reply = cash ? api.createCash(sku, player, cashAmount) : api.createQris(sku, player);
                String number = reply.status() == 201 ? reply.body().path("orderNumber").asText("") : "";
                attempt = new Attempt(player, cash, start, Instant.now(), reply.status(), number,
                        reply.status() == 201 ? "" : reply.body().toString());
                if (reply.status() == 201) {
                    record(attempt);
                    on201.accept(number);
                } else {
                    record(attempt);
                }
            } catch (IOException e) {
                record(new Attempt(player, cash, start, Instant.now(), 0, "", e.getClass().getSimpleName() + ": " + e.getMessage()));
                pause(250 + random.nextInt(150)); // the application is down or restarting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause(150 + random.nextInt(350));
        }
    }

    private synchronized void record(Attempt attempt) {
        attempts.add(attempt);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
