package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.DatabaseKind;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckTest {

    /// The start's check names exactly the tables and columns the migrations make: a migration that
    /// adds a column without it here would leave that column unchecked at start.
    @Test
    void theCheckNamesEveryColumnTheMigrationsMake(@TempDir Path folder) throws Exception {
        var file = folder.resolve("store");
        var settings = new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString());
        Database.open(settings).close();
        Map<String, Set<String>> migrated = new TreeMap<>();
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), "sa", "");
                var rows = connection.createStatement().executeQuery("SELECT LOWER(TABLE_NAME), LOWER(COLUMN_NAME)"
                        + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'")) {
            while (rows.next()) {
                migrated.computeIfAbsent(rows.getString(1), table -> new TreeSet<>()).add(rows.getString(2));
            }
        }

        Map<String, Set<String>> checked = new TreeMap<>();
        SchemaCheck.COLUMNS.forEach((table, columns) -> checked.put(table,
                Arrays.stream(columns.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new))));
        assertThat(checked).isEqualTo(migrated);
    }
}
