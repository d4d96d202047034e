package com.wmxtopup.counter.application.shift;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.port.ShiftRepository;
import com.wmxtopup.counter.application.port.SupplierAccountRepository;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import com.wmxtopup.counter.domain.CashCount;
import com.wmxtopup.counter.domain.CashMovement;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.domain.Shift;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The drawer's shifts on this console: open with a float, move cash in and out, look at the
/// X report, close with the counted cash (or, for an admin, force-close a shift someone left
/// open). Reads the supplier balance at open and close: blocking, never on the FX thread.
public final class Shifts implements CashDrawer {

    /// Why a shift action did not happen.
    public enum Refusal {
        /// This console has an open shift already (see [Outcome.Refused#open]).
        ALREADY_OPEN,
        /// No shift is open on this console.
        NO_OPEN_SHIFT,
        /// The shift is closed already (by someone else meanwhile).
        NOT_OPEN,
        /// A payout, bank drop, cash-in or forced close needs a reason.
        REASON_REQUIRED,
        /// The amount must be more than zero.
        AMOUNT_REQUIRED,
        /// Taking that much out would leave less than nothing in the drawer.
        MORE_THAN_IN_DRAWER,
        /// No such shift.
        NOT_FOUND
    }

    public sealed interface Outcome {
        record Done(Shift shift) implements Outcome {
        }

        /// @param open the shift that stands in the way (for [Refusal#ALREADY_OPEN])
        record Refused(Refusal reason, Optional<Shift> open) implements Outcome {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Shifts.class);
    private static final int REASON_LIMIT = 500;

    private final ShiftRepository shifts;
    private final ShiftReports reports;
    private final TopUpSupplier supplier;
    private final SupplierAccountRepository accounts;
    private final Audit audit;
    private final String consoleId;
    private final Clock clock;

    public Shifts(ShiftRepository shifts, ShiftReports reports, TopUpSupplier supplier, SupplierAccountRepository accounts, Audit audit,
            String consoleId, Clock clock) {
        this.shifts = shifts;
        this.reports = reports;
        this.supplier = supplier;
        this.accounts = accounts;
        this.audit = audit;
        this.consoleId = Objects.requireNonNull(consoleId, "consoleId");
        this.clock = clock;
    }

    /// The shift open on this console (for the status bar and the Kas screen; no permission needed).
    public Optional<Shift> current() {
        return shifts.openOn(consoleId);
    }

    public String consoleId() {
        return consoleId;
    }

    @Override
    public Optional<Long> openShiftId() {
        return current().map(Shift::id);
    }

    /// Opens this console's drawer with `openingFloat`. Waits for nobody: a shift still open
    /// here is refused ([Refusal#ALREADY_OPEN]) until it is closed or force-closed.
    public Outcome open(Operator acting, CashCount openingFloat) {
        acting.require(Permission.RUN_SHIFT);
        Optional<Shift> already = current();
        if (already.isPresent()) {
            return new Outcome.Refused(Refusal.ALREADY_OPEN, already);
        }
        Shift opening = Shift.opening(consoleId, clock.instant(), acting.describe(), openingFloat, supplierBalance());
        Optional<Shift> opened = shifts.open(opening);
        if (opened.isEmpty()) {
            // Another process on this console's data opened one between the check and the insert.
            return new Outcome.Refused(Refusal.ALREADY_OPEN, current());
        }
        audit.record(acting, AuditAction.SHIFT_OPENED, shiftSubject(opened.get()), "float " + openingFloat.total().rupiah());
        return new Outcome.Done(opened.get());
    }

    /// Records cash put in, paid out or taken to the bank during the open shift. A reason is
    /// required: the Z report lists every movement with it.
    public Outcome moveCash(Operator acting, CashMovement.Kind kind, Money amount, String reason) {
        acting.require(Permission.RUN_SHIFT);
        if (kind == CashMovement.Kind.REFUND) {
            throw new IllegalArgumentException("refunds are recorded by settling the order");
        }
        if (amount.rupiah() <= 0) {
            return new Outcome.Refused(Refusal.AMOUNT_REQUIRED, Optional.empty());
        }
        if (reason == null || reason.isBlank()) {
            return new Outcome.Refused(Refusal.REASON_REQUIRED, Optional.empty());
        }
        Optional<Shift> open = current();
        if (open.isEmpty()) {
            return new Outcome.Refused(Refusal.NO_OPEN_SHIFT, Optional.empty());
        }
        if (kind.sign() < 0 && reports.expectedCash(open.get()).isLessThan(amount)) {
            return new Outcome.Refused(Refusal.MORE_THAN_IN_DRAWER, open);
        }
        shifts.addMovement(new CashMovement(null, open.get().id(), kind, amount, cut(reason), "", clock.instant(), acting.describe()));
        audit.record(acting, AuditAction.CASH_MOVED, shiftSubject(open.get()), kind + " " + amount.rupiah() + ": " + cut(reason));
        return new Outcome.Done(open.get());
    }

    @Override
    public boolean handBack(Operator by, String orderNumber, Money amount, String reason) {
        Optional<Shift> open = current();
        if (open.isEmpty()) {
            return false;
        }
        shifts.addMovement(new CashMovement(null, open.get().id(), CashMovement.Kind.REFUND, amount, cut(reason), orderNumber,
                clock.instant(), by.describe()));
        return true;
    }

    /// The X report of this console's open shift: the figures so far, nothing closed.
    public Optional<ShiftReport> xReport(Operator acting) {
        acting.require(Permission.RUN_SHIFT);
        return current().map(shift -> reports.of(shift, ShiftReport.Kind.X, Optional.empty()));
    }

    /// Closes this console's open shift with the cash counted in the drawer; the result's shift
    /// carries the expected cash and the variance, and [#report] gives its Z report.
    public Outcome close(Operator acting, CashCount counted, String note) {
        acting.require(Permission.RUN_SHIFT);
        Optional<Shift> open = current();
        if (open.isEmpty()) {
            return new Outcome.Refused(Refusal.NO_OPEN_SHIFT, Optional.empty());
        }
        return closeShift(acting, open.get(), Optional.of(counted), note, false, AuditAction.SHIFT_CLOSED);
    }

    /// Closes a shift someone left open (on any console) without a count, so that its console can
    /// open a new one. The reason is kept on the shift and in the audit log; its Z report shows
    /// the expected cash and no count.
    public Outcome forceClose(Operator acting, long shiftId, String reason) {
        acting.require(Permission.MANAGE_SHIFTS);
        if (reason == null || reason.isBlank()) {
            return new Outcome.Refused(Refusal.REASON_REQUIRED, Optional.empty());
        }
        Optional<Shift> found = shifts.find(shiftId);
        if (found.isEmpty()) {
            return new Outcome.Refused(Refusal.NOT_FOUND, Optional.empty());
        }
        if (!found.get().isOpen()) {
            return new Outcome.Refused(Refusal.NOT_OPEN, found);
        }
        return closeShift(acting, found.get(), Optional.empty(), reason, true, AuditAction.SHIFT_FORCE_CLOSED);
    }

    private Outcome closeShift(Operator acting, Shift shift, Optional<CashCount> counted, String note, boolean forced,
            AuditAction action) {
        Money expected = reports.expectedCash(shift);
        var closing = new Shift.Closing(clock.instant(), acting.describe(), expected, counted, supplierBalance(), cut(note), forced);
        if (!shifts.close(shift.id(), shift.version(), closing)) {
            return new Outcome.Refused(Refusal.NOT_OPEN, shifts.find(shift.id()));
        }
        Shift closed = shifts.find(shift.id()).orElseThrow();
        audit.record(acting, action, shiftSubject(closed), "expected " + expected.rupiah()
                + counted.map(c -> ", counted " + c.total().rupiah() + ", variance " + closing.variance().orElseThrow()).orElse("")
                + (closing.note().isEmpty() ? "" : ": " + closing.note()));
        return new Outcome.Done(closed);
    }

    /// The X report of an open shift or the Z report of a closed one. Cashiers read this
    /// console's shifts; other consoles' need [Permission#MANAGE_SHIFTS].
    public Optional<ShiftReport> report(Operator acting, long shiftId) {
        Optional<Shift> shift = shifts.find(shiftId);
        if (shift.isPresent() && shift.get().consoleId().equals(consoleId)) {
            acting.require(Permission.RUN_SHIFT);
        } else {
            acting.require(Permission.MANAGE_SHIFTS);
        }
        return shift.map(s -> reports.of(s, s.isOpen() ? ShiftReport.Kind.X : ShiftReport.Kind.Z, Optional.empty()));
    }

    /// Every console's latest shifts, newest first.
    public List<Shift> history(Operator acting, int limit) {
        acting.require(Permission.MANAGE_SHIFTS);
        return shifts.recent(limit);
    }

    /// The shifts open now on every console (for a forced close).
    public List<Shift> openEverywhere(Operator acting) {
        acting.require(Permission.MANAGE_SHIFTS);
        return shifts.open();
    }

    /// The supplier's balance now, or empty when it does not answer (the report then says the
    /// balance was not read, rather than reconciling against a stale one).
    private Optional<Money> supplierBalance() {
        try {
            var account = supplier.account();
            accounts.save(account, clock.instant());
            return Optional.of(account.balance());
        } catch (SupplierException e) {
            log.warn("Supplier balance not read for the shift ({}): {}", e.kind(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String shiftSubject(Shift shift) {
        return "shift " + shift.id() + " @ " + shift.consoleId();
    }

    private static String cut(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() > REASON_LIMIT ? stripped.substring(0, REASON_LIMIT) : stripped;
    }
}
