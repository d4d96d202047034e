package com.wmxtopup.counter.application.shift;

import com.wmxtopup.counter.application.port.ShiftFigures;
import com.wmxtopup.counter.application.port.ShiftRepository;
import com.wmxtopup.counter.application.receipt.ShopInfo;
import com.wmxtopup.counter.domain.CashMovement;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.Shift;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/// Works out a shift's report from the database's sums: the expected cash, the sales by
/// payment method, the outcomes, and the supplier reconciliation.
public final class ShiftReports {

    /// Statuses in which the customer's money has come in (refunded ones too: it came in, and
    /// went out again as a refund).
    static final Set<OrderStatus> PAID = EnumSet.of(OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING,
            OrderStatus.SUCCESS, OrderStatus.FAILED, OrderStatus.NEEDS_CHECK, OrderStatus.REFUNDED);
    /// How many unsettled orders a report lists by number (the count covers all).
    static final int UNSETTLED_LISTED = 50;

    private final ShiftRepository shifts;
    private final ShiftFigures figures;
    private final Supplier<ShopInfo> shop;
    private final boolean demo;
    private final Clock clock;

    public ShiftReports(ShiftRepository shifts, ShiftFigures figures, Supplier<ShopInfo> shop, boolean demo, Clock clock) {
        this.shifts = shifts;
        this.figures = figures;
        this.shop = shop;
        this.demo = demo;
        this.clock = clock;
    }

    /// What the drawer should hold now: float + cash sales + cash in − payouts, drops, refunds.
    public Money expectedCash(Shift shift) {
        return cashOf(shift, figures.sales(shift.id()), shifts.movements(shift.id()), Optional.empty()).expected();
    }

    /// The report of `shift` as it stands now (`kind` X while open, Z once closed).
    ShiftReport of(Shift shift, ShiftReport.Kind kind, Optional<Instant> madeAt) {
        List<ShiftFigures.SalesLine> sales = figures.sales(shift.id());
        List<CashMovement> movements = shifts.movements(shift.id());
        Instant made = madeAt.orElseGet(clock::instant);
        var closing = shift.closing();
        ShopInfo info = shop.get();
        var header = new ShiftReport.Header(info.name(), shift.consoleId(), shift.id(), shift.openedAt(), shift.openedBy(),
                closing.map(Shift.Closing::at), closing.map(Shift.Closing::by).orElse(""), made, info.zone(), demo);
        var methods = List.of(PaymentMethod.values()).stream()
                .map(method -> new ShiftReport.MethodLine(method, count(sales, method, PAID), sum(sales, method, PAID, false)))
                .toList();
        Instant until = closing.map(Shift.Closing::at).orElse(made);
        var spend = figures.supplierSpend(shift.openedAt(), until);
        Optional<Money> atClose = closing.flatMap(Shift.Closing::supplierBalanceAtClose);
        Optional<Long> difference = shift.supplierBalanceAtOpen().flatMap(open -> atClose.map(close -> open.rupiah() - close.rupiah()
                - spend.successfulCost().rupiah() - spend.inProgressCost().rupiah()));
        return new ShiftReport(kind, header, methods, cashOf(shift, sales, movements, closing), ordersOf(shift, sales),
                new ShiftReport.Supplier(shift.supplierBalanceAtOpen(), atClose, spend, difference), movements);
    }

    private ShiftReport.Orders ordersOf(Shift shift, List<ShiftFigures.SalesLine> sales) {
        Set<OrderStatus> unsettled = EnumSet.of(OrderStatus.PAID, OrderStatus.SUPPLIER_REQUESTING, OrderStatus.PROCESSING,
                OrderStatus.NEEDS_CHECK);
        Set<OrderStatus> success = EnumSet.of(OrderStatus.SUCCESS);
        Set<OrderStatus> refunded = EnumSet.of(OrderStatus.REFUNDED);
        return new ShiftReport.Orders(count(sales, null, success), count(sales, null, EnumSet.of(OrderStatus.FAILED)),
                count(sales, null, refunded), sum(sales, null, refunded, false), figures.unsettled(shift.id(), UNSETTLED_LISTED),
                count(sales, null, unsettled), sum(sales, null, success, false), sum(sales, null, success, true));
    }

    private static ShiftReport.Cash cashOf(Shift shift, List<ShiftFigures.SalesLine> sales, List<CashMovement> movements,
            Optional<Shift.Closing> closing) {
        Money cashSales = sum(sales, PaymentMethod.CASH, PAID, false);
        Money cashIn = total(movements, CashMovement.Kind.CASH_IN);
        Money payouts = total(movements, CashMovement.Kind.PAYOUT);
        Money drops = total(movements, CashMovement.Kind.BANK_DROP);
        Money refunds = total(movements, CashMovement.Kind.REFUND);
        long expected = shift.openingFloat().total().rupiah() + cashSales.rupiah()
                + movements.stream().mapToLong(CashMovement::signedRupiah).sum();
        // A closed shift keeps the expected cash worked out at its close: the paper and the screen
        // agree with what the cashier was shown then.
        Money expectedCash = closing.map(Shift.Closing::expectedCash).orElse(Money.rupiah(Math.max(0, expected)));
        return new ShiftReport.Cash(shift.openingFloat().total(), cashSales, cashIn, payouts, drops, refunds, expectedCash,
                closing.flatMap(Shift.Closing::counted), closing.flatMap(Shift.Closing::variance),
                closing.map(Shift.Closing::note).orElse(""), closing.map(Shift.Closing::forced).orElse(false));
    }

    private static long count(List<ShiftFigures.SalesLine> sales, PaymentMethod method, Set<OrderStatus> statuses) {
        return sales.stream().filter(l -> (method == null || l.method() == method) && statuses.contains(l.status()))
                .mapToLong(ShiftFigures.SalesLine::count).sum();
    }

    private static Money sum(List<ShiftFigures.SalesLine> sales, PaymentMethod method, Set<OrderStatus> statuses, boolean cost) {
        return Money.rupiah(sales.stream().filter(l -> (method == null || l.method() == method) && statuses.contains(l.status()))
                .mapToLong(l -> (cost ? l.cost() : l.amount()).rupiah()).sum());
    }

    private static Money total(List<CashMovement> movements, CashMovement.Kind kind) {
        return Money.rupiah(movements.stream().filter(m -> m.kind() == kind).mapToLong(m -> m.amount().rupiah()).sum());
    }
}
