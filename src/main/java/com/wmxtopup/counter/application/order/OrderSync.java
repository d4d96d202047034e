package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.SupplierAccountRepository;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One pass of the background sync over orders: interrupted checkouts, payments, fulfilment,
/// supplier status, reconciliation — in that order, so a payment found by polling is sent in the
/// same pass.
public final class OrderSync {

    /// What a pass did, for the REST API and the status bar.
    public record Summary(int paymentsChecked, int paid, int closedUnpaid, int dispatched, int finished, int reconciled) {
    }

    private static final Logger log = LoggerFactory.getLogger(OrderSync.class);

    private final ChargeRecovery charges;
    private final PaymentPolling payments;
    private final Fulfilment fulfilment;
    private final TopUpSupplier supplier;
    private final SupplierAccountRepository accounts;
    private final Clock clock;
    private final AtomicBoolean balanceStale = new AtomicBoolean();

    public OrderSync(ChargeRecovery charges, PaymentPolling payments, Fulfilment fulfilment, TopUpSupplier supplier,
            SupplierAccountRepository accounts, Clock clock) {
        this.charges = charges;
        this.payments = payments;
        this.fulfilment = fulfilment;
        this.supplier = supplier;
        this.accounts = accounts;
        this.clock = clock;
    }

    /// Runs a whole pass; each step runs even when an earlier one failed.
    public synchronized Summary pass() {
        PaymentPolling.Pass polled = new PaymentPolling.Pass(0, 0, 0);
        int dispatched = 0;
        int finished = 0;
        int reconciled = 0;
        try {
            charges.recover();
        } catch (RuntimeException e) {
            log.error("Recovering interrupted checkouts failed", e);
        }
        try {
            polled = payments.poll();
        } catch (RuntimeException e) {
            log.error("Payment polling failed", e);
        }
        try {
            dispatched = fulfilment.dispatchDue();
        } catch (RuntimeException e) {
            log.error("Dispatching paid orders failed", e);
        }
        try {
            finished = fulfilment.pollProcessing();
        } catch (RuntimeException e) {
            log.error("Polling the supplier failed", e);
        }
        try {
            reconciled = fulfilment.reconcile();
        } catch (RuntimeException e) {
            log.error("Reconciliation failed", e);
        }
        boolean stale = balanceStale.getAndSet(false); // read first: `||` would leave it set
        if (stale || dispatched > 0 || finished > 0) {
            refreshBalance(); // an order took money from the supplier account, or a failed one gave it back
        }
        return new Summary(polled.checked(), polled.paid(), polled.closed(), dispatched, finished, reconciled);
    }

    /// What is in flight without anyone holding it (a dead console run's checkout or supplier
    /// request, an unknown supplier outcome that is due for a look-up), settled soon whatever
    /// the sync interval: run every few seconds. Cheap when there is nothing: two indexed reads.
    public synchronized int recoverInFlight() {
        int settled = 0;
        try {
            settled += charges.recover();
        } catch (RuntimeException e) {
            log.error("Recovering interrupted checkouts failed", e);
        }
        try {
            int reconciled = fulfilment.reconcileInFlight();
            settled += reconciled;
            if (reconciled > 0) {
                settled += dispatchNow(); // found absent → PAID again: send it now
            }
        } catch (RuntimeException e) {
            log.error("Reconciling orders in flight failed", e);
        }
        return settled;
    }

    /// Sends paid orders now (the fast path after a payment). The balance they took is read at
    /// the next pass, not here: the next payment's dispatch must not wait behind it.
    public synchronized int dispatchNow() {
        int sent = fulfilment.dispatchDue();
        if (sent > 0) {
            balanceStale.set(true);
        }
        return sent;
    }

    /// An order reached the supplier elsewhere (the fulfilment worker): the balance it took is read
    /// at the next pass.
    public void balanceTaken() {
        balanceStale.set(true);
    }

    /// Reads the supplier balance and remembers it (checkout refuses sales it cannot cover).
    public void refreshBalance() {
        try {
            accounts.save(supplier.account(), clock.instant());
        } catch (SupplierException e) {
            log.warn("Supplier balance not refreshed ({}): {}", e.kind(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Supplier balance not stored", e);
        }
    }
}
