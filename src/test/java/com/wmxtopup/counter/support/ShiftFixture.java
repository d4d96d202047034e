package com.wmxtopup.counter.support;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcShiftFigures;
import com.wmxtopup.counter.adapter.persistence.JdbcShiftRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcSupplierAccountRepository;
import com.wmxtopup.counter.adapter.vip.VipResellerClient;
import com.wmxtopup.counter.adapter.vip.VipResellerSettings;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.receipt.ShopInfo;
import com.wmxtopup.counter.application.shift.ShiftReports;
import com.wmxtopup.counter.application.shift.Shifts;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import java.time.Clock;

/// Shifts on a real database with the VIP Reseller simulator's balance over HTTP, for the shift
/// tests of the use case and of the Kas screen's view models.
public final class ShiftFixture implements AutoCloseable {

    public final VipResellerSimulator simulator;
    public final VipResellerClient supplier;
    public final Database database;
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final Clock clock;

    public ShiftFixture(DatabaseSettings settings, Clock clock) {
        this.clock = clock;
        simulator = new VipResellerSimulator(VipResellerSimulatorSettings.demo("TESTID01", "test-key-0123456789"), clock);
        simulator.start();
        supplier = new VipResellerClient(VipResellerSettings.of(simulator.baseUrl(), "TESTID01", "test-key-0123456789"), clock);
        database = Database.open(settings);
    }

    /// The shifts of console `consoleId` on this database.
    public Shifts shiftsOn(String consoleId) {
        var repository = new JdbcShiftRepository(database.jdbc());
        var reports = new ShiftReports(repository, new JdbcShiftFigures(database.jdbc()),
                () -> new ShopInfo("Toko Uji", "", "", ShopZone.WIB), false, clock);
        return new Shifts(repository, reports, supplier, new JdbcSupplierAccountRepository(database.jdbc()),
                new Audit(auditLog, clock), consoleId, clock);
    }

    @Override
    public void close() {
        database.close();
        supplier.close();
        simulator.close();
    }
}
