package com.wmxtopup.counter.support;

import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.audit.AuditEntry;
import com.wmxtopup.counter.application.port.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// An audit log in memory, for use-case tests that check what was written.
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    public static Audit audit(InMemoryAuditLog log, Clock clock) {
        return new Audit(log, clock);
    }

    /// An audit nobody reads (tests about something else).
    public static Audit discarding() {
        return new Audit(new InMemoryAuditLog(), Clock.systemUTC());
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<Row> search(Query query, int limit, Optional<Long> before) {
        var rows = new ArrayList<Row>();
        for (int i = entries.size() - 1; i >= 0 && rows.size() < limit; i--) {
            rows.add(new Row(i + 1, entries.get(i)));
        }
        return rows;
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized List<AuditEntry> of(AuditAction action) {
        return entries.stream().filter(e -> e.action() == action).toList();
    }
}
