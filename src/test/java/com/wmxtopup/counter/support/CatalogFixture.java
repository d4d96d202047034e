package com.wmxtopup.counter.support;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcCatalogSyncRunRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcPriceRuleRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcProductRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcSupplierAccountRepository;
import com.wmxtopup.counter.adapter.vip.VipResellerClient;
import com.wmxtopup.counter.adapter.vip.VipResellerSettings;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.catalog.CatalogService;
import com.wmxtopup.counter.application.catalog.CatalogSync;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import java.time.Clock;
import java.util.function.UnaryOperator;

/// The real catalog stack for tests: an H2 file database, the VIP Reseller simulator over real
/// HTTP, the real client, repositories and use cases.
public final class CatalogFixture implements AutoCloseable {

    public final VipResellerSimulator simulator;
    public final VipResellerClient supplier;
    public final Database database;
    public final JdbcProductRepository products;
    public final JdbcPriceRuleRepository rules;
    public final JdbcSupplierAccountRepository accounts;
    public final JdbcCatalogSyncRunRepository runs;
    public final CatalogService catalog;
    public final CatalogSync sync;
    /// What the catalog's use cases wrote to the audit log.
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final com.wmxtopup.counter.application.audit.Audit audit = new com.wmxtopup.counter.application.audit.Audit(auditLog,
            Clock.systemUTC());

    public CatalogFixture() {
        this(UnaryOperator.identity());
    }

    public CatalogFixture(UnaryOperator<VipResellerSimulatorSettings> simulatorSettings) {
        Clock clock = Clock.systemUTC();
        simulator = new VipResellerSimulator(simulatorSettings.apply(VipResellerSimulatorSettings.demo("TESTID01", "test-key-0123456789")),
                clock);
        simulator.start();
        supplier = new VipResellerClient(VipResellerSettings.of(simulator.baseUrl(), "TESTID01", "test-key-0123456789"), clock);
        var file = TestApp.newDataDirectory("catalog").resolve("db");
        database = Database.open(new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString()));
        products = new JdbcProductRepository(database.jdbc());
        rules = new JdbcPriceRuleRepository(database.jdbc(), clock);
        accounts = new JdbcSupplierAccountRepository(database.jdbc());
        runs = new JdbcCatalogSyncRunRepository(database.jdbc());
        catalog = new CatalogService(products, rules, accounts, audit);
        sync = new CatalogSync(supplier, products, rules, accounts, runs, audit, clock);
    }

    @Override
    public void close() {
        database.close();
        supplier.close();
        simulator.close();
    }
}
