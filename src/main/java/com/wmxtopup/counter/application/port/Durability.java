package com.wmxtopup.counter.application.port;

/// Makes committed data survive a power cut before the application acts outside its database
/// ("durable before effect", docs/architecture.md and ADR 0009).
///
/// Every commit already survives a killed process (the database is set up so: H2 writes each
/// commit to its file at once, PostgreSQL commits synchronously). This call adds the step a
/// power cut needs on a store that does not flush to the disk at every commit: it returns only
/// when everything committed so far is on the disk. It is called before the two effects that
/// cost real money when forgotten: a supplier order and a QRIS charge.
public interface Durability {

    /// Returns when every commit made so far is on the disk; throws when that cannot be made so
    /// (the caller must then not go on to the effect).
    void forceToDisk();
}
