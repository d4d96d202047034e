package com.wmxtopup.counter.adapter.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/// The data source Hibernate is built with while the real pool is not open yet ([Database#open]
/// boots Hibernate beside H2's clean close and Flyway). Any connection asked for before [#open]
/// is refused loudly: on H2 one taken before the clean close's `SHUTDOWN` would be cut off under
/// the application's feet.
final class PoolAfterMigration implements DataSource {

    private volatile DataSource pool;

    void open(DataSource migratedPool) {
        this.pool = migratedPool;
    }

    private DataSource pool() throws SQLException {
        DataSource open = pool;
        if (open == null) {
            throw new SQLException("the connection pool opens after the schema is migrated; nothing may connect before");
        }
        return open;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return pool().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool().isWrapperFor(type);
    }
}
