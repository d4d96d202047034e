package com.wmxtopup.counter.application.access;

import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.domain.Role;

/// A use case was called by someone whose role does not allow it. Screens show one sentence
/// (and may offer a supervisor override); the REST API answers 403.
public final class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Operator operator;
    private final Permission permission;

    public NotPermittedException(Operator operator, Permission permission) {
        super(operator.name() + " (" + operator.role() + ") may not " + permission);
        this.operator = operator;
        this.permission = permission;
    }

    public Operator operator() {
        return operator;
    }

    public Permission permission() {
        return permission;
    }

    public Role role() {
        return operator.role();
    }
}
