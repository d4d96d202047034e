package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.DatabaseProbe.DatabaseProbeException;
import com.wmxtopup.counter.application.port.DatabaseProbe.DatabaseProbeException.Kind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/// Connects once (no pool, no migration) to a PostgreSQL that is not the running database, runs
/// `select 1` and reads the server's version: the settings screen's database test.
public final class JdbcDatabaseProbe {

    private JdbcDatabaseProbe() {
    }

    public static String serverVersion(DatabaseSettings settings, Duration timeout) throws DatabaseProbeException {
        var properties = new Properties();
        properties.setProperty("user", settings.username());
        properties.setProperty("password", settings.password());
        String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("socketTimeout", seconds);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties);
                Statement statement = connection.createStatement()) {
            try (ResultSet one = statement.executeQuery("select 1")) {
                one.next();
            }
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            // The message may quote the URL; the kind is what the screen says.
            throw new DatabaseProbeException(kindOf(e), "database test failed: SQLState " + e.getSQLState(), null);
        }
    }

    static Kind kindOf(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return Kind.WRONG_PASSWORD;
        }
        if (state.equals("3D000")) {
            return Kind.NO_SUCH_DATABASE;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return Kind.UNKNOWN_HOST;
            }
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException || cause instanceof NoRouteToHostException) {
                return Kind.NO_ANSWER;
            }
        }
        if (state.startsWith("08")) {
            return Kind.NO_ANSWER;
        }
        return Kind.OTHER;
    }
}
