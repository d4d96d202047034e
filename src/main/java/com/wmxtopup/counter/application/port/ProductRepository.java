package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Product;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/// The local copy of the supplier's catalog.
public interface ProductRepository {

    /// Applies a whole sync in ONE transaction: upserts `current`, marks `removedSkus` as
    /// REMOVED at `at`. `progress` is told about every batch and may cancel, in which case
    /// [CatalogSaveCancelledException] is thrown and nothing is changed.
    void saveCatalog(Collection<Product> current, Collection<String> removedSkus, Instant at, ProgressListener progress);

    Optional<Product> findBySku(String sku);

    /// Every product, sorted by game, then basic buy price (how a shop lists denominations), then name.
    List<Product> findAll();
}
