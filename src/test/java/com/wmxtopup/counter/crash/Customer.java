package com.wmxtopup.counter.crash;

import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.NotificationFault;
import com.wmxtopup.counter.sandbox.midtrans.SimulatedTransaction;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/// The customers in front of the counter: every QR the Midtrans simulator knows is paid a short
/// random time after it was created — also the ones whose 201 never reached the driver (the
/// screen may have shown it before the kill). About `duplicatePercent` of the settlement
/// notifications are delivered two or three times, in a row or at once.
final class Customer {

    private final MidtransSimulator midtrans;
    private final Random random;
    private final int duplicatePercent;
    /// Order id → when to pay (System.nanoTime()); only the customer thread touches it.
    private final Map<String, Long> due = new HashMap<>();
    private volatile boolean running = true;
    private volatile int paid;
    private volatile int duplicated;
    private volatile int notPayable;
    private Thread thread;

    Customer(MidtransSimulator midtrans, Random random, int duplicatePercent) {
        this.midtrans = midtrans;
        this.random = random;
        this.duplicatePercent = duplicatePercent;
    }

    void start() {
        thread = Thread.ofPlatform().name("crash-customer").daemon().start(this::run);
    }

    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(30_000);
        }
    }

    /// True when no QR is waiting to be paid.
    boolean nothingPending() {
        return midtrans.transactions().stream().noneMatch(t -> t.transactionStatus().equals("pending"));
    }

    int paid() {
        return paid;
    }

    int duplicated() {
        return duplicated;
    }

    int notPayable() {
        return notPayable;
    }

    private void run() {
        while (running) {
            long now = System.nanoTime();
            for (SimulatedTransaction t : midtrans.transactions()) {
                if (t.transactionStatus().equals("pending") && !due.containsKey(t.orderId())) {
                    due.put(t.orderId(), now + (200 + random.nextInt(1300)) * 1_000_000L);
                }
            }
            for (var entry : due.entrySet()) {
                if (entry.getValue() != 0 && entry.getValue() <= now) {
                    entry.setValue(0L);
                    pay(entry.getKey());
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void pay(String orderId) {
        boolean pending = midtrans.transaction(orderId).map(t -> t.transactionStatus().equals("pending")).orElse(false);
        if (!pending) {
            notPayable++;
            return;
        }
        if (random.nextInt(100) < duplicatePercent) {
            // Aimed at the next settlement notification, which is this payment's: only this thread pays.
            midtrans.faultNextNotification("settlement", new NotificationFault.Duplicate(2 + random.nextInt(2), random.nextBoolean()));
            duplicated++;
        }
        try {
            midtrans.pay(orderId);
            paid++;
        } catch (IllegalStateException | NoSuchElementException e) {
            notPayable++;
        }
    }
}
