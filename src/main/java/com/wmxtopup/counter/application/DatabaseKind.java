package com.wmxtopup.counter.application;

public enum DatabaseKind {
    /// The embedded file database in the data directory (one console).
    H2,
    /// A shared server (several consoles on one store).
    POSTGRESQL
}
