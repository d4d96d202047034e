package com.wmxtopup.counter.benchmark;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcCatalogSyncRunRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcPriceRuleRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcProductRepository;
import com.wmxtopup.counter.adapter.persistence.JdbcSupplierAccountRepository;
import com.wmxtopup.counter.adapter.vip.VipResellerClient;
import com.wmxtopup.counter.adapter.vip.VipResellerSettings;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.catalog.CatalogSync;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.config.AppConfig;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import com.wmxtopup.counter.support.InMemoryAuditLog;
import com.wmxtopup.counter.support.TestApp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/// The console at shop scale (issue 17): the catalog sync of 10,000 products over HTTP from the
/// VIP Reseller simulator beside fetch + upsert alone, then the memory of the window opened on a
/// store holding those 10,000 products and 100,000 orders beside an empty JavaFX window started
/// with the same flags. Needs the packaged jar (`target/wmx-topup-counter.jar`, `target/lib`) and
/// an X display: uses `DISPLAY`, or starts `Xvfb :87`.
///
/// When the Linux app image is there (`installer/linux/build.sh` → `target/installer/`), a third
/// memory row starts the console as a shop does (its launcher: the jlinked runtime, the AOT cache,
/// `-XX:TrimNativeHeapInterval`) against the empty window started by that runtime with the
/// launcher's JVM options. `-Dshop-scale.store=DIR` measures memory only, on a data directory an
/// earlier run filled (its path is printed), instead of syncing and filling a new one.
public final class ShopScaleBenchmark {

    private static final int PRODUCTS = 10_000;
    private static final int ORDERS = 100_000;
    private static final Duration SETTLE = Duration.ofSeconds(10);
    /// `MemoryTrim.SWITCH` (package-private in bootstrap).
    private static final String MEMORY_TRIM_SWITCH = "wmx.memory-trim";
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Path IMAGE = Path.of("target", "installer", "wmx-topup-counter");
    /// How the empty window gets JavaFX; the console gets the same modules from `lib/javafx` by
    /// itself (`JarLauncher`), with no other JVM flag on either.
    private static final List<String> FX_FLAGS = List.of("--enable-native-access=javafx.graphics", "--module-path", "target/lib/javafx",
            "--add-modules",
            "javafx.controls,javafx.fxml,javafx.swing");

    private ShopScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var table = new BenchmarkTable("Shop scale (issue 17): " + PRODUCTS + " products, " + ORDERS + " orders (Java " + Runtime.version()
                + ")");
        String store = System.getProperty("shop-scale.store", "");
        if (!store.isBlank()) {
            memory(table, Path.of(store));
            table.print();
            System.exit(0);
        }
        Path dataDirectory = TestApp.newDataDirectory("shop-scale-bench");
        System.out.println("store: " + dataDirectory);
        AppConfig config = new ConfigLoader(TestApp.environment(), dataDirectory, "Linux", dataDirectory.toString())
                .load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        Clock clock = Clock.systemUTC();
        try (var vip = new VipResellerSimulator(VipResellerSimulatorSettings.demo("SCALE001", "shop-scale-key-0123")
                .withCatalogSize(PRODUCTS), clock)) {
            vip.start();
            try (var client = new VipResellerClient(VipResellerSettings.of(vip.baseUrl(), "SCALE001", "shop-scale-key-0123"), clock)) {
                catalogSync(table, client, config.database(), dataDirectory, clock);
            }
        }
        fillOrders(config.database());
        memory(table, dataDirectory);
        table.print();
        System.exit(0);
    }

    /// The console's sync (account, products, diff, pricing, audit, the run recorded) against the
    /// least that gets the same products into a store: fetch over HTTP, parse, upsert.
    private static void catalogSync(BenchmarkTable table, VipResellerClient client, DatabaseSettings console, Path dataDirectory,
            Clock clock) throws Exception {
        Path bareFile = dataDirectory.resolve("bare-catalog");
        var bareSettings = new DatabaseSettings("jdbc:h2:file:" + bareFile, "sa", "", DatabaseKind.H2, bareFile.toString());
        try (var database = Database.open(console); var bare = Database.open(bareSettings)) {
            var products = new JdbcProductRepository(database.jdbc());
            var sync = new CatalogSync(client, products, new JdbcPriceRuleRepository(database.jdbc(), clock),
                    new JdbcSupplierAccountRepository(database.jdbc()),
                    new JdbcCatalogSyncRunRepository(database.jdbc()), new Audit(new InMemoryAuditLog(), clock), clock);
            var bareProducts = new JdbcProductRepository(bare.jdbc());
            // First sync: every product new (the baseline first, so that the JIT warms up on it).
            double bareFirst = timed(() -> bareProducts.saveCatalog(client.products(Optional.empty()), List.of(), clock.instant(),
                    ProgressListener.NONE));
            double first = timed(() -> sync.run(Operator.SYSTEM, ProgressListener.NONE));
            table.add("catalog sync 10,000 over HTTP, first", "ms", first, Double.NaN, bareFirst, 10_000, false,
                    "10,000 added; baseline: fetch + parse + upsert alone");
            double[] bareAgain = new double[5];
            double[] again = new double[5];
            for (int i = 0; i < 5; i++) {
                bareAgain[i] = timed(() -> bareProducts.saveCatalog(client.products(Optional.empty()), List.of(), clock.instant(),
                        ProgressListener.NONE));
                again[i] = timed(() -> sync.run(Operator.SYSTEM, ProgressListener.NONE));
            }
            double[] a = BenchmarkTable.medianAndP95(again);
            table.add("catalog sync 10,000 over HTTP, again", "ms", a[0], a[1], BenchmarkTable.medianAndP95(bareAgain)[0], 5_000, false,
                    "nothing changed, 5 runs; baseline: fetch + parse + upsert alone");
            System.out.println("catalog in the console's store: " + products.findAll().size() + " products");
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void fillOrders(DatabaseSettings console) {
        try (var database = Database.open(console)) {
            long start = System.nanoTime();
            database.jdbc().inTransaction(session -> session.sql("""
                    INSERT INTO orders (order_number, sku, product_name, game, target_user_id, target_zone_id, nickname, amount, cost,
                        payment_method, status, version, supplier_trx_id, note, qr_string, customer_phone, customer_email, created_at,
                        updated_at)
                    SELECT 'WMX-SCALE-' || X, 'MLB86-S1', '86 Diamonds', 'Mobile Legends B', CAST(100000000 + X AS VARCHAR), '2685',
                        'Player' || X, 22000, 20500, CASE WHEN MOD(X, 3) = 0 THEN 'CASH' ELSE 'QRIS' END,
                        CASE WHEN MOD(X, 1000) = 0 THEN 'FAILED' WHEN MOD(X, 7) = 0 THEN 'EXPIRED' ELSE 'SUCCESS' END,
                        5, 'VP' || X, '', '', '', '',
                        DATEADD(SECOND, -300 * X, CURRENT_TIMESTAMP), DATEADD(SECOND, -300 * X + 40, CURRENT_TIMESTAMP)
                    FROM SYSTEM_RANGE(1, %d)
                    """.formatted(ORDERS)).execute());
            System.out.printf("filled %d orders in %.1f s%n", ORDERS, (System.nanoTime() - start) / 1e9);
            // As in a shop that has run this version for a while: the sales rollups (ADR 0018) hold
            // these orders. Without this every measured start would fill them (about 4 s, and its
            // heap) right when the resident set is read — what happens once after an upgrade.
            long rollups = System.nanoTime();
            try (var figures = new com.wmxtopup.counter.adapter.persistence.JdbcSalesFigures(database.jdbc(),
                    com.wmxtopup.counter.domain.ShopZone.WIB)) {
                figures.refresh();
            }
            System.out.printf("sales rollups filled in %.1f s%n", (System.nanoTime() - rollups) / 1e9);
        }
    }

    private static void memory(BenchmarkTable table, Path dataDirectory) throws Exception {
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            display = ":87";
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1366x768x24").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1_000);
        }
        try {
            var empty = new ArrayList<>(List.of(JAVA));
            empty.addAll(FX_FLAGS);
            empty.addAll(List.of("-cp", "target/test-classes", EmptyWindow.class.getName()));
            var console = new ArrayList<>(List.of(JAVA));
            List<String> consoleArgs = List.of("-jar", "target/wmx-topup-counter.jar", "--data-dir", dataDirectory.toString(), "--port",
                    "0");
            console.addAll(consoleArgs);
            // The same console without the trim after start-up (MemoryTrim), for the figure before it.
            var untrimmed = new ArrayList<>(List.of(JAVA, "-D" + MEMORY_TRIM_SWITCH + "=off"));
            untrimmed.addAll(consoleArgs);
            double[] emptyMiB = new double[3];
            double[] consoleMiB = new double[3];
            double[] untrimmedMiB = new double[3];
            for (int i = 0; i < 3; i++) {
                emptyMiB[i] = residentAfterOpen(empty, "window open", display);
                consoleMiB[i] = residentAfterOpen(console, "Console window open", display);
                untrimmedMiB[i] = residentAfterOpen(untrimmed, "Console window open", display);
            }
            double[] e = BenchmarkTable.medianAndP95(emptyMiB);
            double emptyMedian = e[0];
            double[] c = BenchmarkTable.medianAndP95(consoleMiB);
            double[] u = BenchmarkTable.medianAndP95(untrimmedMiB);
            table.add("memory: window up 10 s, 10k products, 100k orders", "MiB", c[0], c[1], emptyMedian, emptyMedian + 100, false,
                    "RSS, 3 starts each; target: empty window + 100 MiB; baseline: empty JavaFX window; no JVM flag on either");
            table.add("memory: the same without the trim after start-up", "MiB", u[0], u[1], emptyMedian, emptyMedian + 100, false,
                    "-D" + MEMORY_TRIM_SWITCH + "=off: what it was before MemoryTrim (ADR 0016)");
            System.out.printf("empty window: median %.1f MiB, p95 %.1f MiB%n", e[0], e[1]);
            if (Files.isDirectory(IMAGE)) {
                installedImage(table, dataDirectory, display);
            } else {
                System.out.println("no app image at " + IMAGE + " (installer/linux/build.sh): its row is left out");
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /// The console as the Linux app image starts it, against the empty window on the image's own
    /// runtime with the JVM options of the launcher's `.cfg` (all but the AOT cache, which is the
    /// console's). Both on 3 starts, in turns.
    private static void installedImage(BenchmarkTable table, Path dataDirectory, String display) throws Exception {
        Path launcher = IMAGE.resolve("bin").resolve("wmx-topup-counter");
        Path runtimeJava = IMAGE.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        var options = new ArrayList<String>();
        for (String line : Files.readAllLines(IMAGE.resolve("lib").resolve("app").resolve("wmx-topup-counter.cfg"))) {
            if (line.startsWith("java-options=") && !line.contains("AOTCache")) {
                options.add(line.substring("java-options=".length()));
            }
        }
        var console = List.of(launcher.toString(), "--data-dir", dataDirectory.toString(), "--port", "0");
        var empty = new ArrayList<>(List.of(Files.isExecutable(runtimeJava) ? runtimeJava.toString() : JAVA));
        empty.addAll(options);
        empty.addAll(List.of("-cp", "target/test-classes", EmptyWindow.class.getName()));
        double[] consoleMiB = new double[3];
        double[] emptyMiB = new double[3];
        for (int i = 0; i < 3; i++) {
            emptyMiB[i] = residentAfterOpen(empty, "window open", display);
            consoleMiB[i] = residentAfterOpen(console, "Console window open", display);
        }
        double emptyMedian = BenchmarkTable.medianAndP95(emptyMiB)[0];
        double[] c = BenchmarkTable.medianAndP95(consoleMiB);
        table.add("memory: the same, installed Linux app image", "MiB", c[0], c[1], emptyMedian, emptyMedian + 100, false,
                "its launcher (jlinked runtime, AOT cache, " + String.join(" ", options)
                        + "); baseline: empty window, same runtime and options");
        System.out.printf("empty window on the image's runtime (%s): median %.1f MiB%n", empty.getFirst(), emptyMedian);
    }

    /// Starts `command`, waits for `marker` on its output, then [#SETTLE], reads its resident set
    /// (VmRSS) and stops it.
    private static double residentAfterOpen(List<String> command, String marker, String display) throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        var opened = new CountDownLatch(1);
        Thread.ofPlatform().daemon().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.contains(marker)) {
                        opened.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        try {
            if (!opened.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no '" + marker + "' from " + command);
            }
            Thread.sleep(SETTLE.toMillis());
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    double mib = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                    System.out.printf("%s: %.1f MiB%n", command.getLast(), mib);
                    return mib;
                }
            }
            throw new IllegalStateException("no VmRSS for " + process.pid());
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
