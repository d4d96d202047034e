package com.wmxtopup.counter.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wmxtopup.counter.application.order.FollowShownOrder;
import com.wmxtopup.counter.application.order.OrderChanged;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.bootstrap.AppContext;
import com.wmxtopup.counter.bootstrap.config.CommandLineOverrides;
import com.wmxtopup.counter.bootstrap.config.ConfigLoader;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.sandbox.midtrans.MidtransSimulator;
import com.wmxtopup.counter.sandbox.midtrans.NotificationDelivery;
import com.wmxtopup.counter.sandbox.midtrans.NotificationFault;
import com.wmxtopup.counter.support.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/// The speed a customer feels (issue 17), on the whole application in demo mode — the real
/// clients over HTTP against the simulators, Jetty, H2, the sync pass every 15 s — beside a
/// baseline from the same run:
///
/// - pay → seen: from the simulated customer's payment to PAID committed (the order event both
///   screens react to): by webhook; behind NAT with the shown QR looked at as the screen does
///   (`FollowShownOrder` every `againAfter`, on a 500 ms tick); and the baseline, behind NAT with
///   only the sync pass.
/// - paid → supplier request: PAID committed → SUPPLIER_REQUESTING committed, for every order
///   paid above; baseline: one order read by number (the least the worker's scan does).
/// - webhook throughput: signed settlements (each sent twice) from 64 connections, verified with
///   the gateway, deduplicated and applied; baseline: a bare Jetty handler doing one insert into
///   an H2 file opened with the same settings.
public final class PaymentSpeedBenchmark {

    private static final String TOKEN = "bench-token-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TICK = Duration.ofMillis(500);

    private final AppContext context;
    private final MidtransSimulator midtrans;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    private final Map<Long, Long> paidAt = new ConcurrentHashMap<>();
    private final Map<Long, Long> requestedAt = new ConcurrentHashMap<>();
    private final AtomicInteger users = new AtomicInteger(300_000_000);
    private final SplittableRandom random = new SplittableRandom(17);

    private PaymentSpeedBenchmark(AppContext context) {
        this.context = context;
        this.midtrans = context.midtransSimulator().orElseThrow();
        context.vipSimulator().orElseThrow().setBalance(1_000_000_000L); // hundreds of orders
        context.orderEvents().subscribe(this::heard);
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try {
            var table = new BenchmarkTable("Payment speed (issue 17), demo mode on H2, sync pass every 15 s, " + orders
                    + " orders per latency row (Java " + Runtime.version() + ")");
            Path first = TestApp.newDataDirectory("payment-speed-bench");
            try (AppContext context = start(first, 15)) {
                var bench = new PaymentSpeedBenchmark(context);
                bench.waitForCatalog();
                bench.payToSeen(table, orders);
                bench.paidToSupplier(table);
            }
            // Throughput without a pass finding the payments first: every order is paid by a webhook.
            Path second = TestApp.newDataDirectory("webhook-throughput-bench");
            try (AppContext context = start(second, 3600)) {
                var bench = new PaymentSpeedBenchmark(context);
                bench.waitForCatalog();
                Thread.sleep(3_000); // after the first pass: no pass finds these payments before their webhooks
                bench.webhookThroughput(table, second, orders * 10);
            }
            table.print();
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            System.exit(0); // the simulators' and the HTTP client's threads
        }
    }

    private static AppContext start(Path dataDirectory, int syncSeconds) {
        var env = TestApp.environment("API_TOKEN", TOKEN, "SYNC_INTERVAL_SECONDS", Integer.toString(syncSeconds));
        var config = new ConfigLoader(env, dataDirectory, "Linux", dataDirectory.toString())
                .load(new CommandLineOverrides(false, Optional.empty(), Optional.of(dataDirectory), Optional.of(0)));
        return AppContext.start(config);
    }

    private void heard(OrderChanged change) {
        long now = System.nanoTime();
        if (change.status() == OrderStatus.PAID) {
            paidAt.putIfAbsent(change.orderId(), now);
        } else if (change.status() == OrderStatus.SUPPLIER_REQUESTING) {
            requestedAt.putIfAbsent(change.orderId(), now);
        }
    }

    private void waitForCatalog() throws Exception {
        context.orderSync().refreshBalance();
        for (int i = 0; i < 100 && context.catalog().quote("MLB86-S1").isEmpty(); i++) {
            context.catalogSync().run(com.wmxtopup.counter.application.access.Operator.SYSTEM, ProgressListener.NONE);
            Thread.sleep(100);
        }
    }

    private record Created(long id, String number) {
    }

    private Created create() throws Exception {
        String body = "{\"sku\":\"MLB86-S1\",\"userId\":\"" + users.incrementAndGet()
                + "\",\"zoneId\":\"2685\",\"paymentMethod\":\"QRIS\"}";
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.webPort() + "/api/orders/create"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("create answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode created = JSON.readTree(response.body());
        String number = created.get("orderNumber").asText();
        long id = context.findOrders().byNumber(new OrderNumber(number)).orElseThrow().id();
        return new Created(id, number);
    }

    /// Waits until the order is PAID (its event heard), at most `limit`; the millis from `paidNanos`, NaN if never.
    private double awaitPaid(Created order, long paidNanos, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!paidAt.containsKey(order.id()) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        Long seen = paidAt.get(order.id());
        return seen == null ? Double.NaN : (seen - paidNanos) / 1e6;
    }

    /// The screen's follower, as `ShownOrderFollower` runs it: a look whenever the last one said,
    /// checked on a 500 ms tick, one at a time, until it says stop or `stop` is set.
    private Future<?> follow(ExecutorService screen, Created order, java.util.concurrent.atomic.AtomicBoolean stop) {
        FollowShownOrder follow = context.followShownOrder();
        return screen.submit(() -> {
            int failures = 0;
            long next = System.nanoTime() + TICK.toNanos();
            while (!stop.get()) {
                long now = System.nanoTime();
                if (now < next) {
                    Thread.sleep(TICK.toMillis());
                    continue;
                }
                var look = follow.check(order.id(), failures);
                failures = look.failed() ? failures + 1 : 0;
                if (look.againAfter().isEmpty()) {
                    return null;
                }
                next = System.nanoTime() + look.againAfter().get().toNanos();
            }
            return null;
        });
    }

    private void payToSeen(BenchmarkTable table, int orders) throws Exception {
        // Behind NAT, only the pass (the baseline): orders paid at random moments, in parallel.
        midtrans.faultAllNotifications(NotificationFault.drop());
        double[] passOnly = payAll(orders, false);
        // Behind NAT, the QR on screen looked at fast.
        double[] fastLook = payAll(orders, true);
        midtrans.clearNotificationFaults();
        // With webhooks (nobody looks fast: the notification alone).
        double[] webhook = new double[orders];
        for (int i = 0; i < orders; i++) {
            Created order = create();
            long t0 = System.nanoTime();
            midtrans.pay(order.number());
            webhook[i] = awaitPaid(order, t0, Duration.ofSeconds(30));
            Thread.sleep(200);
        }
        double basePass = BenchmarkTable.medianAndP95(passOnly)[0];
        double[] w = BenchmarkTable.medianAndP95(webhook);
        double[] f = BenchmarkTable.medianAndP95(fastLook);
        double[] p = BenchmarkTable.medianAndP95(passOnly);
        table.add("pay → seen, webhook", "ms", w[0], w[1], basePass, 1_000, false, "baseline: behind NAT, sync pass only");
        table.add("pay → seen, behind NAT, QR looked at fast", "ms", f[0], f[1], basePass, 3_000, false,
                "look every 2 s on a 500 ms tick; baseline: sync pass only");
        table.add("pay → seen, behind NAT, sync pass only", "ms", p[0], p[1], Double.NaN, 15_000, false, "what it was (the baseline)");
    }

    /// Creates `orders` QRs, has each customer pay at a random moment within one pass interval,
    /// and returns pay → PAID committed for each.
    private double[] payAll(int orders, boolean lookFast) throws Exception {
        var created = new ArrayList<Created>();
        for (int i = 0; i < orders; i++) {
            created.add(create());
        }
        ExecutorService screen = Executors.newFixedThreadPool(orders);
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        if (lookFast) {
            created.forEach(order -> follow(screen, order, stop));
        }
        ExecutorService customers = Executors.newFixedThreadPool(orders);
        List<Future<Double>> seen = new ArrayList<>();
        long interval = context.config().syncInterval().toMillis();
        for (Created order : created) {
            long wait = random.nextLong(interval);
            seen.add(customers.submit(() -> {
                Thread.sleep(wait);
                long t0 = System.nanoTime();
                midtrans.pay(order.number());
                return awaitPaid(order, t0, Duration.ofSeconds(60));
            }));
        }
        double[] millis = new double[orders];
        for (int i = 0; i < orders; i++) {
            millis[i] = seen.get(i).get(90, TimeUnit.SECONDS);
        }
        stop.set(true);
        screen.shutdownNow();
        customers.shutdownNow();
        return millis;
    }

    private void paidToSupplier(BenchmarkTable table) throws Exception {
        Thread.sleep(2_000);
        var gaps = new ArrayList<Double>();
        paidAt.forEach((id, paid) -> {
            Long requested = requestedAt.get(id);
            if (requested != null) {
                // The worker hears PAID before this listener does: a claim may be heard first (0).
                gaps.add(Math.max(0, (requested - paid) / 1e6));
            }
        });
        double[] values = gaps.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.println(
                "paid → supplier request, ms, sorted: " + java.util.Arrays.toString(gaps.stream().sorted().map(Math::round).toArray()));
        var anyOrder = context.findOrders().byId(paidAt.keySet().iterator().next()).orElseThrow().orderNumber();
        double[] read = new double[200];
        for (int i = 0; i < read.length; i++) {
            long t0 = System.nanoTime();
            context.findOrders().byNumber(anyOrder);
            read[i] = (System.nanoTime() - t0) / 1e6;
        }
        double median = BenchmarkTable.quantile(values, 0.5);
        table.add("paid → supplier request (p99 in p95 column)", "ms", median, BenchmarkTable.quantile(values, 0.99),
                BenchmarkTable.medianAndP95(read)[0], 200, false,
                values.length + " orders, PAID event → claim event; p50 target 50; baseline: one order read");
    }

    private void webhookThroughput(BenchmarkTable table, Path dataDirectory, int orders) throws Exception {
        // Settlements the simulator makes but does not deliver: the benchmark delivers them.
        midtrans.faultAllNotifications(NotificationFault.drop());
        var bodies = new ArrayList<String>();
        for (int i = 0; i < orders; i++) {
            Created order = create();
            midtrans.pay(order.number());
        }
        for (NotificationDelivery delivery : midtrans.deliveries()) {
            if (delivery.transactionStatus().equals("settlement") && delivery.outcome() == NotificationDelivery.Outcome.DROPPED) {
                bodies.add(delivery.body());
                bodies.add(delivery.body()); // Midtrans retries: each arrives twice
            }
        }
        midtrans.clearNotificationFaults();
        URI webhook = URI.create("http://127.0.0.1:" + context.webPort() + "/api/webhooks/midtrans");
        int before = paidAt.size();
        double appRate = blast(webhook, bodies);
        int applied = paidAt.size() - before;

        String url = "jdbc:h2:file:" + dataDirectory.resolve("bare-baseline") + ";WRITE_DELAY=0";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("create table hits (id bigint auto_increment primary key, body varchar(4000))");
            var server = new Server();
            var connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            server.setHandler(new Handler.Abstract() {
                @Override
                public boolean handle(Request request, Response response, Callback callback) throws Exception {
                    String body = org.eclipse.jetty.io.Content.Source.asString(request);
                    synchronized (connection) { // one connection, as the application's H2 pool
                        try (var insert = connection.prepareStatement("insert into hits (body) values (?)")) {
                            insert.setString(1, body);
                            insert.executeUpdate();
                        }
                    }
                    response.setStatus(200);
                    response.write(true, java.nio.ByteBuffer.wrap("{}".getBytes()), callback);
                    return true;
                }
            });
            server.start();
            try {
                double bareRate = blast(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"), bodies);
                table.add("webhook throughput, 64 connections", "req/s", appRate, Double.NaN, bareRate, 100, true,
                        bodies.size() + " settlements (each twice): verified with the gateway, " + applied
                                + " orders paid once; baseline: bare Jetty + one H2 insert");
            } finally {
                server.stop();
            }
        }
    }

    /// Posts every body from 64 connections at once; requests per second.
    private double blast(URI target, List<String> bodies) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(64);
        var next = new AtomicInteger();
        var failures = new AtomicLong();
        long t0 = System.nanoTime();
        var done = new ArrayList<Future<?>>();
        for (int c = 0; c < 64; c++) {
            done.add(senders.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    var response = http.send(HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        senders.shutdown();
        if (failures.get() > 0) {
            System.out.println("  " + failures.get() + " of " + bodies.size() + " answered other than 200 at " + target);
        }
        return bodies.size() / seconds;
    }
}
