package com.wmxtopup.counter.ui.catalog;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.ui.common.RupiahFormat;

/// One line of the catalog table, already formatted for display.
public record CatalogRow(PriceQuote quote, String buy, String sell, String margin, String status) {

    public String game() {
        return quote.product().game();
    }

    public String name() {
        return quote.product().name();
    }

    public String sku() {
        return quote.product().sku();
    }

    /// The table row's style: none for a sellable item, below cost, or blocked for another reason.
    public String rowStyle() {
        return quote.isSellable() ? "" : quote.block() == PriceQuote.Block.BELOW_COST ? "row-below-cost" : "row-blocked";
    }

    /// A margin in rupiah, a loss with a minus sign: "Rp 1.100", "−Rp 300".
    static String marginText(long rupiah) {
        return rupiah < 0 ? "−" + RupiahFormat.format(Money.rupiah(-rupiah)) : RupiahFormat.format(Money.rupiah(rupiah));
    }
}
