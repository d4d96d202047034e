package com.wmxtopup.counter.benchmark;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcShiftFigures;
import com.wmxtopup.counter.adapter.persistence.JdbcShiftRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcSupplierAccountRepository;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.receipt.ShopInfo;
import com.wmxtopup.counter.application.shift.ShiftReports;
import com.wmxtopup.counter.application.shift.Shifts;
import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Shift;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.support.InMemoryAuditLog;
import com.wmxtopup.counter.support.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/// The X/Z report of one shift among 1,000,000 orders (500 shifts of 2,000 sales) on
/// PostgreSQL, and among 200,000 on H2: the grouped sums over the shift's orders, its unsettled
/// orders, the supplier's window and the movements, as closing a shift asks for them; beside it
/// the baseline of one order by primary key in the same run.
/// Run with `./mvnw -Pbenchmark verify -DskipTests`.
public final class ShiftReportBenchmark {

    private static final Instant NEWEST = Instant.parse("2026-11-26T12:00:00Z");
    private static final int PER_SHIFT = 2_000;
    private static final int SECONDS_APART = 155;

    private ShiftReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var table = new BenchmarkTable(
                "X/Z report of one shift (" + PER_SHIFT + " sales) among many orders (Java " + Runtime.version() + ")");
        try (var database = Database.open(PostgresServer.newDatabase())) {
            measure(table, "PostgreSQL 1M", database, 1_000_000, """
                    INSERT INTO orders (order_number, sku, product_name, game, target_user_id, target_zone_id, nickname, amount, cost,
                        payment_method, status, version, supplier_trx_id, note, qr_string, customer_phone, customer_email, created_at,
                        updated_at, supplier_requested_at, shift_id)
                    SELECT 'WMX-BENCH-' || x, 'MLB86-S1', '86 Diamonds', 'Mobile Legends B', (100000000 + x)::text, '2685',
                        'Player' || x, 22000, 20500, CASE WHEN x % 3 = 0 THEN 'CASH' ELSE 'QRIS' END,
                        CASE WHEN x % 1000 = 0 THEN 'FAILED' WHEN x % 997 = 0 THEN 'PROCESSING' WHEN x % 7 = 0 THEN 'EXPIRED'
                             ELSE 'SUCCESS' END,
                        5, 'VP' || x, '', '', '', '',
                        TIMESTAMPTZ '2026-11-26 12:00:00+00' - make_interval(secs => 155 * x),
                        TIMESTAMPTZ '2026-11-26 12:00:00+00' - make_interval(secs => 155 * x - 40),
                        CASE WHEN x % 7 = 0 THEN NULL ELSE TIMESTAMPTZ '2026-11-26 12:00:00+00' - make_interval(secs => 155 * x - 20) END,
                        (x - 1) / 2000 + 1
                    FROM generate_series(1, 1000000) AS x
                    """);
        }
        Path directory = Files.createTempDirectory("wmx-bench-shift-h2-");
        Path file = directory.resolve("db");
        try (var database = Database.open(new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "",
                DatabaseKind.H2, file.toString()))) {
            measure(table, "H2 200k", database, 200_000,
                    """
                            INSERT INTO orders (order_number, sku, product_name, game, target_user_id, target_zone_id, nickname, amount, cost,
                                payment_method, status, version, supplier_trx_id, note, qr_string, customer_phone, customer_email, created_at,
                                updated_at, supplier_requested_at, shift_id)
                            SELECT 'WMX-BENCH-' || X, 'MLB86-S1', '86 Diamonds', 'Mobile Legends B', CAST(100000000 + X AS VARCHAR), '2685',
                                'Player' || X, 22000, 20500, CASE WHEN MOD(X, 3) = 0 THEN 'CASH' ELSE 'QRIS' END,
                                CASE WHEN MOD(X, 1000) = 0 THEN 'FAILED' WHEN MOD(X, 997) = 0 THEN 'PROCESSING' WHEN MOD(X, 7) = 0 THEN 'EXPIRED'
                                     ELSE 'SUCCESS' END,
                                5, 'VP' || X, '', '', '', '',
                                DATEADD(SECOND, -155 * X, TIMESTAMP WITH TIME ZONE '2026-11-26 12:00:00+00'),
                                DATEADD(SECOND, -155 * X + 40, TIMESTAMP WITH TIME ZONE '2026-11-26 12:00:00+00'),
                                CASE WHEN MOD(X, 7) = 0 THEN NULL ELSE DATEADD(SECOND, -155 * X + 20, TIMESTAMP WITH TIME ZONE '2026-11-26 12:00:00+00') END,
                                (X - 1) / 2000 + 1
                            FROM SYSTEM_RANGE(1, 200000)
                            """);
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        table.print();
    }

    /// Fills the orders, stores shift number 50 (orders 98,001–100,000) as it would have been
    /// closed, and times its report.
    private static void measure(BenchmarkTable table, String label, Database database, int orders, String fill) {
        long start = System.nanoTime();
        database.jdbc().inTransaction(session -> session.sql(fill).execute());
        System.out.printf("%s: filled %d orders in %.1f s%n", label, orders, (System.nanoTime() - start) / 1e9);
        var sessions = database.jdbc();
        var shiftRepository = new JdbcShiftRepository(sessions);
        // Shift ids follow the order numbers' blocks: ids 1..49 are placeholders so that the
        // measured shift has id 50, like its orders' shift_id.
        Instant openedAt = NEWEST.minusSeconds((long) SECONDS_APART * 50 * PER_SHIFT);
        Instant closedAt = NEWEST.minusSeconds((long) SECONDS_APART * 49 * PER_SHIFT);
        Shift measured = null;
        for (int i = 1; i <= 50; i++) {
            var shift = shiftRepository.open(Shift.opening("bench-" + i, openedAt, "Bench", CashCount.ofTotal(Money.rupiah(200_000)),
                    Optional.of(Money.rupiah(50_000_000)))).orElseThrow();
            shiftRepository.close(shift.id(), shift.version(), new Shift.Closing(closedAt, "Bench", Money.rupiah(1), Optional.empty(),
                    Optional.of(Money.rupiah(10_000_000)), "", false));
            measured = shift;
        }
        long shiftId = measured.id();
        var shifts = new Shifts(shiftRepository,
                new ShiftReports(shiftRepository, new JdbcShiftFigures(sessions), () -> new ShopInfo("Bench", "", "", ShopZone.WIB),
                        false, Clock.fixed(NEWEST, ZoneOffset.UTC)),
                null, new JdbcSupplierAccountRepository(sessions), InMemoryAuditLog.discarding(), "bench-50",
                Clock.fixed(NEWEST.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        var repository = new JdbcOrderRepository(sessions);
        table.measure(label + ": baseline, one order by primary key", 50, 200, 5, "",
                () -> repository.findById(orders / 2).orElseThrow().id());
        var report = shifts.report(Operator.SYSTEM, shiftId).orElseThrow();
        table.measure(label + ": Z report of one shift", 5, 30, label.startsWith("H2") ? 1_000 : 200,
                report.orders().successful() + " delivered, " + report.orders().unsettledCount() + " unsettled in the shift",
                () -> shifts.report(Operator.SYSTEM, shiftId).orElseThrow().orders().successful());
    }
}
