package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlStatementTest {

    private final List<Object> values = new ArrayList<>();

    private String positional(String sql, Map<String, Object> parameters) {
        return SqlStatement.positional(sql, new HashMap<>(parameters), values);
    }

    @Test
    void namedParametersBecomePlaceholdersInTheOrderTheyAppear() {
        String sql = positional("SELECT * FROM orders WHERE status = :status AND (a < :at OR (a = :at AND id < :id))",
                Map.of("status", "PAID", "at", 5L, "id", 7L));

        assertThat(sql).isEqualTo("SELECT * FROM orders WHERE status = ? AND (a < ? OR (a = ? AND id < ?))");
        assertThat(values).containsExactly("PAID", 5L, 5L, 7L);
    }

    @Test
    void aCollectionBecomesOnePlaceholderPerElement() {
        String sql = positional("status IN (:statuses) AND x = :x",
                Map.of("statuses", List.of("PAID", "PROCESSING", "NEEDS_CHECK"), "x", 1));

        assertThat(sql).isEqualTo("status IN (?, ?, ?) AND x = ?");
        assertThat(values).containsExactly("PAID", "PROCESSING", "NEEDS_CHECK", 1);
    }

    @Test
    void quotedTextAndCastsAreLeftAlone() {
        String sql = positional("SELECT ':not' AS \"a:b\", created_at::date FROM t WHERE n LIKE :text ESCAPE '!'", Map.of("text", "%a%"));

        assertThat(sql).isEqualTo("SELECT ':not' AS \"a:b\", created_at::date FROM t WHERE n LIKE ? ESCAPE '!'");
        assertThat(values).containsExactly("%a%");
    }

    @Test
    void anUnboundParameterOrAnEmptyListIsRefusedBeforeTheDatabaseSeesIt() {
        assertThatThrownBy(() -> positional("SELECT 1 WHERE a = :a", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":a not bound");
        assertThatThrownBy(() -> positional("SELECT 1 WHERE a IN (:a)", Map.of("a", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty list");
    }

    @Test
    void instantsAreWrittenAtUtcAndEnumsByName() {
        assertThat(SqlStatement.jdbcValue(Instant.parse("2026-11-27T01:02:03.456789Z")))
                .isEqualTo(OffsetDateTime.of(2026, 11, 27, 1, 2, 3, 456_789_000, ZoneOffset.UTC));
        assertThat(SqlStatement.jdbcValue(java.time.DayOfWeek.FRIDAY)).isEqualTo("FRIDAY");
        assertThat(SqlStatement.jdbcValue(null)).isNull();
    }
}
