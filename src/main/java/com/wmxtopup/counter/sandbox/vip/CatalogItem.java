package com.wmxtopup.counter.sandbox.vip;

/// One item of the simulated `game-feature` catalog, prices in rupiah per account level.
///
/// @param code    the service code to order, `<PREFIX><amount>-S<n>` style, e.g. `MLB86-S1`
/// @param game    the supplier's game name, e.g. `Mobile Legends B`
/// @param name    the denomination, e.g. `86 Diamonds`
/// @param server  the supplier route number (the `n` of `-S<n>`), sent as a string like the real API
/// @param available whether the item is `available` (otherwise `empty`)
public record CatalogItem(String code, String game, String name, long basicPrice, long premiumPrice, long specialPrice,
                          String server, boolean available) {

    public CatalogItem withPrices(long basic, long premium, long special) {
        return new CatalogItem(code, game, name, basic, premium, special, server, available);
    }

    public CatalogItem withAvailable(boolean isAvailable) {
        return new CatalogItem(code, game, name, basicPrice, premiumPrice, specialPrice, server, isAvailable);
    }

    /// `"<game> - <name>"`, the `service` text of orders and status entries.
    public String serviceName() {
        return game + " - " + name;
    }
}
