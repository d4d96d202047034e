package com.wmxtopup.counter.application.audit;

/// What was done, as the audit log's filter lists it.
public enum AuditAction {
    SIGN_IN,
    WRONG_PIN,
    USER_LOCKED,
    SIGN_OUT,
    OVERRIDE_APPROVED,
    USER_CREATED,
    USER_CHANGED,
    PIN_RESET,
    SETTINGS_CHANGED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    CATALOG_SYNCED,
    MARGIN_CHANGED,
    ORDER_RECHECKED,
    ORDER_RETRIED,
    ORDER_MARKED_DELIVERED,
    ORDER_REFUNDED,
    ORDER_CANCELLED,
    ORDERS_EXPORTED,
    SHIFT_OPENED,
    SHIFT_CLOSED,
    SHIFT_FORCE_CLOSED,
    CASH_MOVED
}
