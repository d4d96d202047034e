package com.wmxtopup.counter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcProductRepository;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.support.HeadlessChild;
import com.wmxtopup.counter.support.PostgresServer;
import com.wmxtopup.counter.support.TestApp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// `--backup`, `--restore` and `--migrate-to` as a shop owner runs them: through the launcher,
/// on real stores (H2 files, a real PostgreSQL, a running console in another process).
class StoreCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var loader = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath(), "Linux", "/tmp/wmx-store-test-home");
        return Launcher.run(args, loader, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    static DatabaseSettings shopStore(Path dataDirectory) {
        Path file = dataDirectory.resolve("db").resolve("wmx-topup");
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", DatabaseKind.H2, file + ".mv.db");
    }

    /// Three orders (one with a longer history) taken in a closed shift with a cash movement, and a
    /// catalog item, in a new store; the orders' numbers.
    static List<String> fill(DatabaseSettings settings) {
        try (var database = Database.open(settings)) {
            var orders = new JdbcOrderRepository(database.jdbc());
            new JdbcProductRepository(database.jdbc()).saveCatalog(List.of(OrderFixtures.mobileLegends86()), List.of(),
                    OrderFixtures.T0, ProgressListener.NONE);
            var shifts = new com.wmxtopup.counter.adapter.persistence.JdbcShiftRepository(database.jdbc());
            var shift = shifts.open(com.wmxtopup.counter.domain.Shift.opening("console-1", OrderFixtures.T0, "Dewi",
                    com.wmxtopup.counter.domain.CashCount.of(Map.of(com.wmxtopup.counter.domain.Denomination.NOTE_50000, 2)),
                    java.util.Optional.of(com.wmxtopup.counter.domain.Money.rupiah(500_000)))).orElseThrow();
            shifts.addMovement(new com.wmxtopup.counter.domain.CashMovement(null, shift.id(),
                    com.wmxtopup.counter.domain.CashMovement.Kind.PAYOUT, com.wmxtopup.counter.domain.Money.rupiah(5_000), "parkir", "",
                    OrderFixtures.T0.plusSeconds(60), "Dewi"));
            shifts.close(shift.id(), shift.version(), new com.wmxtopup.counter.domain.Shift.Closing(OrderFixtures.T0.plusSeconds(3600),
                    "Dewi", com.wmxtopup.counter.domain.Money.rupiah(95_000),
                    java.util.Optional.of(com.wmxtopup.counter.domain.CashCount.ofTotal(com.wmxtopup.counter.domain.Money.rupiah(95_000))),
                    java.util.Optional.empty(), "", false));
            var numbers = new ArrayList<String>();
            for (String number : List.of("WMX-20261124-BACKUPAAAA", "WMX-20261124-BACKUPBBBB", "WMX-20261124-BACKUPCCCC")) {
                Order saved = orders.insert(OrderFixtures.newOrder(number).inShift(shift.id()), "created at the counter");
                numbers.add(number);
                if (number.endsWith("A")) {
                    orders.compareAndSetStatus(
                            StatusChange.of(saved.id(), OrderStatus.PENDING, 0, OrderStatus.WAITING_PAYMENT, Actor.CASHIER,
                                    "QRIS shown", OrderFixtures.T0.plusSeconds(1)));
                }
            }
            return numbers;
        }
    }

    /// Every order with its history, by number.
    static Map<String, List<Object>> ordersIn(DatabaseSettings settings, List<String> numbers) {
        try (var database = Database.open(settings)) {
            var orders = new JdbcOrderRepository(database.jdbc());
            var all = new LinkedHashMap<String, List<Object>>();
            for (String number : numbers) {
                Order order = orders.findByNumber(new com.wmxtopup.counter.domain.OrderNumber(number)).orElseThrow();
                List<OrderEvent> history = orders.history(order.id());
                all.put(number, List.of(order, history));
            }
            return all;
        }
    }

    @Test
    void backupThenRestoreIntoAFreshDataFolderGivesTheSameOrders() throws Exception {
        Path shop = TestApp.newDataDirectory("backup-shop");
        List<String> numbers = fill(shopStore(shop));
        Path backup = shop.resolve("copies").resolve("shop.zip");

        assertThat(run("--data-dir", shop.toString(), "--backup", backup.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Backed up ").contains(backup.toString());
        assertThat(backup).isRegularFile();

        Path moved = TestApp.newDataDirectory("backup-new-pc");
        assertThat(run("--data-dir", moved.toString(), "--restore", backup.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Restored " + moved.resolve("db").resolve("wmx-topup.mv.db"));

        assertThat(ordersIn(shopStore(moved), numbers)).isEqualTo(ordersIn(shopStore(shop), numbers));
    }

    @Test
    void restoreOverAnExistingStoreKeepsTheOldOneBeside() throws Exception {
        Path shop = TestApp.newDataDirectory("restore-over");
        fill(shopStore(shop));
        Path backup = shop.resolve("shop.zip");
        assertThat(run("--data-dir", shop.toString(), "--backup", backup.toString())).isZero();

        assertThat(run("--data-dir", shop.toString(), "--restore", backup.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("the store it replaced is kept as");
        try (var files = Files.list(shop.resolve("db"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("wmx-topup.mv.db.before-restore-"));
        }
    }

    @Test
    void restoreAndBackupAreRefusedWhileAConsoleRunsOnTheStore() throws Exception {
        Path other = TestApp.newDataDirectory("restore-source");
        fill(shopStore(other));
        Path backup = other.resolve("shop.zip");
        assertThat(run("--data-dir", other.toString(), "--backup", backup.toString())).isZero();

        Path running = TestApp.newDataDirectory("restore-running");
        // A demo console runs on <data dir>/demo: the store that --demo names.
        try (var child = HeadlessChild.start(Map.of(), HeadlessProcessTest.CONFIG_VARIABLES, "--headless", "--port", "0", "--data-dir",
                running.toString())) {
            child.awaitListening(90);

            assertThat(run("--data-dir", running.toString(), "--demo", "--restore", backup.toString())).isEqualTo(1);
            assertThat(err.toString().strip()).isEqualTo("Cannot restore: The embedded store "
                    + running.resolve("demo").resolve("db").resolve("wmx-topup-demo.mv.db")
                    + " is in use by a running WMX Topup Counter; stop it first, then restore.");

            assertThat(run("--data-dir", running.toString(), "--demo", "--backup", running.resolve("now.zip").toString())).isEqualTo(1);
            assertThat(err.toString()).contains("Cannot back up: ").contains("is in use by a running WMX Topup Counter");
            assertThat(child.process().isAlive()).isTrue();
        }
    }

    @Test
    void aMissingStoreOrAFileThatIsNotABackupIsOneSentence() throws Exception {
        Path empty = TestApp.newDataDirectory("backup-empty");
        assertThat(run("--data-dir", empty.toString(), "--backup", empty.resolve("x.zip").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("Cannot back up: There is no embedded store at ").doesNotContain("\n");

        Path notABackup = Files.writeString(empty.resolve("notes.zip"), "hello");
        assertThat(run("--data-dir", empty.toString(), "--restore", notABackup.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot restore: The backup " + notABackup + " cannot be read");
        assertThat(empty.resolve("db").resolve("wmx-topup.mv.db")).doesNotExist();

        assertThat(run("--data-dir", empty.toString(), "--backup", "a.zip", "--restore", "b.zip")).isEqualTo(2);
    }

    @Test
    void migrateToCopiesEveryTableIntoAnEmptyPostgresqlAndVerifiesTheCounts() throws Exception {
        Path shop = TestApp.newDataDirectory("migrate-shop");
        List<String> numbers = fill(shopStore(shop));
        String target = PostgresServer.newDatabaseUri();

        assertThat(run("--data-dir", shop.toString(), "--migrate-to", target)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("orders", "order_events", "products", "price_rules", "payment_notifications", "console_runs",
                "catalog_sync_runs").contains("the same counts on both sides");

        DatabaseSettings postgres = PostgresServer.settingsFor(target);
        Map<String, Long> h2Counts = counts(shopStore(shop));
        assertThat(h2Counts).containsEntry("orders", 3L).containsEntry("order_events", 4L).containsEntry("products", 1L)
                .containsEntry("shifts", 1L).containsEntry("cash_movements", 1L);
        assertThat(counts(postgres)).isEqualTo(h2Counts);
        assertThat(ordersIn(postgres, numbers)).isEqualTo(ordersIn(shopStore(shop), numbers));

        // New orders in PostgreSQL get ids after the copied ones.
        try (var database = Database.open(postgres)) {
            Order next = new JdbcOrderRepository(database.jdbc()).insert(OrderFixtures.newOrder("WMX-20261124-AFTERMOVE1"),
                    "");
            assertThat(next.id()).isGreaterThan(3);
        }

        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", shop.toString(), "--migrate-to", target)).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("Cannot migrate: The PostgreSQL database ").contains("is not empty")
                .doesNotContain("\n");
    }

    /// Rows per table (Flyway's own left out).
    static Map<String, Long> counts(DatabaseSettings settings) throws SQLException {
        var counts = new java.util.TreeMap<String, Long>();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password())) {
            String schema = settings.kind() == DatabaseKind.H2 ? "'PUBLIC'" : "current_schema()";
            var tables = new ArrayList<String>();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = " + schema
                            + " AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
            tables.remove("flyway_schema_history");
            for (String table : tables) {
                try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
