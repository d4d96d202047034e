package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.application.DatabaseKind;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /// The columns the repositories use are checked against the migrated schema before the console
    /// may use it.
    @Test
    void aSchemaThatNoLongerFitsStopsTheStart(@TempDir Path folder) throws Exception {
        var file = folder.resolve("store");
        var settings = new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString());
        Database.open(settings).close();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), "sa", ""); var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE console_runs DROP COLUMN host_name");
        }

        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOf(DatabaseStartException.class)
                .hasMessageStartingWith("The database schema at " + file + " does not fit this version (")
                .hasMessageContaining("table console_runs: ")
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("column \"host_name\" not found"))
                .hasMessageEndingWith("restore the data directory from a backup or contact support.");
        // The store itself is unharmed: it opens again once the column is back.
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), "sa", ""); var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE console_runs ADD COLUMN host_name VARCHAR(200) NOT NULL DEFAULT 'x'");
        }
        Database.open(settings).close();
    }

    /// ADR 0022: a row written and read back whole through the repositories' SQL, on a store that
    /// was just migrated.
    @Test
    void aUserIsWrittenAndReadBackWhole(@TempDir Path folder) {
        var file = folder.resolve("store");
        try (var database = Database.open(new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString()))) {
            var users = new JdbcUserRepository(database.jdbc());
            var saved = users.add(com.wmxtopup.counter.domain.User.create("Sari", com.wmxtopup.counter.domain.Role.CASHIER, "hash",
                    java.time.Instant.parse("2026-11-27T01:00:00Z"))).orElseThrow();
            assertThat(users.find(saved.id())).contains(saved);
        }
    }

    /// Two consoles on one data folder: the second is told so in one sentence. H2 says "Database may
    /// be already in use" or "The file is locked", depending on where it finds the other process.
    @Test
    void aStoreOpenInAnotherConsoleIsSaidSo(@TempDir Path folder) throws Exception {
        var file = folder.resolve("store");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=logback-test.xml", CommitLoop.class.getName(), file.toString(), "h2", "1", "0")
                .redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("committed ")) {
                // the other console is starting
            }
            assertThat(line).as("the other console committed").isNotNull();

            assertThatThrownBy(() -> Database.open(CommitLoop.settings(file)))
                    .isInstanceOf(DatabaseStartException.class)
                    .hasMessage("The embedded database " + file
                            + " is already open in another WMX Topup Counter; close it or start this one with a different --data-dir.");
        } finally {
            other.destroyForcibly();
            other.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
