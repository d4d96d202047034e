package com.wmxtopup.counter.support;

import com.wmxtopup.counter.adapter.persistence.Database;
import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.domain.ShopZone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Weeks of a counter's sales written straight into a store before the application opens it:
/// several games and cashiers, QRIS and cash, some failed, refunded and expired. Tallies what it
/// wrote per shop day, in Java, so tests compare the reports with sums made without SQL.
public final class SalesSeed {

    /// What the successful orders of one day add up to.
    public record Day(long orders, long revenue, long cost) {
        Day plus(long amount, long cost) {
            return new Day(orders + 1, revenue + amount, this.cost + cost);
        }
    }

    private record Item(String game, String sku, String name, long amount, long cost) {
    }

    private static final List<Item> ITEMS = List.of(new Item("Mobile Legends: Bang Bang", "ML86", "86 Diamonds", 22_000, 20_500),
            new Item("Mobile Legends: Bang Bang", "ML172", "172 Diamonds", 44_000, 41_000),
            new Item("Free Fire", "FF140", "140 Diamonds", 20_000, 18_000),
            new Item("Genshin Impact", "GI60", "60 Genesis Crystals", 16_000, 14_000),
            new Item("PUBG Mobile", "PUBG60", "60 UC", 15_000, 13_700),
            new Item("Valorant", "VAL125", "125 Points", 16_500, 15_000));
    private static final List<String> SELLERS = List.of("Dewi", "Budi", "Sari");
    private final Map<LocalDate, Day> days = new HashMap<>();

    /// Writes `perDay` orders a day for the `days` shop days up to and including `last`.
    public static SalesSeed write(DatabaseSettings settings, ShopZone zone, LocalDate last, int dayCount, int perDay) {
        var seed = new SalesSeed();
        try (var database = Database.open(settings)) {
            database.jdbc().inTransaction(session -> {
                int number = 0;
                for (int d = dayCount - 1; d >= 0; d--) {
                    LocalDate day = last.minusDays(d);
                    for (int i = 0; i < perDay + (day.getDayOfWeek().getValue() >= 6 ? perDay / 2 : 0); i++) {
                        number++;
                        Item item = ITEMS.get((number * 7 + d) % ITEMS.size());
                        String status = number % 17 == 0
                                ? "FAILED"
                                : number % 23 == 0 ? "REFUNDED" : number % 11 == 0 ? "EXPIRED" : "SUCCESS";
                        Instant created = day.atTime(9 + (number * 5) % 14, (number * 13) % 60).atZone(zone.zone()).toInstant();
                        session.sql("""
                                INSERT INTO orders (order_number, sku, product_name, game, target_user_id, target_zone_id, nickname, amount,
                                    cost, payment_method, status, version, supplier_trx_id, note, qr_string, customer_phone, customer_email,
                                    created_at, updated_at, sold_by)
                                VALUES (:number, :sku, :name, :game, '1', '', '', :amount, :cost, :method, :status, 1, '', '', '', '', '',
                                    :created, :created, :seller)
                                """).bind("number", "WMX-SEED-" + number).bind("sku", item.sku())
                                .bind("name", item.name()).bind("game", item.game()).bind("amount", item.amount())
                                .bind("cost", item.cost()).bind("method", number % 3 == 0 ? "CASH" : "QRIS")
                                .bind("status", status).bind("created", created)
                                .bind("seller", SELLERS.get(number % SELLERS.size())).execute();
                        if (status.equals("SUCCESS")) {
                            seed.days.merge(day, new Day(1, item.amount(), item.cost()), (a, b) -> a.plus(b.revenue, b.cost));
                        }
                    }
                }
            });
        }
        return seed;
    }

    public Day on(LocalDate day) {
        return days.getOrDefault(day, new Day(0, 0, 0));
    }
}
