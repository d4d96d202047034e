package com.wmxtopup.counter.support;

import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.sandbox.midtrans.NotificationDelivery;
import com.wmxtopup.counter.sandbox.vip.SimulatedTransaction;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/// The simulator features a crash harness needs that are being added on the simulators in main:
///
/// - `VipResellerSimulatorSettings.withIdleCloseSeconds(int)`, `.withHttp10(boolean)`
/// - `MidtransSimulatorSettings.withIdleCloseSeconds(int)`, `.withHttp10(boolean)`
/// - `VipResellerSimulator.onOrderReceived(Consumer<String> trxIdListener)`: called after the
///   simulator recorded an order, before it answers
/// - `MidtransSimulator.onNotificationAnswered(Consumer<NotificationDelivery>)`: after each
///   webhook delivery got its HTTP answer
///
/// Until they exist this adapter approximates them (an [IdleClosingProxy] in front of each
/// simulator; watcher threads that poll `orderRequestsReceived()` and `deliveries()` every few
/// milliseconds). Each place where the real method goes is marked with a `TODO(<method>)`; wiring
/// one in is a one-line change there (plus dropping the approximation it replaces).
public final class SimulatorHooks implements AutoCloseable {

    private static final long WATCH_MILLIS = 2;
    /// How long the approximated order hook waits for a request to show up as a transaction (a
    /// request refused or failed by a fault never does).
    private static final long RECORD_WAIT_NANOS = 50_000_000;

    private final int idleCloseSeconds;
    private final boolean http10;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private IdleClosingProxy vipProxy;
    private IdleClosingProxy midtransProxy;
    private volatile boolean closed;

    /// `idleCloseSeconds` 0: servers keep idle connections open as long as the simulators do (30 s).
    public SimulatorHooks(int idleCloseSeconds, boolean http10) {
        this.idleCloseSeconds = idleCloseSeconds;
        this.http10 = http10;
    }

    // ---- settings -------------------------------------------------------------------------------

    public VipResellerSimulatorSettings vipSettings(VipResellerSimulatorSettings settings) {
        // TODO(VipResellerSimulatorSettings.withIdleCloseSeconds, .withHttp10): when they exist,
        // `return settings.withIdleCloseSeconds(idleCloseSeconds).withHttp10(http10);` and let
        // vipBaseUrl return vip.baseUrl() (no proxy).
        return settings;
    }

    public MidtransSimulatorSettings midtransSettings(MidtransSimulatorSettings settings) {
        // TODO(MidtransSimulatorSettings.withIdleCloseSeconds, .withHttp10): when they exist,
        // `return settings.withIdleCloseSeconds(idleCloseSeconds).withHttp10(http10);` and let
        // midtransBaseUrl return midtrans.baseUrl() (no proxy).
        return settings;
    }

    /// The VIP Reseller base URL the application under test should use (the simulator must be started).
    public synchronized String vipBaseUrl(VipResellerSimulator vip) {
        if (idleCloseSeconds <= 0) {
            return vip.baseUrl();
        }
        if (vipProxy == null) {
            vipProxy = IdleClosingProxy.start("vip-idle-proxy", vip.port(), Duration.ofSeconds(idleCloseSeconds));
            resources.add(vipProxy);
        }
        return "http://127.0.0.1:" + vipProxy.port() + "/api";
    }

    /// The Midtrans Core API base URL the application under test should use.
    public synchronized URI midtransBaseUrl(MidtransSimulator midtrans) {
        if (idleCloseSeconds <= 0) {
            return midtrans.baseUrl();
        }
        if (midtransProxy == null) {
            midtransProxy = IdleClosingProxy.start("midtrans-idle-proxy", midtrans.baseUrl().getPort(), Duration.ofSeconds(idleCloseSeconds));
            resources.add(midtransProxy);
        }
        return URI.create("http://127.0.0.1:" + midtransProxy.port());
    }

    /// Whether the simulators answer in HTTP/1.0 (closing after every answer). Not approximated:
    /// false until the settings exist.
    public boolean http10Effective() {
        // TODO(VipResellerSimulatorSettings.withHttp10, MidtransSimulatorSettings.withHttp10): `return http10;`
        return false;
    }

    public boolean http10Requested() {
        return http10;
    }

    /// `vip 12 / midtrans 30 idle connections closed, 1 request dropped` — what the idle closing did.
    public synchronized String idleCloseSummary() {
        if (idleCloseSeconds <= 0) {
            return "idle close off";
        }
        long dropped = (vipProxy == null ? 0 : vipProxy.droppedRequests()) + (midtransProxy == null ? 0 : midtransProxy.droppedRequests());
        return "idle close " + idleCloseSeconds + " s (proxy): vip " + (vipProxy == null ? 0 : vipProxy.closedIdle()) + "/"
                + (vipProxy == null ? 0 : vipProxy.accepted()) + ", midtrans " + (midtransProxy == null ? 0 : midtransProxy.closedIdle()) + "/"
                + (midtransProxy == null ? 0 : midtransProxy.accepted()) + " connections closed idle, at least " + dropped + " request(s) dropped by a close";
    }

    // ---- events ---------------------------------------------------------------------------------

    /// True while the order hook is approximated: the watcher sees a request a few milliseconds
    /// late, so a caller that must act before the answer leaves has to hold the answer back
    /// ([#holdNextOrderAnswer]).
    public boolean orderHookIsApproximate() {
        return true; // TODO(VipResellerSimulator.onOrderReceived): false once the real hook is used
    }

    /// With the real hook (which runs before the simulator answers) nothing is needed; meanwhile the
    /// next order's answer is held back for `hold`, so a kill triggered by the watcher comes after
    /// the order was recorded and before its answer reaches the client.
    public void holdNextOrderAnswer(VipResellerSimulator vip, Duration hold) {
        if (orderHookIsApproximate()) {
            vip.faults().delayNextOrderResponse(hold);
        }
    }

    /// `listener` gets the trxid of every order the simulator receives (empty when the
    /// approximation saw no new transaction within 50 ms, e.g. for a request refused or failed by a
    /// fault). The approximation is called a few milliseconds after the order was recorded, and
    /// may pair two orders that arrive within the same few milliseconds the other way round.
    public void onOrderReceived(VipResellerSimulator vip, Consumer<String> listener) {
        // TODO(VipResellerSimulator.onOrderReceived): `vip.onOrderReceived(listener);` instead of the watcher.
        Thread watcher = Thread.ofPlatform().name("vip-order-watcher").daemon().unstarted(() -> {
            long seen = vip.orderRequestsReceived();
            int recorded = vip.transactions().size();
            while (!closed) {
                long now = vip.orderRequestsReceived();
                while (seen < now && !closed) {
                    seen++;
                    // The counter moves when the request arrives, before the order is recorded: wait
                    // (briefly) for the record, as the real hook is called after it.
                    long until = System.nanoTime() + RECORD_WAIT_NANOS;
                    List<SimulatedTransaction> recent = vip.transactions();
                    while (recent.size() <= recorded && System.nanoTime() < until) {
                        sleepQuietly(1);
                        recent = vip.transactions();
                    }
                    boolean placed = recent.size() > recorded;
                    recorded = recent.size();
                    listener.accept(placed ? recent.getFirst().trxId() : "");
                }
                sleepQuietly(WATCH_MILLIS);
            }
        });
        resources.add(watcher::interrupt);
        watcher.start();
    }

    /// `listener` gets every webhook delivery once it has its HTTP answer (or failed).
    public void onNotificationAnswered(MidtransSimulator midtrans, Consumer<NotificationDelivery> listener) {
        // TODO(MidtransSimulator.onNotificationAnswered): `midtrans.onNotificationAnswered(listener);` instead of the watcher.
        Thread watcher = Thread.ofPlatform().name("midtrans-delivery-watcher").daemon().unstarted(() -> {
            int seen = midtrans.deliveries().size();
            while (!closed) {
                List<NotificationDelivery> all = midtrans.deliveries();
                for (int i = seen; i < all.size() && !closed; i++) {
                    listener.accept(all.get(i));
                }
                seen = Math.max(seen, all.size());
                sleepQuietly(WATCH_MILLIS);
            }
        });
        resources.add(watcher::interrupt);
        watcher.start();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // closing test helpers; nothing to report
            }
        }
        resources.clear();
    }
}
