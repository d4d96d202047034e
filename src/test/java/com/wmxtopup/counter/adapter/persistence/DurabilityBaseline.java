package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/// Puts a database back to what it did before durable-before-effect, for the benchmark's
/// "before" rows: H2's default write delay (500 ms), PostgreSQL without synchronous commit.
public final class DurabilityBaseline {

    private DurabilityBaseline() {
    }

    public static void undo(Database database) throws SQLException {
        if (database.settings().kind() == DatabaseKind.H2) {
            try (var connection = database.dataSourceForTests().getConnection(); var statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 500");
                connection.commit();
            }
            return;
        }
        // A session setting: set it on every connection of the pool at once (borrow them all).
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < database.poolSize(); i++) {
                Connection connection = database.dataSourceForTests().getConnection();
                all.add(connection);
                try (var statement = connection.createStatement()) {
                    statement.execute("SET synchronous_commit TO off");
                }
                connection.commit();
            }
        } finally {
            for (Connection connection : all) {
                connection.close();
            }
        }
    }
}
