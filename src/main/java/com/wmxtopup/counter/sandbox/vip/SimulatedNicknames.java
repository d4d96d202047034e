package com.wmxtopup.counter.sandbox.vip;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// `get-nickname` for the simulator: the current official code list (spec §3.6, plus the older
/// `point-blank` and `free-fire-max` slugs), the existence rule of [TargetRule], and names
/// derived from the user ID by a stable hash, so the same ID always has the same nickname.
final class SimulatedNicknames {

    record Country(String code, String name) {
    }

    private static final Map<String, TargetRule> RULES = Map.of(
            "mobile-legends", TargetRule.ID_AND_ZONE,
            "mobile-legends-region", TargetRule.ID_AND_ZONE,
            "free-fire", TargetRule.NUMERIC_ID,
            "free-fire-max", TargetRule.NUMERIC_ID,
            "pubgm", TargetRule.NUMERIC_ID,
            "genshin-impact", TargetRule.GENSHIN_SERVERS,
            "honkai-star-rail", TargetRule.HONKAI_SERVERS,
            "valorant", TargetRule.ANY,
            "pointblank", TargetRule.ANY,
            "point-blank", TargetRule.ANY);
    static final String REGION_CODE = "mobile-legends-region";

    private static final List<String> FIRST = List.of("Raka", "Sultan", "Naga", "Bintang", "Sakti", "Garuda", "Rimba", "Awan",
            "Petir", "Bayu", "Senja", "Kopi", "Macan", "Elang", "Badai", "Samudra");
    private static final List<String> SECOND = List.of("Gaming", "Pro", "Slayer", "Legend", "Hunter", "Ninja", "Kuy", "Official",
            "X", "Storm", "Sakura", "Mager", "Jago", "Santuy", "Raja", "Ratu");
    private static final List<Country> COUNTRIES = List.of(new Country("ID", "Indonesia"), new Country("MY", "Malaysia"),
            new Country("PH", "Philippines"), new Country("SG", "Singapore"));

    private SimulatedNicknames() {
    }

    static Optional<TargetRule> ruleFor(String nicknameCode) {
        return Optional.ofNullable(RULES.get(nicknameCode.strip().toLowerCase(Locale.ROOT)));
    }

    /// E.g. `NagaSlayer77`; the same ID always gives the same name.
    static String nameFor(String userId) {
        long hash = fnv1a(userId);
        int first = (int) Long.remainderUnsigned(hash, FIRST.size());
        int second = (int) Long.remainderUnsigned(hash >>> 8, SECOND.size());
        int number = (int) Long.remainderUnsigned(hash >>> 16, 100);
        return FIRST.get(first) + SECOND.get(second) + number;
    }

    /// The account's region for `mobile-legends-region`; mostly Indonesia, like a real shop's
    /// customers.
    static Country countryFor(String userId) {
        int bucket = (int) Long.remainderUnsigned(fnv1a(userId) >>> 24, 10);
        return bucket < 7 ? COUNTRIES.getFirst() : COUNTRIES.get(bucket - 6);
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
