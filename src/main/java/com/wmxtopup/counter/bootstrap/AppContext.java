package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.HibernateOrderRepository;
import com.wmxtopup.counter.adapter.persistence.HibernateProductRepository;
import com.wmxtopup.counter.adapter.web.HealthEndpoint;
import com.wmxtopup.counter.adapter.web.PortInUseException;
import com.wmxtopup.counter.adapter.web.WebServer;
import com.wmxtopup.counter.application.HealthService;
import com.wmxtopup.counter.application.SystemInfo;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.ProductRepository;
import com.wmxtopup.counter.bootstrap.config.AppConfig;
import com.wmxtopup.counter.bootstrap.config.ConfigKey;
import com.wmxtopup.counter.bootstrap.config.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The one composition root: builds every service by constructor from the configuration, and
/// shuts them down in the order of docs/architecture.md (sync worker → Jetty → task runner →
/// SessionFactory → HTTP clients). Used by both the window and headless mode.
public final class AppContext implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppContext.class);

    private final AppConfig config;
    private final SystemInfo systemInfo;
    private final Database database;
    private final OrderRepository orders;
    private final ProductRepository products;
    private final HealthService health;
    private final WebServer webServer;
    private boolean servingStopped;
    private boolean closed;

    private AppContext(AppConfig config, SystemInfo systemInfo, Database database, OrderRepository orders,
                       ProductRepository products, HealthService health, WebServer webServer) {
        this.config = config;
        this.systemInfo = systemInfo;
        this.database = database;
        this.orders = orders;
        this.products = products;
        this.health = health;
        this.webServer = webServer;
    }

    /// Opens the database, then starts the web server. Anything that fails on the way is closed
    /// again and reported as a [ConfigurationException] or a database start failure.
    public static AppContext start(AppConfig config) {
        createDataDirectory(config);
        log.info("Starting WMX Topup Counter {} in {} mode ({})", Version.current(), config.mode(), config.modeReason());
        log.info("Configuration: {}", config.describe());
        Database database = Database.open(config.database());
        try {
            var systemInfo = new SystemInfo(Version.current(), config.mode(), config.modeReason(), config.database().kind(),
                    config.database().location(), config.dataDirectory());
            var orders = new HibernateOrderRepository(database.sessionFactory());
            var products = new HibernateProductRepository(database.sessionFactory());
            var health = new HealthService(database, config.mode());
            var webServer = new WebServer(config.webhookBindAddress(), config.webhookPort(),
                    List.of(new HealthEndpoint(health).endpoint()));
            try {
                webServer.start();
            } catch (PortInUseException e) {
                throw new ConfigurationException(ConfigKey.WEBHOOK_PORT, "port " + e.port() + " on " + e.host()
                        + " is already in use (is another WMX Topup Counter running?); choose another with --port or WEBHOOK_PORT.");
            }
            return new AppContext(config, systemInfo, database, orders, products, health, webServer);
        } catch (RuntimeException e) {
            database.close();
            throw e;
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

    public SystemInfo systemInfo() {
        return systemInfo;
    }

    public OrderRepository orders() {
        return orders;
    }

    public ProductRepository products() {
        return products;
    }

    public HealthService health() {
        return health;
    }

    /// The bound port of the webhook / REST server.
    public int webPort() {
        return webServer.port();
    }

    public String webHost() {
        return webServer.host();
    }

    /// Stops taking work from outside (sync worker, then Jetty); the database stays open so
    /// that work in hand can finish. Idempotent.
    public synchronized void stopServing() {
        if (servingStopped) {
            return;
        }
        servingStopped = true;
        log.info("Shutting down");
        webServer.close();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        stopServing();
        closed = true;
        database.close();
        log.info("Stopped");
    }
}
