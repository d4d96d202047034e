package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.DatabaseKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.h2.api.ErrorCode;

/// Moving house: copies every table of the embedded H2 store (both brought to the latest schema
/// by Flyway first) into an empty PostgreSQL database, in one transaction, parents before children;
/// moves the identity sequences past the copied ids; and commits only when every table holds as
/// many rows in PostgreSQL as in H2. A target that holds more than the migrations put into a new
/// database (a default price rule) is refused; those rows are replaced by the store's.
public final class StoreMigration {

    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    private static final int BATCH = 500;

    private StoreMigration() {
    }

    /// The rows copied per table, in the order they were copied.
    public static Map<String, Long> copy(EmbeddedStore source, DatabaseSettings target) {
        if (target.kind() != DatabaseKind.POSTGRESQL) {
            throw new StoreException(
                    "The target " + target.location() + " is not PostgreSQL; give a postgresql://user:pass@host:port/db URL.");
        }
        if (!source.exists()) {
            throw new StoreException("There is no embedded store at " + source.file() + " to copy (check --data-dir).");
        }
        try (Connection check = source.openExisting()) {
            check.isValid(1); // opened only to see that no running console holds it
        } catch (SQLException e) {
            throw new StoreException("The embedded store " + source.file() + " cannot be opened (" + e.getMessage() + ").", e);
        }
        try (Connection pg = DriverManager.getConnection(target.jdbcUrl(), target.username(), target.password())) {
            refuseNonEmpty(pg, target);
        } catch (SQLException e) {
            throw new StoreException("PostgreSQL at " + target.location() + " cannot be reached (" + e.getMessage() + ").", e);
        }
        try {
            Database.migrate(source.settings());
            Database.migrate(target);
        } catch (DatabaseStartException e) {
            throw new StoreException(e.getMessage(), e);
        }
        try (Connection h2 = source.openExisting();
                Connection pg = DriverManager.getConnection(target.jdbcUrl(), target.username(), target.password())) {
            h2.setReadOnly(true);
            h2.setAutoCommit(false);
            pg.setAutoCommit(false);
            try {
                Map<String, Long> counts = copyAll(h2, pg);
                pg.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                pg.rollback();
                throw e;
            }
        } catch (SQLException e) {
            String problem = e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1 ? "the embedded store is in use" : e.getMessage();
            throw new StoreException("The copy to " + target.location() + " failed and was rolled back (" + problem + ").", e);
        }
    }

    private static void refuseNonEmpty(Connection pg, DatabaseSettings target) throws SQLException {
        Map<String, Long> seeded = seededRows();
        for (String table : tables(pg, "current_schema()")) {
            if (table.equals(FLYWAY_HISTORY)) {
                continue;
            }
            long rows = count(pg, table);
            if (rows > seeded.getOrDefault(table, 0L)) {
                throw new StoreException("The PostgreSQL database " + target.location() + " is not empty (" + table + " has " + rows
                        + " rows); give an empty database.");
            }
        }
    }

    /// The rows the migrations themselves insert into a new database, per table (measured on a
    /// throw-away in-memory H2, so that a new migration with seed rows needs no change here).
    private static Map<String, Long> seededRows() throws SQLException {
        String url = "jdbc:h2:mem:wmx-seed-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Database.migrate(new DatabaseSettings(url, "sa", "", DatabaseKind.H2, "seed"));
        try (Connection seed = DriverManager.getConnection(url, "sa", "")) {
            var rows = new TreeMap<String, Long>();
            for (String table : tables(seed, "'PUBLIC'")) {
                if (!table.equals(FLYWAY_HISTORY)) {
                    rows.put(table, count(seed, table));
                }
            }
            try (var statement = seed.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            return rows;
        }
    }

    private static Map<String, Long> copyAll(Connection h2, Connection pg) throws SQLException {
        List<String> order = parentsFirst(h2);
        Set<String> targetTables = new TreeSet<>(tables(pg, "current_schema()"));
        for (String table : order) {
            if (!targetTables.contains(table)) {
                throw new StoreException("PostgreSQL has no table " + table + " after the migrations; the two schemas differ.");
            }
        }
        // Only the migrations' seed rows are there (checked before): the store's own replace them.
        for (String table : order.reversed()) {
            try (var statement = pg.createStatement()) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        var counts = new LinkedHashMap<String, Long>();
        for (String table : order) {
            counts.put(table, copyTable(h2, pg, table));
        }
        resetIdentities(pg);
        for (String table : order) {
            long inH2 = count(h2, table);
            long inPg = count(pg, table);
            if (inH2 != inPg || inPg != counts.get(table)) {
                throw new StoreException("Table " + table + " has " + inH2 + " rows in the embedded store but " + inPg
                        + " in PostgreSQL; nothing was kept.");
            }
        }
        return counts;
    }

    /// Every table of the store but Flyway's, ordered so that a referenced table comes first.
    private static List<String> parentsFirst(Connection h2) throws SQLException {
        var parents = new TreeMap<String, Set<String>>();
        for (String table : tables(h2, "'PUBLIC'")) {
            if (!table.equals(FLYWAY_HISTORY)) {
                parents.put(table, new TreeSet<>());
            }
        }
        for (String table : parents.keySet()) {
            try (ResultSet keys = h2.getMetaData().getImportedKeys(null, "PUBLIC", table.toUpperCase(Locale.ROOT))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        parents.get(table).add(parent);
                    }
                }
            }
        }
        var ordered = new LinkedHashSet<String>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            parents.forEach((table, needs) -> {
                if (!ordered.contains(table) && ordered.containsAll(needs)) {
                    ordered.add(table);
                }
            });
            if (ordered.size() == before) {
                throw new StoreException("The tables' foreign keys form a cycle; the store cannot be copied table by table.");
            }
        }
        return List.copyOf(ordered);
    }

    private static long copyTable(Connection h2, Connection pg, String table) throws SQLException {
        try (var read = h2.createStatement(); ResultSet rows = read.executeQuery("SELECT * FROM " + table)) {
            var meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            var names = new ArrayList<String>();
            var types = new int[columns + 1];
            for (int i = 1; i <= columns; i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                types[i] = meta.getColumnType(i);
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            long copied = 0;
            try (PreparedStatement write = pg.prepareStatement(insert)) {
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = switch (types[i]) {
                            case Types.TIMESTAMP -> rows.getObject(i, LocalDateTime.class);
                            case Types.TIMESTAMP_WITH_TIMEZONE -> rows.getObject(i, OffsetDateTime.class);
                            case Types.CLOB, Types.NCLOB -> rows.getString(i);
                            case Types.BLOB -> rows.getBytes(i);
                            default -> rows.getObject(i);
                        };
                        if (value == null) {
                            write.setNull(i, types[i] == Types.CLOB || types[i] == Types.NCLOB ? Types.VARCHAR : types[i]);
                        } else {
                            write.setObject(i, value);
                        }
                    }
                    write.addBatch();
                    if (++copied % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
            return copied;
        }
    }

    /// Identity columns were given explicit ids: their sequences continue after the largest.
    private static void resetIdentities(Connection pg) throws SQLException {
        var identities = new ArrayList<String[]>();
        try (var statement = pg.createStatement();
                ResultSet columns = statement.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
            while (columns.next()) {
                identities.add(new String[] {columns.getString(1), columns.getString(2)});
            }
        }
        for (String[] identity : identities) {
            String table = identity[0];
            String column = identity[1];
            try (var statement = pg.createStatement()) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), COALESCE(MAX(" + column
                        + "), 1), MAX(" + column + ") IS NOT NULL) FROM " + table);
            }
        }
    }

    private static List<String> tables(Connection connection, String schemaExpression) throws SQLException {
        var tables = new ArrayList<String>();
        try (var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                        + schemaExpression + " AND table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
