package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.ShiftFigures;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.time.Instant;
import java.util.List;

/// The shift report's sums as SQL aggregates: one grouped query over the shift's orders (index
/// `orders_shift`), one over the orders sent to the supplier in the shift's window (index
/// `orders_supplier_requested`).
public final class JdbcShiftFigures implements ShiftFigures {

    private static final List<String> UNSETTLED = List.of(OrderStatus.PAID.name(), OrderStatus.SUPPLIER_REQUESTING.name(),
            OrderStatus.PROCESSING.name(), OrderStatus.NEEDS_CHECK.name());
    private static final List<String> IN_PROGRESS = List.of(OrderStatus.SUPPLIER_REQUESTING.name(), OrderStatus.PROCESSING.name(),
            OrderStatus.NEEDS_CHECK.name());

    private final Jdbc jdbc;

    public JdbcShiftFigures(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SalesLine> sales(long shiftId) {
        return jdbc.fromTransaction(tx -> tx.sql("""
                SELECT payment_method, status, COUNT(*), COALESCE(SUM(amount), 0), COALESCE(SUM(cost), 0)
                FROM orders WHERE shift_id = :shift GROUP BY payment_method, status""")
                .bind("shift", shiftId)
                .list(r -> new SalesLine(PaymentMethod.valueOf(r.string(1)), OrderStatus.valueOf(r.string(2)), r.longValue(3),
                        Money.rupiah(r.longValue(4)), Money.rupiah(r.longValue(5)))));
    }

    @Override
    public List<OpenOrder> unsettled(long shiftId, int limit) {
        return jdbc.fromTransaction(tx -> tx.sql("""
                SELECT order_number, status, amount, created_at FROM orders
                WHERE shift_id = :shift AND status IN (:statuses) ORDER BY created_at, id""")
                .bind("shift", shiftId).bind("statuses", UNSETTLED).firstRows(limit)
                .list(r -> new OpenOrder(r.string(1), OrderStatus.valueOf(r.string(2)), Money.rupiah(r.longValue(3)), r.instant(4))));
    }

    @Override
    public SupplierSpend supplierSpend(Instant from, Instant to) {
        return jdbc.fromTransaction(tx -> tx.sql("""
                SELECT SUM(CASE WHEN status = 'SUCCESS' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status = 'SUCCESS' THEN cost ELSE 0 END),
                       SUM(CASE WHEN status IN (:inProgress) THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status IN (:inProgress) THEN cost ELSE 0 END)
                FROM orders WHERE supplier_requested_at >= :from AND supplier_requested_at < :to""")
                .bind("inProgress", IN_PROGRESS).bind("from", from).bind("to", to)
                .single(r -> new SupplierSpend(r.longValue(1), Money.rupiah(r.longValue(2)), r.longValue(3),
                        Money.rupiah(r.longValue(4)))));
    }
}
