package com.wmxtopup.counter.support;

import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.sandbox.midtrans.NotificationDelivery;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import java.net.URI;
import java.util.function.Consumer;

/// The simulator features a crash harness needs, in one place: servers that close connections
/// like Apache (idle keep-alive closed after a few seconds) or an HTTP/1.0 server (closed after
/// every answer, without saying so), and the two moments a kill is aimed at — the supplier has
/// recorded an order but not answered it, and a webhook has just been answered.
public final class SimulatorHooks implements AutoCloseable {

    private final int idleCloseSeconds;
    private final boolean http10;
    private VipResellerSimulator vip;
    private MidtransSimulator midtrans;

    /// `idleCloseSeconds` 0: servers keep idle connections open as long as the simulators do (30 s).
    public SimulatorHooks(int idleCloseSeconds, boolean http10) {
        this.idleCloseSeconds = idleCloseSeconds;
        this.http10 = http10;
    }

    public VipResellerSimulatorSettings vipSettings(VipResellerSimulatorSettings settings) {
        return settings.withIdleCloseSeconds(idleCloseSeconds).withHttp10(http10);
    }

    public MidtransSimulatorSettings midtransSettings(MidtransSimulatorSettings settings) {
        return settings.withIdleCloseSeconds(idleCloseSeconds).withHttp10(http10);
    }

    /// The VIP Reseller base URL the application under test should use (the simulator must be started).
    public synchronized String vipBaseUrl(VipResellerSimulator simulator) {
        this.vip = simulator;
        return simulator.baseUrl();
    }

    /// The Midtrans Core API base URL the application under test should use.
    public synchronized URI midtransBaseUrl(MidtransSimulator simulator) {
        this.midtrans = simulator;
        return simulator.baseUrl();
    }

    /// `idle close 1 s: 12 request(s) arrived on connections the servers had closed` — proof that
    /// the stale-connection case really happened during the run.
    public synchronized String idleCloseSummary() {
        long dropped = (vip == null ? 0 : vip.requestsDroppedOnClosedConnections())
                + (midtrans == null ? 0 : midtrans.requestsDroppedOnClosedConnections());
        return (idleCloseSeconds <= 0 ? "idle close off" : "idle close " + idleCloseSeconds + " s") + (http10 ? ", HTTP/1.0" : "")
                + ": " + dropped + " request(s) arrived on connections the servers had closed (dropped unanswered)";
    }

    /// `listener` gets the trxid of every order the simulator records, before the answer is written.
    public void onOrderReceived(VipResellerSimulator simulator, Consumer<String> listener) {
        simulator.onOrderReceived(listener);
    }

    /// `listener` gets every webhook delivery once it has its HTTP answer.
    public void onNotificationAnswered(MidtransSimulator simulator, Consumer<NotificationDelivery> listener) {
        simulator.onNotificationAnswered(listener);
    }

    @Override
    public void close() {
        // The simulators own their listeners and close with them.
    }
}
