package com.wmxtopup.counter.sandbox.vip;

import com.wmxtopup.counter.sandbox.LoopbackHttpServer;
import com.wmxtopup.counter.sandbox.ServerConnections;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A VIP Reseller H2H API on 127.0.0.1, over real HTTP, for demo mode and tests
/// (specs/vip-reseller-api.md §1–§7): the same endpoints (`profile`, `game-feature`, `prepaid`),
/// form fields, messages and JSON shapes, one account with a balance, a realistic game catalog
/// and prepaid catalog (pulsa, data, PLN tokens, e-money), orders that move from `waiting` through
/// `processing` to `success` or `error`, optional signed callbacks, and [#faults()] to inject
/// timeouts, lost answers, server errors, maintenance and rate limits. Like the real supplier's
/// web server it can close idle keep-alive connections
/// ([VipResellerSimulatorSettings#withIdleCloseSeconds]) or each connection after one answer
/// ([VipResellerSimulatorSettings#withHttp10]); a request that comes on such a closed connection
/// is dropped unanswered and counted ([#requestsDroppedOnClosedConnections]).
///
/// ```java
/// var simulator = new VipResellerSimulator(VipResellerSimulatorSettings.demo("Xy7Qp2Lm", key)
///         .withCallbackUrl(URI.create("http://127.0.0.1:8787/api/webhooks/vip-reseller")));
/// simulator.start();
/// String baseUrl = simulator.baseUrl();   // http://127.0.0.1:<port>/api
/// ```
///
/// Statuses advance on the [Clock] given (checked on every request and four times a second),
/// or by hand with [#advanceAll], [#advance] and [#completeAll]; tests that step by hand
/// configure long delays or a fixed clock.
public final class VipResellerSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VipResellerSimulator.class);
    private static final long TICK_MILLIS = 250;

    private final VipResellerSimulatorSettings settings;
    private final VipResellerFaults faults;
    private final SimulatedCatalog catalog;
    private final SimulatedPrepaidCatalog prepaidCatalog = SimulatedPrepaidCatalog.standard();
    private final PhpStyleJson json = new PhpStyleJson();
    private final Optional<CallbackSender> callbacks;
    private final List<Consumer<SimulatedTransaction>> statusListeners = new CopyOnWriteArrayList<>();
    private final SimulatedSupplier supplier;
    private final ScheduledExecutorService scheduler;
    private final SimulatorHandler handler;
    private final ServerConnections connections;
    private LoopbackHttpServer server;
    private boolean closed;

    public VipResellerSimulator(VipResellerSimulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public VipResellerSimulator(VipResellerSimulatorSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.faults = new VipResellerFaults(settings.rateLimit());
        this.catalog = SimulatedCatalog.generate(settings.catalogSize(), settings.seed());
        String signature = SimulatedSupplier.md5Hex(settings.apiId() + settings.apiKey());
        this.callbacks = settings.callbackUrl().map(url -> new CallbackSender(url, signature, json));
        Consumer<SimulatedTransaction> onStatusChange = change -> {
            callbacks.ifPresent(c -> c.send(change));
            statusListeners.forEach(listener -> tell(listener, change));
        };
        this.supplier = new SimulatedSupplier(settings, catalog, prepaidCatalog, faults, Objects.requireNonNull(clock, "clock"),
                onStatusChange);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("vip-sim-clock").daemon(true).factory());
        this.handler = new SimulatorHandler(supplier, faults, json, scheduler);
        this.connections = ServerConnections.of(settings.http10(), settings.idleCloseSeconds());
    }

    /// Binds 127.0.0.1 (on [VipResellerSimulatorSettings#port], 0 = any free port) and starts
    /// answering and advancing statuses.
    public synchronized void start() {
        if (server != null || closed) {
            throw new IllegalStateException("the VIP Reseller simulator was already started");
        }
        server = LoopbackHttpServer.start("vip-sim", settings.port(), 32, handler, connections);
        scheduler.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        log.info("VIP Reseller simulator listening on {} ({} game and {} prepaid catalog items)", baseUrl(), catalog.items().size(),
                prepaidCatalog.items().size());
    }

    private void tick() {
        try {
            supplier.advanceByClock();
        } catch (RuntimeException e) {
            // One failed tick must not cancel all later ones.
            log.error("VIP Reseller simulator could not advance its orders", e);
        }
    }

    /// `http://127.0.0.1:<port>/api`: give this to the client as its base URL.
    public String baseUrl() {
        return "http://" + LoopbackHttpServer.HOST + ":" + port() + "/api";
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the VIP Reseller simulator is not started");
        }
        return server.port();
    }

    public VipResellerSimulatorSettings settings() {
        return settings;
    }

    /// The fault switches of this simulator.
    public VipResellerFaults faults() {
        return faults;
    }

    /// Every item `/api/game-feature` `services` can list, in catalog order.
    public List<CatalogItem> catalog() {
        return catalog.items();
    }

    /// The item with this code, if listed.
    public Optional<CatalogItem> catalogItem(String code) {
        return catalog.find(code);
    }

    /// Every item `/api/prepaid` `services` lists, in catalog order.
    public List<PrepaidCatalogItem> prepaidCatalog() {
        return prepaidCatalog.items();
    }

    /// The prepaid item with this code, if listed.
    public Optional<PrepaidCatalogItem> prepaidCatalogItem(String code) {
        return prepaidCatalog.find(code);
    }

    /// Lists a new item or changes a listed one (price, stock) — how tests move the supplier's
    /// catalog between two syncs.
    public void putCatalogItem(CatalogItem item) {
        catalog.put(item);
    }

    /// Stops listing an item; false when no item has this code.
    public boolean removeCatalogItem(String code) {
        return catalog.remove(code);
    }

    /// The `sign` (and callback `X-Client-Signature`) this simulator expects: md5(apiId + apiKey).
    public String signature() {
        return supplier.sign();
    }

    public long balance() {
        return supplier.balance();
    }

    /// Sets the account balance, e.g. to provoke `Saldo Anda tidak cukup …`.
    public void setBalance(long rupiah) {
        supplier.setBalance(rupiah);
    }

    /// Orders placed so far (game and prepaid), newest first.
    public List<SimulatedTransaction> transactions() {
        return supplier.transactions();
    }

    public Optional<SimulatedTransaction> transaction(String trxId) {
        return supplier.transaction(trxId);
    }

    /// How many order requests arrived over HTTP, whether they were placed, refused or hit a
    /// fault: the number to assert when "the supplier must be asked exactly once".
    public long orderRequestsReceived() {
        return handler.orderRequests();
    }

    /// Requests that came on a connection the simulator had already closed
    /// ([VipResellerSimulatorSettings#withHttp10], [VipResellerSimulatorSettings#withIdleCloseSeconds])
    /// and were dropped unanswered, unprocessed: each is a request a client wrote onto a dead
    /// pooled connection.
    public long requestsDroppedOnClosedConnections() {
        return connections.requestsDroppedOnClosedConnections();
    }

    /// Calls `listener` with the trxid of each new order right after the simulator recorded it
    /// and before its answer is written (on the HTTP thread that handles it, so the answer waits
    /// for the listener): the moment the order exists at the supplier but the client cannot know
    /// yet. A listener that throws is logged and does not change the answer.
    public void onOrderReceived(Consumer<String> listener) {
        handler.onOrderReceived(Objects.requireNonNull(listener, "listener"));
    }

    /// Calls `listener` with every status change (waiting → processing → success/error), after
    /// the change is recorded, on the thread that made it: the in-process twin of a callback, for a
    /// console that runs the simulator itself and wants to look at once instead of at its next poll.
    /// A listener that throws is logged and does not stop the others.
    public void onStatusChange(Consumer<SimulatedTransaction> listener) {
        statusListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private static void tell(Consumer<SimulatedTransaction> listener, SimulatedTransaction change) {
        try {
            listener.accept(change);
        } catch (RuntimeException e) {
            log.error("A status listener failed on {}", change.trxId(), e);
        }
    }

    /// Callbacks the receiver accepted (any HTTP status); 0 without a callback URL.
    public long callbacksDelivered() {
        return callbacks.map(CallbackSender::delivered).orElse(0L);
    }

    /// Moves every pending order one step: waiting → processing → success/error. Returns how many
    /// moved.
    public int advanceAll() {
        return supplier.advanceAll();
    }

    /// Moves one order one step; false when it is unknown or already final.
    public boolean advance(String trxId) {
        return supplier.advance(trxId);
    }

    /// Brings every pending order to its final state.
    public void completeAll() {
        supplier.completeAll();
    }

    @Override
    public synchronized void close() {
        closed = true;
        scheduler.shutdownNow();
        handler.abortDelayedAnswers();
        stopServer();
        callbacks.ifPresent(CallbackSender::close);
    }

    private void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
