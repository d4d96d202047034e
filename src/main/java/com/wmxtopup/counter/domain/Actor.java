package com.wmxtopup.counter.domain;

/// Who caused a status change; written to the order's history.
public enum Actor {
    CASHIER,
    ADMIN,
    WEBHOOK,
    SYNC_WORKER,
    API,
    SYSTEM
}
