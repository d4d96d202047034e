package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/// One transaction per call on a connection of the pool, with the SQL written out (ADR 0022:
/// plain JDBC instead of Hibernate). The work commits when it returns and rolls back when it
/// throws; a [SQLException] leaves as a [DatabaseException] (a unique key taken as its
/// [UniqueKeyTakenException] subclass), so callers see the same unchecked failures everywhere.
public final class Jdbc {

    /// Work inside a transaction that returns a value.
    @FunctionalInterface
    public interface Work<T> {
        T apply(Tx tx) throws SQLException;
    }

    /// Work inside a transaction that returns nothing.
    @FunctionalInterface
    public interface Action {
        void accept(Tx tx) throws SQLException;
    }

    private final DataSource dataSource;
    private final DatabaseKind kind;

    public Jdbc(DataSource dataSource, DatabaseKind kind) {
        this.dataSource = dataSource;
        this.kind = kind;
    }

    public DatabaseKind kind() {
        return kind;
    }

    public <T> T fromTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            // The pool hands out connections without auto-commit (Database): one transaction per call.
            try {
                T result = work.apply(new Tx(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollBack(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw DatabaseException.of(e);
        }
    }

    public void inTransaction(Action action) {
        fromTransaction(tx -> {
            action.accept(tx);
            return null;
        });
    }

    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e); // the pool discards a connection it cannot reset
        }
    }

    /// The open transaction: statements on its connection.
    public static final class Tx {
        private final Connection connection;

        Tx(Connection connection) {
            this.connection = connection;
        }

        /// A statement with named parameters (`:name`), bound with [SqlStatement#bind].
        public SqlStatement sql(String sql) {
            return new SqlStatement(connection, sql);
        }

        /// The connection itself, for what the statements do not cover (H2's `BACKUP`, batches).
        public Connection connection() {
            return connection;
        }
    }
}
