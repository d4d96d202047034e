package com.wmxtopup.counter.application;

import com.wmxtopup.counter.application.port.BackgroundJobs;
import com.wmxtopup.counter.application.port.PaymentNotificationLog;
import com.wmxtopup.counter.application.port.SupplierAccountRepository;
import com.wmxtopup.counter.domain.Money;
import java.time.Instant;
import java.util.Optional;

/// Everything the always-visible status bar shows besides the static facts: database, supplier
/// balance, and the sync worker's last pass. One call reads it all (off the FX thread).
public final class ConsoleStatus {

    /// @param orderSync        the state of the order sync job (payments, fulfilment, reconciliation)
    /// @param lastNotification when the newest signed payment notification reached the webhook
    public record Snapshot(boolean databaseUp, Optional<Money> supplierBalance, Optional<Instant> balanceCheckedAt,
                           Optional<BackgroundJobs.JobState> orderSync, Optional<Instant> lastNotification) {
    }

    private final HealthService health;
    private final SupplierAccountRepository accounts;
    private final PaymentNotificationLog notifications;
    private final BackgroundJobs jobs;
    private final String orderSyncJob;
    private volatile Money lowBalance = DEFAULT_LOW_BALANCE;

    /// Below this supplier balance the status bar warns: a few sales would fail at the supplier.
    public static final Money DEFAULT_LOW_BALANCE = Money.rupiah(100_000);

    public ConsoleStatus(HealthService health, SupplierAccountRepository accounts, PaymentNotificationLog notifications,
            BackgroundJobs jobs, String orderSyncJob) {
        this.health = health;
        this.accounts = accounts;
        this.notifications = notifications;
        this.jobs = jobs;
        this.orderSyncJob = orderSyncJob;
    }

    /// The balance below which the status bar warns (`balance.low-threshold`).
    public Money lowBalanceThreshold() {
        return lowBalance;
    }

    /// Changed on the settings screen: applies at the status bar's next check.
    public void setLowBalanceThreshold(Money threshold) {
        lowBalance = java.util.Objects.requireNonNull(threshold);
    }

    public Snapshot snapshot() {
        boolean up = health.check().databaseUp();
        var account = up ? accounts.latest() : Optional.<SupplierAccountRepository.Snapshot>empty();
        var job = jobs.jobs().stream().filter(j -> j.name().equals(orderSyncJob)).findFirst();
        var lastNotification = up ? notifications.lastReceivedAt() : Optional.<Instant>empty();
        return new Snapshot(up, account.map(a -> a.account().balance()), account.map(SupplierAccountRepository.Snapshot::checkedAt), job,
                lastNotification);
    }
}
