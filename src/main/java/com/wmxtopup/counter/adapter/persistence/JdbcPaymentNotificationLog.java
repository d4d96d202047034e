package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.adapter.persistence.DatabaseException.UniqueKeyTakenException;
import com.wmxtopup.counter.application.port.PaymentNotificationLog;
import com.wmxtopup.counter.domain.Money;
import java.time.Instant;
import java.util.Optional;

public final class JdbcPaymentNotificationLog implements PaymentNotificationLog {

    private static final int MAX_BODY = 65_536;
    private final Jdbc jdbc;

    public JdbcPaymentNotificationLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordOnce(Entry entry) {
        try {
            jdbc.inTransaction(tx -> tx.sql("INSERT INTO payment_notifications (dedupe_key, order_number, transaction_status, gross_amount,"
                    + " received_at, outcome, raw_body) VALUES (:key, :number, :status, :amount, :at, :outcome, :body)")
                    .bind("key", Text.cut(entry.dedupeKey(), 200))
                    .bind("number", Text.cut(entry.orderNumber(), 50))
                    .bind("status", Text.cut(entry.transactionStatus(), 32))
                    .bind("amount", entry.grossAmount().rupiah())
                    .bind("at", entry.receivedAt())
                    .bind("outcome", entry.outcome().name())
                    .bind("body", Text.cut(entry.rawBody(), MAX_BODY))
                    .execute());
            return true;
        } catch (UniqueKeyTakenException duplicate) {
            return false;
        }
    }

    @Override
    public void updateOutcome(String dedupeKey, Outcome outcome) {
        jdbc.inTransaction(tx -> tx.sql("UPDATE payment_notifications SET outcome = :outcome WHERE dedupe_key = :key")
                .bind("outcome", outcome.name()).bind("key", dedupeKey).execute());
    }

    @Override
    public Optional<Instant> lastReceivedAt() {
        return jdbc.fromTransaction(tx -> Optional.ofNullable(tx.sql("SELECT MAX(received_at) FROM payment_notifications")
                .single(r -> r.instant(1))));
    }

    @Override
    public java.util.List<Entry> forOrder(String orderNumber) {
        return jdbc
                .fromTransaction(tx -> tx.sql("SELECT * FROM payment_notifications WHERE order_number = :number ORDER BY received_at, id")
                        .bind("number", orderNumber).firstRows(200)
                        .list(r -> new Entry(r.string("dedupe_key"), r.string("order_number"), r.string("transaction_status"),
                                Money.rupiah(r.longValue("gross_amount")), r.instant("received_at"), Outcome.valueOf(r.string("outcome")),
                                r.string("raw_body"))));
    }
}
