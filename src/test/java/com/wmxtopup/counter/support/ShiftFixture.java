package com.wmxtopup.counter.support;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.HibernateShiftFigures;
import com.wmxtopup.counter.adapter.persistence.HibernateShiftRepository;
import com.wmxtopup.counter.adapter.persistence.HibernateSupplierAccountRepository;
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
        var repository = new HibernateShiftRepository(database.sessionFactory());
        var reports = new ShiftReports(repository, new HibernateShiftFigures(database.sessionFactory()),
                () -> new ShopInfo("Toko Uji", "", "", ShopZone.WIB), false, clock);
        return new Shifts(repository, reports, supplier, new HibernateSupplierAccountRepository(database.sessionFactory()),
                new Audit(auditLog, clock), consoleId, clock);
    }

    @Override
    public void close() {
        database.close();
        supplier.close();
        simulator.close();
    }
}
