package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.adapter.persistence.DailyBackups;
import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.JdbcApiTokenRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcAuditLog;
import com.wmxtopup.counter.adapter.persistence.JdbcUserRepository;
import com.wmxtopup.counter.adapter.security.BcryptPinHasher;
import com.wmxtopup.counter.application.access.ApiTokens;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.access.ManageUsers;
import com.wmxtopup.counter.application.access.SignIn;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditTrail;
import com.wmxtopup.counter.adapter.persistence.EmbeddedStore;
import com.wmxtopup.counter.adapter.printing.EscPosReceiptPrinter;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.port.PaperWidth;
import com.wmxtopup.counter.application.receipt.Receipts;
import com.wmxtopup.counter.application.shift.ShiftDesk;
import com.wmxtopup.counter.application.shift.ShiftPapers;
import com.wmxtopup.counter.application.shift.ShiftReports;
import com.wmxtopup.counter.application.shift.Shifts;
import com.wmxtopup.counter.adapter.persistence.JdbcShiftFigures;
import com.wmxtopup.counter.adapter.persistence.JdbcShiftRepository;
import com.wmxtopup.counter.adapter.printing.EscPosShiftReportPrinter;
import com.wmxtopup.counter.application.receipt.ShopInfo;
import com.wmxtopup.counter.adapter.persistence.JdbcCatalogSyncRunRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcConsoleRunRepository;
import com.wmxtopup.counter.adapter.scheduling.Heartbeat;
import com.wmxtopup.counter.application.ConsoleRun;
import com.wmxtopup.counter.application.order.ChargeRecovery;
import com.wmxtopup.counter.application.order.FindOrders;
import com.wmxtopup.counter.application.order.FollowShownOrder;
import com.wmxtopup.counter.application.order.OrderEvents;
import com.wmxtopup.counter.application.order.ExportOrders;
import com.wmxtopup.counter.application.order.OrderList;
import com.wmxtopup.counter.application.order.PublishingOrderRepository;
import com.wmxtopup.counter.application.order.SettleOrders;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcPaymentNotificationLog;
import com.wmxtopup.counter.adapter.persistence.JdbcPriceRuleRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcProductRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcSupplierAccountRepository;
import com.wmxtopup.counter.adapter.scheduling.FulfilmentWorker;
import com.wmxtopup.counter.adapter.scheduling.SyncWorker;
import com.wmxtopup.counter.adapter.export.CsvAuditTable;
import com.wmxtopup.counter.adapter.export.CsvSalesReport;
import com.wmxtopup.counter.adapter.persistence.JdbcSalesFigures;
import com.wmxtopup.counter.adapter.printing.PdfSalesReport;
import com.wmxtopup.counter.application.report.SalesReports;
import com.wmxtopup.counter.adapter.export.CsvOrderTable;
import com.wmxtopup.counter.adapter.web.AdminEndpoints;
import com.wmxtopup.counter.adapter.web.BackOfficeEndpoints;
import com.wmxtopup.counter.adapter.web.ApiAuthentication;
import com.wmxtopup.counter.adapter.web.OrdersEndpoints;
import com.wmxtopup.counter.adapter.web.WebhookEndpoints;
import com.wmxtopup.counter.adapter.web.Endpoint;
import com.wmxtopup.counter.adapter.web.HealthEndpoint;
import com.wmxtopup.counter.adapter.web.PortInUseException;
import com.wmxtopup.counter.adapter.web.ServicesEndpoints;
import com.wmxtopup.counter.adapter.web.WebServer;
import com.wmxtopup.counter.application.ConsoleStatus;
import com.wmxtopup.counter.adapter.midtrans.MidtransGatewayProbe;
import com.wmxtopup.counter.adapter.settings.SettingsFile;
import com.wmxtopup.counter.adapter.vip.VipSupplierProbe;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.port.AuditLog;
import com.wmxtopup.counter.application.settings.ConnectionChecks;
import com.wmxtopup.counter.application.settings.SettingsEditor;
import com.wmxtopup.counter.bootstrap.config.ConfiguredSources;
import com.wmxtopup.counter.bootstrap.config.DatabaseUrlProbe;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.application.HealthService;
import com.wmxtopup.counter.application.order.Checkout;
import com.wmxtopup.counter.application.order.Fulfilment;
import com.wmxtopup.counter.application.order.OrderSync;
import com.wmxtopup.counter.application.order.PaymentCancellation;
import com.wmxtopup.counter.application.order.PaymentNotifications;
import com.wmxtopup.counter.application.order.PaymentPolling;
import com.wmxtopup.counter.application.order.PaymentUpdates;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.application.SystemInfo;
import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.application.catalog.CatalogSync;
import com.wmxtopup.counter.application.catalog.CatalogSyncRun;
import com.wmxtopup.counter.application.port.DemoCustomer;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import com.wmxtopup.counter.bootstrap.config.AppConfig;
import com.wmxtopup.counter.bootstrap.config.ConfigKey;
import com.wmxtopup.counter.bootstrap.config.ConfigurationException;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The one composition root: builds every service by constructor from the configuration, and
/// shuts them down in the order of docs/architecture.md (sync worker → Jetty → task runner →
/// SessionFactory → HTTP clients → simulators). Used by both the window and headless mode.
public final class AppContext implements AutoCloseable {

    static final String CATALOG_JOB = "catalog";
    static final String ORDERS_JOB = "orders";
    static final String DISPATCH_JOB = "dispatch";
    static final String BALANCE_JOB = "balance";
    static final String IN_FLIGHT_JOB = "in-flight";
    static final String BACKUP_JOB = "backup";
    static final Duration BACKUP_CHECK_INTERVAL = Duration.ofHours(1);
    /// How often orders nobody holds (a dead run's, an unknown outcome due for a look-up) are checked.
    private static final Duration IN_FLIGHT_INTERVAL = Duration.ofSeconds(5);
    private static final String ORDER_PREFIX = "WMX";
    private static final String MIDTRANS_WEBHOOK = "/api/webhooks/midtrans";
    private static final Duration BALANCE_INTERVAL = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(AppContext.class);
    /// A fresh install (or one whose catalog is stale) syncs this soon after start.
    private static final Duration FIRST_CATALOG_SYNC_DELAY = Duration.ofSeconds(3);

    private final AppConfig config;
    private final SystemInfo systemInfo;
    private final Database database;
    private final Integrations integrations;
    private final OrderRepository orders;
    private final FindOrders findOrders;
    private final OrderEvents orderEvents;
    private final CatalogService catalog;
    private final CatalogSync catalogSync;
    private final Checkout checkout;
    private final OrderSync orderSync;
    private final ConsoleStatus consoleStatus;
    private final Receipts receipts;
    private final PaymentCancellation paymentCancellation;
    private final WebServer webServer;
    private final SyncWorker syncWorker;
    private final FulfilmentWorker fulfilmentWorker;
    private final FollowShownOrder followShownOrder;
    private final ConsoleRun consoleRun;
    private final Heartbeat heartbeat;
    private final Clock clock;
    private final BackOffice backOffice;
    private final Access access;
    private final Settings settings;
    private final ShiftDesk shiftDesk;
    private final SalesReports reports;
    private final JdbcSalesFigures salesFigures;
    private boolean servingStopped;
    private boolean closed;

    private AppContext(AppConfig config, SystemInfo systemInfo, Database database, Integrations integrations, OrderRepository orders,
            FindOrders findOrders, CatalogService catalog, CatalogSync catalogSync,
            Checkout checkout, OrderSync orderSync, ConsoleStatus consoleStatus, Receipts receipts,
            PaymentCancellation paymentCancellation, WebServer webServer,
            SyncWorker syncWorker, ConsoleRun consoleRun, Heartbeat heartbeat, Clock clock, OrderEvents orderEvents,
            BackOffice backOffice, Access access, Settings settings, ShiftDesk shiftDesk, FulfilmentWorker fulfilmentWorker,
            FollowShownOrder followShownOrder, SalesReports reports, JdbcSalesFigures salesFigures) {
        this.shiftDesk = shiftDesk;
        this.salesFigures = salesFigures;
        this.fulfilmentWorker = fulfilmentWorker;
        this.followShownOrder = followShownOrder;
        this.reports = reports;
        this.backOffice = backOffice;
        this.access = access;
        this.settings = settings;
        this.config = config;
        this.systemInfo = systemInfo;
        this.database = database;
        this.integrations = integrations;
        this.orders = orders;
        this.findOrders = findOrders;
        this.catalog = catalog;
        this.catalogSync = catalogSync;
        this.checkout = checkout;
        this.orderSync = orderSync;
        this.consoleStatus = consoleStatus;
        this.receipts = receipts;
        this.paymentCancellation = paymentCancellation;
        this.webServer = webServer;
        this.syncWorker = syncWorker;
        this.consoleRun = consoleRun;
        this.heartbeat = heartbeat;
        this.clock = clock;
        this.orderEvents = orderEvents;
    }

    /// Builds the application ([#build]) and starts it ([#startServing]). Anything that fails on
    /// the way is closed again and reported as a [ConfigurationException] or a database start
    /// failure.
    public static AppContext start(AppConfig config) {
        return start(config, phase -> {
        });
    }

    /// As [#start(AppConfig)], telling `progress` as each step begins (the splash window shows it).
    static AppContext start(AppConfig config, Consumer<StartupPhase> progress) {
        AppContext context = build(config, progress);
        try {
            progress.accept(StartupPhase.SERVING);
            context.startServing();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    /// Opens the database, connects the supplier and gateway (or starts the simulators they talk
    /// to in demo mode) and constructs every service; nothing runs on its own yet: no thread, no
    /// listening port, no console run.
    static AppContext build(AppConfig config, Consumer<StartupPhase> progress) {
        createDataDirectory(config);
        log.info("Starting WMX Topup Counter {} in {} mode ({})", Version.current(), config.mode(), config.modeReason());
        log.info("Configuration: {}", config.describe());
        Clock clock = Clock.systemUTC();
        var started = new ArrayList<AutoCloseable>();
        try {
            progress.accept(StartupPhase.DATABASE);
            // The supplier's and the gateway's clients (in demo mode their simulators, about 0.2 s)
            // need nothing from the database: they start beside it.
            var connecting = java.util.concurrent.CompletableFuture.supplyAsync(() -> Integrations.start(config, clock),
                    runnable -> Thread.ofPlatform().name("wmx-connect").daemon().start(runnable));
            Database database;
            try {
                database = Database.open(config.database());
            } catch (RuntimeException e) {
                connecting.thenAccept(Integrations::close);
                throw e;
            }
            started.add(database);
            progress.accept(StartupPhase.CONNECTIONS);
            Integrations integrations = joinStart(connecting);
            started.add(integrations);
            progress.accept(StartupPhase.SERVICES);

            var jdbc = database.jdbc();
            var systemInfo = new SystemInfo(Version.current(), config.mode(), config.modeReason(), config.database().kind(),
                    config.database().location(), config.dataDirectory(), config.shopZone());
            var orderEvents = new OrderEvents();
            var orders = new PublishingOrderRepository(new JdbcOrderRepository(jdbc), orderEvents);
            var products = new JdbcProductRepository(jdbc);
            var priceRules = new JdbcPriceRuleRepository(jdbc, clock);
            var accounts = new JdbcSupplierAccountRepository(jdbc);
            var syncRuns = new JdbcCatalogSyncRunRepository(jdbc);
            var consoleRun = new ConsoleRun(ConsoleIdentity.of(config.dataDirectory()), ConsoleIdentity.hostName(),
                    new JdbcConsoleRunRepository(jdbc), clock);
            var heartbeat = new Heartbeat(ConsoleRun.HEARTBEAT, consoleRun::heartbeat);
            var health = new HealthService(database, config.mode());
            var auditLog = new JdbcAuditLog(jdbc);
            var audit = new Audit(auditLog, clock);
            var catalog = new CatalogService(products, priceRules, accounts, audit);
            var catalogSync = new CatalogSync(integrations.supplier(), products, priceRules, accounts, syncRuns, audit, clock);

            var users = new JdbcUserRepository(jdbc);
            var pinHasher = new BcryptPinHasher();
            var apiTokens = new ApiTokens(new JdbcApiTokenRepository(jdbc), config.apiToken(), audit, clock);
            var access = new Access(new SignIn(users, pinHasher, audit, clock), new ManageUsers(users, pinHasher, audit, clock), apiTokens,
                    new AuditTrail(auditLog, new CsvAuditTable(), config.shopZone()));
            var notificationLog = new JdbcPaymentNotificationLog(jdbc);
            var paymentUpdates = new PaymentUpdates(orders, clock);
            var notifications = new PaymentNotifications(integrations.gateway(), orders, notificationLog, paymentUpdates, clock);
            var fulfilment = new Fulfilment(orders, integrations.supplier(), database, consoleRun, clock,
                    Fulfilment.Settings.defaults().withAbsenceWindow(config.supplierAbsentAfter()));
            var orderSync = new OrderSync(new ChargeRecovery(orders, integrations.gateway(), paymentUpdates, consoleRun, clock),
                    new PaymentPolling(orders, integrations.gateway(), paymentUpdates, clock), fulfilment,
                    integrations.supplier(), accounts, clock);
            // Live consoles reachable from the internet name their receiver in every charge; the
            // demo gateway is told its "dashboard" URL once the receiver listens (startServing).
            var checkoutSettings = new Checkout.Settings(ORDER_PREFIX, config.paymentExpiry(),
                    config.publicBaseUrl().map(base -> base.resolve(MIDTRANS_WEBHOOK)), config.shopZone());
            var receipts = new Receipts(new EscPosReceiptPrinter(),
                    new ShopInfo(config.shopName(), config.shopAddress(), "Terima kasih!", config.shopZone()),
                    config.dataDirectory().resolve("receipts"), config.receiptPrinter(),
                    config.receiptPaperMillimetres() == 80 ? PaperWidth.MM_80 : PaperWidth.MM_58, config.mode() == RuntimeMode.DEMO);
            var shiftRepository = new JdbcShiftRepository(jdbc);
            var shifts = new Shifts(shiftRepository,
                    new ShiftReports(shiftRepository, new JdbcShiftFigures(jdbc), receipts::shop,
                            config.mode() == RuntimeMode.DEMO,
                            clock),
                    integrations.supplier(), accounts, audit, consoleRun.consoleId(), clock);
            var shiftPapers = new ShiftPapers(new EscPosShiftReportPrinter(), config.dataDirectory().resolve("shifts"),
                    receipts::thermalPrinter);
            var checkout = new Checkout(catalog, orders, integrations.gateway(), accounts, database, consoleRun, shifts, clock,
                    checkoutSettings);

            var jobs = new ArrayList<>(List.of(
                    new SyncWorker.Job(ORDERS_JOB, config.syncInterval(), Duration.ofSeconds(2), () -> orderSync.pass()),
                    new SyncWorker.Job(DISPATCH_JOB, Duration.ofHours(1), Duration.ofSeconds(1), () -> orderSync.dispatchNow()),
                    new SyncWorker.Job(IN_FLIGHT_JOB, IN_FLIGHT_INTERVAL, Duration.ofSeconds(1), () -> orderSync.recoverInFlight()),
                    new SyncWorker.Job(BALANCE_JOB, BALANCE_INTERVAL, Duration.ofSeconds(1), orderSync::refreshBalance),
                    new SyncWorker.Job(CATALOG_JOB, config.catalogSyncInterval(),
                            () -> firstCatalogSyncDelay(catalogSync, config.catalogSyncInterval(), clock),
                            () -> runCatalogSync(catalogSync))));
            if (config.database().kind() == DatabaseKind.H2 && config.backupKeep() > 0) {
                // Hourly look, one backup per shop day: a console started once a day still gets one.
                var backups = new DailyBackups(database, config.backupDirectory(),
                        EmbeddedStore.of(config.database()).file().getFileName().toString().replace(".mv.db", ""), config.backupKeep(),
                        clock, config.shopZone().zone());
                jobs.add(new SyncWorker.Job(BACKUP_JOB, BACKUP_CHECK_INTERVAL, Duration.ofMinutes(1), backups::runIfDue));
            }
            var syncWorker = new SyncWorker(jobs, clock);
            // A committed payment (webhook, fast look, pass, an admin's retry) is sent at once, on
            // the fulfilment worker's threads, not at the sync thread's next turn.
            var fulfilmentWorker = new FulfilmentWorker(fulfilment, orderSync::balanceTaken);
            orderEvents.subscribe(change -> {
                if (change.status() == OrderStatus.PAID) {
                    fulfilmentWorker.wake();
                }
            });
            // The sales rollups take in this console's order changes in the background (ADR 0018).
            var salesFigures = new JdbcSalesFigures(jdbc, config.shopZone());
            orderEvents.subscribe(change -> salesFigures.ordersChanged());
            var followShownOrder = new FollowShownOrder(orders, integrations.gateway(), paymentUpdates, integrations.supplier(),
                    fulfilment, clock, FollowShownOrder.Settings.defaults());
            // The demo supplier runs in this process: when it finishes an order the console looks at
            // once (as a supplier callback would make it), not at the next sync pass up to an interval later.
            integrations.vipSimulator().ifPresent(simulator -> simulator.onStatusChange(change -> {
                if (change.status().isFinal()) {
                    syncWorker.runNow(ORDERS_JOB);
                }
            }));

            var auth = new ApiAuthentication(apiTokens::authenticate);
            var endpoints = new ArrayList<Endpoint>();
            endpoints.add(new HealthEndpoint(health).endpoint());
            endpoints.addAll(new ServicesEndpoints(catalog, catalogSync, integrations.supplier(), auth).endpoints());
            var findOrders = new FindOrders(orders, clock);
            endpoints.addAll(new OrdersEndpoints(checkout, findOrders, orderSync, auth).endpoints());
            endpoints.addAll(new WebhookEndpoints(notifications, integrations.supplier(), fulfilmentWorker::wake,
                    () -> syncWorker.runNow(ORDERS_JOB)).endpoints());
            endpoints.addAll(new AdminEndpoints(orderSync, integrations.supplier(), auth, config.cronSecretKey()).endpoints());
            var orderList = new OrderList(orders, notificationLog, clock, config.shopZone());
            var backOffice = new BackOffice(orderList,
                    new SettleOrders(orders, integrations.gateway(), paymentUpdates, fulfilment, fulfilmentWorker::wake,
                            shifts, audit, clock),
                    new ExportOrders(orderList, new CsvOrderTable(), config.shopZone(), audit));
            endpoints.addAll(new BackOfficeEndpoints(backOffice.orderList(), findOrders, backOffice.settleOrders(), auth).endpoints());
            var webServer = new WebServer(config.webhookBindAddress(), config.webhookPort(), endpoints);
            var consoleStatus = new ConsoleStatus(health, accounts, notificationLog, syncWorker, ORDERS_JOB);
            var paymentCancellation = new PaymentCancellation(orders, integrations.gateway(), paymentUpdates);
            findOrders.setDuplicateSaleWindow(config.duplicateSaleWindow());
            consoleStatus.setLowBalanceThreshold(Money.rupiah(config.lowBalanceRupiah()));
            var live = new AppliedSettings(receipts, checkout, findOrders, consoleStatus, config.shopName(), config.shopAddress(),
                    config.receiptPrinter(), config.receiptPaperMillimetres());
            var editor = new SettingsEditor(SettingsFile.in(config.dataDirectory()), new ConfiguredSources(config), live, audit);
            var settings = new Settings(editor, new ConnectionChecks(editor, new VipSupplierProbe(clock), new MidtransGatewayProbe(),
                    new DatabaseUrlProbe(config.dataDirectory())));
            return new AppContext(config, systemInfo, database, integrations, orders, findOrders, catalog, catalogSync,
                    checkout, orderSync, consoleStatus, receipts, paymentCancellation, webServer, syncWorker, consoleRun, heartbeat, clock,
                    orderEvents, backOffice, access, settings, new ShiftDesk(shifts, shiftPapers), fulfilmentWorker,
                    followShownOrder,
                    new SalesReports(salesFigures, new CsvSalesReport(), new PdfSalesReport(), config.shopZone(), receipts::shopName),
                    salesFigures);
        } catch (RuntimeException e) {
            closeInReverse(started);
            throw e;
        }
    }

    /// Starts what runs on its own: the console run and its heartbeat, the web server, the sync
    /// worker. Called once, after [#build].
    void startServing() {
        consoleRun.begin();
        heartbeat.start();
        try {
            webServer.start();
        } catch (PortInUseException e) {
            throw new ConfigurationException(ConfigKey.WEBHOOK_PORT, "port " + e.port() + " on " + e.host()
                    + " is already in use (is another WMX Topup Counter running?); choose another with --port or WEBHOOK_PORT.");
        }
        if (config.publicBaseUrl().isEmpty()) {
            // The demo gateway runs on this machine, so it can always reach our own receiver.
            integrations.midtransSimulator().ifPresent(simulator -> simulator.setDefaultNotificationUrl(
                    URI.create("http://127.0.0.1:" + webServer.port() + MIDTRANS_WEBHOOK)));
        }
        syncWorker.start();
        fulfilmentWorker.start();
        salesFigures.keepUpToDate();
    }

    private static void runCatalogSync(CatalogSync sync) {
        var result = sync.run(Operator.SYSTEM, ProgressListener.NONE);
        if (result instanceof CatalogSync.Result.Failed failed) {
            log.warn("Scheduled catalog sync failed ({}): {}", failed.reason(), failed.run().error());
        }
    }

    /// Soon when the catalog was never synced or is older than one interval; else when due.
    private static Duration firstCatalogSyncDelay(CatalogSync sync, Duration interval, Clock clock) {
        Optional<CatalogSyncRun> last = sync.lastRun().filter(run -> run.outcome() == CatalogSyncRun.Outcome.SUCCESS);
        if (last.isEmpty()) {
            return FIRST_CATALOG_SYNC_DELAY;
        }
        Duration age = Duration.between(last.get().startedAt(), clock.instant());
        Duration remaining = interval.minus(age);
        return remaining.compareTo(FIRST_CATALOG_SYNC_DELAY) < 0 ? FIRST_CATALOG_SYNC_DELAY : remaining;
    }

    /// Waits for a start-up step run on a thread of its own; its failure is thrown as it was thrown
    /// there (not wrapped), so that [StartupFailures] can explain it.
    static <T> T joinStart(java.util.concurrent.CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static void closeInReverse(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception suppressed) {
                log.warn("Closing a part of the application failed; the rest is still closed", suppressed);
            }
        }
    }

    private static void createDataDirectory(AppConfig config) {
        try {
            Files.createDirectories(config.dataDirectory());
        } catch (IOException e) {
            throw new ConfigurationException(ConfigKey.DATA_DIR, "cannot create the data folder " + config.dataDirectory()
                    + " (" + e.getMessage() + "); choose a writable folder with --data-dir.");
        }
    }

    public AppConfig config() {
        return config;
    }

    /// "Order N changed", after every committed change made by this console.
    public OrderEvents orderEvents() {
        return orderEvents;
    }

    /// The one clock of the application: screens and services agree on "now".
    public Clock clock() {
        return clock;
    }

    public SystemInfo systemInfo() {
        return systemInfo;
    }

    /// Orders for the screens: read through the use case, never the repository.
    public FindOrders findOrders() {
        return findOrders;
    }

    /// The repository itself, for the composition root's own helpers (the demo customer).
    OrderRepository orders() {
        return orders;
    }

    public CatalogService catalog() {
        return catalog;
    }

    public CatalogSync catalogSync() {
        return catalogSync;
    }

    public Checkout checkout() {
        return checkout;
    }

    public OrderSync orderSync() {
        return orderSync;
    }

    /// The drawer's shifts on this console and their X/Z reports on paper.
    public ShiftDesk shiftDesk() {
        return shiftDesk;
    }

    public Receipts receipts() {
        return receipts;
    }

    /// The admin's use cases on orders: the list with its filters and an order's story, and the
    /// settling actions.
    public record BackOffice(OrderList orderList, SettleOrders settleOrders, ExportOrders exportOrders) {
    }

    /// The Pengaturan screen's use cases: reading, checking and saving settings, connection tests.
    public record Settings(SettingsEditor editor, ConnectionChecks connections) {
    }

    /// Empty until the audit log they write to exists (see [#build]).
    public Settings settings() {
        return settings;
    }

    /// The URL to paste into the Midtrans dashboard (Settings → Payment → Notification URL): the
    /// public base URL when one is configured, else this console's own address (reachable only
    /// when the shop forwards a public port to it).
    public String midtransNotificationUrl() {
        return config.publicBaseUrl().map(base -> base.resolve(MIDTRANS_WEBHOOK).toString())
                .orElse("http://" + webServer.host() + ":" + webServer.port() + MIDTRANS_WEBHOOK);
    }

    public BackOffice backOffice() {
        return backOffice;
    }

    /// Who may do what: PIN sign-in and the supervisor override, users, REST tokens, the audit log.
    public record Access(SignIn signIn, ManageUsers users, ApiTokens apiTokens, AuditTrail auditTrail) {
    }

    public Access access() {
        return access;
    }

    /// The sales reports (Laporan) and their CSV and PDF.
    public SalesReports reports() {
        return reports;
    }

    public PaymentCancellation paymentCancellation() {
        return paymentCancellation;
    }

    /// Database, supplier balance and sync worker state, for the status bar.
    public ConsoleStatus consoleStatus() {
        return consoleStatus;
    }

    /// Wakes fulfilment at once (after a cash sale, or a payment the window saw first).
    public void wakeFulfilment() {
        fulfilmentWorker.wake();
    }

    /// The order a screen shows, looked at fast (its QR's payment, its supplier progress).
    public FollowShownOrder followShownOrder() {
        return followShownOrder;
    }

    public TopUpSupplier supplier() {
        return integrations.supplier();
    }

    /// The VIP Reseller simulator in demo mode (tests and the demo console drive it).
    public Optional<VipResellerSimulator> vipSimulator() {
        return integrations.vipSimulator();
    }

    /// In demo mode, the customer who pays the newest waiting QR (the console's demo button).
    public Optional<DemoCustomer> demoCustomer() {
        return integrations.midtransSimulator().map(simulator -> new SimulatedCustomer(simulator, orders));
    }

    /// The Midtrans simulator in demo mode ("customer pays").
    public Optional<MidtransSimulator> midtransSimulator() {
        return integrations.midtransSimulator();
    }

    /// The bound port of the webhook / REST server.
    public int webPort() {
        return webServer.port();
    }

    public String webHost() {
        return webServer.host();
    }

    /// Stops taking work (sync worker, then Jetty); the database stays open so that work in
    /// hand can finish. Idempotent.
    public synchronized void stopServing() {
        if (servingStopped) {
            return;
        }
        servingStopped = true;
        log.info("Shutting down");
        // The worker first (it may finish a supplier call), then Jetty; each even if the other fails.
        closeInReverse(List.of(salesFigures, webServer, syncWorker, fulfilmentWorker));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        stopServing();
        closed = true;
        // Each one closed even when an earlier one fails (logged by closeInReverse).
        closeInReverse(List.of(integrations, database, consoleRun::end, heartbeat));
        log.info("Stopped");
    }
}
