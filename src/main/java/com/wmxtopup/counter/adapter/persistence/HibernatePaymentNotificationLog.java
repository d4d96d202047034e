package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.PaymentNotificationLog;
import com.wmxtopup.counter.domain.Money;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;

public final class HibernatePaymentNotificationLog implements PaymentNotificationLog {

    private static final int MAX_BODY = 65_536;
    private final SessionFactory sessions;

    public HibernatePaymentNotificationLog(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean recordOnce(Entry entry) {
        try {
            sessions.inTransaction(session -> {
                var e = PaymentNotificationEntity.empty();
                e.dedupeKey = entry.dedupeKey().length() > 200 ? entry.dedupeKey().substring(0, 200) : entry.dedupeKey();
                e.orderNumber = entry.orderNumber().length() > 50 ? entry.orderNumber().substring(0, 50) : entry.orderNumber();
                e.transactionStatus = entry.transactionStatus().length() > 32
                        ? entry.transactionStatus().substring(0, 32)
                        : entry.transactionStatus();
                e.grossAmount = entry.grossAmount().rupiah();
                e.receivedAt = entry.receivedAt();
                e.outcome = entry.outcome().name();
                e.rawBody = entry.rawBody().length() > MAX_BODY ? entry.rawBody().substring(0, MAX_BODY) : entry.rawBody();
                session.persist(e);
            });
            return true;
        } catch (ConstraintViolationException duplicate) {
            return false;
        }
    }

    @Override
    public void updateOutcome(String dedupeKey, Outcome outcome) {
        sessions.inTransaction(session -> session
                .createMutationQuery("update PaymentNotificationEntity set outcome = :outcome where dedupeKey = :key")
                .setParameter("outcome", outcome.name())
                .setParameter("key", dedupeKey)
                .executeUpdate());
    }

    @Override
    public Optional<Instant> lastReceivedAt() {
        return sessions.fromTransaction(session -> Optional.ofNullable(session
                .createSelectionQuery("select max(receivedAt) from PaymentNotificationEntity", Instant.class)
                .getSingleResultOrNull()));
    }

    @Override
    public java.util.List<Entry> forOrder(String orderNumber) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from PaymentNotificationEntity where orderNumber = :number order by receivedAt, id",
                        PaymentNotificationEntity.class)
                .setParameter("number", orderNumber)
                .setMaxResults(200)
                .getResultList().stream()
                .map(e -> new Entry(e.dedupeKey, e.orderNumber, e.transactionStatus, Money.rupiah(e.grossAmount), e.receivedAt,
                        Outcome.valueOf(e.outcome), e.rawBody))
                .toList());
    }
}
