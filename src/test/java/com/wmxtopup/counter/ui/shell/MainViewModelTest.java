package com.wmxtopup.counter.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.ConsoleStatus;
import com.wmxtopup.counter.application.DatabaseKind;
import com.wmxtopup.counter.application.port.BackgroundJobs;
import com.wmxtopup.counter.application.port.PaymentNotificationLog;
import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.application.port.SupplierAccountRepository;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.wmxtopup.counter.application.HealthService;
import com.wmxtopup.counter.application.RuntimeMode;
import com.wmxtopup.counter.application.SystemInfo;
import com.wmxtopup.counter.application.port.DatabaseHealth;
import com.wmxtopup.counter.support.SameThreadTaskRunner;
import com.wmxtopup.counter.ui.common.I18n;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/// The view model alone, with a same-thread task runner: no window, no FX thread.
class MainViewModelTest {

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    // A port implementation whose answer the test controls; the real one is tested in persistence.
    private final DatabaseHealth database = databaseUp::get;
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final I18n i18n = new I18n(I18n.INDONESIAN);
    private List<BackgroundJobs.JobState> jobs = List.of();
    /// An in-memory account store for this view-model test; the real one is tested in persistence.
    private final SupplierAccountRepository accounts = new SupplierAccountRepository() {
        private Optional<Snapshot> latest = Optional.empty();

        @Override
        public Optional<Snapshot> latest() {
            return latest;
        }

        @Override
        public void save(SupplierAccount account, Instant checkedAt) {
            latest = Optional.of(new Snapshot(account, checkedAt));
        }
    };

    private Optional<Instant> lastNotification = Optional.empty();
    /// Only the newest arrival matters to the status bar; the real log is tested with the webhook.
    private final PaymentNotificationLog notifications = new PaymentNotificationLog() {
        @Override
        public boolean recordOnce(Entry entry) {
            lastNotification = Optional.of(entry.receivedAt());
            return true;
        }

        @Override
        public void updateOutcome(String dedupeKey, Outcome outcome) {
        }

        @Override
        public Optional<Instant> lastReceivedAt() {
            return lastNotification;
        }

        @Override
        public java.util.List<Entry> forOrder(String orderNumber) {
            return java.util.List.of();
        }
    };

    private MainViewModel viewModel(RuntimeMode mode, DatabaseKind kind) {
        return viewModel(mode, kind, com.wmxtopup.counter.domain.ShopZone.WIB);
    }

    private MainViewModel viewModel(RuntimeMode mode, DatabaseKind kind, com.wmxtopup.counter.domain.ShopZone zone) {
        var info = new SystemInfo("1.0.0", mode, mode == RuntimeMode.DEMO ? "--demo given" : "credentials configured", kind,
                kind == DatabaseKind.H2 ? "/data/db/wmx-topup.mv.db" : "db.local:5432/wmx", Path.of("/data"), zone);
        return new MainViewModel(info, new ConsoleStatus(new HealthService(database, mode), accounts, notifications, () -> jobs, "orders"),
                Optional.empty(), tasks, i18n);
    }

    @Test
    void aRestrictedSectionOpensOnlyWhileAllowedAndIsLeftWhenTheRightGoes() {
        var vm = viewModel(RuntimeMode.DEMO, DatabaseKind.H2);
        var mayReadReports = new javafx.beans.property.SimpleBooleanProperty(true);
        vm.restrict(Section.REPORTS, mayReadReports);
        vm.open(Section.REPORTS);
        assertThat(vm.sectionProperty().get()).isEqualTo(Section.REPORTS);

        mayReadReports.set(false);
        assertThat(vm.sectionProperty().get()).isEqualTo(Section.COUNTER);
        assertThat(vm.allowedProperty(Section.REPORTS).get()).isFalse();
        vm.open(Section.REPORTS);
        assertThat(vm.sectionProperty().get()).isEqualTo(Section.COUNTER);
        assertThat(vm.allowedProperty(Section.ORDERS).get()).isTrue();
        vm.open(Section.ORDERS);
        assertThat(vm.sectionProperty().get()).isEqualTo(Section.ORDERS);

        mayReadReports.set(true);
        vm.open(Section.REPORTS);
        assertThat(vm.sectionProperty().get()).isEqualTo(Section.REPORTS);
    }

    @Test
    void statusBarDescribesADemoInstanceOnH2() {
        var vm = viewModel(RuntimeMode.DEMO, DatabaseKind.H2);
        assertThat(vm.isDemo()).isTrue();
        assertThat(vm.modeBadgeProperty().get()).isEqualTo("MODE DEMO");
        assertThat(vm.modeTooltipProperty().get()).contains("--demo given");
        assertThat(vm.databaseTextProperty().get()).isEqualTo("Database: H2 tertanam (/data/db/wmx-topup.mv.db)");
        assertThat(vm.dataDirectoryTextProperty().get()).isEqualTo("Folder data: /data");
        assertThat(vm.versionTextProperty().get()).isEqualTo("Versi 1.0.0");
        assertThat(vm.databaseStateProperty().get()).isEqualTo(MainViewModel.DatabaseState.CHECKING);
    }

    @Test
    void statusBarDescribesALiveInstanceOnPostgresql() {
        var vm = viewModel(RuntimeMode.LIVE, DatabaseKind.POSTGRESQL);
        assertThat(vm.isDemo()).isFalse();
        assertThat(vm.modeBadgeProperty().get()).isEqualTo("LIVE");
        assertThat(vm.databaseTextProperty().get()).isEqualTo("Database: PostgreSQL (db.local:5432/wmx)");
    }

    @Test
    void databaseCheckRunsInTheBackgroundAndFollowsTheDatabase() {
        var vm = viewModel(RuntimeMode.DEMO, DatabaseKind.H2);
        vm.refreshStatus();
        assertThat(tasks.started()).isEqualTo(1);
        assertThat(vm.databaseStateProperty().get()).isEqualTo(MainViewModel.DatabaseState.UP);
        assertThat(vm.databaseStateTextProperty().get()).isEqualTo("terhubung");

        databaseUp.set(false);
        vm.refreshStatus();
        assertThat(vm.databaseStateProperty().get()).isEqualTo(MainViewModel.DatabaseState.DOWN);
        assertThat(vm.databaseStateTextProperty().get()).startsWith("TIDAK TERHUBUNG");
        assertThat(vm.checkingProperty().get()).isFalse();
    }

    @Test
    void switchingLanguageRewritesEveryText() {
        var vm = viewModel(RuntimeMode.DEMO, DatabaseKind.H2);
        vm.refreshStatus();
        vm.switchLanguage(I18n.ENGLISH);
        assertThat(vm.modeBadgeProperty().get()).isEqualTo("DEMO MODE");
        assertThat(vm.databaseTextProperty().get()).isEqualTo("Database: embedded H2 (/data/db/wmx-topup.mv.db)");
        assertThat(vm.databaseStateTextProperty().get()).isEqualTo("connected");
        assertThat(vm.dataDirectoryTextProperty().get()).isEqualTo("Data folder: /data");
    }

    @Test
    void statusBarShowsBalanceAndSyncStateAndWarns() {
        var vm = viewModel(RuntimeMode.DEMO, DatabaseKind.H2);
        vm.refreshStatus();
        assertThat(vm.balanceTextProperty().get()).isEqualTo("Saldo VIP: belum diketahui");
        assertThat(vm.syncTextProperty().get()).isEqualTo("Sinkron: menunggu");

        accounts.save(new SupplierAccount("Toko", "toko", Money.rupiah(479_500), PriceLevel.BASIC), Instant.EPOCH);
        Instant pass = Instant.parse("2026-11-24T03:15:30Z");
        jobs = List.of(new BackgroundJobs.JobState("orders", Optional.of(pass), Optional.of(pass.plusSeconds(15)), Optional.empty()));
        vm.refreshStatus();
        assertThat(vm.balanceTextProperty().get()).isEqualTo("Saldo VIP: Rp 479.500");
        assertThat(vm.balanceLowProperty().get()).isFalse();
        assertThat(vm.syncTextProperty().get()).isEqualTo("Sinkron: 10:15:30 WIB");
        assertThat(vm.syncFailingProperty().get()).isFalse();

        accounts.save(new SupplierAccount("Toko", "toko", Money.rupiah(99_000), PriceLevel.BASIC), Instant.EPOCH);
        jobs = List.of(new BackgroundJobs.JobState("orders", Optional.of(pass), Optional.empty(), Optional.of("IllegalStateException: x")));
        vm.refreshStatus();
        assertThat(vm.balanceLowProperty().get()).isTrue();
        assertThat(vm.syncFailingProperty().get()).isTrue();
        assertThat(vm.syncTextProperty().get()).startsWith("Sinkron GAGAL 10:15:30 WIB");
        vm.switchLanguage(I18n.ENGLISH);
        assertThat(vm.balanceTextProperty().get()).isEqualTo("VIP balance: Rp 99.000");
    }

    @Test
    void aShopInPapuaSeesItsOwnTimeWithItsLabel() {
        var vm = viewModel(RuntimeMode.LIVE, DatabaseKind.H2, com.wmxtopup.counter.domain.ShopZone.WIT);
        Instant pass = Instant.parse("2026-11-24T15:30:00Z");
        jobs = List.of(new BackgroundJobs.JobState("orders", Optional.of(pass), Optional.empty(), Optional.empty()));
        lastNotification = Optional.of(pass);
        vm.refreshStatus();
        assertThat(vm.syncTextProperty().get()).isEqualTo("Sinkron: 00:30:00 WIT");
        assertThat(vm.webhookTextProperty().get()).isEqualTo("Webhook: 25/11 00:30 WIT");
    }

    @Test
    void statusBarSaysWhenTheLastPaymentNotificationArrived() {
        var vm = viewModel(RuntimeMode.LIVE, DatabaseKind.POSTGRESQL);
        vm.refreshStatus();
        assertThat(vm.webhookTextProperty().get()).isEqualTo("Webhook: belum ada");
        lastNotification = Optional.of(Instant.parse("2026-11-23T16:59:00Z"));
        vm.refreshStatus();
        assertThat(vm.webhookTextProperty().get()).isEqualTo("Webhook: 23/11 23:59 WIB");
        databaseUp.set(false);
        vm.refreshStatus();
        assertThat(vm.webhookTextProperty().get()).as("unknown while the database is down").isEqualTo("Webhook: ?");
    }

    @Test
    void demoCustomerPaysTheNewestWaitingQr() {
        var info = new SystemInfo("1.0.0", RuntimeMode.DEMO, "--demo given", DatabaseKind.H2, "/data/db", Path.of("/data"),
                com.wmxtopup.counter.domain.ShopZone.WIB);
        var waiting = new java.util.ArrayDeque<>(List.of("WMX-20261124-AAAA"));
        var vm = new MainViewModel(info,
                new ConsoleStatus(new HealthService(database, RuntimeMode.DEMO), accounts, notifications, () -> jobs, "orders"),
                Optional.of(() -> Optional.ofNullable(waiting.poll())), tasks, i18n);
        assertThat(vm.canSimulateCustomer()).isTrue();
        vm.customerPays();
        assertThat(vm.demoMessageProperty().get()).isEqualTo("Simulator membayar QR pesanan WMX-20261124-AAAA.");
        vm.customerPays();
        assertThat(vm.demoMessageProperty().get()).isEqualTo("Tidak ada QR yang menunggu pembayaran.");
        assertThat(viewModel(RuntimeMode.LIVE, DatabaseKind.H2).canSimulateCustomer()).isFalse();
    }

    /// Issue 12, item 9: "no QR waiting" stayed in the header after a new QR was shown. The
    /// answer is shown for a few seconds, follows the language meanwhile, and then goes.
    @Test
    void theDemoButtonsAnswerGoesAfterAFewSeconds() {
        var info = new SystemInfo("1.0.0", RuntimeMode.DEMO, "--demo given", DatabaseKind.H2, "/data/db", Path.of("/data"),
                com.wmxtopup.counter.domain.ShopZone.WIB);
        var vm = new MainViewModel(info,
                new ConsoleStatus(new HealthService(database, RuntimeMode.DEMO), accounts, notifications, () -> jobs, "orders"),
                Optional.of(Optional::empty), tasks, i18n);
        vm.customerPays();
        vm.customerPays(); // pressed twice: one timer, started again
        assertThat(vm.demoMessageProperty().get()).isEqualTo("Tidak ada QR yang menunggu pembayaran.");
        assertThat(tasks.periodicWork()).containsOnlyOnce("demo message");
        assertThat(MainViewModel.DEMO_MESSAGE_SHOWN_FOR).isBetween(java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(10));
        vm.switchLanguage(I18n.ENGLISH);
        assertThat(vm.demoMessageProperty().get()).isNotEmpty().isNotEqualTo("Tidak ada QR yang menunggu pembayaran.");

        tasks.tick(); // the few seconds have passed
        assertThat(vm.demoMessageProperty().get()).isEmpty();
        assertThat(tasks.periodicWork()).doesNotContain("demo message");
        vm.switchLanguage(I18n.INDONESIAN);
        assertThat(vm.demoMessageProperty().get()).as("gone stays gone").isEmpty();
    }

    @Test
    void navigationOpensSections() {
        var vm = viewModel(RuntimeMode.DEMO, DatabaseKind.H2);
        assertThat(vm.sectionProperty().get()).isEqualTo(Section.COUNTER);
        vm.open(Section.SETTINGS);
        assertThat(vm.sectionProperty().get()).isEqualTo(Section.SETTINGS);
    }
}
