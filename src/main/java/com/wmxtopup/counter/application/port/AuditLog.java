package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// The append-only audit log. There is no update and no delete, here or in the adapter (an
/// ArchUnit rule keeps it so).
public interface AuditLog {

    void append(AuditEntry entry);

    /// Newest first; `before` is the id of the last row of the previous page.
    List<Row> search(Query query, int limit, Optional<Long> before);

    /// What the audit screen filters by; empty parts do not filter.
    record Query(Optional<Instant> from, Optional<Instant> to, Set<AuditAction> actions, String who, String text) {
        public static Query all() {
            return new Query(Optional.empty(), Optional.empty(), Set.of(), "", "");
        }
    }

    record Row(long id, AuditEntry entry) {
    }
}
