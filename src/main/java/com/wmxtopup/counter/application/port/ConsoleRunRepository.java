package com.wmxtopup.counter.application.port;

import java.time.Instant;
import java.util.Set;

/// Console runs: one row per start of the application, kept alive by a heartbeat, so that what
/// a dead run held in flight can be recovered at once while a live run's work is never touched.
public interface ConsoleRunRepository {

    /// Records that run `runId` of console `consoleId` started; every earlier run of the same
    /// console is ended at `at` (one console cannot run twice: its data folder and its embedded
    /// database are its own).
    void begin(String runId, String consoleId, String hostName, Instant at);

    /// Renews the run's lease.
    void heartbeat(String runId, Instant at);

    /// The run stopped cleanly.
    void end(String runId, Instant at);

    /// Runs that have not ended and renewed their lease at or after `heartbeatSince`.
    Set<String> aliveSince(Instant heartbeatSince);
}
