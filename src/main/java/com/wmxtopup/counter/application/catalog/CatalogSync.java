package com.wmxtopup.counter.application.catalog;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.domain.Permission;
import com.wmxtopup.counter.application.port.CatalogSaveCancelledException;
import com.wmxtopup.counter.application.port.CatalogSyncRunRepository;
import com.wmxtopup.counter.application.port.PriceRuleRepository;
import com.wmxtopup.counter.application.port.ProductRepository;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.port.ProgressListener.Phase;
import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.application.port.SupplierAccountRepository;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import com.wmxtopup.counter.domain.Pricing;
import com.wmxtopup.counter.domain.Product;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Brings the local catalog in line with the supplier's: upserts products by SKU, marks the
/// ones that disappeared as REMOVED (kept for history, never sold), and reports what changed.
/// Either the whole sync is saved or nothing is: a supplier error, an empty answer, a database
/// error or a cancel leaves the previous catalog as it was. Every run is recorded.
public final class CatalogSync {

    /// How a sync ended.
    public sealed interface Result {
        CatalogSyncRun run();

        record Completed(CatalogDiff diff, CatalogSyncRun run) implements Result {
        }

        /// `supplierFailure` is set when the supplier call failed (what the UI explains).
        record Failed(CatalogSyncRun run, Optional<SupplierException.Kind> supplierFailure, Reason reason) implements Result {
        }

        record Cancelled(CatalogSyncRun run) implements Result {
        }

        /// Another sync (another screen, the worker or the REST API) is running in this process.
        record AlreadyRunning() implements Result {
            @Override
            public CatalogSyncRun run() {
                throw new IllegalStateException("no run: another sync was in progress");
            }
        }
    }

    /// Why a sync failed.
    public enum Reason {
        SUPPLIER,
        /// The supplier answered with no products at all: taken as a supplier problem, not as
        /// "everything was removed".
        EMPTY_CATALOG,
        DATABASE
    }

    private static final Logger log = LoggerFactory.getLogger(CatalogSync.class);

    private final TopUpSupplier supplier;
    private final ProductRepository products;
    private final PriceRuleRepository rules;
    private final SupplierAccountRepository accounts;
    private final CatalogSyncRunRepository runs;
    private final Clock clock;
    private final Audit audit;
    private final ReentrantLock running = new ReentrantLock();

    public CatalogSync(TopUpSupplier supplier, ProductRepository products, PriceRuleRepository rules,
            SupplierAccountRepository accounts, CatalogSyncRunRepository runs, Audit audit, Clock clock) {
        this.audit = audit;
        this.supplier = supplier;
        this.products = products;
        this.rules = rules;
        this.accounts = accounts;
        this.runs = runs;
        this.clock = clock;
    }

    /// Runs one sync on the calling thread (never the FX thread) for `operator` (an admin, a REST
    /// integration, or the console's own schedule), who is recorded with the run and in the audit log.
    public Result run(Operator operator, ProgressListener progress) {
        operator.require(Permission.MANAGE_CATALOG);
        String triggeredBy = operator.describe();
        if (!running.tryLock()) {
            return new Result.AlreadyRunning();
        }
        try {
            return runLocked(operator, triggeredBy, progress);
        } finally {
            running.unlock();
        }
    }

    public boolean isRunning() {
        return running.isLocked();
    }

    /// The most recent recorded run, if any.
    public Optional<CatalogSyncRun> lastRun() {
        return runs.recent(1).stream().findFirst();
    }

    private Result runLocked(Operator operator, String triggeredBy, ProgressListener progress) {
        Instant started = clock.instant();
        progress.progress(Phase.FETCHING, 0, 0);
        SupplierAccount account;
        List<Product> fetched;
        try {
            account = supplier.account();
            accounts.save(account, clock.instant());
            fetched = supplier.products(Optional.empty());
        } catch (SupplierException e) {
            log.warn("Catalog sync failed at the supplier ({}): {}", e.kind(), e.getMessage());
            var run = record(started, triggeredBy, CatalogSyncRun.Outcome.FAILED, null,
                    "supplier: " + e.kind() + (e.supplierMessage().isEmpty() ? "" : " — " + e.supplierMessage()));
            return new Result.Failed(run, Optional.of(e.kind()), Reason.SUPPLIER);
        }
        if (progress.isCancelled()) {
            return new Result.Cancelled(record(started, triggeredBy, CatalogSyncRun.Outcome.CANCELLED, null, ""));
        }
        if (fetched.isEmpty()) {
            var run = record(started, triggeredBy, CatalogSyncRun.Outcome.FAILED, null,
                    "the supplier listed no products; the catalog was left unchanged");
            return new Result.Failed(run, Optional.empty(), Reason.EMPTY_CATALOG);
        }

        progress.progress(Phase.COMPARING, 0, 0);
        List<Product> unique = uniqueBySku(fetched);
        Pricing pricing = new Pricing(rules.findAll(), account.level());
        CatalogDiff diff = CatalogDiff.between(products.findAll(), unique, account.level(), pricing::quote);

        try {
            products.saveCatalog(unique, diff.removed().stream().map(Product::sku).toList(), clock.instant(), progress);
        } catch (CatalogSaveCancelledException e) {
            return new Result.Cancelled(record(started, triggeredBy, CatalogSyncRun.Outcome.CANCELLED, null, ""));
        } catch (RuntimeException e) {
            log.error("Catalog sync could not be saved; the previous catalog is unchanged", e);
            var run = record(started, triggeredBy, CatalogSyncRun.Outcome.FAILED, null, "database: " + e.getMessage());
            return new Result.Failed(run, Optional.empty(), Reason.DATABASE);
        }
        progress.progress(Phase.DONE, unique.size(), unique.size());
        var run = record(started, triggeredBy, CatalogSyncRun.Outcome.SUCCESS, diff, "");
        log.info("Catalog synced: {} products, {} added, {} updated, {} removed, {} price changes, {} below cost",
                diff.total(), diff.added().size(), diff.updated(), diff.removed().size(), diff.priceChanged(), diff.belowCost().size());
        audit.record(operator, AuditAction.CATALOG_SYNCED, diff.total() + " products", diff.added().size() + " added, "
                + diff.removed().size() + " removed, " + diff.priceChanged() + " price changes, " + diff.belowCost().size()
                + " below cost");
        return new Result.Completed(diff, run);
    }

    private static List<Product> uniqueBySku(List<Product> fetched) {
        Map<String, Product> bySku = new LinkedHashMap<>();
        fetched.forEach(p -> bySku.put(p.sku(), p));
        return List.copyOf(bySku.values());
    }

    private CatalogSyncRun record(Instant started, String triggeredBy, CatalogSyncRun.Outcome outcome, CatalogDiff diff, String error) {
        var duration = Duration.between(started, clock.instant());
        var run = diff == null
                ? new CatalogSyncRun(null, started, duration, triggeredBy, outcome, 0, 0, 0, 0, 0, error)
                : new CatalogSyncRun(null, started, duration, triggeredBy, outcome, diff.total(), diff.added().size(), diff.updated(),
                        diff.removed().size(), diff.priceChanged(), error);
        try {
            return runs.save(run);
        } catch (RuntimeException e) {
            log.error("Could not record the catalog sync run", e);
            return run;
        }
    }
}
