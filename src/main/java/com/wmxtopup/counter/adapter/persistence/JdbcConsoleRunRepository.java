package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.ConsoleRunRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

public final class JdbcConsoleRunRepository implements ConsoleRunRepository {

    private final Jdbc jdbc;

    public JdbcConsoleRunRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void begin(String runId, String consoleId, String hostName, Instant at) {
        jdbc.inTransaction(tx -> {
            tx.sql("UPDATE console_runs SET stopped_at = :at WHERE console_id = :console AND stopped_at IS NULL")
                    .bind("at", at).bind("console", consoleId).execute();
            tx.sql("INSERT INTO console_runs (id, console_id, host_name, started_at, heartbeat_at)"
                    + " VALUES (:id, :console, :host, :at, :at)")
                    .bind("id", runId).bind("console", consoleId).bind("host", Text.cut(hostName, 200)).bind("at", at).execute();
        });
    }

    @Override
    public void heartbeat(String runId, Instant at) {
        jdbc.inTransaction(tx -> tx.sql("UPDATE console_runs SET heartbeat_at = :at WHERE id = :id AND stopped_at IS NULL")
                .bind("at", at).bind("id", runId).execute());
    }

    @Override
    public void end(String runId, Instant at) {
        jdbc.inTransaction(tx -> tx.sql("UPDATE console_runs SET stopped_at = :at WHERE id = :id AND stopped_at IS NULL")
                .bind("at", at).bind("id", runId).execute());
    }

    @Override
    public Set<String> aliveSince(Instant heartbeatSince) {
        return jdbc.fromTransaction(tx -> new HashSet<>(tx
                .sql("SELECT id FROM console_runs WHERE stopped_at IS NULL AND heartbeat_at >= :since")
                .bind("since", heartbeatSince).list(r -> r.string("id"))));
    }
}
