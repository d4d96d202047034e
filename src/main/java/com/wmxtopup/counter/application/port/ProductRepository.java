package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Product;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/// The local copy of the supplier's catalog.
public interface ProductRepository {

    /// Inserts or updates each product by SKU, all in one transaction.
    void upsertAll(Collection<Product> products);

    Optional<Product> findBySku(String sku);

    /// Every product, sorted by game then name.
    List<Product> findAll();
}
