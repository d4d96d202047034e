package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.port.OrderSearch;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.OrderNumber;
import com.wmxtopup.counter.domain.PaymentMethod;
import com.wmxtopup.counter.domain.TopUpTarget;
import com.wmxtopup.counter.support.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/// The orders search's trigram indexes on PostgreSQL (ADR 0011): the query the repository really
/// sends is planned with them, building them again changes nothing, an interrupted build is
/// repaired, and a server that refuses the extension still starts and searches (slower).
class PostgresSearchIndexesTest {

    @Test
    void theListAndItsTotalsAreReadThroughTheTrigramIndexes() throws Exception {
        var settings = PostgresServer.newDatabase();
        try (var database = Database.open(settings)) {
            database.jdbc().inTransaction(session -> session.sql("""
                    INSERT INTO orders (order_number, sku, product_name, game, target_user_id, target_zone_id, nickname, amount, cost,
                        payment_method, status, version, supplier_trx_id, note, qr_string, customer_phone, customer_email, created_at,
                        updated_at)
                    SELECT 'WMX-T-' || g, 'MLB86-S1', '86 Diamonds', 'Mobile Legends B', (100000000 + g)::text, '2685', 'Player' || g,
                        22000, 20500, 'QRIS', 'SUCCESS', 5, 'VP' || g, '', '', '', '',
                        now() - g * INTERVAL '31 seconds', now() - g * INTERVAL '31 seconds'
                    FROM generate_series(1, 30000) AS g
                    """).execute());
            try (Connection connection = connect(settings); var statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE orders"); // what autovacuum does after many inserts
            }
            var repository = new JdbcOrderRepository(database.jdbc());
            var search = new OrderSearch(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), "", Optional.empty(),
                    "player1234", "", Optional.empty(), 100);

            List<String> sql = capturedSql(() -> {
                assertThat(repository.search(search)).hasSize(11); // Player1234 and Player12340..12349
                assertThat(repository.totals(search).count()).isEqualTo(11);
            });

            // Each query planned for the text typed, never with a generic plan cached for any text.
            assertThat(sql).hasSize(4);
            assertThat(List.of(sql.get(0), sql.get(2))).allMatch(s -> s.equals("SET LOCAL plan_cache_mode = force_custom_plan"));
            try (Connection connection = connect(settings)) {
                for (String query : List.of(sql.get(1), sql.get(3))) {
                    assertThat(explain(connection, query, "player1234")).as(query)
                            .contains("Bitmap Index Scan on orders_search_order_number",
                                    "Bitmap Index Scan on orders_search_target_user_id", "Bitmap Index Scan on orders_search_nickname",
                                    "Bitmap Index Scan on orders_search_customer_phone",
                                    "Bitmap Index Scan on orders_search_supplier_trx_id",
                                    "Bitmap Index Scan on orders_search_payment_trx_id")
                            .doesNotContain("Seq Scan");
                }
            }
        }
    }

    @Test
    void buildingAgainChangesNothingAndAnUnfinishedIndexIsBuiltAgain() throws Exception {
        var settings = PostgresServer.newDatabase();
        try (var database = Database.open(settings); Connection connection = connect(settings)) {
            assertThat(searchIndexes(connection)).hasSize(6).allMatch(index -> index.endsWith(" valid"));
            String before = definitions(connection);

            assertThat(SearchIndexes.ensure(settings)).isEqualTo(SearchIndexes.Outcome.READY);
            assertThat(database.ensureSearchIndexes()).isTrue();
            assertThat(definitions(connection)).isEqualTo(before);

            // What a CREATE INDEX CONCURRENTLY killed half-way leaves behind: an invalid index.
            try (var statement = connection.createStatement()) {
                statement.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'orders_search_nickname'::regclass");
            }
            assertThat(searchIndexes(connection)).contains("orders_search_nickname invalid");
            assertThat(SearchIndexes.ensure(settings)).isEqualTo(SearchIndexes.Outcome.READY);
            assertThat(searchIndexes(connection)).hasSize(6).allMatch(index -> index.endsWith(" valid"));
            assertThat(definitions(connection)).isEqualTo(before);
        }
    }

    @Test
    void anAccountThatMayNotCreateTheExtensionStillStartsAndSearches() throws Exception {
        var admin = PostgresServer.newDatabase();
        String database = admin.location().substring(admin.location().indexOf('/') + 1);
        String role = "wmx_plain_" + database;
        try (Connection connection = connect(admin); var statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'plain'");
            // May create tables (Flyway) but not extensions, as on a server run by someone else.
            statement.execute("REVOKE CREATE ON DATABASE " + database + " FROM PUBLIC");
            statement.execute("GRANT CONNECT ON DATABASE " + database + " TO " + role);
            statement.execute("GRANT CREATE, USAGE ON SCHEMA public TO " + role);
        }
        // The test server's URL names its superuser; this one is the plain account's.
        var plain = new DatabaseSettings("jdbc:postgresql://" + admin.location(), role, "plain", DatabaseKind.POSTGRESQL,
                admin.location());

        try (var db = Database.open(plain)) {
            assertThat(db.ensureSearchIndexes()).isFalse();
            var repository = new JdbcOrderRepository(db.jdbc());
            repository.insert(Order.create(new OrderNumber("WMX-P1"), OrderFixtures.mobileLegends86(), new TopUpTarget("136216325", "2685"),
                    "Pemain", Money.rupiah(22_000), Money.rupiah(20_500), PaymentMethod.CASH, OrderFixtures.T0), "test");
            var search = new OrderSearch(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), "", Optional.empty(), "pemain",
                    "", Optional.empty(), 10);
            assertThat(repository.search(search)).extracting(o -> o.orderNumber().value()).containsExactly("WMX-P1");
        }
        try (Connection connection = connect(admin)) {
            assertThat(searchIndexes(connection)).isEmpty();
            assertThat(exists(connection, "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).isFalse();
        }

        // Once the owner created the extension, the next start builds the indexes.
        try (Connection connection = connect(admin); var statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION pg_trgm");
        }
        try (var db = Database.open(plain); Connection connection = connect(admin)) {
            assertThat(db.ensureSearchIndexes()).isTrue();
            assertThat(searchIndexes(connection)).hasSize(6);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password());
    }

    /// The SQL sent while `work` runs (`SqlStatement`'s debug log: the text, never the values).
    private static List<String> capturedSql(Runnable work) {
        var logger = (Logger) LoggerFactory.getLogger(SqlStatement.class);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        Level level = logger.getLevel();
        boolean additive = logger.isAdditive();
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
        logger.addAppender(appender);
        try {
            work.run();
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(level);
            logger.setAdditive(additive);
        }
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /// The plan for the given text (every `?` but a row limit is the search text).
    private static String explain(Connection connection, String query, String text) throws SQLException {
        try (var statement = connection.prepareStatement("EXPLAIN " + query)) {
            int parameters = statement.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                boolean limit = i == parameters && query.endsWith("FETCH FIRST ? ROWS ONLY");
                if (limit) {
                    statement.setInt(i, 100);
                } else {
                    statement.setString(i, "%" + text + "%");
                }
            }
            return plan(statement.executeQuery());
        }
    }

    private static String plan(java.sql.ResultSet result) throws SQLException {
        var lines = new StringBuilder();
        try (result) {
            while (result.next()) {
                lines.append(result.getString(1)).append('\n');
            }
        }
        return lines.toString();
    }

    private static List<String> searchIndexes(Connection connection) throws SQLException {
        var found = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "SELECT c.relname, i.indisvalid FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid"
                                + " WHERE c.relname LIKE 'orders_search_%' ORDER BY c.relname")) {
            while (result.next()) {
                found.add(result.getString(1) + (result.getBoolean(2) ? " valid" : " invalid"));
            }
        }
        return found;
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            return result.next();
        }
    }

    private static String definitions(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "SELECT string_agg(indexdef, E'\\n' ORDER BY indexname) FROM pg_indexes WHERE indexname LIKE 'orders_search_%'")) {
            return result.next() ? result.getString(1) : "";
        }
    }
}
