package com.wmxtopup.counter.application.catalog;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/// What a sync changed, item by item.
///
/// @param added             new SKUs (or ones the supplier lists again after removing them)
/// @param removed           SKUs the supplier no longer lists
/// @param priceUp           buy price rose (at the account's level)
/// @param priceDown         buy price fell
/// @param becameAvailable   EMPTY before, AVAILABLE now
/// @param becameUnavailable AVAILABLE before, EMPTY now
/// @param belowCost         items whose selling price no longer covers the buy price (blocked)
/// @param updated           every SKU whose stored data changed (prices, name, game, status), added excluded
public record CatalogDiff(List<Product> added, List<Product> removed, List<PriceChange> priceUp, List<PriceChange> priceDown,
                          List<Product> becameAvailable, List<Product> becameUnavailable, List<PriceQuote> belowCost,
                          int updated, int total) {

    /// A buy-price change of one product.
    public record PriceChange(Product before, Product after, Money oldPrice, Money newPrice) {
        public long deltaRupiah() {
            return newPrice.rupiah() - oldPrice.rupiah();
        }
    }

    public CatalogDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        priceUp = List.copyOf(priceUp);
        priceDown = List.copyOf(priceDown);
        becameAvailable = List.copyOf(becameAvailable);
        becameUnavailable = List.copyOf(becameUnavailable);
        belowCost = List.copyOf(belowCost);
    }

    public int priceChanged() {
        return priceUp.size() + priceDown.size();
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && updated == 0;
    }

    /// Compares the stored catalog with what the supplier lists now. Products already REMOVED
    /// and still absent are not reported again.
    static CatalogDiff between(Collection<Product> stored, Collection<Product> fetched, PriceLevel level,
            Function<Product, PriceQuote> pricing) {
        Map<String, Product> before = stored.stream().collect(Collectors.toMap(Product::sku, p -> p, (a, b) -> a, HashMap::new));
        Set<String> now = fetched.stream().map(Product::sku).collect(Collectors.toSet());
        var added = new ArrayList<Product>();
        var up = new ArrayList<PriceChange>();
        var down = new ArrayList<PriceChange>();
        var available = new ArrayList<Product>();
        var unavailable = new ArrayList<Product>();
        var belowCost = new ArrayList<PriceQuote>();
        int updated = 0;
        for (Product p : fetched) {
            Product old = before.get(p.sku());
            if (old == null || old.status() == ProductStatus.REMOVED) {
                added.add(p);
            } else {
                Money oldPrice = old.buyPrice(level);
                Money newPrice = p.buyPrice(level);
                if (newPrice.compareTo(oldPrice) > 0) {
                    up.add(new PriceChange(old, p, oldPrice, newPrice));
                } else if (newPrice.compareTo(oldPrice) < 0) {
                    down.add(new PriceChange(old, p, oldPrice, newPrice));
                }
                if (old.status() == ProductStatus.EMPTY && p.status() == ProductStatus.AVAILABLE) {
                    available.add(p);
                } else if (old.status() == ProductStatus.AVAILABLE && p.status() == ProductStatus.EMPTY) {
                    unavailable.add(p);
                }
                if (!sameData(old, p)) {
                    updated++;
                }
            }
            PriceQuote quote = pricing.apply(p);
            if (quote.block() == PriceQuote.Block.BELOW_COST) {
                belowCost.add(quote);
            }
        }
        List<Product> removed = stored.stream()
                .filter(p -> p.status() != ProductStatus.REMOVED && !now.contains(p.sku()))
                .sorted(Comparator.comparing(Product::game).thenComparing(Product::name))
                .toList();
        return new CatalogDiff(added, removed, up, down, available, unavailable, belowCost, updated, fetched.size());
    }

    private static boolean sameData(Product a, Product b) {
        return a.game().equals(b.game()) && a.name().equals(b.name()) && a.status() == b.status()
                && a.buyPrices().equals(b.buyPrices());
    }
}
