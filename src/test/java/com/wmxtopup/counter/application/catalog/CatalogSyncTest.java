package com.wmxtopup.counter.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import com.wmxtopup.counter.sandbox.vip.CatalogItem;
import com.wmxtopup.counter.support.CatalogFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// Catalog sync against the VIP Reseller simulator over real HTTP, on a real H2 database.
class CatalogSyncTest {

    private CatalogFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private CatalogSync.Result.Completed syncOk() {
        var result = fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE);
        assertThat(result).isInstanceOf(CatalogSync.Result.Completed.class);
        return (CatalogSync.Result.Completed) result;
    }

    @Test
    void firstSyncAddsTheWholeCatalogAndRecordsTheRun() {
        fixture = new CatalogFixture();
        var phases = new ArrayList<ProgressListener.Phase>();
        var result = fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, new ProgressListener() {
            @Override
            public void progress(Phase phase, long done, long total) {
                phases.add(phase);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });

        var completed = (CatalogSync.Result.Completed) result;
        int listed = fixture.simulator.catalog().size();
        assertThat(listed).isGreaterThanOrEqualTo(150);
        assertThat(completed.diff().added()).hasSize(listed);
        assertThat(completed.diff().removed()).isEmpty();
        assertThat(completed.diff().updated()).isZero();
        assertThat(fixture.products.findAll()).hasSize(listed);
        assertThat(fixture.products.findBySku("MLB86-S1").orElseThrow().buyPrice(PriceLevel.BASIC)).isEqualTo(Money.rupiah(20_500));
        assertThat(fixture.products.findBySku("PB120000-S6").orElseThrow().status()).isEqualTo(ProductStatus.EMPTY);
        assertThat(fixture.accounts.latest().orElseThrow().account().balance()).isEqualTo(Money.rupiah(500_000));
        assertThat(phases).contains(ProgressListener.Phase.FETCHING, ProgressListener.Phase.COMPARING, ProgressListener.Phase.SAVING,
                ProgressListener.Phase.DONE);
        var run = fixture.runs.recent(1).getFirst();
        assertThat(run.outcome()).isEqualTo(CatalogSyncRun.Outcome.SUCCESS);
        assertThat(run.triggeredBy()).isEqualTo("Admin");
        assertThat(run.added()).isEqualTo(listed);
        assertThat(run.total()).isEqualTo(listed);
        // Selling prices follow the default rule (5 %, rounded up to Rp 100): 20.500 → 21.600.
        assertThat(fixture.catalog.quote("MLB86-S1").orElseThrow().sell()).isEqualTo(Money.rupiah(21_600));
    }

    @Test
    void secondSyncReportsExactlyWhatChanged() {
        fixture = new CatalogFixture();
        syncOk();
        var sim = fixture.simulator;
        CatalogItem ml86 = sim.catalogItem("MLB86-S1").orElseThrow();
        CatalogItem ml172 = sim.catalogItem("MLB172-S1").orElseThrow();
        CatalogItem someFreeFire = sim.catalog().stream().filter(i -> i.game().equals("Free Fire") && i.available()).findFirst()
                .orElseThrow();
        CatalogItem toRemove = sim.catalog().stream().filter(i -> i.game().equals("Valorant")).findFirst().orElseThrow();
        CatalogItem emptyNow = sim.catalogItem("PB120000-S6").orElseThrow();

        // A fixed selling price that the supplier is about to overtake.
        fixture.rules.save(PriceRule.fixedPrice("MLB172-S1", Money.rupiah(41_000)));
        sim.putCatalogItem(ml86.withPrices(21_000, 20_800, 20_650));
        sim.putCatalogItem(ml172.withPrices(41_500, 41_000, 40_700));
        sim.putCatalogItem(someFreeFire.withPrices(someFreeFire.basicPrice() - 200, someFreeFire.premiumPrice() - 200,
                someFreeFire.specialPrice() - 200).withAvailable(false));
        sim.removeCatalogItem(toRemove.code());
        sim.putCatalogItem(emptyNow.withAvailable(true));
        sim.putCatalogItem(new CatalogItem("MLB999-S1", "Mobile Legends B", "999 Diamonds", 230_000, 228_000, 226_000, "1", true));

        CatalogDiff diff = syncOk().diff();

        assertThat(diff.added()).extracting(Product::sku).containsExactly("MLB999-S1");
        assertThat(diff.removed()).extracting(Product::sku).containsExactly(toRemove.code());
        assertThat(diff.priceUp()).extracting(c -> c.after().sku()).containsExactlyInAnyOrder("MLB86-S1", "MLB172-S1");
        assertThat(diff.priceUp()).filteredOn(c -> c.after().sku().equals("MLB86-S1")).singleElement()
                .satisfies(c -> assertThat(c.deltaRupiah()).isEqualTo(500));
        assertThat(diff.priceDown()).extracting(c -> c.after().sku()).containsExactly(someFreeFire.code());
        assertThat(diff.becameUnavailable()).extracting(Product::sku).containsExactly(someFreeFire.code());
        assertThat(diff.becameAvailable()).extracting(Product::sku).containsExactly("PB120000-S6");
        assertThat(diff.belowCost()).extracting(q -> q.product().sku()).containsExactly("MLB172-S1");
        assertThat(diff.updated()).isEqualTo(4);
        assertThat(diff.total()).isEqualTo(sim.catalog().size());

        assertThat(fixture.products.findBySku(toRemove.code()).orElseThrow().status()).isEqualTo(ProductStatus.REMOVED);
        assertThat(fixture.catalog.priceList()).extracting(q -> q.product().sku()).doesNotContain(toRemove.code());
        PriceQuote blocked = fixture.catalog.quote("MLB172-S1").orElseThrow();
        assertThat(blocked.block()).isEqualTo(PriceQuote.Block.BELOW_COST);
        assertThat(blocked.isSellable()).isFalse();
        var run = fixture.runs.recent(1).getFirst();
        assertThat(run.added()).isEqualTo(1);
        assertThat(run.removed()).isEqualTo(1);
        assertThat(run.priceChanged()).isEqualTo(3);

        // Listed again after removal counts as added, not as a silent change.
        sim.putCatalogItem(toRemove);
        assertThat(syncOk().diff().added()).extracting(Product::sku).containsExactly(toRemove.code());
    }

    @Test
    void aSupplierFailureLeavesTheCatalogAsItWas() {
        fixture = new CatalogFixture();
        syncOk();
        List<Product> before = fixture.products.findAll();
        fixture.simulator.putCatalogItem(fixture.simulator.catalogItem("MLB86-S1").orElseThrow().withPrices(99_000, 99_000, 99_000));
        fixture.simulator.faults().apiMaintenance(true);

        var result = fixture.sync.run(com.wmxtopup.counter.application.access.Operator.SYSTEM, ProgressListener.NONE);

        assertThat(result).isInstanceOfSatisfying(CatalogSync.Result.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(CatalogSync.Reason.SUPPLIER);
            assertThat(failed.supplierFailure()).contains(SupplierException.Kind.MAINTENANCE);
            assertThat(failed.run().outcome()).isEqualTo(CatalogSyncRun.Outcome.FAILED);
            assertThat(failed.run().error()).contains("MAINTENANCE");
        });
        assertThat(fixture.products.findAll()).isEqualTo(before);
        assertThat(fixture.runs.recent(1).getFirst().outcome()).isEqualTo(CatalogSyncRun.Outcome.FAILED);
    }

    @Test
    void aSyncCancelledWhileSavingLeavesTheCatalogAsItWas() {
        fixture = new CatalogFixture(settings -> settings.withCatalogSize(3000));
        syncOk();
        List<Product> before = fixture.products.findAll();
        for (CatalogItem item : fixture.simulator.catalog()) {
            fixture.simulator
                    .putCatalogItem(item.withPrices(item.basicPrice() + 100, item.premiumPrice() + 100, item.specialPrice() + 100));
        }
        var savedSoFar = new long[1];
        var result = fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, new ProgressListener() {
            @Override
            public void progress(Phase phase, long done, long total) {
                if (phase == Phase.SAVING) {
                    savedSoFar[0] = done;
                }
            }

            @Override
            public boolean isCancelled() {
                return savedSoFar[0] >= 1000; // part-way through writing 3000 rows
            }
        });

        assertThat(result).isInstanceOf(CatalogSync.Result.Cancelled.class);
        assertThat(savedSoFar[0]).isBetween(1000L, 2999L);
        assertThat(fixture.products.findAll()).isEqualTo(before);
        assertThat(fixture.runs.recent(1).getFirst().outcome()).isEqualTo(CatalogSyncRun.Outcome.CANCELLED);
    }

    @Test
    void anEmptyAnswerIsNotTakenAsEverythingRemoved() {
        fixture = new CatalogFixture();
        syncOk();
        int listed = fixture.products.findAll().size();
        List.copyOf(fixture.simulator.catalog()).forEach(item -> fixture.simulator.removeCatalogItem(item.code()));

        var result = fixture.sync.run(com.wmxtopup.counter.application.access.Operator.SYSTEM, ProgressListener.NONE);

        assertThat(result).isInstanceOfSatisfying(CatalogSync.Result.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(CatalogSync.Reason.EMPTY_CATALOG));
        assertThat(fixture.products.findAll()).hasSize(listed).allMatch(p -> p.status() != ProductStatus.REMOVED);
    }

    @Test
    void onlyOneSyncRunsAtATime() throws Exception {
        fixture = new CatalogFixture();
        var fetching = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = CompletableFuture
                .supplyAsync(() -> fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, new ProgressListener() {
                    @Override
                    public void progress(Phase phase, long done, long total) {
                        if (phase == Phase.FETCHING) {
                            fetching.countDown();
                            try {
                                release.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                }));
        assertThat(fetching.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fixture.sync.isRunning()).isTrue();
        assertThat(fixture.sync.run(com.wmxtopup.counter.support.TestOperators.ADMIN, ProgressListener.NONE))
                .isInstanceOf(CatalogSync.Result.AlreadyRunning.class);
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isInstanceOf(CatalogSync.Result.Completed.class);
    }

    @Test
    void onlyAdminsSyncAndChangeMarginsAndEachIsAudited() {
        fixture = new CatalogFixture();
        var cashier = com.wmxtopup.counter.support.TestOperators.CASHIER;
        var admin = com.wmxtopup.counter.support.TestOperators.ADMIN;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.sync.run(cashier, ProgressListener.NONE))
                .isInstanceOf(com.wmxtopup.counter.application.access.NotPermittedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.catalog.saveRule(cashier,
                PriceRule.forGame("Mobile Legends", 1_000, Money.ZERO, 100)))
                .isInstanceOf(com.wmxtopup.counter.application.access.NotPermittedException.class);
        assertThat(fixture.auditLog.entries()).isEmpty();

        fixture.sync.run(admin, ProgressListener.NONE);
        fixture.catalog.saveRule(admin, PriceRule.forGame("Mobile Legends", 1_050, Money.rupiah(500), 100));
        fixture.catalog.saveRule(admin, PriceRule.forGame("Mobile Legends", 1_200, Money.rupiah(500), 100));

        assertThat(fixture.auditLog.of(com.wmxtopup.counter.application.audit.AuditAction.CATALOG_SYNCED)).singleElement()
                .satisfies(e -> assertThat(e.who()).isEqualTo("Admin"));
        assertThat(fixture.auditLog.of(com.wmxtopup.counter.application.audit.AuditAction.MARGIN_CHANGED))
                .extracting(e -> e.subject() + ": " + e.detail())
                .containsExactly("GAME:mobile legends: — → 10.50 % + 500, step 100",
                        "GAME:mobile legends: 10.50 % + 500, step 100 → 12.00 % + 500, step 100");
    }
}
