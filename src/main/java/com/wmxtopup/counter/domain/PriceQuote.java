package com.wmxtopup.counter.domain;

import java.util.Objects;

/// An item's price as the shop sells it right now.
///
/// @param buy    what the supplier charges at the account's level
/// @param sell   what the customer pays
/// @param rule   the rule that produced `sell`
/// @param block  why the item cannot be sold, or [Block#NONE]
public record PriceQuote(Product product, Money buy, Money sell, PriceRule rule, Block block) {

    /// Reasons an item is not for sale.
    public enum Block {
        NONE,
        /// The supplier has no stock (`empty`).
        UNAVAILABLE,
        /// The supplier no longer lists it.
        REMOVED,
        /// The selling price does not cover the current buy price (a fixed price the supplier overtook).
        BELOW_COST
    }

    public PriceQuote {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(buy, "buy");
        Objects.requireNonNull(sell, "sell");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(block, "block");
    }

    /// Selling minus buying price in rupiah; negative when sold below cost.
    public long marginRupiah() {
        return sell.rupiah() - buy.rupiah();
    }

    public boolean isSellable() {
        return block == Block.NONE;
    }
}
