package com.wmxtopup.counter.application.audit;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.port.AuditLog;
import com.wmxtopup.counter.domain.Permission;
import java.util.List;
import java.util.Optional;

/// Reading the audit log (admins and the owner): newest first, filtered, a page at a time.
public final class AuditTrail {

    private final AuditLog log;

    public AuditTrail(AuditLog log) {
        this.log = log;
    }

    public List<AuditLog.Row> page(Operator operator, AuditLog.Query query, int limit, Optional<Long> before) {
        operator.require(Permission.VIEW_AUDIT);
        return log.search(query, limit, before);
    }
}
