package com.wmxtopup.counter.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One SQL statement with named parameters: `:name` in the text, bound by [#bind]; a collection
/// becomes one placeholder per element (`status IN (:statuses)`). Nothing bound is ever part of
/// the text. Instants are written and read as `TIMESTAMP WITH TIME ZONE` at UTC, enums by name.
public final class SqlStatement {

    /// Reads one row of a result.
    @FunctionalInterface
    public interface RowReader<T> {
        T read(Row row) throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(SqlStatement.class);
    private static final String[] NO_GENERATED_KEYS = {};
    private static final String[] GENERATED_ID = {"id"};

    private final Connection connection;
    private final String sql;
    private final Map<String, Object> parameters = new HashMap<>();
    private int firstRows = -1;

    SqlStatement(Connection connection, String sql) {
        this.connection = connection;
        this.sql = sql;
    }

    public SqlStatement bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public SqlStatement bindAll(Map<String, ?> values) {
        parameters.putAll(values);
        return this;
    }

    /// Only the first `rows` rows (`FETCH FIRST ? ROWS ONLY`).
    public SqlStatement firstRows(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        this.firstRows = rows;
        return this;
    }

    public <T> List<T> list(RowReader<T> reader) throws SQLException {
        try (PreparedStatement statement = prepare(NO_GENERATED_KEYS); ResultSet result = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            var row = new Row(result);
            while (result.next()) {
                rows.add(reader.read(row));
            }
            return rows;
        }
    }

    /// The first row, if any.
    public <T> Optional<T> first(RowReader<T> reader) throws SQLException {
        if (firstRows < 0) {
            firstRows = 1;
        }
        List<T> rows = list(reader);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /// The one row an aggregate always returns.
    public <T> T single(RowReader<T> reader) throws SQLException {
        List<T> rows = list(reader);
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one row, got " + rows.size() + ": " + sql);
        }
        return rows.get(0);
    }

    /// An insert, update or delete: how many rows it changed.
    public int execute() throws SQLException {
        try (PreparedStatement statement = prepare(NO_GENERATED_KEYS)) {
            return statement.executeUpdate();
        }
    }

    /// An insert into a table with an identity `id`: the id it was given (only that column comes
    /// back; PostgreSQL's driver would otherwise return the whole row).
    public long insert() throws SQLException {
        try (PreparedStatement statement = prepare(GENERATED_ID)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id returned by: " + sql);
                }
                return keys.getLong("id");
            }
        }
    }

    private PreparedStatement prepare(String[] generatedKeys) throws SQLException {
        List<Object> values = new ArrayList<>();
        String positional = positional(sql, parameters, values);
        if (firstRows >= 0) {
            // A parameter, as Hibernate rendered it: PostgreSQL then plans the page as it did when
            // the order list's benchmarks were measured (a literal limit made it walk the newest
            // orders for a rare status: 3 → 25 ms).
            positional += " FETCH FIRST ? ROWS ONLY";
            values.add(firstRows);
        }
        log.debug("{}", positional); // the text only: values are never logged
        PreparedStatement statement = generatedKeys.length == 0
                ? connection.prepareStatement(positional)
                : connection.prepareStatement(positional, generatedKeys);
        try {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, jdbcValue(values.get(i)));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    static Object jdbcValue(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }

    /// The text with `?` for each named parameter (one per element of a collection), and the values
    /// in their order. Quoted text, quoted names and PostgreSQL's `::` casts are left alone.
    static String positional(String sql, Map<String, Object> parameters, List<Object> values) {
        var out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote in: " + sql);
                }
                out.append(sql, i, end + 1);
                i = end + 1;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("parameter :" + name + " not bound in: " + sql);
                }
                Object value = parameters.get(name);
                if (value instanceof Collection<?> collection) {
                    if (collection.isEmpty()) {
                        throw new IllegalArgumentException("parameter :" + name + " is an empty list in: " + sql);
                    }
                    String separator = "";
                    for (Object element : collection) {
                        out.append(separator).append('?');
                        separator = ", ";
                        values.add(element);
                    }
                } else {
                    out.append('?');
                    values.add(value);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /// The current row of a result, by column label.
    public static final class Row {
        private final ResultSet result;

        Row(ResultSet result) {
            this.result = result;
        }

        public String string(String column) throws SQLException {
            return result.getString(column);
        }

        public long longValue(String column) throws SQLException {
            return result.getLong(column);
        }

        public long longValue(int column) throws SQLException {
            return result.getLong(column);
        }

        public int intValue(String column) throws SQLException {
            return result.getInt(column);
        }

        public boolean bool(String column) throws SQLException {
            return result.getBoolean(column);
        }

        /// A nullable number column.
        public Long nullableLong(String column) throws SQLException {
            long value = result.getLong(column);
            return result.wasNull() ? null : value;
        }

        /// A nullable `TIMESTAMP WITH TIME ZONE` column.
        public Instant instant(String column) throws SQLException {
            OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        public Instant instant(int column) throws SQLException {
            OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        public String string(int column) throws SQLException {
            return result.getString(column);
        }

        /// Every column as the driver gives it (numbers as a [Number], texts as a [String]).
        public Object[] values() throws SQLException {
            Object[] values = new Object[result.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = result.getObject(i + 1);
            }
            return values;
        }
    }
}
