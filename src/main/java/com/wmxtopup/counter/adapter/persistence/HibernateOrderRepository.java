package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.DuplicateOrderNumberException;
import com.wmxtopup.counter.application.port.OrderRepository;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.application.port.StatusChange;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderEvent;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.OrderStatus;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;

public final class HibernateOrderRepository implements OrderRepository {

    /// Far above any voucher or serial a supplier sends; only absurd texts are cut.
    private static final int MAX_NOTE = 10_000;
    private static final int MAX_REASON = 500;
    private final SessionFactory sessions;
    private final boolean postgresql;

    public HibernateOrderRepository(SessionFactory sessions) {
        this.sessions = sessions;
        this.postgresql = sessions.unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof org.hibernate.dialect.PostgreSQLDialect;
    }

    @Override
    public Order insert(Order order, String reason) {
        if (order.isStored()) {
            throw new IllegalArgumentException("order " + order.orderNumber() + " is already stored");
        }
        try {
            return sessions.fromTransaction(session -> {
                OrderEntity entity = Mappers.toNewEntity(order);
                session.persist(entity);
                session.flush();
                session.persist(new OrderEventEntity(entity.id, null, order.status().name(), order.createdAt(),
                        com.wmxtopup.counter.domain.Actor.SYSTEM.name(), reason == null ? "" : reason));
                return Mappers.toDomain(entity);
            });
        } catch (ConstraintViolationException e) {
            throw new DuplicateOrderNumberException(order.orderNumber().value(), e);
        }
    }

    @Override
    public Optional<Order> findById(long id) {
        return sessions.fromTransaction(session -> Optional.ofNullable(session.find(OrderEntity.class, id)).map(Mappers::toDomain));
    }

    @Override
    public Optional<Order> findByNumber(OrderNumber number) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from OrderEntity where orderNumber = :number", OrderEntity.class)
                .setParameter("number", number.value())
                .uniqueResultOptional()
                .map(Mappers::toDomain));
    }

    @Override
    public List<Order> findByStatus(OrderStatus status, int limit) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from OrderEntity where status = :status order by createdAt, id", OrderEntity.class)
                .setParameter("status", status.name())
                .setMaxResults(limit)
                .getResultList().stream().map(Mappers::toDomain).toList());
    }

    @Override
    public List<Order> findRecent(int limit) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from OrderEntity order by createdAt desc, id desc", OrderEntity.class)
                .setMaxResults(limit)
                .getResultList().stream().map(Mappers::toDomain).toList());
    }

    @Override
    public Optional<Order> findBySupplierTrxId(String trxId) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from OrderEntity where supplierTrxId = :trx", OrderEntity.class)
                .setParameter("trx", trxId)
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(Mappers::toDomain));
    }

    @Override
    public boolean compareAndSetStatus(StatusChange change) {
        if (!change.keepsStatus()) {
            change.expected().requireCanMoveTo(change.next());
        }
        return sessions.fromTransaction(session -> {
            var hql = new StringBuilder("update OrderEntity o set o.status = :next, o.version = o.version + 1, o.updatedAt = :at"
                    + ", o.claimedBy = :claimedBy");
            change.supplierTrxId().ifPresent(ignored -> hql.append(", o.supplierTrxId = :trxId"));
            change.note().ifPresent(ignored -> hql.append(", o.note = :note"));
            change.qrString().ifPresent(ignored -> hql.append(", o.qrString = :qr"));
            change.paymentExpiresAt().ifPresent(ignored -> hql.append(", o.paymentExpiresAt = :expiresAt"));
            change.paymentTransactionId().ifPresent(ignored -> hql.append(", o.paymentTransactionId = :paymentTrx"));
            change.claimedAt()
                    .ifPresent(ignored -> hql.append(", o.supplierRequestedAt = :claimedAt, o.supplierAttempts = o.supplierAttempts + 1"));
            change.nextAttemptAt().ifPresent(ignored -> hql.append(", o.nextAttemptAt = :nextAttempt"));
            hql.append(" where o.id = :id and o.status = :expected and o.version = :version");
            var update = session.createMutationQuery(hql.toString())
                    .setParameter("next", change.next().name())
                    .setParameter("at", change.at())
                    .setParameter("id", change.orderId())
                    .setParameter("expected", change.expected().name())
                    .setParameter("version", change.expectedVersion())
                    .setParameter("claimedBy", change.claimedBy());
            change.supplierTrxId().ifPresent(trxId -> update.setParameter("trxId", trxId));
            change.note().ifPresent(note -> update.setParameter("note", truncate(note, MAX_NOTE)));
            change.qrString().ifPresent(qr -> update.setParameter("qr", qr));
            change.paymentExpiresAt().ifPresent(expiresAt -> update.setParameter("expiresAt", expiresAt));
            change.paymentTransactionId().ifPresent(trx -> update.setParameter("paymentTrx", trx));
            change.claimedAt().ifPresent(claimedAt -> update.setParameter("claimedAt", claimedAt));
            change.nextAttemptAt().ifPresent(next -> update.setParameter("nextAttempt", next.orElse(null), java.time.Instant.class));
            if (update.executeUpdate() != 1) {
                return false;
            }
            session.persist(new OrderEventEntity(change.orderId(), change.expected().name(), change.next().name(), change.at(),
                    change.actor().name(), truncate(change.reason(), MAX_REASON)));
            return true;
        });
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public List<OrderEvent> history(long orderId) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from OrderEventEntity where orderId = :id order by id", OrderEventEntity.class)
                .setParameter("id", orderId)
                .getResultList().stream().map(Mappers::toDomain).toList());
    }

    @Override
    public List<Order> search(OrderSearch search) {
        var where = new Where(search, true);
        return sessions.fromTransaction(session -> {
            planForTheseValues(session, search);
            var query = session.createSelectionQuery("from OrderEntity o" + where.clause() + " order by o.createdAt desc, o.id desc",
                    OrderEntity.class);
            where.parameters().forEach(query::setParameter);
            return query.setMaxResults(search.limit()).getResultList().stream().map(Mappers::toDomain).toList();
        });
    }

    @Override
    public OrderSearch.Totals totals(OrderSearch search) {
        var where = new Where(search, false);
        return sessions.fromTransaction(session -> {
            planForTheseValues(session, search);
            var query = session.createSelectionQuery(
                    "select count(o), coalesce(sum(o.amount), 0), coalesce(sum(o.cost), 0) from OrderEntity o" + where.clause(),
                    Object[].class);
            where.parameters().forEach(query::setParameter);
            Object[] row = query.getSingleResult();
            return new OrderSearch.Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
        });
    }

    /// PostgreSQL, text search (ADR 0011): plan with the typed text, never with a plan cached
    /// for any text. A statement prepared by the driver gets a generic plan after five runs;
    /// for the page (newest first, 100 rows) that plan walks `orders_created` backwards until
    /// 100 orders match, which for a text that matches nothing is every order (1.4 s at a
    /// million), where the trigram indexes answer in milliseconds. Planning anew costs well
    /// under a millisecond. `SET LOCAL` ends with this transaction.
    private void planForTheseValues(org.hibernate.Session session, OrderSearch search) {
        if (postgresql && !search.text().isEmpty()) {
            session.createNativeMutationQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        }
    }

    @Override
    public List<String> sellers() {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("select distinct o.soldBy from OrderEntity o where o.soldBy <> '' order by o.soldBy", String.class)
                .setMaxResults(500)
                .getResultList());
    }

    /// The filters of a search as HQL, with named parameters only (nothing typed by a user is
    /// ever part of the query text).
    private static final class Where {
        private final List<String> conditions = new java.util.ArrayList<>();
        private final java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();

        Where(OrderSearch search, boolean paged) {
            if (!search.statuses().isEmpty()) {
                conditions.add("o.status in :statuses");
                parameters.put("statuses", search.statuses().stream().map(Enum::name).toList());
            }
            search.needsAction().ifPresent(needs -> {
                conditions.add("(o.status in ('NEEDS_CHECK', 'FAILED')"
                        + " or (o.status = 'PAID' and o.updatedAt < :paidBefore)"
                        + " or (o.status = 'PROCESSING' and o.updatedAt < :processingBefore)"
                        + " or (o.status = 'PENDING' and o.createdAt < :pendingBefore))");
                parameters.put("paidBefore", needs.paidBefore());
                parameters.put("processingBefore", needs.processingBefore());
                parameters.put("pendingBefore", needs.pendingBefore());
            });
            search.createdFrom().ifPresent(from -> {
                conditions.add("o.createdAt >= :createdFrom");
                parameters.put("createdFrom", from);
            });
            search.createdBefore().ifPresent(before -> {
                conditions.add("o.createdAt < :createdBefore");
                parameters.put("createdBefore", before);
            });
            if (!search.game().isEmpty()) {
                conditions.add("o.game = :game");
                parameters.put("game", search.game());
            }
            search.paymentMethod().ifPresent(method -> {
                conditions.add("o.paymentMethod = :method");
                parameters.put("method", method.name());
            });
            if (!search.soldBy().isEmpty()) {
                conditions.add("o.soldBy = :soldBy");
                parameters.put("soldBy", search.soldBy());
            }
            if (!search.text().isEmpty()) {
                conditions.add("(lower(o.orderNumber) like :text escape '!' or lower(o.targetUserId) like :text escape '!'"
                        + " or lower(o.nickname) like :text escape '!' or lower(o.customerPhone) like :text escape '!'"
                        + " or lower(o.supplierTrxId) like :text escape '!' or lower(o.paymentTransactionId) like :text escape '!')");
                parameters.put("text", "%" + likeEscaped(search.text().toLowerCase(java.util.Locale.ROOT)) + "%");
            }
            if (paged) {
                search.after().ifPresent(key -> {
                    conditions.add("(o.createdAt < :afterCreated or (o.createdAt = :afterCreated and o.id < :afterId))");
                    parameters.put("afterCreated", key.createdAt());
                    parameters.put("afterId", key.id());
                });
            }
        }

        String clause() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        java.util.Map<String, Object> parameters() {
            return parameters;
        }

        private static String likeEscaped(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
