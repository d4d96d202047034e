package com.wmxtopup.counter.benchmark;

import com.wmxtopup.counter.application.catalog.CatalogSearch;
import com.wmxtopup.counter.domain.Money;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.PriceQuote;
import com.wmxtopup.counter.domain.PriceRule;
import com.wmxtopup.counter.domain.Pricing;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/// Catalog speed at shop scale: searching and pricing 10,000 products. Run with
/// `./mvnw -Pbenchmark verify -DskipTests`; prints a table.
public final class CatalogBenchmark {

    private static final String[] GAMES = {"Mobile Legends A", "Mobile Legends B", "Free Fire", "PUBG Mobile", "Genshin Impact",
            "Valorant", "Honor of Kings", "Honkai Star Rail", "Point Blank", "Pokémon UNITE", "Call of Duty Mobile", "Arena of Valor"};

    private CatalogBenchmark() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<Product> products = catalog(size);
        Pricing pricing = new Pricing(List.of(PriceRule.defaultRule(500, Money.ZERO, 100),
                PriceRule.forGame("Free Fire", 300, Money.rupiah(200), 500)), PriceLevel.BASIC);
        List<PriceQuote> quotes = products.stream().map(pricing::quote).toList();
        var search = new CatalogSearch(quotes);

        var table = new BenchmarkTable("Catalog benchmark, " + size + " products (Java " + Runtime.version() + ")");
        table.measure("price the whole catalog", 20, 100, 50, "Pricing.quote × " + size,
                () -> products.stream().map(pricing::quote).mapToLong(q -> q.sell().rupiah()).sum());
        table.measure("build the search index", 10, 50, 100, "after a sync or a rule change", () -> new CatalogSearch(quotes).size());
        table.measure("search 'mobile legends 86' (keystroke)", 200, 2000, 16, "one frame at 60 Hz",
                () -> search.search("mobile legends 86").size());
        table.measure("search 'ff' (many hits)", 200, 2000, 16, "", () -> search.search("ff").size());
        table.measure("search 'zzzz' (no hit)", 200, 2000, 16, "", () -> search.search("zzzz").size());
        table.measure("search 'pokemon' (accent-insensitive)", 200, 2000, 16, "", () -> search.search("pokemon").size());
        table.print();
    }

    static List<Product> catalog(int size) {
        var random = new SplittableRandom(7);
        var products = new ArrayList<Product>(size);
        for (int i = 0; i < size; i++) {
            String game = GAMES[i % GAMES.length];
            long amount = 5 + random.nextInt(5000);
            long price = 1_000 + amount * 230;
            products.add(new Product("SKU" + i + "-S" + (i % 9), game, amount + " Diamonds", Map.of(PriceLevel.BASIC, Money.rupiah(price)),
                    random.nextInt(10) == 0 ? ProductStatus.EMPTY : ProductStatus.AVAILABLE, Instant.EPOCH));
        }
        return products;
    }
}
