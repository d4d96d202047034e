package com.wmxtopup.counter.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/// One start of the application (see application.ConsoleRun).
@Entity
@Table(name = "console_runs")
class ConsoleRunEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "console_id", nullable = false, length = 36)
    String consoleId;

    @Column(name = "host_name", nullable = false, length = 200)
    String hostName;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    Instant heartbeatAt;

    @Column(name = "stopped_at")
    Instant stoppedAt;

    protected ConsoleRunEntity() {
    }

    ConsoleRunEntity(String id, String consoleId, String hostName, Instant at) {
        this.id = id;
        this.consoleId = consoleId;
        this.hostName = hostName.length() > 200 ? hostName.substring(0, 200) : hostName;
        this.startedAt = at;
        this.heartbeatAt = at;
    }
}
