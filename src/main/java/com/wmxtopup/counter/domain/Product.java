package com.wmxtopup.counter.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/// One item of the supplier's catalog (a denomination of a game), with its buy prices.
///
/// @param sku       the supplier's service code, used to order
/// @param game      the supplier's game name, e.g. `Mobile Legends B`
/// @param name      the denomination, e.g. `86 Diamonds`
/// @param buyPrices what the supplier charges per account level
public record Product(String sku, String game, String name, Map<PriceLevel, Money> buyPrices,
                      ProductStatus status, Instant updatedAt) {

    public Product {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        var prices = new EnumMap<PriceLevel, Money>(PriceLevel.class);
        prices.putAll(buyPrices);
        if (!prices.containsKey(PriceLevel.BASIC)) {
            throw new IllegalArgumentException("product " + sku + " has no basic buy price");
        }
        // A level the supplier gave no price for costs the basic price; storing it explicitly
        // keeps two equal catalogs equal however they were built.
        for (PriceLevel level : PriceLevel.values()) {
            prices.putIfAbsent(level, prices.get(PriceLevel.BASIC));
        }
        buyPrices = Map.copyOf(prices);
    }

    /// The buy price for `level` (the basic price when the supplier gave none for that level).
    public Money buyPrice(PriceLevel level) {
        return buyPrices.get(level);
    }

    public boolean isSellable() {
        return status == ProductStatus.AVAILABLE;
    }

    public TargetRequirement targetRequirement() {
        return TargetRequirements.forGame(game);
    }
}
