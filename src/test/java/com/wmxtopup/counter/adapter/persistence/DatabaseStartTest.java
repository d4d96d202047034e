package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.application.DatabaseKind;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/// Start-up failures are one sentence that names the setting to fix.
class DatabaseStartTest {

    @Test
    void unreachablePostgresqlFailsFastNamingDatabaseUrl() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var settings = new DatabaseSettings("jdbc:postgresql://127.0.0.1:" + closedPort + "/wmx", "wmx", "secret-pw",
                DatabaseKind.POSTGRESQL, "127.0.0.1:" + closedPort + "/wmx");

        long started = System.nanoTime();
        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOf(DatabaseStartException.class)
                .hasMessageStartingWith("Cannot open the PostgreSQL database at 127.0.0.1:" + closedPort + "/wmx (")
                .hasMessageEndingWith("check DATABASE_URL / database.url and that the server is running.")
                .hasMessageNotContaining("secret-pw")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(30));
    }
}
