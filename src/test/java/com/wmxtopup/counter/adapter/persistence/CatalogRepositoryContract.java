package com.wmxtopup.counter.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wmxtopup.counter.application.catalog.CatalogSyncRun;
import com.wmxtopup.counter.application.port.CatalogSaveCancelledException;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.application.port.SupplierAccount;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.OrderFixtures;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Catalog storage (products, margin rules, account snapshot, sync log) on each database.
abstract class CatalogRepositoryContract {

    private Database database;
    private JdbcProductRepository products;
    private JdbcPriceRuleRepository rules;
    private JdbcSupplierAccountRepository accounts;
    private JdbcCatalogSyncRunRepository runs;

    protected abstract DatabaseSettings newDatabase();

    @BeforeEach
    void open() {
        database = Database.open(newDatabase());
        var clock = Clock.fixed(OrderFixtures.T0, ZoneOffset.UTC);
        products = new JdbcProductRepository(database.jdbc());
        rules = new JdbcPriceRuleRepository(database.jdbc(), clock);
        accounts = new JdbcSupplierAccountRepository(database.jdbc());
        runs = new JdbcCatalogSyncRunRepository(database.jdbc());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Product product(int i, long price) {
        return new Product(String.format("SKU%05d", i), "Game " + (i % 7), "Item " + i,
                Map.of(PriceLevel.BASIC, Money.rupiah(price)), ProductStatus.AVAILABLE, OrderFixtures.T0);
    }

    @Test
    void aFreshDatabaseHasTheDefaultMarginRule() {
        assertThat(rules.findAll()).containsExactly(PriceRule.defaultRule(500, Money.ZERO, 100));
    }

    @Test
    void rulesAreReplacedPerTargetAndDeleted() {
        rules.save(PriceRule.defaultRule(1000, Money.rupiah(200), 500));
        rules.save(PriceRule.forGame("Free Fire", 300, Money.ZERO, 100));
        rules.save(PriceRule.forGame("FREE FIRE", 400, Money.ZERO, 100));
        rules.save(PriceRule.fixedPrice("MLB86-S1", Money.rupiah(21_000)));

        assertThat(rules.findAll()).containsExactlyInAnyOrder(
                PriceRule.defaultRule(1000, Money.rupiah(200), 500),
                PriceRule.forGame("FREE FIRE", 400, Money.ZERO, 100),
                PriceRule.fixedPrice("MLB86-S1", Money.rupiah(21_000)));

        rules.delete(PriceRule.Scope.GAME, "free fire");
        assertThat(rules.findAll()).extracting(PriceRule::scope).containsExactlyInAnyOrder(PriceRule.Scope.DEFAULT,
                PriceRule.Scope.PRODUCT);
    }

    @Test
    void accountSnapshotKeepsTheLatest() {
        assertThat(accounts.latest()).isEmpty();
        accounts.save(new SupplierAccount("Toko", "toko", Money.rupiah(500_000), PriceLevel.BASIC), OrderFixtures.T0);
        accounts.save(new SupplierAccount("Toko", "toko", Money.rupiah(479_500), PriceLevel.PREMIUM), OrderFixtures.T0.plusSeconds(5));
        var latest = accounts.latest().orElseThrow();
        assertThat(latest.account().balance()).isEqualTo(Money.rupiah(479_500));
        assertThat(latest.account().level()).isEqualTo(PriceLevel.PREMIUM);
        assertThat(latest.checkedAt()).isEqualTo(OrderFixtures.T0.plusSeconds(5));
    }

    @Test
    void syncRunsAreLoggedNewestFirst() {
        runs.save(new CatalogSyncRun(null, OrderFixtures.T0, Duration.ofMillis(1200), "admin", CatalogSyncRun.Outcome.SUCCESS,
                180, 180, 0, 0, 0, ""));
        runs.save(new CatalogSyncRun(null, OrderFixtures.T0.plusSeconds(60), Duration.ofMillis(300), "sync worker",
                CatalogSyncRun.Outcome.FAILED, 0, 0, 0, 0, 0, "x".repeat(1500)));
        var recent = runs.recent(10);
        assertThat(recent).extracting(CatalogSyncRun::triggeredBy).containsExactly("sync worker", "admin");
        assertThat(recent.getFirst().error()).hasSize(1000);
        assertThat(recent.get(1).duration()).isEqualTo(Duration.ofMillis(1200));
        assertThat(recent.get(1).id()).isNotNull();
    }

    @Test
    void savingACatalogUpsertsAndMarksRemovedInOneGo() {
        products.saveCatalog(List.of(product(1, 1000), product(2, 2000), product(3, 3000)), List.of(), OrderFixtures.T0,
                ProgressListener.NONE);
        var progress = new ArrayList<Long>();
        products.saveCatalog(List.of(product(1, 1100), product(4, 4000)), List.of("SKU00002", "SKU00003"), OrderFixtures.T0.plusSeconds(9),
                listener(progress::add, -1));

        assertThat(products.findBySku("SKU00001").orElseThrow().buyPrice(PriceLevel.BASIC)).isEqualTo(Money.rupiah(1100));
        assertThat(products.findBySku("SKU00002").orElseThrow().status()).isEqualTo(ProductStatus.REMOVED);
        assertThat(products.findBySku("SKU00002").orElseThrow().updatedAt()).isEqualTo(OrderFixtures.T0.plusSeconds(9));
        assertThat(products.findBySku("SKU00004")).isPresent();
        assertThat(progress).last().isEqualTo(4L);
    }

    @Test
    void aCancelledSaveChangesNothing() {
        List<Product> before = IntStream.range(0, 1200).mapToObj(i -> product(i, 1000 + i)).toList();
        products.saveCatalog(before, List.of(), OrderFixtures.T0, ProgressListener.NONE);
        List<Product> changed = IntStream.range(0, 1200).mapToObj(i -> product(i, 5000 + i)).toList();

        assertThatThrownBy(() -> products.saveCatalog(changed, List.of(), OrderFixtures.T0, listener(done -> {
        }, 600)))
                .isInstanceOf(CatalogSaveCancelledException.class);

        assertThat(products.findAll()).containsExactlyInAnyOrderElementsOf(before);
    }

    /// Records progress; cancels once `cancelAt` items are done (never when negative).
    private static ProgressListener listener(java.util.function.LongConsumer onProgress, long cancelAt) {
        var done = new AtomicLong();
        return new ProgressListener() {
            @Override
            public void progress(Phase phase, long d, long total) {
                done.set(d);
                onProgress.accept(d);
            }

            @Override
            public boolean isCancelled() {
                return cancelAt >= 0 && done.get() >= cancelAt;
            }
        };
    }
}
