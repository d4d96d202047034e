package com.wmxtopup.counter.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.Pricing;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogSearchTest {

    private static final Pricing PRICING = new Pricing(List.of(), PriceLevel.BASIC);
    private static final List<PriceQuote> CATALOG = List.of(
            quote("MLB86-S1", "Mobile Legends B", "86 Diamonds"),
            quote("MLB172-S1", "Mobile Legends B", "172 Diamonds"),
            quote("FF100-S13", "Free Fire", "100 Diamonds"),
            quote("GI60-S2", "Genshin Impact", "60 Genesis Crystals"),
            quote("PKM10-S1", "Pokémon UNITE", "10 Aeos Gems"),
            quote("VAL420-S1", "Valorant", "420 Points"));

    private static PriceQuote quote(String sku, String game, String name) {
        return PRICING.quote(new Product(sku, game, name, Map.of(PriceLevel.BASIC, Money.rupiah(10_000)), ProductStatus.AVAILABLE,
                Instant.EPOCH));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(textBlock = """
            '',                 MLB86-S1 MLB172-S1 FF100-S13 GI60-S2 PKM10-S1 VAL420-S1
            diamonds,           MLB86-S1 MLB172-S1 FF100-S13
            'mobile 86',        MLB86-S1
            'MOBILE   legends', MLB86-S1 MLB172-S1
            mlb86,              MLB86-S1
            mlb86-s1,           MLB86-S1
            mlb86s1,            MLB86-S1
            pokemon,            PKM10-S1
            'pokémon unite',    PKM10-S1
            'genshin 60',       GI60-S2
            'free fire 100',    FF100-S13
            'valorant 86',      -
            zzz,                -
            """)
    void everyWordMustMatchIgnoringCaseAndAccents(String query, String expectedSkus) {
        var found = new CatalogSearch(CATALOG).search(query).stream().map(q -> q.product().sku()).toList();
        assertThat(found).isEqualTo(expectedSkus.equals("-") ? List.of() : List.of(expectedSkus.split(" ")));
    }
}
