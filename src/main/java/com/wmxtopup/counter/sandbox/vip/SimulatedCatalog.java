package com.wmxtopup.counter.sandbox.vip;

import com.wmxtopup.counter.domain.PriceLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/// The simulated game catalog: the games an Indonesian counter sells, with realistic
/// denominations and rupiah prices, generated the same way for the same seed.
///
/// Prices: `basic = ceil50(amount × unit price + 250)`; premium about 1 % and special about 1.7 %
/// below it (always at least Rp 50 / Rp 100 less). `MLB86-S1` and `MLB172-S1` carry exactly
/// the prices of the spec's fixtures F6/F8. About 4 % of items (by seed) are `empty`, plus two
/// fixed ones (`PB120000-S6`, `HOK8360-S5`) so there is always something unavailable.
final class SimulatedCatalog {

    private static final long[] ML_DIAMONDS = {3, 5, 12, 14, 19, 28, 36, 44, 59, 74, 85, 86, 110, 140, 170, 172, 222, 240,
            257, 284, 296, 344, 366, 408, 514, 568, 706, 875, 1050, 1159, 2010, 4830, 9288};
    private static final long FEE = 250;
    private static final int EMPTY_PERCENT = 4;
    private static final Map<String, Long> FIXTURE_PRICES = Map.of("MLB86-S1", 20_500L, "MLB172-S1", 40_900L);
    private static final Set<String> ALWAYS_EMPTY = Set.of("PB120000-S6", "HOK8360-S5");
    private static final int FILLER_ITEMS_PER_GAME = 50;

    /// One game line: denominations priced per unit (in hundredths of a rupiah, to stay integral).
    private record Line(String game, String prefix, int server, String unit, long[] amounts, long centsPerUnit,
                        Map<String, Long> extras, TargetRule rule) {
    }

    private static final List<Line> LINES = List.of(
            new Line("Mobile Legends A", "ML", 14, "Diamonds", ML_DIAMONDS, 24_500,
                    extras("Weekly Diamond Pass", 27_500L, "Twilight Pass", 145_000L), TargetRule.ID_AND_ZONE),
            new Line("Mobile Legends B", "MLB", 1, "Diamonds", ML_DIAMONDS, 23_840,
                    extras("Weekly Diamond Pass", 27_200L, "Starlight Member", 142_000L), TargetRule.ID_AND_ZONE),
            new Line("Mobile Legends (Global)", "MLGL", 27, "Diamonds",
                    new long[] {11, 22, 56, 86, 112, 172, 257, 343, 429, 514, 706, 878, 963, 1412, 2195}, 26_500,
                    extras(), TargetRule.ID_AND_ZONE),
            new Line("Free Fire", "FF", 13, "Diamonds",
                    new long[] {5, 12, 50, 70, 100, 140, 210, 280, 355, 425, 500, 720, 860, 1000, 1450, 2180, 3640, 4000, 7290, 36500},
                    14_300, extras("Membership Mingguan", 28_000L, "Membership Bulanan", 85_000L), TargetRule.NUMERIC_ID),
            new Line("Free Fire MAX", "FFMAX", 13, "Diamonds",
                    new long[] {5, 12, 50, 70, 100, 140, 355, 720, 1450, 2180}, 14_400, extras(), TargetRule.NUMERIC_ID),
            new Line("PUBG Mobile", "PUBGM", 2, "UC",
                    new long[] {30, 60, 120, 180, 240, 325, 385, 660, 720, 985, 1320, 1800, 3850, 8100}, 24_500,
                    extras(), TargetRule.NUMERIC_ID),
            new Line("Genshin Impact", "GI", 3, "Genesis Crystals", new long[] {60, 330, 1090, 2240, 3880, 8080}, 24_800,
                    extras("Blessing of the Welkin Moon", 73_000L), TargetRule.GENSHIN_SERVERS),
            new Line("Valorant", "VAL", 4, "Valorant Points", new long[] {125, 420, 700, 1375, 2400, 4000, 8150, 11550}, 11_300,
                    extras(), TargetRule.ANY),
            new Line("Honor of Kings", "HOK", 5, "Tokens", new long[] {16, 80, 240, 400, 560, 830, 1245, 1690, 2508, 4180, 8360},
                    19_500, extras("Weekly Card", 15_000L), TargetRule.NUMERIC_ID),
            new Line("Honkai Star Rail", "HSR", 3, "Oneiric Shards", new long[] {60, 330, 1090, 2240, 3880, 8080}, 25_000,
                    extras("Express Supply Pass", 73_000L), TargetRule.HONKAI_SERVERS),
            new Line("Point Blank", "PB", 6, "PB Cash", new long[] {1200, 2400, 6000, 12000, 24000, 36000, 60000, 120000}, 840,
                    extras(), TargetRule.ANY),
            new Line("Call of Duty Mobile", "CODM", 7, "CP", new long[] {31, 62, 127, 317, 634, 1373, 2059, 3564, 7656}, 15_500,
                    extras(), TargetRule.NUMERIC_ID));

    /// The realistic catalog's size (what [VipResellerSimulatorSettings#DEFAULT_CATALOG_SIZE] lists).
    static final int BASE_SIZE = LINES.stream().mapToInt(l -> l.amounts().length + l.extras().size()).sum();

    /// The items and their index, replaced as a whole when a test changes the catalog, so that
    /// concurrent requests always see one consistent catalog.
    private record Snapshot(List<CatalogItem> items, Map<String, CatalogItem> byCode) {
        static Snapshot of(List<CatalogItem> items) {
            var codes = new LinkedHashMap<String, CatalogItem>();
            items.forEach(i -> codes.put(i.code().toUpperCase(Locale.ROOT), i));
            return new Snapshot(List.copyOf(items), Map.copyOf(codes));
        }
    }

    private volatile Snapshot snapshot;
    private final Map<String, TargetRule> rulesByGame;

    private SimulatedCatalog(List<CatalogItem> items, Map<String, TargetRule> rulesByGame) {
        this.snapshot = Snapshot.of(items);
        this.rulesByGame = Map.copyOf(rulesByGame);
    }

    /// Adds the item, or replaces the item with the same code in place (new price, stock, name).
    synchronized void put(CatalogItem item) {
        var items = new ArrayList<>(snapshot.items());
        String code = item.code().toUpperCase(Locale.ROOT);
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code().toUpperCase(Locale.ROOT).equals(code)) {
                index = i;
            }
        }
        if (index >= 0) {
            items.set(index, item);
        } else {
            items.add(item);
        }
        snapshot = Snapshot.of(items);
    }

    /// Takes the item off the list, as when the supplier stops selling it; false if unknown.
    synchronized boolean remove(String code) {
        var items = new ArrayList<>(snapshot.items());
        boolean removed = items.removeIf(i -> i.code().equalsIgnoreCase(code.strip()));
        snapshot = Snapshot.of(items);
        return removed;
    }

    /// `size` items: the realistic catalog (evenly thinned when smaller), then generated
    /// `Voucher Game NNN` lines of 50 items each when larger.
    static SimulatedCatalog generate(int size, long seed) {
        var random = new Random(seed);
        var all = new ArrayList<CatalogItem>();
        var rules = new LinkedHashMap<String, TargetRule>();
        for (Line line : LINES) {
            rules.put(line.game(), line.rule());
            for (long amount : line.amounts()) {
                String code = line.prefix() + amount + "-S" + line.server();
                long basic = FIXTURE_PRICES.getOrDefault(code, ceilTo50(amount * line.centsPerUnit() / 100 + FEE));
                all.add(item(code, line.game(), amount + " " + line.unit(), basic, line.server(), random));
            }
            line.extras().forEach((name, price) -> all.add(item(line.prefix() + initials(name) + "-S" + line.server(),
                    line.game(), name, price, line.server(), random)));
        }
        List<CatalogItem> chosen;
        if (size <= all.size()) {
            chosen = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                chosen.add(all.get((int) ((long) i * all.size() / size)));
            }
        } else {
            chosen = all;
            for (int n = 1; chosen.size() < size; n++) {
                String game = String.format(Locale.ROOT, "Voucher Game %03d", n);
                rules.put(game, TargetRule.ANY);
                for (int k = 1; k <= FILLER_ITEMS_PER_GAME && chosen.size() < size; k++) {
                    long credits = k * 100L;
                    chosen.add(item(String.format(Locale.ROOT, "VG%03dC%d-S9", n, credits), game, credits + " Credits",
                            ceilTo50(credits * 95 + FEE), 9, random));
                }
            }
        }
        return new SimulatedCatalog(chosen, rules);
    }

    private static CatalogItem item(String code, String game, String name, long basic, int server, Random random) {
        // Draw for every item, so adding a fixture or an always-empty item never shifts the others.
        boolean drawnEmpty = random.nextInt(100) < EMPTY_PERCENT;
        boolean empty = ALWAYS_EMPTY.contains(code) || (drawnEmpty && !FIXTURE_PRICES.containsKey(code));
        return new CatalogItem(code, game, name, basic, premiumPrice(basic), specialPrice(basic), Integer.toString(server), !empty);
    }

    /// About 1 % below `basic`, and always at least Rp 50 less.
    static long premiumPrice(long basic) {
        return basic - Math.max(50, roundTo50(basic * 10 / 1000));
    }

    /// About 1.7 % below `basic`, and always at least Rp 100 less.
    static long specialPrice(long basic) {
        return basic - Math.max(100, roundTo50(basic * 17 / 1000));
    }

    private static Map<String, Long> extras(Object... nameThenPrice) {
        var map = new LinkedHashMap<String, Long>();
        for (int i = 0; i < nameThenPrice.length; i += 2) {
            map.put((String) nameThenPrice[i], (Long) nameThenPrice[i + 1]);
        }
        return map;
    }

    /// "Weekly Diamond Pass" → "WDP".
    private static String initials(String name) {
        var sb = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                sb.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return sb.toString();
    }

    private static long ceilTo50(long rupiah) {
        return Math.ceilDiv(rupiah, 50) * 50;
    }

    private static long roundTo50(long rupiah) {
        return (rupiah + 25) / 50 * 50;
    }

    List<CatalogItem> items() {
        return snapshot.items();
    }

    /// Codes are matched case-insensitively, as PHP's MySQL collation would.
    Optional<CatalogItem> find(String code) {
        return Optional.ofNullable(snapshot.byCode().get(code.strip().toUpperCase(Locale.ROOT)));
    }

    TargetRule ruleFor(String game) {
        return rulesByGame.getOrDefault(game, TargetRule.ANY);
    }

    static long price(CatalogItem item, PriceLevel level) {
        return tierPrice(level, item.basicPrice(), item.premiumPrice(), item.specialPrice());
    }

    /// The price an account of `level` is charged.
    static long tierPrice(PriceLevel level, long basic, long premium, long special) {
        return switch (level) {
            case BASIC -> basic;
            case PREMIUM -> premium;
            case SPECIAL -> special;
        };
    }
}
