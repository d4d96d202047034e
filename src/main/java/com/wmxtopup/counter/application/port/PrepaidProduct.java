package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/// One item of the supplier's prepaid catalog, with its buy prices.
///
/// @param sku               the supplier's service code, used to order, e.g. `TSEL10`
/// @param brand             the operator or issuer, e.g. `TELKOMSEL`, `PLN`, `DANA`
/// @param name              what the customer gets, e.g. `Telkomsel 10.000`
/// @param note              the supplier's description, often `-` or empty
/// @param type              the supplier's product type, e.g. `pulsa-reguler`, `paket-internet`,
///                          `token-pln`, `saldo-emoney`, `voucher-game`
/// @param category          the supplier's finer grouping, e.g. `Pulsa` or a package family
/// @param buyPrices         what the supplier charges per account level; a level without a price
///                          costs the basic price
/// @param available         whether the supplier sells it now (`available`, not `empty`)
/// @param multiTrx          the supplier's `multi_trx` flag, as sent
/// @param maintenanceWindow the supplier's daily cut-off as sent (e.g. `23:45 - 00:15`), empty
///                          when none was given; its format is not documented, so it is not parsed
public record PrepaidProduct(String sku, String brand, String name, String note, String type, String category,
                             Map<PriceLevel, Money> buyPrices, boolean available, boolean multiTrx,
                             String maintenanceWindow) {

    public PrepaidProduct {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(name, "name");
        note = Objects.requireNonNullElse(note, "");
        type = Objects.requireNonNullElse(type, "");
        category = Objects.requireNonNullElse(category, "");
        maintenanceWindow = Objects.requireNonNullElse(maintenanceWindow, "");
        var prices = new EnumMap<PriceLevel, Money>(PriceLevel.class);
        prices.putAll(buyPrices);
        Money basic = prices.get(PriceLevel.BASIC);
        if (basic == null) {
            throw new IllegalArgumentException("prepaid product " + sku + " has no basic buy price");
        }
        // Stored complete, so two equal catalogs are equal however they were built.
        for (PriceLevel level : PriceLevel.values()) {
            prices.putIfAbsent(level, basic);
        }
        buyPrices = Map.copyOf(prices);
    }

    /// The buy price for `level` (the basic price when the supplier gave none for that level).
    public Money buyPrice(PriceLevel level) {
        return buyPrices.get(level);
    }
}
