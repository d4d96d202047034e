package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.ShiftRepository;
import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.CashMovement;
import com.wmxtopup.counter.domain.Denomination;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Shift;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;

public final class HibernateShiftRepository implements ShiftRepository {

    private final SessionFactory sessions;

    public HibernateShiftRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Shift> open(Shift shift) {
        try {
            return Optional.of(sessions.fromTransaction(session -> {
                var e = new ShiftEntity();
                e.consoleId = Text.cut(shift.consoleId(), 64);
                e.openOnConsole = e.consoleId;
                e.openedAt = shift.openedAt();
                e.openedBy = Text.cut(shift.openedBy(), 140);
                e.openingFloat = shift.openingFloat().total().rupiah();
                e.openingCount = encode(shift.openingFloat());
                e.supplierBalanceOpen = shift.supplierBalanceAtOpen().map(Money::rupiah).orElse(null);
                e.closedBy = "";
                e.closingCount = "";
                e.closeNote = "";
                session.persist(e);
                session.flush();
                return toShift(e);
            }));
        } catch (ConstraintViolationException alreadyOpen) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Shift> openOn(String consoleId) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from ShiftEntity where openOnConsole = :console", ShiftEntity.class)
                .setParameter("console", consoleId).getResultList().stream().findFirst().map(HibernateShiftRepository::toShift));
    }

    @Override
    public Optional<Shift> find(long id) {
        return sessions.fromTransaction(session -> Optional.ofNullable(session.find(ShiftEntity.class, id))
                .map(HibernateShiftRepository::toShift));
    }

    @Override
    public boolean close(long id, long version, Shift.Closing closing) {
        return sessions.fromTransaction(session -> session.createMutationQuery("""
                update ShiftEntity set openOnConsole = null, closedAt = :at, closedBy = :by, expectedCash = :expected,
                    countedCash = :counted, closingCount = :count, supplierBalanceClose = :balance, closeNote = :note,
                    forced = :forced, version = version + 1
                where id = :id and version = :version and openOnConsole is not null""")
                .setParameter("at", closing.at())
                .setParameter("by", Text.cut(closing.by(), 140))
                .setParameter("expected", closing.expectedCash().rupiah())
                .setParameter("counted", closing.counted().map(c -> c.total().rupiah()).orElse(null))
                .setParameter("count", closing.counted().map(HibernateShiftRepository::encode).orElse(""))
                .setParameter("balance", closing.supplierBalanceAtClose().map(Money::rupiah).orElse(null))
                .setParameter("note", Text.cut(closing.note(), 500))
                .setParameter("forced", closing.forced())
                .setParameter("id", id)
                .setParameter("version", version)
                .executeUpdate() == 1);
    }

    @Override
    public CashMovement addMovement(CashMovement movement) {
        return sessions.fromTransaction(session -> {
            var e = new CashMovementEntity();
            e.shiftId = movement.shiftId();
            e.kind = movement.kind().name();
            e.amount = movement.amount().rupiah();
            e.reason = Text.cut(movement.reason(), 500);
            e.orderNumber = Text.cut(movement.orderNumber(), 50);
            e.at = movement.at();
            e.byWhom = Text.cut(movement.by(), 140);
            session.persist(e);
            session.flush();
            return toMovement(e);
        });
    }

    @Override
    public List<CashMovement> movements(long shiftId) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from CashMovementEntity where shiftId = :shift order by id", CashMovementEntity.class)
                .setParameter("shift", shiftId).getResultList().stream().map(HibernateShiftRepository::toMovement).toList());
    }

    @Override
    public List<Shift> recent(int limit) {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from ShiftEntity order by openedAt desc, id desc", ShiftEntity.class)
                .setMaxResults(limit).getResultList().stream().map(HibernateShiftRepository::toShift).toList());
    }

    @Override
    public List<Shift> open() {
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("from ShiftEntity where openOnConsole is not null order by openedAt", ShiftEntity.class)
                .getResultList().stream().map(HibernateShiftRepository::toShift).toList());
    }

    private static Shift toShift(ShiftEntity e) {
        Optional<Shift.Closing> closing = e.closedAt == null
                ? Optional.empty()
                : Optional.of(new Shift.Closing(e.closedAt, e.closedBy, Money.rupiah(e.expectedCash == null ? 0 : e.expectedCash),
                        Optional.ofNullable(e.countedCash).map(total -> decode(e.closingCount, total)),
                        Optional.ofNullable(e.supplierBalanceClose).map(Money::rupiah), e.closeNote, e.forced));
        return new Shift(e.id, e.consoleId, e.openedAt, e.openedBy, decode(e.openingCount, e.openingFloat),
                Optional.ofNullable(e.supplierBalanceOpen).map(Money::rupiah), closing, e.version);
    }

    private static CashMovement toMovement(CashMovementEntity e) {
        return new CashMovement(e.id, e.shiftId, CashMovement.Kind.valueOf(e.kind), Money.rupiah(e.amount), e.reason, e.orderNumber, e.at,
                e.byWhom);
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
