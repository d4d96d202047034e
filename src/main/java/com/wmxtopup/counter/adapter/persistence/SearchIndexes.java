package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// PostgreSQL only (ADR 0011): trigram indexes (`pg_trgm`, GIN) on the six columns the orders
/// search looks into, so that `lower(column) like '%text%'` reads a few index pages instead of
/// every order. Not a Flyway migration: the extension is contrib, not every server has it and not
/// every account may create it, and a failed migration would stop the console from starting. This
/// step runs after Flyway at every start, checks first and creates only what is missing (an index
/// left invalid by an interrupted build is built again), and never fails the start: without the
/// indexes the search gives the same answers, only slower, and one warning says why.
///
/// The indexes are built `CONCURRENTLY` (other consoles keep selling meanwhile) under an advisory
/// lock, so that two consoles starting together do not build them twice.
final class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    /// Any fixed number that no other part of the application uses as an advisory lock.
    private static final long LOCK_KEY = 0x574d585f5452474dL; // "WMX_TRGM"

    /// Index name → column; the index expression must be exactly what the search's SQL says
    /// (`LOWER(column)`), or PostgreSQL cannot use it.
    static final List<String[]> INDEXES = List.of(
            new String[] {"orders_search_order_number", "order_number"},
            new String[] {"orders_search_target_user_id", "target_user_id"},
            new String[] {"orders_search_nickname", "nickname"},
            new String[] {"orders_search_customer_phone", "customer_phone"},
            new String[] {"orders_search_supplier_trx_id", "supplier_trx_id"},
            new String[] {"orders_search_payment_trx_id", "payment_transaction_id"});

    /// What [#ensure] found or did.
    enum Outcome {
        /// H2: nothing to do (a scan is fast at one console's sizes).
        NOT_POSTGRESQL,
        /// Every index is there and valid (possibly built just now).
        READY,
        /// Another console holds the lock: it is building them.
        BUILT_ELSEWHERE,
        /// The server has no `pg_trgm` (contrib not installed).
        EXTENSION_UNAVAILABLE,
        /// Something was refused (e.g. no privilege to create the extension); logged.
        FAILED
    }

    private SearchIndexes() {
    }

    /// Creates the extension and the indexes when missing; returns what happened, never throws.
    static Outcome ensure(DatabaseSettings settings) {
        if (settings.kind() != DatabaseKind.POSTGRESQL) {
            return Outcome.NOT_POSTGRESQL;
        }
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password())) {
            connection.setAutoCommit(true); // CREATE INDEX CONCURRENTLY cannot run in a transaction
            if (!tryLock(connection)) {
                log.info("Another console is building the orders search indexes; searching stays slower until it is done");
                return Outcome.BUILT_ELSEWHERE;
            }
            Outcome extension = ensureExtension(connection, settings);
            if (extension != Outcome.READY) {
                return extension;
            }
            boolean built = false;
            for (String[] index : INDEXES) {
                built |= ensureIndex(connection, index[0], index[1]);
            }
            if (built) {
                // Statistics of the indexed expressions, without which the planner guesses how
                // many orders a search matches (and may prefer reading them all).
                try (var statement = connection.createStatement()) {
                    statement.execute("ANALYZE orders");
                }
            }
            return Outcome.READY;
        } catch (SQLException | RuntimeException e) {
            log.warn("The orders search indexes could not be created ({}); the orders search works but reads every order, "
                    + "which takes about a second per million orders", firstLine(e.getMessage()));
            return Outcome.FAILED;
        }
        // Closing the connection releases the advisory lock.
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static Outcome ensureExtension(Connection connection, DatabaseSettings settings) throws SQLException {
        if (exists(connection, "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")) {
            return Outcome.READY;
        }
        if (!exists(connection, "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")) {
            log.warn("PostgreSQL at {} has no pg_trgm extension (install the server's contrib package, e.g. postgresql-contrib); "
                    + "the orders search works but reads every order, which takes about a second per million orders",
                    settings.location());
            return Outcome.EXTENSION_UNAVAILABLE;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        } catch (SQLException e) {
            log.warn("The pg_trgm extension could not be created in {} ({}); run CREATE EXTENSION pg_trgm there as its owner or a "
                    + "superuser. Until then the orders search works but reads every order", settings.location(),
                    firstLine(e.getMessage()));
            return Outcome.FAILED;
        }
        return Outcome.READY;
    }

    /// Whether it had to be built.
    private static boolean ensureIndex(Connection connection, String name, String column) throws SQLException {
        Boolean valid = validity(connection, name);
        if (Boolean.TRUE.equals(valid)) {
            return false;
        }
        try (var statement = connection.createStatement()) {
            if (valid != null) {
                log.info("Orders search index {} was left unfinished; building it again", name);
                statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + name);
            }
            long orders = estimatedOrders(connection);
            if (orders > 50_000) {
                log.info("Building orders search index {} over about {} orders (once; other consoles keep working meanwhile)", name,
                        orders);
            }
            long start = System.nanoTime();
            statement.execute("CREATE INDEX CONCURRENTLY " + name + " ON orders USING gin (lower(" + column + ") gin_trgm_ops)");
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 1_000) {
                log.info("Built orders search index {} in {} s", name, millis / 1000);
            }
        }
        return true;
    }

    /// `null` when there is no such index in the current schema, else whether it is usable.
    private static Boolean validity(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT i.indisvalid FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid"
                + " WHERE c.relname = ? AND c.relnamespace = current_schema()::regnamespace")) {
            statement.setString(1, name);
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getBoolean(1) : null;
            }
        }
    }

    private static long estimatedOrders(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT reltuples::bigint FROM pg_class WHERE oid = 'orders'::regclass")) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            return result.next();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
