package com.wmxtopup.counter.application.audit;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.port.AuditLog;
import java.time.Clock;

/// Writes audit lines for the use cases: who (the operator), what, to what, now.
public final class Audit {

    private final AuditLog log;
    private final Clock clock;

    public Audit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(Operator operator, AuditAction action, String subject, String detail) {
        log.append(new AuditEntry(clock.instant(), operator.userId(), operator.describe(), action, subject, detail));
    }
}
