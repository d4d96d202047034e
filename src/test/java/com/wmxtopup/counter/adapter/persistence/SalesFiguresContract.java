package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.report.ReportPeriod;
import com.wmxtopup.counter.application.report.SalesReport;
import com.wmxtopup.counter.application.report.SalesReport.Totals;
import com.wmxtopup.counter.application.report.SalesReports;
import com.wmxtopup.counter.domain.ShopZone;
import com.wmxtopup.counter.support.TestOperators;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The sales reports over a seeded set of orders with known totals, run against each database
/// the product supports: day boundaries in the shop's zone, the period before, every breakdown,
/// and the rollup always equal to the sums taken straight from the orders.
abstract class SalesFiguresContract {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private final AtomicInteger numbers = new AtomicInteger();
    private Database database;
    private final java.util.List<JdbcSalesFigures> opened = new java.util.ArrayList<>();
    private JdbcSalesFigures figures;
    private boolean postgresql;

    protected abstract DatabaseSettings newDatabase();

    @BeforeEach
    void open() {
        var settings = newDatabase();
        postgresql = settings.kind() == com.wmxtopup.counter.application.DatabaseKind.POSTGRESQL;
        database = Database.open(settings);
        figures = figures(ShopZone.WIB);
    }

    @AfterEach
    void close() {
        opened.forEach(JdbcSalesFigures::close);
        database.close();
    }

    private JdbcSalesFigures figures(ShopZone zone) {
        var figures = new JdbcSalesFigures(database.jdbc(), zone);
        opened.add(figures);
        return figures;
    }

    private SalesReports reports(ShopZone zone) {
        return new SalesReports(figures(zone), (report, shop, language, file) -> {
        }, (report, shop, language, file) -> {
        }, zone, () -> "Toko Uji");
    }

    /// An order created at `wib` (a Jakarta wall-clock time), as the engine stores it.
    private void order(String wib, String game, String sku, String name, long amount, long cost, String method, String status,
            String seller) {
        Instant created = LocalDateTime.parse(wib).atZone(ShopZone.WIB.zone()).toInstant();
        store(created, created.plusSeconds(30), game, sku, name, amount, cost, method, status, seller);
    }

    private void store(Instant created, Instant updated, String game, String sku, String name, long amount, long cost, String method,
            String status, String seller) {
        database.jdbc().inTransaction(session -> session.sql("""
                INSERT INTO orders (order_number, sku, product_name, game, target_user_id, target_zone_id, nickname, amount, cost,
                    payment_method, status, version, supplier_trx_id, note, qr_string, customer_phone, customer_email, created_at,
                    updated_at, sold_by)
                VALUES (:number, :sku, :name, :game, '1', '', '', :amount, :cost, :method, :status, 1, '', '', '', '', '', :created,
                    :updated, :seller)
                """).bind("number", "WMX-R-" + numbers.incrementAndGet()).bind("sku", sku).bind("name", name)
                .bind("game", game).bind("amount", amount).bind("cost", cost).bind("method", method)
                .bind("status", status).bind("created", created).bind("updated", updated)
                .bind("seller", seller).execute());
    }

    /// Friday 20 November 2026 in Jakarta, with the evening's edge and the day before.
    private void seed() {
        order("2026-11-20T23:30", "Mobile Legends", "ML86", "86 Diamonds", 22_000, 20_500, "CASH", "SUCCESS", "Dewi");
        order("2026-11-21T00:30", "Mobile Legends", "ML86", "86 Diamonds", 22_000, 20_500, "QRIS", "SUCCESS", "Dewi");
        order("2026-11-20T12:15", "Free Fire", "FF140", "140 Diamonds", 20_000, 18_000, "QRIS", "SUCCESS", "Budi");
        order("2026-11-20T12:40", "Mobile Legends", "ML172", "172 Diamonds", 44_000, 41_000, "QRIS", "SUCCESS", "Budi");
        order("2026-11-20T10:00", "Mobile Legends", "ML86", "86 Diamonds", 22_000, 20_500, "QRIS", "FAILED", "Dewi");
        order("2026-11-20T10:05", "Mobile Legends", "ML86", "86 Diamonds", 22_000, 20_500, "CASH", "REFUNDED", "Dewi");
        order("2026-11-20T10:10", "Free Fire", "FF140", "140 Diamonds", 20_000, 18_000, "QRIS", "NEEDS_CHECK", "Dewi");
        order("2026-11-20T10:20", "Free Fire", "FF140", "140 Diamonds", 20_000, 18_000, "QRIS", "EXPIRED", "Dewi");
        order("2026-11-20T00:00", "Free Fire", "FF140", "140 Diamonds", 20_000, 18_000, "CASH", "SUCCESS", "");
        order("2026-11-19T18:00", "Mobile Legends", "ML86", "86 Diamonds", 22_000, 20_500, "CASH", "SUCCESS", "Dewi");
        order("2026-11-19T23:59", "Free Fire", "FF140", "140 Diamonds", 20_000, 18_000, "QRIS", "SUCCESS", "Budi");
    }

    @Test
    void aShopDayInWibHasItsKnownTotalsAndTheDayBeforeBesideIt() {
        seed();
        SalesReport report = reports(ShopZone.WIB).report(TestOperators.ADMIN, ReportPeriod.day(DAY));

        // 23:30 belongs to the 20th, 00:30 to the 21st, 00:00 to the 20th.
        assertThat(report.now().sold()).isEqualTo(new Totals(4, 106_000, 97_500));
        assertThat(report.now().sold().profit()).isEqualTo(8_500);
        assertThat(report.now().sold().marginBasisPoints()).hasValue(801);
        assertThat(report.now().failed()).isEqualTo(1);
        assertThat(report.now().refunded()).isEqualTo(1);
        assertThat(report.now().unfinished()).isEqualTo(1);
        assertThat(report.previous()).isEqualTo(ReportPeriod.day(DAY.minusDays(1)));
        assertThat(report.before().sold()).isEqualTo(new Totals(2, 42_000, 38_500));

        assertThat(report.games()).extracting(SalesReport.Line::key, l -> l.now(), l -> l.before()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mobile Legends", new Totals(2, 66_000, 61_500), new Totals(1, 22_000, 20_500)),
                org.assertj.core.groups.Tuple.tuple("Free Fire", new Totals(2, 40_000, 36_000), new Totals(1, 20_000, 18_000)));
        assertThat(report.items()).extracting(SalesReport.Line::key, SalesReport.Line::label, l -> l.now().orders())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ML172", "172 Diamonds", 1L),
                        org.assertj.core.groups.Tuple.tuple("FF140", "140 Diamonds", 2L),
                        org.assertj.core.groups.Tuple.tuple("ML86", "86 Diamonds", 1L));
        assertThat(report.sellers()).extracting(SalesReport.Line::key, l -> l.now().revenue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Budi", 64_000L), org.assertj.core.groups.Tuple.tuple("Dewi", 22_000L),
                org.assertj.core.groups.Tuple.tuple("", 20_000L));
        assertThat(report.paymentMethods()).extracting(SalesReport.Line::key, l -> l.now().revenue(), l -> l.before().revenue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("QRIS", 64_000L, 20_000L),
                        org.assertj.core.groups.Tuple.tuple("CASH", 42_000L, 22_000L));
        assertThat(report.hoursOfDay()).hasSize(24);
        assertThat(report.hoursOfDay().get(12).now()).isEqualTo(new Totals(2, 64_000, 59_000));
        assertThat(report.hoursOfDay().get(23).now()).isEqualTo(new Totals(1, 22_000, 20_500));
        assertThat(report.hoursOfDay().get(23).before()).isEqualTo(new Totals(1, 20_000, 18_000));
        assertThat(report.hoursOfDay().get(0).now()).isEqualTo(new Totals(1, 20_000, 18_000));
        assertThat(report.days()).singleElement().satisfies(day -> {
            assertThat(day.day()).isEqualTo(DAY);
            assertThat(day.now().revenue()).isEqualTo(106_000);
            assertThat(day.previousDay()).isEqualTo(DAY.minusDays(1));
            assertThat(day.before().revenue()).isEqualTo(42_000);
        });
    }

    @Test
    void theSameInstantsFallOnOtherDaysInWita() {
        seed();
        // Summed in WIB first: a shop that changes its zone gets its days cut again.
        reports(ShopZone.WIB).report(TestOperators.ADMIN, ReportPeriod.day(DAY));
        // WITA is an hour ahead: 23:30 WIB on the 20th is 00:30 WITA on the 21st, and 23:59 WIB on
        // the 19th is 00:59 on the 20th.
        SalesReport report = reports(ShopZone.WITA).report(TestOperators.ADMIN, ReportPeriod.day(DAY));

        assertThat(report.now().sold()).isEqualTo(new Totals(4, 104_000, 95_000));
        assertThat(report.hoursOfDay().get(0).now()).isEqualTo(new Totals(1, 20_000, 18_000));
        assertThat(report.hoursOfDay().get(1).now()).isEqualTo(new Totals(1, 20_000, 18_000));
        SalesReport next = reports(ShopZone.WITA).report(TestOperators.ADMIN, ReportPeriod.day(DAY.plusDays(1)));
        assertThat(next.now().sold()).isEqualTo(new Totals(2, 44_000, 41_000));
    }

    @Test
    void aWeekAndAMonthAddUpTheirDays() {
        seed();
        var reports = reports(ShopZone.WIB);
        SalesReport week = reports.report(TestOperators.OWNER, ReportPeriod.week(DAY));
        assertThat(week.current())
                .isEqualTo(new ReportPeriod(ReportPeriod.Kind.WEEK, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
        assertThat(week.now().sold()).isEqualTo(new Totals(7, 170_000, 156_500));
        assertThat(week.days()).hasSize(7).extracting(d -> d.now().orders()).containsExactly(0L, 0L, 0L, 2L, 4L, 1L, 0L);
        assertThat(week.before().sold()).isEqualTo(Totals.ZERO);

        SalesReport month = reports.report(TestOperators.OWNER, ReportPeriod.month(DAY));
        assertThat(month.days()).hasSize(30);
        assertThat(month.now().sold()).isEqualTo(week.now().sold());
    }

    @Test
    void theRollupFollowsEveryChangeAndEqualsTheOrdersThemselves() {
        seed();
        var reports = reports(ShopZone.WIB);
        var period = ReportPeriod.range(DAY.minusDays(3), DAY.plusDays(3));
        LocalDate from = period.first();
        LocalDate to = period.last();
        assertThat(figures.between(from, to)).isEqualTo(figures.direct(from, to));

        // An old order refunded a day later, a new sale in an hour already summed, and the failed
        // one retried and delivered.
        Instant later = LocalDateTime.parse("2026-11-22T09:00").atZone(ShopZone.WIB.zone()).toInstant();
        database.jdbc().inTransaction(session -> {
            session.sql("UPDATE orders SET status = 'REFUNDED', updated_at = :at WHERE order_number = 'WMX-R-3'")
                    .bind("at", later).execute();
            session.sql("UPDATE orders SET status = 'SUCCESS', updated_at = :at WHERE order_number = 'WMX-R-5'")
                    .bind("at", later).execute();
        });
        Instant noon = LocalDateTime.parse("2026-11-20T12:50").atZone(ShopZone.WIB.zone()).toInstant();
        store(noon, later, "Genshin Impact", "GI60", "60 Genesis", 16_000, 14_000, "QRIS", "SUCCESS", "Budi");

        SalesReport report = reports.report(TestOperators.ADMIN, ReportPeriod.day(DAY));
        assertThat(report.now().sold()).isEqualTo(new Totals(5, 124_000, 114_000));
        assertThat(report.now().refunded()).isEqualTo(2);
        assertThat(report.now().failed()).isZero();
        assertThat(report.hoursOfDay().get(12).now()).isEqualTo(new Totals(2, 60_000, 55_000));
        assertThat(figures.between(from, to)).isEqualTo(figures.direct(from, to));
    }

    @Test
    void aChangeCommittedLateWithAnEarlierTimeIsStillTakenIn() {
        seed();
        LocalDate from = DAY;
        LocalDate to = DAY;
        figures.between(from, to);
        // Another console's transaction commits after the refresh with an updated_at a few
        // minutes older than the newest one taken in.
        Instant earlier = LocalDateTime.parse("2026-11-21T00:25").atZone(ShopZone.WIB.zone()).toInstant();
        database.jdbc().inTransaction(session -> session.sql(
                "UPDATE orders SET status = 'REFUNDED', updated_at = :at WHERE order_number = 'WMX-R-3'").bind("at", earlier)
                .execute());

        assertThat(figures.between(from, to)).isEqualTo(figures.direct(from, to));
        assertThat(figures.between(from, to).byStatus().get(com.wmxtopup.counter.domain.OrderStatus.REFUNDED).orders()).isEqualTo(2);
    }

    @Test
    void changesAreTakenInInTheBackgroundSoThatAReportFindsThemDone() throws Exception {
        seed();
        figures.keepUpToDateNow();
        awaitUpToDate();
        long refreshes = figures.refreshes();

        // An order of the day before refunded, as a report would find it: taken in a few seconds
        // after this console says orders changed, without any report asking.
        Instant now = Instant.now();
        database.jdbc().inTransaction(session -> session.sql(
                "UPDATE orders SET status = 'REFUNDED', updated_at = :at WHERE order_number = 'WMX-R-10'").bind("at", now)
                .execute());
        assertThat(figures.upToDate()).isFalse();
        figures.ordersChanged();
        awaitUpToDate();

        assertThat(figures.refreshes()).isEqualTo(refreshes + 1);
        LocalDate from = DAY.minusDays(1);
        assertThat(figures.between(from, DAY)).isEqualTo(figures.direct(from, DAY));
        assertThat(figures.between(from, from).byStatus().get(com.wmxtopup.counter.domain.OrderStatus.REFUNDED).orders()).isEqualTo(1);
        assertThat(figures.refreshes()).as("the report refreshed nothing itself").isEqualTo(refreshes + 1);
    }

    @Test
    void aReportDoesNotWaitForARefreshInProgressWhenTheRollupsHoldEveryChange() throws Exception {
        // H2 has one connection: nothing else runs beside a transaction (the next test is its case).
        org.junit.jupiter.api.Assumptions.assumeTrue(postgresql, "a second transaction needs a server");
        seed();
        figures.refresh();
        // Another console (or this one's keeper) refreshes: it holds the state row's lock.
        var locked = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var holder = Thread.ofPlatform().start(() -> database.jdbc().inTransaction(session -> {
            session.sql("SELECT id FROM sales_rollup_state WHERE id = 1 FOR UPDATE").single(r -> r.longValue(1));
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(locked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            var sums = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                    () -> figures.between(DAY, DAY));
            assertThat(sums).isEqualTo(figures.direct(DAY, DAY));
        } finally {
            release.countDown();
            holder.join();
        }
    }

    @Test
    void theFirstFillingSumsAFewDaysAtATimeAndTellsHowFarItIs() {
        for (int i = 0; i < 30; i++) {
            order(DAY.minusDays(i) + "T12:00", "Free Fire", "FF140", "140 Diamonds", 20_000, 18_000, "QRIS", "SUCCESS", "Budi");
        }
        var told = new java.util.ArrayList<String>();
        var rollup = new SalesRollup(7 * 3_600);
        database.jdbc().inTransaction(session -> rollup.refresh(session, (done, total) -> told.add(done + "/" + total),
                () -> false));

        assertThat(told).containsExactly("0/30", "7/30", "14/30", "21/30", "28/30", "30/30");
        LocalDate from = DAY.minusDays(29);
        assertThat(figures.upToDate()).isTrue();
        assertThat(figures.between(from, DAY)).isEqualTo(figures.direct(from, DAY));
        assertThat(figures.between(from, DAY).byStatus().get(com.wmxtopup.counter.domain.OrderStatus.SUCCESS).orders()).isEqualTo(30);
    }

    @Test
    void aRefreshInStepsLetsSalesUseTheDatabaseBetweenItsDays() {
        for (int i = 0; i < 5; i++) {
            order(DAY.minusDays(i) + "T12:00", "Free Fire", "FF140", "140 Diamonds", 20_000, 18_000, "QRIS", "SUCCESS", "Budi");
        }
        var rollup = new SalesRollup(7 * 3_600);
        var told = new java.util.ArrayList<String>();
        // On H2's one connection a sale stored here would wait for the refresh's transaction (and
        // fail after the pool's 10 s) if it were held across the days.
        var sale = LocalDateTime.parse("2026-11-20T15:00").atZone(ShopZone.WIB.zone()).toInstant();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(8),
                () -> rollup.refreshInSteps(database.jdbc(), (done, total) -> {
                    told.add(done + "/" + total);
                    if (done > 0 && done < total) {
                        store(sale, Instant.now(), "Free Fire", "FF140", "140 Diamonds", 20_000, 18_000, "CASH", "SUCCESS", "Dewi");
                    }
                }, () -> false));

        assertThat(told).containsExactly("0/5", "1/5", "2/5", "3/5", "4/5", "5/5");
        assertThat(figures.upToDate()).as("the sales stored meanwhile are not taken in yet").isFalse();
        LocalDate from = DAY.minusDays(4);
        assertThat(figures.between(from, DAY)).isEqualTo(figures.direct(from, DAY));
        assertThat(figures.between(DAY, DAY).byStatus().get(com.wmxtopup.counter.domain.OrderStatus.SUCCESS).orders()).isEqualTo(5);
    }

    @Test
    void aRefreshStoppedHalfWayLeavesNothingHalfDone() {
        seed();
        var rollup = new SalesRollup(7 * 3_600);
        assertThatThrownBy(() -> database.jdbc().inTransaction(session -> rollup.refresh(session,
                SalesRollup.Steps.NONE, () -> true))).isInstanceOf(SalesRollup.Stopped.class);

        assertThat(figures.upToDate()).isFalse();
        assertThat(figures.between(DAY, DAY)).isEqualTo(figures.direct(DAY, DAY));
    }

    private void awaitUpToDate() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!figures.upToDate()) {
            assertThat(System.nanoTime()).as("the rollups brought up to date in the background").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void anEmptyStoreReportsZeros() {
        SalesReport report = reports(ShopZone.WIT).report(TestOperators.ADMIN, ReportPeriod.month(DAY));
        assertThat(report.now().sold()).isEqualTo(Totals.ZERO);
        assertThat(report.now().sold().marginBasisPoints()).isEmpty();
        assertThat(report.games()).isEmpty();
    }

    @Test
    void aCashierMayNotReadTheReports() {
        seed();
        var reports = reports(ShopZone.WIB);
        assertThatThrownBy(() -> reports.report(TestOperators.CASHIER, ReportPeriod.day(DAY))).isInstanceOf(NotPermittedException.class);
        SalesReport report = reports.report(TestOperators.ADMIN, ReportPeriod.day(DAY));
        assertThatThrownBy(() -> reports.exportCsv(TestOperators.CASHIER, report, java.nio.file.Path.of("never.csv")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(java.nio.file.Path.of("never.csv.part")).doesNotExist();
    }
}
