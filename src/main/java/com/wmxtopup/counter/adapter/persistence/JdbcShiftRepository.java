package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.adapter.persistence.DatabaseException.UniqueKeyTakenException;
import com.wmxtopup.counter.application.port.ShiftRepository;
import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.CashMovement;
import com.wmxtopup.counter.domain.Denomination;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Shift;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/// Shifts and their cash movements. A console has at most one open shift: `open_on_console` is
/// unique and set only while the shift is open.
public final class JdbcShiftRepository implements ShiftRepository {

    private final Jdbc jdbc;

    public JdbcShiftRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Shift> open(Shift shift) {
        String consoleId = Text.cut(shift.consoleId(), 64);
        String openedBy = Text.cut(shift.openedBy(), 140);
        String openingCount = encode(shift.openingFloat());
        long openingFloat = shift.openingFloat().total().rupiah();
        try {
            long id = jdbc.fromTransaction(tx -> tx.sql("INSERT INTO shifts (console_id, open_on_console, opened_at, opened_by,"
                    + " opening_float, opening_count, supplier_balance_open, closed_by, closing_count, close_note, forced, version)"
                    + " VALUES (:console, :console, :at, :by, :float, :count, :balance, '', '', '', FALSE, 0)")
                    .bind("console", consoleId).bind("at", shift.openedAt()).bind("by", openedBy).bind("float", openingFloat)
                    .bind("count", openingCount).bind("balance", shift.supplierBalanceAtOpen().map(Money::rupiah).orElse(null))
                    .insert());
            return Optional.of(new Shift(id, consoleId, shift.openedAt(), openedBy, decode(openingCount, openingFloat),
                    shift.supplierBalanceAtOpen(), Optional.empty(), 0));
        } catch (UniqueKeyTakenException alreadyOpen) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Shift> openOn(String consoleId) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM shifts WHERE open_on_console = :console").bind("console", consoleId)
                .first(JdbcShiftRepository::toShift));
    }

    @Override
    public Optional<Shift> find(long id) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM shifts WHERE id = :id").bind("id", id).first(JdbcShiftRepository::toShift));
    }

    @Override
    public boolean close(long id, long version, Shift.Closing closing) {
        return jdbc.fromTransaction(tx -> tx.sql("""
                UPDATE shifts SET open_on_console = NULL, closed_at = :at, closed_by = :by, expected_cash = :expected,
                    counted_cash = :counted, closing_count = :count, supplier_balance_close = :balance, close_note = :note,
                    forced = :forced, version = version + 1
                WHERE id = :id AND version = :version AND open_on_console IS NOT NULL""")
                .bind("at", closing.at())
                .bind("by", Text.cut(closing.by(), 140))
                .bind("expected", closing.expectedCash().rupiah())
                .bind("counted", closing.counted().map(c -> c.total().rupiah()).orElse(null))
                .bind("count", closing.counted().map(JdbcShiftRepository::encode).orElse(""))
                .bind("balance", closing.supplierBalanceAtClose().map(Money::rupiah).orElse(null))
                .bind("note", Text.cut(closing.note(), 500))
                .bind("forced", closing.forced())
                .bind("id", id)
                .bind("version", version)
                .execute() == 1);
    }

    @Override
    public CashMovement addMovement(CashMovement movement) {
        var stored = new CashMovement(null, movement.shiftId(), movement.kind(), movement.amount(), Text.cut(movement.reason(), 500),
                Text.cut(movement.orderNumber(), 50), movement.at(), Text.cut(movement.by(), 140));
        long id = jdbc.fromTransaction(tx -> tx.sql("INSERT INTO cash_movements (shift_id, kind, amount, reason, order_number, at, by_whom)"
                + " VALUES (:shift, :kind, :amount, :reason, :orderNumber, :at, :by)")
                .bind("shift", stored.shiftId()).bind("kind", stored.kind().name()).bind("amount", stored.amount().rupiah())
                .bind("reason", stored.reason()).bind("orderNumber", stored.orderNumber()).bind("at", stored.at()).bind("by", stored.by())
                .insert());
        return new CashMovement(id, stored.shiftId(), stored.kind(), stored.amount(), stored.reason(), stored.orderNumber(), stored.at(),
                stored.by());
    }

    @Override
    public List<CashMovement> movements(long shiftId) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM cash_movements WHERE shift_id = :shift ORDER BY id").bind("shift", shiftId)
                .list(JdbcShiftRepository::toMovement));
    }

    @Override
    public List<Shift> recent(int limit) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM shifts ORDER BY opened_at DESC, id DESC").firstRows(limit)
                .list(JdbcShiftRepository::toShift));
    }

    @Override
    public List<Shift> open() {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM shifts WHERE open_on_console IS NOT NULL ORDER BY opened_at")
                .list(JdbcShiftRepository::toShift));
    }

    private static Shift toShift(SqlStatement.Row r) throws SQLException {
        var closedAt = r.instant("closed_at");
        Long expectedCash = r.nullableLong("expected_cash");
        Long countedCash = r.nullableLong("counted_cash");
        String closingCount = r.string("closing_count");
        Optional<Shift.Closing> closing = closedAt == null
                ? Optional.empty()
                : Optional.of(new Shift.Closing(closedAt, r.string("closed_by"), Money.rupiah(expectedCash == null ? 0 : expectedCash),
                        Optional.ofNullable(countedCash).map(total -> decode(closingCount, total)),
                        Optional.ofNullable(r.nullableLong("supplier_balance_close")).map(Money::rupiah), r.string("close_note"),
                        r.bool("forced")));
        return new Shift(r.longValue("id"), r.string("console_id"), r.instant("opened_at"), r.string("opened_by"),
                decode(r.string("opening_count"), r.longValue("opening_float")),
                Optional.ofNullable(r.nullableLong("supplier_balance_open")).map(Money::rupiah), closing, r.longValue("version"));
    }

    private static CashMovement toMovement(SqlStatement.Row r) throws SQLException {
        return new CashMovement(r.longValue("id"), r.longValue("shift_id"), CashMovement.Kind.valueOf(r.string("kind")),
                Money.rupiah(r.longValue("amount")), r.string("reason"), r.string("order_number"), r.instant("at"), r.string("by_whom"));
    }

    /// `NOTE_100000=2,COIN_500=3`; empty for a count given only as a total.
    static String encode(CashCount count) {
        return count.pieces().entrySet().stream().map(p -> p.getKey().name() + "=" + p.getValue()).collect(Collectors.joining(","));
    }

    static CashCount decode(String text, long total) {
        if (text == null || text.isBlank()) {
            return CashCount.ofTotal(Money.rupiah(total));
        }
        Map<Denomination, Integer> pieces = new EnumMap<>(Denomination.class);
        for (String part : text.split(",")) {
            String[] pair = part.split("=", 2);
            pieces.put(Denomination.valueOf(pair[0]), Integer.parseInt(pair[1]));
        }
        return new CashCount(pieces, Money.rupiah(total));
    }
}
