package com.wmxtopup.counter.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.wmxtopup.counter.bootstrap.config.ConfigKey;
import com.wmxtopup.counter.crash.CrashSettings.Database;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulatorSettings;
import com.wmxtopup.counter.sandbox.midtrans.SimulatedTransaction;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulatorSettings;
import com.wmxtopup.counter.support.HeadlessChild;
import com.wmxtopup.counter.support.PostgresServer;
import com.wmxtopup.counter.support.SimulatorHooks;
import com.wmxtopup.counter.support.TestApp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/// One crash-suite run on one database: the headless application as a child JVM in live mode
/// against the VIP Reseller and Midtrans simulators (which live in this JVM and survive every
/// kill), under load and faults, killed with SIGKILL again and again and restarted on the same
/// data, then left to settle and counted.
final class CrashRun {

    private static final String API_ID = "CRASH001";
    private static final String API_KEY = "crash-key-0123456789";
    private static final String SERVER_KEY = "SB-Mid-server-CRASH-SUITE-01";
    private static final String API_TOKEN = "crash-suite-token-0123456789";
    private static final String PREFERRED_SKU = "FF100-S13";
    private static final String GAME = "Free Fire";
    private static final long FIRST_PLAYER = 7_100_000_000L;
    private static final Duration LISTEN_LIMIT = Duration.ofSeconds(90);
    /// How long an armed kill waits for its moment before a random kill stands in (and the run
    /// misses that kind). Longer than the longest supplier call (31 s with a late answer): paid
    /// orders wait behind such a call on the one sync thread, so "after order received" can take
    /// that long. 15 s missed it once in CI (seed 27952649438648).
    private static final Duration KILL_LIMIT = Duration.ofSeconds(40);
    /// Variables the child must not inherit from this machine: every configuration key.
    private static final List<String> CLEARED_VARIABLES = Arrays.stream(ConfigKey.values()).map(ConfigKey::environmentName).toList();

    /// What the run counted. `created` … `unsettled` as defined in [CrashSuiteTest].
    record Result(Database database, int created, int paid, int deliveredOnce, int deliveredTwice, int lost, int needsCheck,
                  int failedBySupplier, int unsettled, Map<String, Integer> unsettledByStatus, Map<KillKind, Integer> kills,
                  int fallbacks, int exitCode, String details, List<String> anomalies, Duration took) {

        String row() {
            return String.format(Locale.ROOT, "crash suite %-11s created %d, paid %d, delivered once %d, delivered twice %d, lost %d, "
                    + "NEEDS_CHECK %d, failed by supplier %d, unsettled %d%s",
                    database.label() + ":", created, paid, deliveredOnce, deliveredTwice, lost, needsCheck, failedBySupplier, unsettled,
                    unsettledByStatus.isEmpty() ? "" : " " + unsettledByStatus);
        }

        String killRow() {
            return String.format(Locale.ROOT, "            %-11s kills: %s (fallbacks %d); last exit code %d; %.0f s", "",
                    kills.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", ")),
                    fallbacks, exitCode, took.toMillis() / 1000.0);
        }
    }

    /// What is known about one order at the end.
    private record Facts(String number, String player, boolean got201, boolean cash, String midtransStatus, Optional<String> dbStatus,
                         List<com.wmxtopup.counter.sandbox.vip.SimulatedTransaction> supplierOrders) {

        boolean paid() {
            return midtransStatus.equals("settlement") || (cash && got201);
        }

        boolean settled() {
            if (dbStatus.isEmpty()) {
                return true; // gone from the database: nothing more will happen to it
            }
            return switch (dbStatus.get()) {
                case "SUCCESS", "FAILED", "NEEDS_CHECK", "REFUNDED" -> true;
                case "EXPIRED", "CANCELLED" -> !paid();
                default -> false;
            };
        }

        boolean deliveredOnce() {
            return supplierOrders.size() == 1
                    && supplierOrders.getFirst().status() != com.wmxtopup.counter.sandbox.vip.SimulatedTransaction.Status.ERROR;
        }

        boolean deliveredTwice() {
            return supplierOrders.size() >= 2;
        }

        boolean lost() {
            boolean answered201ButGone = got201 && dbStatus.isEmpty();
            boolean paidNeverDelivered = paid() && supplierOrders.isEmpty()
                    && !dbStatus.map(s -> s.equals("NEEDS_CHECK") || s.equals("FAILED")).orElse(false);
            return answered201ButGone || paidNeverDelivered;
        }

        String describe() {
            return number + " player " + player + (got201 ? " 201" : " no-201") + (cash ? " cash" : "") + " midtrans "
                    + (midtransStatus.isEmpty() ? "-" : midtransStatus) + " db " + dbStatus.orElse("MISSING") + " supplier "
                    + supplierOrders.stream().map(t -> t.trxId() + ":" + t.status().word()).toList();
        }
    }

    private final CrashSettings settings;
    private final Database database;
    private final Random random;
    private final StringBuilder timeline = new StringBuilder();
    private final List<Long> startMillis = new ArrayList<>();

    CrashRun(CrashSettings settings, Database database) {
        this.settings = settings;
        this.database = database;
        this.random = new Random(settings.seed() * 31 + database.ordinal());
    }

    Result run() throws Exception {
        long began = System.nanoTime();
        int port = freePort();
        Path dataDirectory = TestApp.newDataDirectory("crash-" + database.name().toLowerCase(Locale.ROOT));
        String databaseUrl = database == Database.POSTGRESQL ? PostgresServer.newDatabaseUri() : "";
        var hooks = new SimulatorHooks(settings.idleCloseSeconds(), settings.http10());
        var vipSettings = hooks.vipSettings(VipResellerSimulatorSettings.demo(API_ID, API_KEY).withBalance(1_000_000_000L)
                .withStatusDelays(Duration.ofSeconds(1), Duration.ofSeconds(1)).withErrorRatePercent(0).withSeed(random.nextLong()));
        var midtransSettings = hooks.midtransSettings(MidtransSimulatorSettings.of(SERVER_KEY).withRandomSeed(random.nextLong()));
        HeadlessChild child = null;
        OrderDriver driver = null;
        Customer customer = null;
        try (hooks;
                var vip = new VipResellerSimulator(vipSettings);
                var midtrans = new MidtransSimulator(midtransSettings);
                var api = new AppApi(port, API_TOKEN)) {
            try {
                vip.start();
                midtrans.start();
                var environment = new LinkedHashMap<String, String>();
                environment.put("VIP_RESELLER_API_URL", hooks.vipBaseUrl(vip));
                environment.put("VIP_RESELLER_API_ID", API_ID);
                environment.put("VIP_RESELLER_API_KEY", API_KEY);
                environment.put("MIDTRANS_SERVER_KEY", SERVER_KEY);
                environment.put("MIDTRANS_API_URL", hooks.midtransBaseUrl(midtrans).toString());
                environment.put("API_TOKEN", API_TOKEN);
                environment.put("SYNC_INTERVAL_SECONDS", "1");
                environment.put("PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
                // The shortest safe absence window (longer than a whole supplier call): an order cut off
                // between its claim and its request is sent again this long after the claim.
                environment.put("SUPPLIER_ABSENT_AFTER_SECONDS", "40");
                if (!databaseUrl.isEmpty()) {
                    environment.put("DATABASE_URL", databaseUrl);
                }
                String[] args = {"--headless", "--port", Integer.toString(port), "--data-dir", dataDirectory.toString()};

                var killer = new Killer(timeline, database.label());
                var faults = new SupplierFaults(vip, new Random(random.nextLong()), settings.supplierFaultPercent());
                hooks.onOrderReceived(vip, trxId -> {
                    if (!killer.fire(KillKind.AFTER_ORDER_RECEIVED, trxId)) {
                        faults.orderReceived();
                    }
                });
                hooks.onNotificationAnswered(midtrans, delivery -> {
                    // The settlement is the notification Midtrans forgets once answered 200.
                    if (delivery.httpStatus() == 200 && delivery.transactionStatus().equals("settlement")) {
                        killer.fire(KillKind.AFTER_WEBHOOK_200, delivery.orderId() + " " + delivery.transactionStatus());
                    }
                });

                child = start(environment, args, port, killer);
                killer.attach(child);
                JsonNode product = awaitProduct(api, vip);
                String sku = product.path("sku").asText();
                long price = product.path("price").asLong();
                boolean cash = acceptsCash(api, sku);
                killer.note(
                        "selling " + sku + " at " + price + (cash ? "; the API takes cash too" : "; the API takes no cash (QRIS only)"));

                driver = new OrderDriver(api, sku, cash ? price : 0, FIRST_PLAYER, new Random(random.nextLong()),
                        number -> killer.fire(KillKind.AFTER_201, number));
                customer = new Customer(midtrans, new Random(random.nextLong()), settings.duplicatePercent());
                driver.start();
                customer.start();

                long loadEnd = settings.minutes().map(m -> System.nanoTime() + (long) (m * 60e9)).orElse(Long.MIN_VALUE);
                int offset = random.nextInt(KillKind.values().length);
                for (int round = 0;; round++) {
                    boolean enough = settings.minutes().isPresent()
                            ? round >= KillKind.values().length && System.nanoTime() >= loadEnd
                            : round >= settings.kills();
                    if (enough) {
                        break;
                    }
                    KillKind kind = KillKind.values()[(offset + round) % KillKind.values().length];
                    Thread.sleep(kind == KillKind.RANDOM ? random.nextInt(2_500) : 1_000 + random.nextInt(1_500));
                    killer.arm(kind);
                    if (kind == KillKind.RANDOM) {
                        Thread.sleep(random.nextInt(1_500));
                        killer.fire(KillKind.RANDOM, "");
                    }
                    killer.awaitKill(KILL_LIMIT);
                    child.close();
                    child = start(environment, args, port, killer);
                    killer.attach(child);
                }
                killer.disarm();
                long loadDone = System.nanoTime();

                // The end: no new orders or faults, every QR paid, then let the last run finish.
                driver.stop();
                faults.disable();
                vip.faults().clear();
                killer.note("stopped creating orders; paying what remains");
                waitUntil(customer::nothingPending, Duration.ofSeconds(20));
                customer.stop();
                killer.note("every QR paid; settling (at most " + settings.settleSeconds() + " s)");
                Map<String, Facts> facts = settle(api, vip, midtrans, driver);
                long settled = System.nanoTime();
                killer.note("settled: " + facts.values().stream().filter(f -> !f.settled()).count() + " order(s) still moving");
                int exit = child.terminate(60);
                killer.note("SIGTERM: exit code " + exit);

                return tally(facts, killer, exit, driver, customer, faults, hooks, midtrans, dataDirectory, began, loadDone, settled);
            } finally {
                // Stop everything that uses the simulators before they close.
                if (driver != null) {
                    driver.stop();
                }
                if (customer != null) {
                    customer.stop();
                }
                if (child != null) {
                    child.close();
                }
                hooks.close();
            }
        } catch (Exception | AssertionError e) {
            throw new IllegalStateException(
                    database.label() + " run failed (data in " + dataDirectory + "; seed " + settings.seed() + "):\n"
                            + timeline + (child == null ? "" : "last output:\n" + tail(child.output(), 40)),
                    e);
        }
    }

    // ---- the child ------------------------------------------------------------------------------

    private HeadlessChild start(Map<String, String> environment, String[] args, int port, Killer killer) throws Exception {
        long t0 = System.nanoTime();
        Exception last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            HeadlessChild child = HeadlessChild.start(environment, CLEARED_VARIABLES, args);
            try {
                int listening = child.awaitListening(LISTEN_LIMIT.toSeconds());
                if (listening != port) {
                    throw new IllegalStateException("listening on " + listening + " instead of " + port);
                }
                long took = (System.nanoTime() - t0) / 1_000_000;
                startMillis.add(took);
                killer.note("listening (start took " + took + " ms)");
                return child;
            } catch (Exception e) {
                last = e;
                child.close();
                killer.note("start attempt " + attempt + " failed: " + e.getMessage() + "\n" + tail(child.output(), 20));
                Thread.sleep(1_000);
            }
        }
        throw new IllegalStateException("the application did not start three times", last);
    }

    /// The item to sell: a Free Fire item (numeric player ID, no zone) that the application lists
    /// as available, once it has synced the catalog from the simulator.
    private static JsonNode awaitProduct(AppApi api, VipResellerSimulator vip) throws Exception {
        boolean syncAsked = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            AppApi.Reply reply = api.services();
            if (reply.status() == 200) {
                JsonNode best = null;
                for (JsonNode service : reply.body().path("services")) {
                    if (!service.path("game").asText().equals(GAME) || service.path("fields").size() != 1) {
                        continue;
                    }
                    for (JsonNode product : service.path("products")) {
                        boolean atSupplier = vip.catalogItem(product.path("sku").asText()).map(i -> i.available()).orElse(false);
                        if (product.path("available").asBoolean() && atSupplier
                                && (best == null || product.path("sku").asText().equals(PREFERRED_SKU))) {
                            best = product;
                        }
                    }
                }
                if (best != null) {
                    return best;
                }
            }
            if (!syncAsked) {
                // The worker syncs the catalog a few seconds after start; asking saves the wait
                // (409 while its own sync runs is fine).
                api.syncCatalog();
                syncAsked = true;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no available " + GAME + " item in GET /api/services within 60 s");
    }

    /// Whether POST /api/orders/create takes `paymentMethod` CASH: asks with too little cash, which
    /// creates nothing either way (400 on `cashReceived` when cash is taken, on `paymentMethod` when not).
    private static boolean acceptsCash(AppApi api, String sku) throws Exception {
        AppApi.Reply reply = api.createCash(sku, "7099999999", 0);
        if (reply.status() == 201) {
            throw new IllegalStateException("a cash order with 0 received was created: " + reply.body());
        }
        return reply.status() == 400 && reply.body().path("field").asText().equals("cashReceived");
    }

    // ---- the end --------------------------------------------------------------------------------

    private Map<String, Facts> settle(AppApi api, VipResellerSimulator vip, MidtransSimulator midtrans, OrderDriver driver)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(settings.settleSeconds()).toNanos();
        Map<String, Facts> facts = new TreeMap<>();
        while (true) {
            facts = read(api, vip, midtrans, driver, facts);
            if (facts.values().stream().allMatch(Facts::settled) || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(2_000);
        }
        return read(api, vip, midtrans, driver, Map.of()); // everything once more, as it is now
    }

    /// The facts of every order that exists at Midtrans or got a 201; orders already settled in
    /// `previous` are not read again.
    private static Map<String, Facts> read(AppApi api, VipResellerSimulator vip, MidtransSimulator midtrans, OrderDriver driver,
            Map<String, Facts> previous) throws Exception {
        List<OrderDriver.Attempt> attempts = driver.attempts();
        Map<String, OrderDriver.Attempt> by201 = attempts.stream().filter(OrderDriver.Attempt::created)
                .collect(Collectors.toMap(OrderDriver.Attempt::orderNumber, Function.identity(), (a, b) -> a));
        Map<String, SimulatedTransaction> charges = midtrans.transactions().stream()
                .collect(Collectors.toMap(SimulatedTransaction::orderId, Function.identity(), (a, b) -> b));
        Map<String, List<com.wmxtopup.counter.sandbox.vip.SimulatedTransaction>> supplierOrders = vip.transactions().stream()
                .collect(Collectors.groupingBy(com.wmxtopup.counter.sandbox.vip.SimulatedTransaction::data));
        Set<String> numbers = new LinkedHashSet<>(charges.keySet());
        numbers.addAll(by201.keySet());
        Map<String, Facts> facts = new TreeMap<>();
        for (String number : numbers) {
            Facts known = previous.get(number);
            OrderDriver.Attempt attempt = by201.get(number);
            SimulatedTransaction charge = charges.get(number);
            Optional<String> dbStatus;
            String player;
            if (known != null && known.settled()) {
                dbStatus = known.dbStatus();
                player = known.player();
            } else {
                Optional<JsonNode> stored = api.order(number);
                dbStatus = stored.map(o -> o.path("status").asText());
                player = attempt != null
                        ? attempt.playerId()
                        : stored.map(o -> o.path("userId").asText())
                                .or(() -> charge == null
                                        ? Optional.empty()
                                        : driver.inFlightAt(charge.transactionTime()).map(OrderDriver.Attempt::playerId))
                                .orElse("?");
            }
            facts.put(number, new Facts(number, player, attempt != null, attempt != null && attempt.cash(),
                    charge == null ? "" : charge.transactionStatus(), dbStatus, supplierOrders.getOrDefault(player, List.of())));
        }
        return facts;
    }

    private Result tally(Map<String, Facts> facts, Killer killer, int exit, OrderDriver driver, Customer customer, SupplierFaults faults,
            SimulatorHooks hooks, MidtransSimulator midtrans, Path dataDirectory, long began, long loadDone, long settled) {
        var all = facts.values();
        Map<String, Integer> unsettledByStatus = new TreeMap<>();
        all.stream().filter(f -> !f.settled()).forEach(f -> unsettledByStatus.merge(f.dbStatus().orElse("MISSING"), 1, Integer::sum));
        var anomalies = new ArrayList<String>();
        all.stream().filter(Facts::lost).forEach(f -> anomalies.add("LOST    " + f.describe()));
        all.stream().filter(Facts::deliveredTwice).forEach(f -> anomalies.add("TWICE   " + f.describe()));
        all.stream().filter(f -> !f.settled() && !f.lost()).forEach(f -> anomalies.add("MOVING  " + f.describe()));
        all.stream().filter(f -> f.dbStatus().map("NEEDS_CHECK"::equals).orElse(false))
                .forEach(f -> anomalies.add("CHECK   " + f.describe()));

        List<OrderDriver.Attempt> attempts = driver.attempts();
        Map<String, Integer> answers = new TreeMap<>();
        attempts.forEach(a -> answers.merge(a.httpStatus() == 0 ? "no answer" : Integer.toString(a.httpStatus()), 1, Integer::sum));
        Map<String, Long> deliveries = midtrans.deliveries().stream().collect(Collectors.groupingBy(
                d -> d.httpStatus() == 0 ? d.outcome().name().toLowerCase(Locale.ROOT) : "HTTP " + d.httpStatus(), TreeMap::new,
                Collectors.counting()));
        long settlements = midtrans.deliveries().stream().filter(d -> d.transactionStatus().equals("settlement")).count();
        var details = new StringBuilder();
        details.append("  ").append(database.label()).append(" details\n");
        details.append("    create requests: ").append(attempts.size()).append(" ").append(answers).append('\n');
        details.append("    payments: ").append(customer.paid()).append(" paid, ").append(customer.duplicated())
                .append(" settlement notifications duplicated, ").append(customer.notPayable()).append(" not payable any more\n");
        details.append("    webhook deliveries: ").append(deliveries).append(" (").append(settlements).append(" of them settlements)\n");
        details.append("    supplier faults: ").append(faults.summary()).append("; ").append(hooks.idleCloseSummary())
                .append('\n');
        details.append("    restarts: ").append(startMillis.size() - 1).append(", start to Listening ").append(startMillis).append(" ms\n");
        details.append(String.format(Locale.ROOT, "    time: load and kills %.1f s, settle %.1f s, total %.1f s%n",
                (loadDone - began) / 1e9, (settled - loadDone) / 1e9, (System.nanoTime() - began) / 1e9));
        details.append("    data directory: ").append(dataDirectory).append(" (logs/wmx-topup-counter.log)\n");
        details.append("    timeline:\n").append(timeline.toString().indent(6));

        return new Result(database, all.size(), (int) all.stream().filter(Facts::paid).count(),
                (int) all.stream().filter(Facts::deliveredOnce).count(), (int) all.stream().filter(Facts::deliveredTwice).count(),
                (int) all.stream().filter(Facts::lost).count(),
                (int) all.stream().filter(f -> f.dbStatus().map("NEEDS_CHECK"::equals).orElse(false)).count(),
                (int) all.stream().filter(f -> f.dbStatus().map("FAILED"::equals).orElse(false)).count(),
                (int) all.stream().filter(f -> !f.settled()).count(), unsettledByStatus, killer.kills(), killer.fallbacks(), exit,
                details.toString(), anomalies, Duration.ofNanos(System.nanoTime() - began));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /// The receiver's port, the same across the console's restarts, so it is taken below the
    /// kernels' ephemeral ranges (Linux from 32768, Windows and macOS from 49152): a port from those
    /// can be handed meanwhile to any port-0 server or outgoing connection — a simulator, a JDBC
    /// connection — and the next start then finds it in use (one CI run failed so, three starts in a
    /// row on the same port).
    private static int freePort() throws IOException {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        IOException last = null;
        for (int i = 0; i < 100; i++) {
            int candidate = random.nextInt(10_000, 32_000);
            try (var socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                last = e; // in use: another
            }
        }
        throw new IOException("no free port between 10000 and 32000 on the loopback address", last);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static String tail(List<String> lines, int n) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

}
