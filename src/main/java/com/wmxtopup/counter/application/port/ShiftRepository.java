package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.CashMovement;
import com.wmxtopup.counter.domain.Shift;
import java.util.List;
import java.util.Optional;

/// The drawers' shifts and the cash moved in and out of them. Shared by every console on one
/// PostgreSQL: each console has at most one open shift, kept so by the database.
public interface ShiftRepository {

    /// Stores `shift` as open; empty when its console already has an open shift (also one opened
    /// a moment ago by another process).
    Optional<Shift> open(Shift shift);

    Optional<Shift> openOn(String consoleId);

    Optional<Shift> find(long id);

    /// Closes shift `id` if it is still open at `version`; false when it changed meanwhile.
    boolean close(long id, long version, Shift.Closing closing);

    /// Appends a movement to its (open) shift.
    CashMovement addMovement(CashMovement movement);

    /// The movements of `shiftId`, oldest first.
    List<CashMovement> movements(long shiftId);

    /// Shifts of every console, newest first.
    List<Shift> recent(int limit);

    /// The shifts open now on every console.
    List<Shift> open();
}
