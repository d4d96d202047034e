package com.wmxtopup.counter.application.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcOrderRepository;
import com.wmxtopup.counter.application.access.NotPermittedException;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.CashMovement;
import com.wmxtopup.counter.domain.Denomination;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.sandbox.vip.VipResellerSimulator;
import com.wmxtopup.counter.support.InMemoryAuditLog;
import com.wmxtopup.counter.support.MutableClock;
import com.wmxtopup.counter.support.ShiftFixture;
import com.wmxtopup.counter.support.TestOperators;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Shifts on a real database with the VIP Reseller simulator's balance over HTTP: the exact
/// expected cash and variance of a shift with known sales, refunds and movements; its Z report;
/// one open shift per console; forced closes. Run on H2 and PostgreSQL.
abstract class ShiftsContract {

    static final Instant OPENED = Instant.parse("2026-11-26T01:00:00Z"); // 08:00 WIB
    static final long START_BALANCE = 1_000_000;

    protected abstract DatabaseSettings newDatabase();

    private final MutableClock clock = new MutableClock(OPENED);
    private final AtomicInteger numbers = new AtomicInteger();
    private ShiftFixture fixture;
    private VipResellerSimulator simulator;
    private InMemoryAuditLog auditLog;
    private JdbcOrderRepository orders;
    private Shifts shifts;

    @BeforeEach
    void start() {
        fixture = new ShiftFixture(newDatabase(), clock);
        simulator = fixture.simulator;
        simulator.setBalance(START_BALANCE);
        auditLog = fixture.auditLog;
        orders = new JdbcOrderRepository(fixture.database.jdbc());
        shifts = shiftsOn("kasir-1");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    Shifts shiftsOn(String consoleId) {
        return fixture.shiftsOn(consoleId);
    }

    @Test
    void aShiftWithKnownSalesRefundsAndMovementsExpectsTheExactCashAndKeepsTheVariance() {
        var opened = (Shifts.Outcome.Done) shifts.open(TestOperators.CASHIER,
                CashCount.of(Map.of(Denomination.NOTE_100000, 1, Denomination.NOTE_50000, 1, Denomination.NOTE_10000, 4,
                        Denomination.COIN_500, 20)));
        long shift = opened.shift().id();
        assertThat(opened.shift().openingFloat().total()).isEqualTo(Money.rupiah(200_000));
        assertThat(opened.shift().supplierBalanceAtOpen()).contains(Money.rupiah(START_BALANCE));

        clock.advance(Duration.ofHours(1));
        sale(shift, PaymentMethod.CASH, OrderStatus.SUCCESS, 20_000, 18_000, true);
        sale(shift, PaymentMethod.CASH, OrderStatus.SUCCESS, 20_000, 18_000, true);
        sale(shift, PaymentMethod.CASH, OrderStatus.SUCCESS, 20_000, 18_000, true);
        Order refunded = sale(shift, PaymentMethod.CASH, OrderStatus.REFUNDED, 15_000, 14_000, false);
        sale(shift, PaymentMethod.CASH, OrderStatus.PENDING, 99_000, 90_000, false); // never paid: no money came in
        sale(shift, PaymentMethod.QRIS, OrderStatus.SUCCESS, 50_000, 45_000, true);
        Order processing = sale(shift, PaymentMethod.QRIS, OrderStatus.PROCESSING, 30_000, 27_000, true);
        sale(shift, PaymentMethod.QRIS, OrderStatus.EXPIRED, 40_000, 36_000, false);
        sale(null, PaymentMethod.CASH, OrderStatus.SUCCESS, 70_000, 60_000, true); // another drawer's (no shift)

        assertThat(shifts.handBack(TestOperators.ADMIN, refunded.orderNumber().value(), refunded.amount(), "gagal, uang kembali"))
                .isTrue();
        assertThat(shifts.moveCash(TestOperators.CASHIER, CashMovement.Kind.PAYOUT, Money.rupiah(10_000), "beli galon"))
                .isInstanceOf(Shifts.Outcome.Done.class);
        assertThat(shifts.moveCash(TestOperators.CASHIER, CashMovement.Kind.BANK_DROP, Money.rupiah(50_000), "setor BCA"))
                .isInstanceOf(Shifts.Outcome.Done.class);
        assertThat(shifts.moveCash(TestOperators.CASHIER, CashMovement.Kind.CASH_IN, Money.rupiah(20_000), "tambah receh"))
                .isInstanceOf(Shifts.Outcome.Done.class);

        // 200.000 + cash sales 75.000 (three delivered, one refunded later) + 20.000 in
        // − 10.000 paid out − 50.000 to the bank − 15.000 handed back = 220.000
        var x = shifts.xReport(TestOperators.CASHIER).orElseThrow();
        assertThat(x.kind()).isEqualTo(ShiftReport.Kind.X);
        assertThat(x.cash().expected()).isEqualTo(Money.rupiah(220_000));
        assertThat(x.cash().cashSales()).isEqualTo(Money.rupiah(75_000));

        // The supplier: three cash + one QRIS delivered (99.000) and one in progress (27.000)
        // went through this shop; 5.000 more left the balance elsewhere.
        simulator.setBalance(START_BALANCE - 99_000 - 27_000 - 60_000 - 5_000);
        clock.advance(Duration.ofHours(8));
        var closed = (Shifts.Outcome.Done) shifts.close(TestOperators.CASHIER,
                CashCount.of(Map.of(Denomination.NOTE_100000, 2, Denomination.NOTE_10000, 1, Denomination.NOTE_5000, 1,
                        Denomination.NOTE_2000, 2)),
                "");
        var closing = closed.shift().closing().orElseThrow();
        assertThat(closing.expectedCash()).isEqualTo(Money.rupiah(220_000));
        assertThat(closing.counted().orElseThrow().total()).isEqualTo(Money.rupiah(219_000));
        assertThat(closing.variance()).contains(-1_000L);
        assertThat(shifts.current()).isEmpty();

        var z = shifts.report(TestOperators.CASHIER, shift).orElseThrow();
        assertThat(z.kind()).isEqualTo(ShiftReport.Kind.Z);
        assertThat(z.sales()).containsExactly(new ShiftReport.MethodLine(PaymentMethod.QRIS, 2, Money.rupiah(80_000)),
                new ShiftReport.MethodLine(PaymentMethod.CASH, 4, Money.rupiah(75_000)));
        assertThat(z.cash().payouts()).isEqualTo(Money.rupiah(10_000));
        assertThat(z.cash().bankDrops()).isEqualTo(Money.rupiah(50_000));
        assertThat(z.cash().cashIn()).isEqualTo(Money.rupiah(20_000));
        assertThat(z.cash().cashRefunds()).isEqualTo(Money.rupiah(15_000));
        assertThat(z.cash().variance()).contains(-1_000L);
        assertThat(z.orders().successful()).isEqualTo(4);
        assertThat(z.orders().refunded()).isEqualTo(1);
        assertThat(z.orders().refundedValue()).isEqualTo(Money.rupiah(15_000));
        assertThat(z.orders().unsettledCount()).isEqualTo(1);
        assertThat(z.orders().unsettled()).extracting(com.wmxtopup.counter.application.port.ShiftFigures.OpenOrder::orderNumber)
                .containsExactly(processing.orderNumber().value());
        assertThat(z.orders().revenue()).isEqualTo(Money.rupiah(110_000));
        assertThat(z.orders().cost()).isEqualTo(Money.rupiah(99_000));
        assertThat(z.orders().profit()).isEqualTo(11_000);
        // Delivered 4 + the other drawer's 1 (the balance is the shop's, not the console's).
        assertThat(z.supplier().spend().successful()).isEqualTo(5);
        assertThat(z.supplier().spend().successfulCost()).isEqualTo(Money.rupiah(159_000));
        assertThat(z.supplier().spend().inProgressCost()).isEqualTo(Money.rupiah(27_000));
        assertThat(z.supplier().atClose()).contains(Money.rupiah(START_BALANCE - 191_000));
        assertThat(z.supplier().difference()).contains(5_000L);
        assertThat(z.movements()).extracting(CashMovement::kind).containsExactly(CashMovement.Kind.REFUND, CashMovement.Kind.PAYOUT,
                CashMovement.Kind.BANK_DROP, CashMovement.Kind.CASH_IN);
        assertThat(auditLog.entries()).extracting(e -> e.action()).contains(AuditAction.SHIFT_OPENED, AuditAction.CASH_MOVED,
                AuditAction.SHIFT_CLOSED);
    }

    @Test
    void oneOpenShiftPerConsoleUntilItIsClosedOrForceClosedWithAReason() {
        var first = (Shifts.Outcome.Done) shifts.open(TestOperators.CASHIER, CashCount.ofTotal(Money.rupiah(100_000)));
        var again = shifts.open(TestOperators.ADMIN, CashCount.ofTotal(Money.rupiah(50_000)));
        assertThat(again).isEqualTo(new Shifts.Outcome.Refused(Shifts.Refusal.ALREADY_OPEN, Optional.of(first.shift())));
        // Another console on the same database has its own drawer.
        assertThat(shiftsOn("kasir-2").open(TestOperators.ADMIN, CashCount.ofTotal(Money.ZERO))).isInstanceOf(Shifts.Outcome.Done.class);

        assertThatThrownBy(() -> shifts.forceClose(TestOperators.CASHIER, first.shift().id(), "lupa tutup"))
                .isInstanceOf(NotPermittedException.class);
        assertThat(shifts.forceClose(TestOperators.ADMIN, first.shift().id(), " "))
                .isEqualTo(new Shifts.Outcome.Refused(Shifts.Refusal.REASON_REQUIRED, Optional.empty()));
        var forced = (Shifts.Outcome.Done) shifts.forceClose(TestOperators.ADMIN, first.shift().id(), "kasir pulang tanpa tutup");
        var closing = forced.shift().closing().orElseThrow();
        assertThat(closing.forced()).isTrue();
        assertThat(closing.counted()).isEmpty();
        assertThat(closing.expectedCash()).isEqualTo(Money.rupiah(100_000));
        assertThat(closing.note()).isEqualTo("kasir pulang tanpa tutup");
        assertThat(shifts.forceClose(TestOperators.ADMIN, first.shift().id(), "lagi")).isInstanceOf(Shifts.Outcome.Refused.class);

        assertThat(shifts.open(TestOperators.CASHIER, CashCount.ofTotal(Money.rupiah(100_000)))).isInstanceOf(Shifts.Outcome.Done.class);
        assertThat(shifts.history(TestOperators.ADMIN, 10)).hasSize(3);
        assertThat(shifts.openEverywhere(TestOperators.ADMIN)).extracting(s -> s.consoleId()).containsExactlyInAnyOrder("kasir-1",
                "kasir-2");
        assertThat(auditLog.entries()).extracting(e -> e.action()).contains(AuditAction.SHIFT_FORCE_CLOSED);
    }

    @Test
    void cashMovementsNeedAnOpenShiftAReasonAndCashInTheDrawer() {
        assertThat(shifts.moveCash(TestOperators.CASHIER, CashMovement.Kind.PAYOUT, Money.rupiah(1_000), "parkir"))
                .isEqualTo(new Shifts.Outcome.Refused(Shifts.Refusal.NO_OPEN_SHIFT, Optional.empty()));
        assertThat(shifts.handBack(TestOperators.ADMIN, "WMX-X", Money.rupiah(1_000), "refund")).isFalse();
        shifts.open(TestOperators.CASHIER, CashCount.ofTotal(Money.rupiah(50_000)));
        assertThat(shifts.moveCash(TestOperators.CASHIER, CashMovement.Kind.PAYOUT, Money.rupiah(1_000), "  "))
                .isEqualTo(new Shifts.Outcome.Refused(Shifts.Refusal.REASON_REQUIRED, Optional.empty()));
        assertThat(shifts.moveCash(TestOperators.CASHIER, CashMovement.Kind.PAYOUT, Money.ZERO, "parkir"))
                .isEqualTo(new Shifts.Outcome.Refused(Shifts.Refusal.AMOUNT_REQUIRED, Optional.empty()));
        assertThat(shifts.moveCash(TestOperators.CASHIER, CashMovement.Kind.BANK_DROP, Money.rupiah(50_001), "setor"))
                .isInstanceOf(Shifts.Outcome.Refused.class)
                .extracting(r -> ((Shifts.Outcome.Refused) r).reason()).isEqualTo(Shifts.Refusal.MORE_THAN_IN_DRAWER);
        assertThat(shifts.moveCash(TestOperators.CASHIER, CashMovement.Kind.BANK_DROP, Money.rupiah(50_000), "setor"))
                .isInstanceOf(Shifts.Outcome.Done.class);
    }

    @Test
    void aReportOfAnotherConsolesShiftNeedsTheRightToManageShifts() {
        var other = (Shifts.Outcome.Done) shiftsOn("kasir-2").open(TestOperators.CASHIER, CashCount.ofTotal(Money.ZERO));
        assertThatThrownBy(() -> shifts.report(TestOperators.CASHIER, other.shift().id())).isInstanceOf(NotPermittedException.class);
        assertThat(shifts.report(TestOperators.ADMIN, other.shift().id())).isPresent();
    }

    @Test
    void aSupplierThatDoesNotAnswerLeavesTheBalanceUnreadAndTheReconciliationOpen() {
        simulator.close();
        var opened = (Shifts.Outcome.Done) shifts.open(TestOperators.CASHIER, CashCount.ofTotal(Money.ZERO));
        assertThat(opened.shift().supplierBalanceAtOpen()).isEmpty();
        var closed = (Shifts.Outcome.Done) shifts.close(TestOperators.CASHIER, CashCount.ofTotal(Money.ZERO), "");
        assertThat(shifts.report(TestOperators.CASHIER, closed.shift().id()).orElseThrow().supplier().difference()).isEmpty();
    }

    private Order sale(Long shiftId, PaymentMethod method, OrderStatus status, long amount, long cost, boolean sentToSupplier) {
        Instant at = clock.instant();
        var order = new Order(null, new OrderNumber("WMX-S-" + numbers.incrementAndGet()), "MLB86-S1", "86 Diamonds", "Mobile Legends",
                new TopUpTarget("136216325", "2685"), "Sim", Money.rupiah(amount), Money.rupiah(cost), method, status, 0, "", "", "",
                null, "", "", at, at, "", Money.ZERO, sentToSupplier ? at : null, sentToSupplier ? 1 : 0, null, "", "Dewi", shiftId);
        return orders.insert(order, "seeded");
    }
}
