package com.wmxtopup.counter.application.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/// One line of the append-only audit log: who did what, to what, when.
///
/// @param at when it happened
/// @param userId the acting user's id; empty for an integration or the console itself
/// @param who the acting person as [com.wmxtopup.counter.application.access.Operator#describe] names them
/// @param action what was done
/// @param subject what it was done to: an order number, a user's name, a setting's key; may be empty
/// @param detail anything else worth knowing (a reason, old → new of a non-secret setting); may be empty
public record AuditEntry(Instant at, Optional<Long> userId, String who, AuditAction action, String subject, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(action);
        who = who == null ? "" : who;
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }
}
