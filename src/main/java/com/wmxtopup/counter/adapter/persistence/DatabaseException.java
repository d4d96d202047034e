package com.wmxtopup.counter.adapter.persistence;

import java.sql.SQLException;

/// A statement or a connection that failed; unchecked, like every failure of a repository. The
/// use cases treat it as "the database could not be asked" (an order stays as it was stored).
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /// SQLSTATE of a unique or primary key violation, the same on H2 and PostgreSQL.
    private static final String UNIQUE_VIOLATION = "23505";

    DatabaseException(String message, SQLException cause) {
        super(message, cause);
    }

    static DatabaseException of(SQLException e) {
        String message = "database: " + e.getMessage();
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return new UniqueKeyTakenException(message, e);
            }
        }
        return new DatabaseException(message, e);
    }

    /// A row with a unique key that another row already has (an order number, a notification's
    /// key, a user's name, a shift already open on a console).
    public static final class UniqueKeyTakenException extends DatabaseException {

        private static final long serialVersionUID = 1L;

        UniqueKeyTakenException(String message, SQLException cause) {
            super(message, cause);
        }
    }
}
