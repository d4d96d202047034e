package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.ShiftFigures;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderStatus;
import com.wmxtopup.counter.domain.PaymentMethod;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;

/// The shift report's sums as SQL aggregates: one grouped query over the shift's orders (index
/// `orders_shift`), one over the orders sent to the supplier in the shift's window (index
/// `orders_supplier_requested`).
public final class HibernateShiftFigures implements ShiftFigures {

    private static final List<String> UNSETTLED = List.of(OrderStatus.PAID.name(), OrderStatus.SUPPLIER_REQUESTING.name(),
            OrderStatus.PROCESSING.name(), OrderStatus.NEEDS_CHECK.name());
    private static final List<String> IN_PROGRESS = List.of(OrderStatus.SUPPLIER_REQUESTING.name(), OrderStatus.PROCESSING.name(),
            OrderStatus.NEEDS_CHECK.name());

    private final SessionFactory sessions;

    public HibernateShiftFigures(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<SalesLine> sales(long shiftId) {
        return sessions.fromTransaction(session -> session.createSelectionQuery("""
                select o.paymentMethod, o.status, count(o), coalesce(sum(o.amount), 0), coalesce(sum(o.cost), 0)
                from OrderEntity o where o.shiftId = :shift group by o.paymentMethod, o.status""", Object[].class)
                .setParameter("shift", shiftId).getResultList().stream()
                .map(row -> new SalesLine(PaymentMethod.valueOf((String) row[0]), OrderStatus.valueOf((String) row[1]),
                        ((Number) row[2]).longValue(), Money.rupiah(((Number) row[3]).longValue()),
                        Money.rupiah(((Number) row[4]).longValue())))
                .toList());
    }

    @Override
    public List<OpenOrder> unsettled(long shiftId, int limit) {
        return sessions.fromTransaction(session -> session.createSelectionQuery("""
                select o.orderNumber, o.status, o.amount, o.createdAt from OrderEntity o
                where o.shiftId = :shift and o.status in :statuses order by o.createdAt, o.id""", Object[].class)
                .setParameter("shift", shiftId).setParameter("statuses", UNSETTLED).setMaxResults(limit).getResultList().stream()
                .map(row -> new OpenOrder((String) row[0], OrderStatus.valueOf((String) row[1]),
                        Money.rupiah(((Number) row[2]).longValue()),
                        (Instant) row[3]))
                .toList());
    }

    @Override
    public SupplierSpend supplierSpend(Instant from, Instant to) {
        return sessions.fromTransaction(session -> {
            Object[] row = session.createSelectionQuery("""
                    select sum(case when o.status = 'SUCCESS' then 1 else 0 end),
                           sum(case when o.status = 'SUCCESS' then o.cost else 0 end),
                           sum(case when o.status in :inProgress then 1 else 0 end),
                           sum(case when o.status in :inProgress then o.cost else 0 end)
                    from OrderEntity o where o.supplierRequestedAt >= :from and o.supplierRequestedAt < :to""", Object[].class)
                    .setParameter("inProgress", IN_PROGRESS).setParameter("from", from).setParameter("to", to).getSingleResult();
            return new SupplierSpend(number(row[0]), Money.rupiah(number(row[1])), number(row[2]), Money.rupiah(number(row[3])));
        });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
