package com.wmxtopup.counter.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.TreeSet;

/// What Flyway's history table says about a schema, read with one plain query: whether every
/// migration this build carries has been applied successfully and nothing newer or failed is
/// there. Then the start needs no Flyway at all — its class-path scan, its checks and about 460
/// classes (ADR 0021). Anything unexpected (no table yet, a failed or unknown migration) means
/// "not current", and Flyway runs and says what it finds.
final class SchemaHistory {

    /// The newest migration under `db/migration`; `SchemaHistoryTest` fails when a migration is
    /// added without raising it.
    static final int LATEST_MIGRATION = 11;

    private SchemaHistory() {
    }

    static boolean isCurrent(Connection connection) {
        var applied = new TreeSet<Integer>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    return false;
                }
                if (version != null) {
                    applied.add(Integer.parseInt(version));
                }
            }
        } catch (SQLException | NumberFormatException e) {
            return false; // a new database, or a history this build does not understand: Flyway decides
        }
        return applied.size() == LATEST_MIGRATION && applied.first() == 1 && applied.last() == LATEST_MIGRATION;
    }
}
