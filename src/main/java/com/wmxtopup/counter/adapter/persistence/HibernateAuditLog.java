package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.audit.AuditEntry;
import com.wmxtopup.counter.application.port.AuditLog;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

/// Inserts and reads audit lines; it has no update and no delete (ArchitectureTest checks that
/// nothing here calls one).
public final class HibernateAuditLog implements AuditLog {

    private final SessionFactory sessions;

    public HibernateAuditLog(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public void append(AuditEntry entry) {
        sessions.inTransaction(session -> session.persist(new AuditEntryEntity(entry.at(), entry.userId().orElse(null), entry.who(),
                entry.action().name(), entry.subject(), entry.detail())));
    }

    @Override
    public List<Row> search(Query query, int limit, Optional<Long> before) {
        var hql = new StringBuilder("from AuditEntryEntity where 1 = 1");
        query.from().ifPresent(from -> hql.append(" and at >= :from"));
        query.to().ifPresent(to -> hql.append(" and at < :to"));
        if (!query.actions().isEmpty()) {
            hql.append(" and action in (:actions)");
        }
        if (!query.who().isBlank()) {
            hql.append(" and lower(who) like :who");
        }
        if (!query.text().isBlank()) {
            hql.append(" and (lower(subject) like :text or lower(detail) like :text)");
        }
        before.ifPresent(id -> hql.append(" and id < :before"));
        hql.append(" order by id desc");
        return sessions.fromTransaction(session -> {
            var select = session.createSelectionQuery(hql.toString(), AuditEntryEntity.class);
            query.from().ifPresent(from -> select.setParameter("from", from));
            query.to().ifPresent(to -> select.setParameter("to", to));
            if (!query.actions().isEmpty()) {
                select.setParameter("actions", query.actions().stream().map(AuditAction::name).toList());
            }
            if (!query.who().isBlank()) {
                select.setParameter("who", like(query.who()));
            }
            if (!query.text().isBlank()) {
                select.setParameter("text", like(query.text()));
            }
            before.ifPresent(id -> select.setParameter("before", id));
            return select.setMaxResults(limit).getResultList().stream()
                    .map(e -> new Row(e.id, new AuditEntry(e.at, Optional.ofNullable(e.userId), e.who, AuditAction.valueOf(e.action),
                            e.subject, e.detail)))
                    .toList();
        });
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
