package com.wmxtopup.counter.support;

import com.wmxtopup.counter.application.audit.AuditEntry;
import com.wmxtopup.counter.application.port.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/// An audit log in memory for tests: what was appended, in order.
public final class RecordingAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<Row> search(Query query, int limit, Optional<Long> before) {
        var rows = new ArrayList<Row>();
        for (int i = entries.size() - 1; i >= 0 && rows.size() < limit; i--) {
            rows.add(new Row(i + 1L, entries.get(i)));
        }
        return rows;
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
