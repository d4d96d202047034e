package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.support.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// ADR 0021: Flyway runs only when the schema lacks one of this build's migrations.
class SchemaHistoryTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void theLatestMigrationIsTheNewestFileUnderDbMigration() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max().orElseThrow();
            assertThat(SchemaHistory.LATEST_MIGRATION).as("raise SchemaHistory.LATEST_MIGRATION with a new migration").isEqualTo(newest);
        }
    }

    @Test
    void anEmbeddedStoreIsMigratedOnceThenStartsWithoutFlyway(@TempDir Path folder) throws Exception {
        var file = folder.resolve("store");
        var settings = new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString());
        try (var connection = connect(settings)) {
            assertThat(SchemaHistory.isCurrent(connection)).as("no history table yet").isFalse();
        }
        var pool = pool(settings);
        try (pool) {
            assertThat(Database.migrateIfPending(pool, settings)).isEqualTo(Database.Migration.MIGRATED);
            assertThat(Database.migrateIfPending(pool, settings)).isEqualTo(Database.Migration.ALREADY_CURRENT);
        }
        Database.open(settings).close(); // and a start on it opens
    }

    @Test
    void aMissingNewestMigrationIsMigratedAgain(@TempDir Path folder) throws Exception {
        var settings = migratedStore(folder);
        // As a store of the previous version: the newest migration not applied yet (its table dropped).
        try (var connection = connect(settings); var statement = connection.createStatement()) {
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + SchemaHistory.LATEST_MIGRATION + "'");
            assertThat(SchemaHistory.isCurrent(connection)).isFalse();
        }
    }

    @Test
    void aFailedOrUnknownMigrationIsLeftToFlyway(@TempDir Path folder) throws Exception {
        var settings = migratedStore(folder);
        try (var connection = connect(settings); var statement = connection.createStatement()) {
            assertThat(SchemaHistory.isCurrent(connection)).isTrue();
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
            assertThat(SchemaHistory.isCurrent(connection)).as("a failed migration").isFalse();
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '3'");
            // A newer console migrated this database (several counters on one PostgreSQL).
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '"
                    + (SchemaHistory.LATEST_MIGRATION + 1) + "', 'newer', 'SQL', 'V99__newer.sql', 'sa', 1, TRUE)");
            assertThat(SchemaHistory.isCurrent(connection)).as("a migration this build does not carry").isFalse();
        }
    }

    @Test
    void postgresqlToo() throws Exception {
        var settings = PostgresServer.newDatabase();
        var pool = pool(settings);
        try (pool) {
            assertThat(Database.migrateIfPending(pool, settings)).isEqualTo(Database.Migration.MIGRATED);
            assertThat(Database.migrateIfPending(pool, settings)).isEqualTo(Database.Migration.ALREADY_CURRENT);
        }
    }

    private static DatabaseSettings migratedStore(Path folder) {
        var file = folder.resolve("store");
        var settings = new DatabaseSettings("jdbc:h2:file:" + file, "sa", "", DatabaseKind.H2, file.toString());
        Database.migrate(settings);
        return settings;
    }

    private static Connection connect(DatabaseSettings settings) throws Exception {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password());
    }

    private static com.zaxxer.hikari.HikariDataSource pool(DatabaseSettings settings) {
        var config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(1);
        config.setAutoCommit(false);
        return new com.zaxxer.hikari.HikariDataSource(config);
    }
}
