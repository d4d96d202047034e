package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.adapter.persistence.DatabaseException.UniqueKeyTakenException;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.port.DuplicateOrderNumberException;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Actor;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class JdbcOrderRepository implements OrderRepository {

    /// Far above any voucher or serial a supplier sends; only absurd texts are cut.
    private static final int MAX_NOTE = 10_000;
    private static final int MAX_REASON = 500;
    private static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC";
    private final Jdbc jdbc;
    private final boolean postgresql;

    public JdbcOrderRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.postgresql = jdbc.kind() == DatabaseKind.POSTGRESQL;
    }

    @Override
    public Order insert(Order order, String reason) {
        if (order.isStored()) {
            throw new IllegalArgumentException("order " + order.orderNumber() + " is already stored");
        }
        try {
            return jdbc.fromTransaction(tx -> {
                var columns = Mappers.newOrderColumns(order);
                long id = tx.sql(Mappers.insertInto("orders", columns)).bindAll(columns).insert();
                addEvent(tx, id, null, order.status().name(), order.createdAt(), Actor.SYSTEM.name(), reason == null ? "" : reason);
                return stored(order, id);
            });
        } catch (UniqueKeyTakenException e) {
            throw new DuplicateOrderNumberException(order.orderNumber().value(), e);
        }
    }

    /// The order as now stored: its id, version 0 and the seller's name as cut to its column.
    private static Order stored(Order o, long id) {
        return new Order(id, o.orderNumber(), o.sku(), o.productName(), o.game(), o.target(), o.nickname(), o.amount(), o.cost(),
                o.paymentMethod(), o.status(), 0, o.supplierTrxId(), o.note(), o.qrString(), o.paymentExpiresAt(), o.customerPhone(),
                o.customerEmail(), o.createdAt(), o.updatedAt(), o.paymentTransactionId(), o.cashReceived(), o.supplierRequestedAt(),
                o.supplierAttempts(), o.nextAttemptAt(), o.claimedBy(), Text.cut(o.soldBy(), 60), o.shiftId());
    }

    private static void addEvent(Jdbc.Tx tx, long orderId, String from, String to, Instant at, String actor, String reason)
            throws SQLException {
        tx.sql("INSERT INTO order_events (order_id, from_status, to_status, at, actor, reason)"
                + " VALUES (:order, :from, :to, :at, :actor, :reason)")
                .bind("order", orderId).bind("from", from).bind("to", to).bind("at", at).bind("actor", actor).bind("reason", reason)
                .execute();
    }

    @Override
    public Optional<Order> findById(long id) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM orders WHERE id = :id").bind("id", id).first(Mappers::order));
    }

    @Override
    public Optional<Order> findByNumber(OrderNumber number) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM orders WHERE order_number = :number").bind("number", number.value())
                .first(Mappers::order));
    }

    @Override
    public List<Order> findByStatus(OrderStatus status, int limit) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM orders WHERE status = :status ORDER BY created_at, id")
                .bind("status", status.name()).firstRows(limit).list(Mappers::order));
    }

    @Override
    public List<Order> findRecent(int limit) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM orders" + NEWEST_FIRST).firstRows(limit).list(Mappers::order));
    }

    @Override
    public Optional<Order> findBySupplierTrxId(String trxId) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM orders WHERE supplier_trx_id = :trx").bind("trx", trxId)
                .first(Mappers::order));
    }

    @Override
    public boolean compareAndSetStatus(StatusChange change) {
        if (!change.keepsStatus()) {
            change.expected().requireCanMoveTo(change.next());
        }
        return jdbc.fromTransaction(tx -> {
            var sql = new StringBuilder(
                    "UPDATE orders SET status = :next, version = version + 1, updated_at = :at, claimed_by = :claimedBy");
            change.supplierTrxId().ifPresent(ignored -> sql.append(", supplier_trx_id = :trxId"));
            change.note().ifPresent(ignored -> sql.append(", note = :note"));
            change.qrString().ifPresent(ignored -> sql.append(", qr_string = :qr"));
            change.paymentExpiresAt().ifPresent(ignored -> sql.append(", payment_expires_at = :expiresAt"));
            change.paymentTransactionId().ifPresent(ignored -> sql.append(", payment_transaction_id = :paymentTrx"));
            change.claimedAt()
                    .ifPresent(ignored -> sql.append(", supplier_requested_at = :claimedAt, supplier_attempts = supplier_attempts + 1"));
            change.nextAttemptAt().ifPresent(ignored -> sql.append(", next_attempt_at = :nextAttempt"));
            sql.append(" WHERE id = :id AND status = :expected AND version = :version");
            var update = tx.sql(sql.toString())
                    .bind("next", change.next().name())
                    .bind("at", change.at())
                    .bind("id", change.orderId())
                    .bind("expected", change.expected().name())
                    .bind("version", change.expectedVersion())
                    .bind("claimedBy", change.claimedBy());
            change.supplierTrxId().ifPresent(trxId -> update.bind("trxId", trxId));
            change.note().ifPresent(note -> update.bind("note", Text.cut(note, MAX_NOTE)));
            change.qrString().ifPresent(qr -> update.bind("qr", qr));
            change.paymentExpiresAt().ifPresent(expiresAt -> update.bind("expiresAt", expiresAt));
            change.paymentTransactionId().ifPresent(trx -> update.bind("paymentTrx", trx));
            change.claimedAt().ifPresent(claimedAt -> update.bind("claimedAt", claimedAt));
            change.nextAttemptAt().ifPresent(next -> update.bind("nextAttempt", next.orElse(null)));
            if (update.execute() != 1) {
                return false;
            }
            addEvent(tx, change.orderId(), change.expected().name(), change.next().name(), change.at(), change.actor().name(),
                    Text.cut(change.reason(), MAX_REASON));
            return true;
        });
    }

    @Override
    public List<OrderEvent> history(long orderId) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM order_events WHERE order_id = :id ORDER BY id").bind("id", orderId)
                .list(Mappers::orderEvent));
    }

    @Override
    public List<Order> search(OrderSearch search) {
        var where = new Where(search, true);
        return jdbc.fromTransaction(tx -> {
            planForTheseValues(tx, search);
            return tx.sql("SELECT * FROM orders" + where.clause() + NEWEST_FIRST).bindAll(where.parameters()).firstRows(search.limit())
                    .list(Mappers::order);
        });
    }

    @Override
    public OrderSearch.Totals totals(OrderSearch search) {
        var where = new Where(search, false);
        return jdbc.fromTransaction(tx -> {
            planForTheseValues(tx, search);
            return tx.sql("SELECT COUNT(*), COALESCE(SUM(amount), 0), COALESCE(SUM(cost), 0) FROM orders" + where.clause())
                    .bindAll(where.parameters())
                    .single(row -> new OrderSearch.Totals(row.longValue(1), row.longValue(2), row.longValue(3)));
        });
    }

    /// PostgreSQL, text search (ADR 0011): plan with the typed text, never with a plan cached
    /// for any text. A statement prepared by the driver gets a generic plan after five runs;
    /// for the page (newest first, 100 rows) that plan walks `orders_created` backwards until
    /// 100 orders match, which for a text that matches nothing is every order (1.4 s at a
    /// million), where the trigram indexes answer in milliseconds. Planning anew costs well
    /// under a millisecond. `SET LOCAL` ends with this transaction.
    private void planForTheseValues(Jdbc.Tx tx, OrderSearch search) throws SQLException {
        if (postgresql && !search.text().isEmpty()) {
            tx.sql("SET LOCAL plan_cache_mode = force_custom_plan").execute();
        }
    }

    @Override
    public List<String> sellers() {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT DISTINCT sold_by FROM orders WHERE sold_by <> '' ORDER BY sold_by")
                .firstRows(500).list(row -> row.string(1)));
    }

    /// The filters of a search as SQL, with named parameters only (nothing typed by a user is
    /// ever part of the query text).
    private static final class Where {
        private final List<String> conditions = new java.util.ArrayList<>();
        private final java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();

        Where(OrderSearch search, boolean paged) {
            if (!search.statuses().isEmpty()) {
                conditions.add("status IN (:statuses)");
                parameters.put("statuses", search.statuses().stream().map(Enum::name).toList());
            }
            search.needsAction().ifPresent(needs -> {
                conditions.add("(status IN ('NEEDS_CHECK', 'FAILED')"
                        + " OR (status = 'PAID' AND updated_at < :paidBefore)"
                        + " OR (status = 'PROCESSING' AND updated_at < :processingBefore)"
                        + " OR (status = 'PENDING' AND created_at < :pendingBefore))");
                parameters.put("paidBefore", needs.paidBefore());
                parameters.put("processingBefore", needs.processingBefore());
                parameters.put("pendingBefore", needs.pendingBefore());
            });
            search.createdFrom().ifPresent(from -> {
                conditions.add("created_at >= :createdFrom");
                parameters.put("createdFrom", from);
            });
            search.createdBefore().ifPresent(before -> {
                conditions.add("created_at < :createdBefore");
                parameters.put("createdBefore", before);
            });
            if (!search.game().isEmpty()) {
                conditions.add("game = :game");
                parameters.put("game", search.game());
            }
            search.paymentMethod().ifPresent(method -> {
                conditions.add("payment_method = :method");
                parameters.put("method", method.name());
            });
            if (!search.soldBy().isEmpty()) {
                conditions.add("sold_by = :soldBy");
                parameters.put("soldBy", search.soldBy());
            }
            if (!search.text().isEmpty()) {
                conditions.add("(LOWER(order_number) LIKE :text ESCAPE '!' OR LOWER(target_user_id) LIKE :text ESCAPE '!'"
                        + " OR LOWER(nickname) LIKE :text ESCAPE '!' OR LOWER(customer_phone) LIKE :text ESCAPE '!'"
                        + " OR LOWER(supplier_trx_id) LIKE :text ESCAPE '!' OR LOWER(payment_transaction_id) LIKE :text ESCAPE '!')");
                parameters.put("text", "%" + likeEscaped(search.text().toLowerCase(java.util.Locale.ROOT)) + "%");
            }
            if (paged) {
                search.after().ifPresent(key -> {
                    conditions.add("(created_at < :afterCreated OR (created_at = :afterCreated AND id < :afterId))");
                    parameters.put("afterCreated", key.createdAt());
                    parameters.put("afterId", key.id());
                });
            }
        }

        String clause() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        java.util.Map<String, Object> parameters() {
            return parameters;
        }

        private static String likeEscaped(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
