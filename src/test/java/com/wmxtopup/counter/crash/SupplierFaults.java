package com.wmxtopup.counter.crash;

import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/// Supplier trouble at random: after about `percent` of the orders the simulator receives, one
/// fault is aimed at the next request. Only faults whose end state the supplier can still tell:
/// the order exists and its answer is lost, cut or late (the app must find it by reconciliation),
/// the request fails with 500 before anything is placed, or the order is placed and ends in error.
final class SupplierFaults {

    enum Fault {
        DROP_ANSWER,
        TRUNCATE_ANSWER,
        LATE_ANSWER,
        HTTP_500,
        ENDS_IN_ERROR
    }

    /// Longer than the client's 25 s read timeout: "timed out, but the order exists".
    static final Duration LATE = Duration.ofSeconds(30);

    private final VipResellerSimulator vip;
    private final Random random;
    private final int percent;
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
    private volatile boolean enabled = true;

    SupplierFaults(VipResellerSimulator vip, Random random, int percent) {
        this.vip = vip;
        this.random = random;
        this.percent = percent;
    }

    /// Called for every order the simulator received.
    synchronized void orderReceived() {
        if (!enabled || random.nextInt(100) >= percent) {
            return;
        }
        Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
        switch (fault) {
            case DROP_ANSWER -> vip.faults().dropNextOrderResponse();
            case TRUNCATE_ANSWER -> vip.faults().truncateNextOrderResponse();
            case LATE_ANSWER -> vip.faults().delayNextOrderResponse(LATE);
            case HTTP_500 -> vip.faults().failNextRequest(500);
            case ENDS_IN_ERROR -> vip.faults().nextOrderEndsInError("Gangguan provider (crash suite)");
        }
        injected.merge(fault, 1, Integer::sum);
    }

    /// No new faults (the end of a run).
    void disable() {
        enabled = false;
    }

    synchronized String summary() {
        var parts = new StringBuilder();
        injected.forEach((fault, count) -> parts.append(parts.isEmpty() ? "" : ", ").append(fault.name().toLowerCase(java.util.Locale.ROOT))
                .append(' ').append(count));
        return parts.isEmpty() ? "none" : parts.toString();
    }
}
