package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.application.port.DuplicateOrderNumberException;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.application.port.ProductRepository;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.IllegalStatusTransitionException;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/// The repository contract, run against each database the product supports.
abstract class OrderRepositoryContract {

    private Database database;
    private OrderRepository orders;
    private ProductRepository products;

    protected abstract DatabaseSettings newDatabase();

    private DatabaseSettings settings;

    @BeforeEach
    void open() {
        settings = newDatabase();
        database = Database.open(settings);
        orders = new JdbcOrderRepository(database.jdbc());
        products = new JdbcProductRepository(database.jdbc());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void storedOrderReadsBackWithEveryField() {
        var expires = OrderFixtures.T0.plusSeconds(900);
        var order = OrderFixtures.newOrder("WMX-20261124-AAAAAAAAAA")
                .withPaymentRequest("00020101021226...6304ABCD", expires)
                .withCustomerContact("081234567890", "buyer@example.com");

        Order saved = orders.insert(order, "created at the counter");

        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isZero();
        Order read = orders.findByNumber(new OrderNumber("WMX-20261124-AAAAAAAAAA")).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.target().userId()).isEqualTo("136216325");
        assertThat(read.target().zoneId()).isEqualTo("2685");
        assertThat(read.amount()).isEqualTo(Money.rupiah(22_000));
        assertThat(read.cost()).isEqualTo(Money.rupiah(20_500));
        assertThat(read.paymentExpiresAt()).isEqualTo(expires);
        assertThat(read.createdAt()).isEqualTo(OrderFixtures.T0);
        assertThat(read.qrString()).isEqualTo("00020101021226...6304ABCD");
        assertThat(read.customerEmail()).isEqualTo("buyer@example.com");
        assertThat(orders.findById(saved.id())).contains(saved);
        assertThat(orders.history(saved.id())).containsExactly(
                new OrderEvent(null, OrderStatus.PENDING, OrderFixtures.T0, Actor.SYSTEM, "created at the counter"));
    }

    @Test
    void unknownOrdersAreEmpty() {
        assertThat(orders.findByNumber(new OrderNumber("NOPE"))).isEmpty();
        assertThat(orders.findById(987_654)).isEmpty();
    }

    @Test
    void orderNumbersAreUnique() {
        orders.insert(OrderFixtures.newOrder("WMX-DUP"), "");
        assertThatThrownBy(() -> orders.insert(OrderFixtures.newOrder("WMX-DUP"), ""))
                .isInstanceOf(DuplicateOrderNumberException.class);
    }

    @Test
    void compareAndSetMovesTheOrderWritesHistoryAndBumpsTheVersion() {
        Order saved = orders.insert(OrderFixtures.newOrder("WMX-CAS"), "");
        Instant t1 = OrderFixtures.T0.plusSeconds(1);

        boolean won = orders.compareAndSetStatus(
                StatusChange.of(saved.id(), OrderStatus.PENDING, 0, OrderStatus.WAITING_PAYMENT, Actor.CASHIER, "QRIS shown", t1));

        assertThat(won).isTrue();
        Order read = orders.findById(saved.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.updatedAt()).isEqualTo(t1);
        assertThat(orders.history(saved.id())).last()
                .isEqualTo(new OrderEvent(OrderStatus.PENDING, OrderStatus.WAITING_PAYMENT, t1, Actor.CASHIER, "QRIS shown"));
    }

    @Test
    void compareAndSetLosesOnAStaleVersionOrStatusAndChangesNothing() {
        Order saved = orders.insert(OrderFixtures.newOrder("WMX-STALE"), "");
        assertThat(orders.compareAndSetStatus(StatusChange.of(saved.id(), OrderStatus.PENDING, 0, OrderStatus.PAID,
                Actor.CASHIER, "cash", OrderFixtures.T0))).isTrue();

        // Same expected version again: somebody else already moved it.
        assertThat(orders.compareAndSetStatus(StatusChange.of(saved.id(), OrderStatus.PENDING, 0, OrderStatus.CANCELLED,
                Actor.CASHIER, "", OrderFixtures.T0))).isFalse();
        // Right version, wrong status.
        assertThat(orders.compareAndSetStatus(StatusChange.of(saved.id(), OrderStatus.WAITING_PAYMENT, 1, OrderStatus.EXPIRED,
                Actor.SYNC_WORKER, "", OrderFixtures.T0))).isFalse();

        Order read = orders.findById(saved.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(OrderStatus.PAID);
        assertThat(read.version()).isEqualTo(1);
        assertThat(orders.history(saved.id())).hasSize(2);
    }

    @Test
    void compareAndSetWritesSupplierDataTogetherWithTheStatus() {
        Order saved = orders.insert(OrderFixtures.newOrder("WMX-TRX"), "");
        long v = saved.version();
        for (var step : List.of(OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING)) {
            OrderStatus from = orders.findById(saved.id()).orElseThrow().status();
            assertThat(orders.compareAndSetStatus(StatusChange.of(saved.id(), from, v++, step, Actor.SYNC_WORKER, "", OrderFixtures.T0)))
                    .isTrue();
        }
        var accepted = StatusChange.of(saved.id(), OrderStatus.SUPPLIER_REQUESTING, v, OrderStatus.PROCESSING, Actor.SYNC_WORKER,
                "supplier accepted", OrderFixtures.T0).withSupplierTrxId("VP2401100900001").withNote("");
        assertThat(orders.compareAndSetStatus(accepted)).isTrue();

        Order read = orders.findById(saved.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(read.supplierTrxId()).isEqualTo("VP2401100900001");
    }

    @Test
    void longSupplierNotesAndReasonsDoNotBreakTheStatusChange() {
        Order saved = orders.insert(OrderFixtures.newOrder("WMX-LONG"), "");
        String voucher = "SN:" + "1234-5678-".repeat(300); // 3003 characters of codes the customer paid for
        var change = StatusChange
                .of(saved.id(), OrderStatus.PENDING, 0, OrderStatus.PAID, Actor.CASHIER, "r".repeat(2000), OrderFixtures.T0)
                .withNote(voucher);
        assertThat(orders.compareAndSetStatus(change)).isTrue();
        Order read = orders.findById(saved.id()).orElseThrow();
        assertThat(read.note()).isEqualTo(voucher);
        assertThat(orders.history(saved.id()).getLast().reason()).hasSize(500);
    }

    @Test
    void compareAndSetRefusesEdgesTheStateMachineLacks() {
        Order saved = orders.insert(OrderFixtures.newOrder("WMX-ILLEGAL"), "");
        assertThatThrownBy(() -> orders.compareAndSetStatus(StatusChange.of(saved.id(), OrderStatus.PENDING, 0, OrderStatus.SUCCESS,
                Actor.ADMIN, "", OrderFixtures.T0))).isInstanceOf(IllegalStatusTransitionException.class);
        assertThat(orders.findById(saved.id()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);
    }

    /// The claim that makes fulfilment exactly-once: two workers (or two consoles) race the
    /// same PAID order; exactly one may win.
    @RepeatedTest(10)
    void twoThreadsRacingTheSameClaimHaveExactlyOneWinner() throws Exception {
        Order saved = orders.insert(OrderFixtures.newOrder("WMX-RACE-" + System.nanoTime()), "");
        assertThat(orders.compareAndSetStatus(StatusChange.of(saved.id(), OrderStatus.PENDING, 0, OrderStatus.PAID,
                Actor.CASHIER, "cash", OrderFixtures.T0))).isTrue();
        long version = 1;

        var barrier = new CyclicBarrier(2);
        Callable<Boolean> claim = () -> {
            barrier.await(5, TimeUnit.SECONDS);
            return orders.compareAndSetStatus(StatusChange.of(saved.id(), OrderStatus.PAID, version,
                    OrderStatus.SUPPLIER_REQUESTING, Actor.SYNC_WORKER, Thread.currentThread().getName(), OrderFixtures.T0));
        };
        List<Boolean> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> futures = List.of(pool.submit(claim), pool.submit(claim));
            for (Future<Boolean> f : futures) {
                results.add(f.get(20, TimeUnit.SECONDS));
            }
        }

        assertThat(results).containsExactlyInAnyOrder(true, false);
        assertThat(orders.findById(saved.id()).orElseThrow().status()).isEqualTo(OrderStatus.SUPPLIER_REQUESTING);
        assertThat(orders.history(saved.id()).stream().filter(e -> e.to() == OrderStatus.SUPPLIER_REQUESTING)).hasSize(1);
    }

    @Test
    void ordersAreListedByStatusOldestFirstAndRecentNewestFirst() {
        for (int i = 0; i < 3; i++) {
            var o = OrderFixtures.newOrder("WMX-LIST-" + i);
            var shifted = new Order(null, o.orderNumber(), o.sku(), o.productName(), o.game(), o.target(), o.nickname(), o.amount(),
                    o.cost(), o.paymentMethod(), o.status(), 0, "", "", "", null, "", "", OrderFixtures.T0.plusSeconds(i),
                    OrderFixtures.T0.plusSeconds(i), "", Money.ZERO, null, 0, null, "", "", null);
            orders.insert(shifted, "");
        }
        assertThat(orders.findByStatus(OrderStatus.PENDING, 10).stream().map(o -> o.orderNumber().value()))
                .containsExactly("WMX-LIST-0", "WMX-LIST-1", "WMX-LIST-2");
        assertThat(orders.findByStatus(OrderStatus.PENDING, 2)).hasSize(2);
        assertThat(orders.findByStatus(OrderStatus.PAID, 10)).isEmpty();
        assertThat(orders.findRecent(2).stream().map(o -> o.orderNumber().value())).containsExactly("WMX-LIST-2", "WMX-LIST-1");
    }

    @Test
    void productsAreUpsertedBySku() {
        var ml = OrderFixtures.mobileLegends86();
        var ff = new Product("FF100-S13", "Free Fire", "100 Diamonds",
                Map.of(PriceLevel.BASIC, Money.rupiah(14_000)), ProductStatus.AVAILABLE, OrderFixtures.T0);
        products.saveCatalog(List.of(ml, ff), List.of(), OrderFixtures.T0, ProgressListener.NONE);

        var cheaper = new Product("MLB86-S1", "Mobile Legends B", "86 Diamonds",
                Map.of(PriceLevel.BASIC, Money.rupiah(19_900)), ProductStatus.EMPTY, OrderFixtures.T0.plusSeconds(60));
        products.saveCatalog(List.of(cheaper), List.of(), OrderFixtures.T0, ProgressListener.NONE);

        assertThat(products.findAll()).extracting(Product::sku).containsExactly("FF100-S13", "MLB86-S1");
        Product read = products.findBySku("MLB86-S1").orElseThrow();
        assertThat(read.buyPrice(PriceLevel.BASIC)).isEqualTo(Money.rupiah(19_900));
        assertThat(read.buyPrice(PriceLevel.SPECIAL)).isEqualTo(Money.rupiah(19_900));
        assertThat(read.status()).isEqualTo(ProductStatus.EMPTY);
        assertThat(products.findBySku("FF100-S13").orElseThrow().buyPrice(PriceLevel.PREMIUM)).isEqualTo(Money.rupiah(14_000));
        assertThat(products.findBySku("NOPE")).isEmpty();
    }

    @Test
    void databaseReportsHealthy() {
        assertThat(database.isUp()).isTrue();
    }

    @Test
    void healthSaysDownInsteadOfWaitingWhenNoConnectionIsFree() throws Exception {
        var held = new java.util.ArrayList<java.sql.Connection>();
        try {
            for (int i = 0; i < database.poolSize(); i++) {
                held.add(database.dataSourceForTests().getConnection()); // taken until closed
            }
            long started = System.nanoTime();
            assertThat(database.isUp()).isFalse();
            // The pool itself would wait 10 s for a connection; /health must not.
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(6));
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
        boolean upAgain = false;
        for (int i = 0; i < 10 && !upAgain; i++) {
            upAgain = database.isUp();
        }
        assertThat(upAgain).isTrue();
    }

    // ---- the back office's search ---------------------------------------------------------------

    private Order stored(String number, String nickname, PaymentMethod method, Instant createdAt) {
        var order = Order.create(new OrderNumber(number), OrderFixtures.mobileLegends86(), new TopUpTarget("136216325", "2685"), nickname,
                Money.rupiah(22_000), Money.rupiah(20_500), method, createdAt);
        return orders.insert(order, "test");
    }

    private static OrderSearch search(String text, java.util.Optional<OrderSearch.PageKey> after, int limit) {
        return new OrderSearch(java.util.Set.of(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), "",
                java.util.Optional.empty(), text, "", after, limit);
    }

    @Test
    void searchPagesNewestFirstWithoutGapsOrRepeatsEvenWithEqualTimes() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Two orders share each creation time: the id breaks the tie.
            stored("P-" + i, "p", PaymentMethod.QRIS, OrderFixtures.T0.plusSeconds(i / 2));
            expected.addFirst("P-" + i);
        }
        List<String> seen = new ArrayList<>();
        java.util.Optional<OrderSearch.PageKey> after = java.util.Optional.empty();
        for (int page = 0; page < 10; page++) {
            List<Order> found = orders.search(search("", after, 3));
            found.forEach(o -> seen.add(o.orderNumber().value()));
            if (found.size() < 3) {
                break;
            }
            after = java.util.Optional.of(new OrderSearch.PageKey(found.getLast().createdAt(), found.getLast().id()));
        }
        // Same creation time: the later insert (higher id) first.
        assertThat(seen).containsExactlyElementsOf(expected.stream().sorted(java.util.Comparator
                .comparing((String n) -> Integer.parseInt(n.substring(2)) / 2).thenComparing(n -> Integer.parseInt(n.substring(2)))
                .reversed()).toList());
    }

    @Test
    void searchFiltersByWhoSoldItAndListsTheSellers() {
        for (String[] sale : new String[][] {{"WMX-S1", "Dewi"}, {"WMX-S2", "Budi untuk Dewi"}, {"WMX-S3", "Dewi"},
                {"WMX-S4", "API Toko online"}, {"WMX-S5", ""}}) {
            var order = Order.create(new OrderNumber(sale[0]), OrderFixtures.mobileLegends86(), new TopUpTarget("136216325", "2685"), "",
                    Money.rupiah(22_000), Money.rupiah(20_500), PaymentMethod.CASH, OrderFixtures.T0).soldBy(sale[1]);
            orders.insert(order, "test");
        }
        var byDewi = new OrderSearch(java.util.Set.of(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), "", java.util.Optional.empty(), "", "Dewi", java.util.Optional.empty(), 10);

        assertThat(orders.search(byDewi)).extracting(o -> o.orderNumber().value()).containsExactlyInAnyOrder("WMX-S1", "WMX-S3");
        assertThat(orders.totals(byDewi).count()).isEqualTo(2);
        assertThat(orders.findById(orders.search(byDewi).getFirst().id()).orElseThrow().soldBy()).isEqualTo("Dewi");
        assertThat(orders.sellers()).containsExactly("API Toko online", "Budi untuk Dewi", "Dewi");
    }

    @Test
    void searchFindsTextInAnyIdentifyingFieldAndTreatsLikeWildcardsAsText() {
        stored("WMX-A1", "Raja_Gaming", PaymentMethod.CASH, OrderFixtures.T0);
        stored("WMX-B2", "Ratu 100%", PaymentMethod.QRIS, OrderFixtures.T0.plusSeconds(1));
        stored("WMX-C3", "RajaXGaming", PaymentMethod.QRIS, OrderFixtures.T0.plusSeconds(2));

        assertThat(orders.search(search("raja_", java.util.Optional.empty(), 10))).extracting(o -> o.orderNumber().value())
                .containsExactly("WMX-A1");
        assertThat(orders.search(search("100%", java.util.Optional.empty(), 10))).extracting(o -> o.orderNumber().value())
                .containsExactly("WMX-B2");
        assertThat(orders.search(search("wmx-c", java.util.Optional.empty(), 10))).extracting(o -> o.orderNumber().value())
                .containsExactly("WMX-C3");
        assertThat(orders.search(search("136216325", java.util.Optional.empty(), 10))).hasSize(3);
        var cashOnly = new OrderSearch(java.util.Set.of(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(),
                "", java.util.Optional.of(PaymentMethod.CASH), "", "", java.util.Optional.empty(), 10);
        assertThat(orders.search(cashOnly)).extracting(o -> o.orderNumber().value()).containsExactly("WMX-A1");
    }

    @Test
    void searchFindsEachOfTheSixFieldsByAnyPartInAnyCase() {
        var order = Order.create(new OrderNumber("WMX-F1"), OrderFixtures.mobileLegends86(), new TopUpTarget("88776655", "2685"),
                "SultanMLBB", Money.rupiah(22_000), Money.rupiah(20_500), PaymentMethod.QRIS, OrderFixtures.T0)
                .withCustomerContact("081299887766", "");
        Order saved = orders.insert(order, "test");
        stored("WMX-OTHER", "Lain", PaymentMethod.CASH, OrderFixtures.T0.plusSeconds(1));
        assertThat(orders.compareAndSetStatus(StatusChange.of(saved.id(), OrderStatus.PENDING, 0, OrderStatus.PAID, Actor.SYNC_WORKER,
                "paid", OrderFixtures.T0).withPaymentTransactionId("9f2c-Mt-Abcd"))).isTrue();
        assertThat(orders.compareAndSetStatus(StatusChange.of(saved.id(), OrderStatus.PAID, 1, OrderStatus.SUPPLIER_REQUESTING,
                Actor.SYNC_WORKER, "claim", OrderFixtures.T0))).isTrue();
        assertThat(orders.compareAndSetStatus(StatusChange.of(saved.id(), OrderStatus.SUPPLIER_REQUESTING, 2, OrderStatus.PROCESSING,
                Actor.SYNC_WORKER, "accepted", OrderFixtures.T0).withSupplierTrxId("VP2611XYZ77"))).isTrue();

        // order number, player ID, nickname, WhatsApp, supplier trxid, Midtrans transaction id
        for (String text : List.of("x-f1", "WMX-F1", "8877665", "88776655", "sultanml", "SULTANMLBB", "99887766", "081299887766",
                "vp2611xyz", "VP2611XYZ77", "MT-ABCD", "9f2c-mt-abcd")) {
            assertThat(orders.search(search(text, java.util.Optional.empty(), 10))).as(text).extracting(o -> o.orderNumber().value())
                    .containsExactly("WMX-F1");
            assertThat(orders.totals(search(text, java.util.Optional.empty(), 10)).count()).as(text).isEqualTo(1);
        }
        // Shorter than a trigram: still found (PostgreSQL reads every order for it).
        assertThat(orders.search(search("f1", java.util.Optional.empty(), 10))).extracting(o -> o.orderNumber().value())
                .containsExactly("WMX-F1");
        assertThat(orders.search(search("zzz", java.util.Optional.empty(), 10))).isEmpty();
        assertThat(orders.totals(search("wmx", java.util.Optional.empty(), 10)).count()).isEqualTo(2);
    }

    @Test
    void totalsCoverEveryPageAndNeedsActionFindsStuckOrders() {
        Order stuckPending = stored("N-1", "", PaymentMethod.QRIS, OrderFixtures.T0);
        Order freshPending = stored("N-2", "", PaymentMethod.QRIS, OrderFixtures.T0.plusSeconds(600));
        Order failed = stored("N-3", "", PaymentMethod.CASH, OrderFixtures.T0.plusSeconds(1));
        orders.compareAndSetStatus(StatusChange.of(failed.id(), OrderStatus.PENDING, 0, OrderStatus.PAID, Actor.CASHIER, "cash",
                OrderFixtures.T0.plusSeconds(1)));
        orders.compareAndSetStatus(StatusChange.of(failed.id(), OrderStatus.PAID, 1, OrderStatus.SUPPLIER_REQUESTING, Actor.SYNC_WORKER,
                "claim", OrderFixtures.T0.plusSeconds(2)));
        orders.compareAndSetStatus(StatusChange.of(failed.id(), OrderStatus.SUPPLIER_REQUESTING, 2, OrderStatus.FAILED, Actor.SYNC_WORKER,
                "rejected", OrderFixtures.T0.plusSeconds(3)));
        Instant now = OrderFixtures.T0.plusSeconds(660);
        var needs = new OrderSearch(java.util.Set.of(), java.util.Optional.of(new OrderSearch.NeedsAction(now.minusSeconds(120),
                now.minusSeconds(1800), now.minusSeconds(300))), java.util.Optional.empty(), java.util.Optional.empty(), "",
                java.util.Optional.empty(), "", "", java.util.Optional.empty(), 1);

        assertThat(orders.search(needs)).extracting(Order::id).containsExactly(failed.id());
        var totals = orders.totals(needs);
        assertThat(totals.count()).isEqualTo(2); // the failed order and the pending one no charge was ever shown for
        assertThat(totals.revenue()).isEqualTo(44_000);
        assertThat(totals.profit()).isEqualTo(3_000);
        assertThat(orders.totals(search("", java.util.Optional.empty(), 1)).count()).isEqualTo(3);
        var needsAll = new OrderSearch(needs.statuses(), needs.needsAction(), needs.createdFrom(), needs.createdBefore(), "",
                java.util.Optional.empty(), "", "", java.util.Optional.empty(), 10);
        assertThat(orders.search(needsAll)).extracting(Order::id).containsExactly(failed.id(), stuckPending.id())
                .doesNotContain(freshPending.id());
    }

    /// Two consoles on one database (each with its own pool and session factory) press retry and
    /// refund on the same failed order at the same moment: one wins, the other is told why.
    @RepeatedTest(5)
    void retryAndRefundFromTwoConsolesAtOnceCannotBothWin() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(settings.kind() == com.wmxtopup.counter.application.DatabaseKind.POSTGRESQL,
                "an embedded H2 file belongs to one console");
        Order failed = stored("TWO-" + System.nanoTime(), "", PaymentMethod.CASH, OrderFixtures.T0);
        orders.compareAndSetStatus(StatusChange.of(failed.id(), OrderStatus.PENDING, 0, OrderStatus.PAID, Actor.CASHIER, "cash",
                OrderFixtures.T0));
        orders.compareAndSetStatus(StatusChange.of(failed.id(), OrderStatus.PAID, 1, OrderStatus.SUPPLIER_REQUESTING, Actor.SYNC_WORKER,
                "claim", OrderFixtures.T0));
        orders.compareAndSetStatus(StatusChange.of(failed.id(), OrderStatus.SUPPLIER_REQUESTING, 2, OrderStatus.FAILED,
                Actor.SYNC_WORKER, "rejected", OrderFixtures.T0));
        try (var otherConsole = Database.open(settings)) {
            var here = new com.wmxtopup.counter.application.order.SettleOrders(orders, null, null, null, () -> {
            }, com.wmxtopup.counter.support.TestDrawer.open(1), com.wmxtopup.counter.support.InMemoryAuditLog.discarding(),
                    java.time.Clock.systemUTC());
            var there = new com.wmxtopup.counter.application.order.SettleOrders(new JdbcOrderRepository(otherConsole.jdbc()),
                    null, null, null, () -> {
                    }, com.wmxtopup.counter.support.TestDrawer.open(1), com.wmxtopup.counter.support.InMemoryAuditLog.discarding(),
                    java.time.Clock.systemUTC());
            var acting = com.wmxtopup.counter.support.TestOperators.ADMIN;
            var start = new CyclicBarrier(2);
            List<Object> outcomes;
            try (var pool = Executors.newFixedThreadPool(2)) {
                Future<Object> retry = pool.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    return here.retry(failed.id(), "saldo diisi", acting);
                });
                Future<Object> refund = pool.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    return there.refund(failed.id(), "uang kembali", acting);
                });
                outcomes = List.of(retry.get(20, TimeUnit.SECONDS), refund.get(20, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(o -> o instanceof com.wmxtopup.counter.application.order.SettleOrders.Outcome.Done)
                    .hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof com.wmxtopup.counter.application.order.SettleOrders.Outcome.Refused)
                    .singleElement().satisfies(o -> assertThat(
                            ((com.wmxtopup.counter.application.order.SettleOrders.Outcome.Refused) o).refusal()).isIn(
                                    com.wmxtopup.counter.application.order.SettleOrders.Refusal.CHANGED_MEANWHILE,
                                    com.wmxtopup.counter.application.order.SettleOrders.Refusal.NOT_IN_THIS_STATUS));
            assertThat(orders.history(failed.id()).stream().filter(e -> e.from() == OrderStatus.FAILED)).hasSize(1);
        }
    }
}
