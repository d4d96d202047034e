package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.port.DatabaseHealth;
import com.wmxtopup.counter.application.port.Durability;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The one connection pool and schema migration of the application, and the [Jdbc] transactions
/// the repositories run on. Flyway owns the schema; the repositories write their SQL out (ADR 0022).
///
/// Durable before effect (ADR 0009): a commit survives a killed process on both databases. H2's
/// MVStore keeps commits in memory for `WRITE_DELAY` (500 ms by default, no redo log), so it is
/// set to 0 at every start: each commit is written to the file before it returns. PostgreSQL
/// sessions run with `synchronous_commit = on`. [#forceToDisk] adds the flush to the disk that
/// a power cut needs, before a supplier order or a QRIS charge.
public final class Database implements DatabaseHealth, Durability, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int HEALTH_TIMEOUT_SECONDS = 2;

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Jdbc jdbc;
    // One check at a time, off the caller's thread, so that an exhausted pool or a silent server
    // (the pool waits up to its connection timeout) cannot hold /health or the status bar longer
    // than HEALTH_TIMEOUT_SECONDS; callers during a slow check share its answer.
    private final ExecutorService healthChecks = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "wmx-db-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Boolean> healthCheck = CompletableFuture.completedFuture(true);

    private Database(DatabaseSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource, settings.kind());
    }

    /// Opens the pool and migrates the schema (on PostgreSQL also the orders search's indexes, which
    /// can only warn: ADR 0011); fails fast with a [DatabaseStartException] that says what to fix.
    public static Database open(DatabaseSettings settings) {
        HikariDataSource dataSource = null;
        try {
            closeCleanlyOnce(settings);
            dataSource = openPool(settings);
            migrateIfPending(dataSource, settings);
            SearchIndexes.ensure(settings);
            makeCommitsDurable(dataSource, settings);
            requireSchemaFits(dataSource, settings);
            log.info("Database ready: {} {}", settings.kind(), settings.location());
            return new Database(settings, dataSource);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            throw e;
        }
    }

    /// The tables and columns this version uses ([SchemaCheck]): a mismatch is a store changed
    /// outside the migrations, said at start rather than at the first order.
    private static void requireSchemaFits(javax.sql.DataSource dataSource, DatabaseSettings settings) {
        try (var connection = dataSource.getConnection()) {
            SchemaCheck.requireFits(connection);
        } catch (SQLException e) {
            throw new DatabaseStartException("The database schema at " + settings.location() + " does not fit this version ("
                    + e.getMessage() + "); restore the data directory from a backup or contact support.", e);
        }
    }

    /// H2 only: opens the file and closes it cleanly once before the pool opens it for good. After a
    /// crash MVStore recovers to the last state it can find; a clean close then writes that state
    /// with a fresh file header, from which the next crash recovers too. Without it, the crash soak
    /// lost commits made after a restart (even forced to the disk) at the next kill.
    private static void closeCleanlyOnce(DatabaseSettings settings) {
        if (settings.kind() != DatabaseKind.H2) {
            return;
        }
        try (var connection = java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password());
                var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new DatabaseStartException(describeConnectionFailure(settings, e), e);
        }
    }

    private static HikariDataSource openPool(DatabaseSettings settings) {
        var config = new HikariConfig();
        config.setPoolName("wmx-db");
        config.setJdbcUrl(settings.jdbcUrl());
        if (!settings.username().isEmpty()) {
            config.setUsername(settings.username());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        // H2: one connection, so one transaction at a time. Measured with the crash suite (SIGKILL
        // under load), H2's MVStore lost the last commits of concurrent transactions although each
        // had returned (a store operation skipped while another was writing); serialized, every
        // commit is stored before it returns. A counter makes a few orders a minute: nobody waits.
        config.setMaximumPoolSize(settings.kind() == DatabaseKind.H2 ? 1 : 10);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        // Fail at start-up, not at the first sale, when the database cannot be reached.
        config.setInitializationFailTimeout(10_000);
        config.setAutoCommit(false);
        if (settings.kind() == DatabaseKind.POSTGRESQL) {
            // A server configured with synchronous_commit = off answers a commit before it is on the
            // disk: an order answered 201 could vanish in a crash of the server.
            config.setConnectionInitSql("SET synchronous_commit TO on");
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseStartException(describeConnectionFailure(settings, e), e);
        }
    }

    static String describeConnectionFailure(DatabaseSettings settings, Throwable e) {
        String cause = rootMessage(e);
        // H2 says "Database may be already in use" or "The file is locked", depending on where it
        // finds the other process.
        if (settings.kind() == DatabaseKind.H2 && (cause.contains("already in use") || cause.contains("file is locked"))) {
            return "The embedded database " + settings.location()
                    + " is already open in another WMX Topup Counter; close it or start this one with a different --data-dir.";
        }
        return "Cannot open the " + (settings.kind() == DatabaseKind.H2 ? "embedded H2" : "PostgreSQL") + " database at "
                + settings.location() + " (" + cause + "); check DATABASE_URL / database.url and that the server is running.";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /// Whether a start found the schema already current or had Flyway migrate it.
    enum Migration {
        ALREADY_CURRENT,
        MIGRATED
    }

    /// Flyway only when the schema lacks a migration of this build (or its history is not what this
    /// build expects); a console started every morning on an unchanged schema skips it (ADR 0021).
    static Migration migrateIfPending(javax.sql.DataSource dataSource, DatabaseSettings settings) {
        try (var connection = dataSource.getConnection()) {
            if (SchemaHistory.isCurrent(connection)) {
                log.debug("Schema at migration {}: nothing to migrate", SchemaHistory.LATEST_MIGRATION);
                return Migration.ALREADY_CURRENT;
            }
        } catch (SQLException e) {
            throw new DatabaseStartException(describeConnectionFailure(settings, e), e);
        }
        migrate(settings);
        return Migration.MIGRATED;
    }

    /// On connections of its own: Flyway holds one for its lock while it migrates on another, and
    /// the H2 pool has only one.
    static void migrate(DatabaseSettings settings) {
        try {
            Flyway.configure()
                    .dataSource(settings.jdbcUrl(), settings.username(), settings.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new DatabaseStartException("The database schema at " + settings.location()
                    + " could not be migrated (" + rootMessage(e) + "); restore the data directory from a backup or contact support.", e);
        }
    }

    /// H2 only: commits go to the file at once (persistent setting, so also for tools that open the
    /// file later); checked by reading it back, because a silently ignored setting would undo the
    /// whole guarantee.
    private static void makeCommitsDurable(HikariDataSource dataSource, DatabaseSettings settings) {
        if (settings.kind() != DatabaseKind.H2) {
            return;
        }
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
            connection.commit();
            try (var setting = statement.executeQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                if (setting.next() && !"0".equals(setting.getString(1))) {
                    throw new DatabaseStartException("The embedded database " + settings.location()
                            + " refused WRITE_DELAY 0 (it is " + setting.getString(1) + "); commits would not survive a crash.", null);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseStartException("The embedded database " + settings.location()
                    + " could not be made crash-safe (" + rootMessage(e)
                    + "); restore the data directory from a backup or contact support.", e);
        }
    }

    /// PostgreSQL: creates the orders search's trigram indexes when missing (as [#open] does; ADR
    /// 0011); whether they are there now. Never throws: without them the search is only slower.
    public boolean ensureSearchIndexes() {
        return SearchIndexes.ensure(settings) == SearchIndexes.Outcome.READY;
    }

    @Override
    public void forceToDisk() {
        if (settings.kind() != DatabaseKind.H2) {
            return; // PostgreSQL flushed its WAL to the disk before the commit returned
        }
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            // CHECKPOINT stores what is committed; CHECKPOINT SYNC alone would only fsync the file.
            statement.execute("CHECKPOINT");
            statement.execute("CHECKPOINT SYNC");
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded database could not flush its commits to the disk: " + e.getMessage(), e);
        }
    }

    /// H2 only: a consistent backup of the open store (see [EmbeddedStore]), on the pool's
    /// connection, so that it waits for the transaction in progress rather than racing it.
    public void backupTo(java.nio.file.Path target) {
        if (settings.kind() != DatabaseKind.H2) {
            throw new StoreException("Only the embedded store is backed up by the console; back PostgreSQL up with pg_dump.");
        }
        try (var connection = dataSource.getConnection()) {
            EmbeddedStore.backup(connection, target);
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("The embedded store could not be backed up (" + rootMessage(e) + ").", e);
        }
    }

    /// Transactions on the pool, for the repositories.
    public Jdbc jdbc() {
        return jdbc;
    }

    /// The pool itself, for tests that need a raw connection (e.g. to put a setting back).
    javax.sql.DataSource dataSourceForTests() {
        return dataSource;
    }

    /// How many connections the pool holds at most (tests use it to exhaust the pool).
    int poolSize() {
        return dataSource.getMaximumPoolSize();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /// Whether a connection answers within [#HEALTH_TIMEOUT_SECONDS]; a slower one counts as down.
    @Override
    public boolean isUp() {
        CompletableFuture<Boolean> check;
        synchronized (this) {
            if (healthCheck.isDone()) {
                try {
                    healthCheck = CompletableFuture.supplyAsync(this::checkConnection, healthChecks);
                } catch (java.util.concurrent.RejectedExecutionException closed) {
                    return false; // closed: no database behind this any more
                }
            }
            check = healthCheck;
        }
        try {
            return check.get(HEALTH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("Database health check: no connection within {} s", HEALTH_TIMEOUT_SECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    private boolean checkConnection() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(HEALTH_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            log.warn("Database health check failed: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        healthChecks.shutdownNow();
        dataSource.close();
    }
}
