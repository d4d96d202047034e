package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.audit.AuditEntry;
import com.wmxtopup.counter.application.port.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Inserts and reads audit lines; it has no update and no delete (ArchitectureTest checks that
/// no statement here says one).
public final class JdbcAuditLog implements AuditLog {

    private final Jdbc jdbc;

    public JdbcAuditLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEntry entry) {
        jdbc.inTransaction(tx -> tx.sql("INSERT INTO audit_entries (at, user_id, who, action, subject, detail)"
                + " VALUES (:at, :userId, :who, :action, :subject, :detail)")
                .bind("at", entry.at()).bind("userId", entry.userId().orElse(null)).bind("who", Text.cut(entry.who(), 140))
                .bind("action", entry.action().name()).bind("subject", Text.cut(entry.subject(), 200))
                .bind("detail", Text.cut(entry.detail(), 2000))
                .execute());
    }

    @Override
    public List<Row> search(Query query, int limit, Optional<Long> before) {
        var sql = new StringBuilder("SELECT * FROM audit_entries WHERE 1 = 1");
        Map<String, Object> parameters = new java.util.HashMap<>();
        query.from().ifPresent(from -> {
            sql.append(" AND at >= :from");
            parameters.put("from", from);
        });
        query.to().ifPresent(to -> {
            sql.append(" AND at < :to");
            parameters.put("to", to);
        });
        if (!query.actions().isEmpty()) {
            sql.append(" AND action IN (:actions)");
            parameters.put("actions", query.actions().stream().map(AuditAction::name).toList());
        }
        if (!query.who().isBlank()) {
            sql.append(" AND LOWER(who) LIKE :who");
            parameters.put("who", like(query.who()));
        }
        if (!query.text().isBlank()) {
            sql.append(" AND (LOWER(subject) LIKE :text OR LOWER(detail) LIKE :text)");
            parameters.put("text", like(query.text()));
        }
        before.ifPresent(id -> {
            sql.append(" AND id < :before");
            parameters.put("before", id);
        });
        sql.append(" ORDER BY id DESC");
        return jdbc.fromTransaction(tx -> tx.sql(sql.toString()).bindAll(parameters).firstRows(limit)
                .list(r -> new Row(r.longValue("id"), new AuditEntry(r.instant("at"), Optional.ofNullable(r.nullableLong("user_id")),
                        r.string("who"), AuditAction.valueOf(r.string("action")), r.string("subject"), r.string("detail")))));
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
