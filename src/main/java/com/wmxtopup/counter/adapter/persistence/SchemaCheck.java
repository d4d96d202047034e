package com.wmxtopup.counter.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/// The tables and columns the repositories read and write, asked for once at start (no row is
/// read): a schema changed outside the migrations (a restored file of another version, a column
/// dropped by hand) stops the start with a sentence, rather than the first sale. Types are not
/// compared; the repository contract tests run every statement on H2 and PostgreSQL.
final class SchemaCheck {

    /// Every column a repository names; `SchemaCheckTest` fails when a migration adds a column that
    /// is missing here.
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("orders", "id, order_number, sku, product_name, game, target_user_id, target_zone_id, nickname, amount, cost,"
                    + " payment_method, status, version, supplier_trx_id, note, qr_string, payment_expires_at, customer_phone,"
                    + " customer_email, created_at, updated_at, payment_transaction_id, cash_received, supplier_requested_at,"
                    + " supplier_attempts, next_attempt_at, claimed_by, sold_by, shift_id"),
            Map.entry("order_events", "id, order_id, from_status, to_status, at, actor, reason"),
            Map.entry("products", "sku, game, name, price_basic, price_premium, price_special, status, updated_at"),
            Map.entry("price_rules",
                    "id, scope, scope_key, target_key, percent_basis_points, flat, rounding_step, fixed_price, updated_at"),
            Map.entry("supplier_account", "id, full_name, username, balance, price_level, checked_at"),
            Map.entry("catalog_sync_runs", "id, started_at, duration_ms, triggered_by, outcome, total, added, updated, removed,"
                    + " price_changed, error"),
            Map.entry("payment_notifications", "id, dedupe_key, order_number, transaction_status, gross_amount, received_at, outcome,"
                    + " raw_body"),
            Map.entry("users", "id, name, name_key, role, pin_hash, failed_pins, locked_until, active, created_at, version"),
            Map.entry("audit_entries", "id, at, user_id, who, action, subject, detail"),
            Map.entry("api_tokens", "id, name, token_hash, last_four, created_at, created_by, revoked_at"),
            Map.entry("shifts", "id, console_id, open_on_console, opened_at, opened_by, opening_float, opening_count,"
                    + " supplier_balance_open, closed_at, closed_by, expected_cash, counted_cash, closing_count, supplier_balance_close,"
                    + " close_note, forced, version"),
            Map.entry("cash_movements", "id, shift_id, kind, amount, reason, order_number, at, by_whom"),
            Map.entry("console_runs", "id, console_id, host_name, started_at, heartbeat_at, stopped_at"),
            Map.entry("sales_days", "shop_day, dimension, group_key, group_label, order_count, amount, cost"),
            Map.entry("sales_hours", "hour_utc, order_count, amount, cost"),
            Map.entry("sales_rollup_state", "id, covered_to, offset_seconds, window_orders, window_versions, generation"));

    private SchemaCheck() {
    }

    /// Throws the first mismatch found: the table, and what the database said about it.
    static void requireFits(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (var table : COLUMNS.entrySet()) {
                try {
                    statement.executeQuery("SELECT " + table.getValue() + " FROM " + table.getKey() + " WHERE 1 = 0").close();
                } catch (SQLException e) {
                    String said = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
                    throw new SQLException("table " + table.getKey() + ": " + said.replaceFirst(";? *SQL statement:$", ""), e.getSQLState(),
                            e);
                }
            }
        } finally {
            connection.rollback();
        }
    }
}
