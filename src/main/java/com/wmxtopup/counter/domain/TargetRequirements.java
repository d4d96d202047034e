package com.wmxtopup.counter.domain;

import java.util.List;
import java.util.Locale;

/// Which games need a zone or server, and what their IDs look like (specs/vip-reseller-api.md §4).
/// Games are matched by the supplier's `game` name, e.g. `Mobile Legends B` or
/// `Mobile Legends (Global)`; unknown games take a single free-form ID.
public final class TargetRequirements {

    public static final TargetRequirement MOBILE_LEGENDS = new TargetRequirement("mobile-legends", true, 5, 12, ZoneKind.ZONE, 3, 6,
            List.of(), "mobile-legends");
    /// The non-Indonesian Mobile Legends variants; their nickname check also returns the country.
    public static final TargetRequirement MOBILE_LEGENDS_REGION = new TargetRequirement("mobile-legends-region", true, 5, 12, ZoneKind.ZONE,
            3, 6, List.of(), "mobile-legends-region");
    public static final TargetRequirement FREE_FIRE = new TargetRequirement("free-fire", true, 6, 14, ZoneKind.NONE, 0, 0, List.of(),
            "free-fire");
    public static final TargetRequirement PUBG_MOBILE = new TargetRequirement("pubg-mobile", true, 5, 14, ZoneKind.NONE, 0, 0, List.of(),
            "pubgm");
    public static final TargetRequirement GENSHIN_IMPACT = new TargetRequirement(
            "genshin-impact", true, 9, 10, ZoneKind.SERVER, 0, 0, List.of("os_asia", "os_usa", "os_euro", "os_cht"), "genshin-impact");
    /// Server codes are not documented by the supplier (UNCERTAIN in the spec); these are the game's own.
    public static final TargetRequirement HONKAI_STAR_RAIL = new TargetRequirement(
            "honkai-star-rail", true, 9, 10, ZoneKind.SERVER, 0, 0,
            List.of("prod_official_asia", "prod_official_usa", "prod_official_eur", "prod_official_cht"), "honkai-star-rail");
    /// Riot ID (`name#tag`) or account ID.
    public static final TargetRequirement VALORANT = new TargetRequirement("valorant", false, 3, 40, ZoneKind.NONE, 0, 0, List.of(),
            "valorant");
    public static final TargetRequirement POINT_BLANK = new TargetRequirement("point-blank", false, 3, 30, ZoneKind.NONE, 0, 0, List.of(),
            "pointblank");
    public static final TargetRequirement HONOR_OF_KINGS = new TargetRequirement("honor-of-kings", true, 5, 20, ZoneKind.NONE, 0, 0,
            List.of(), "");
    /// Anything else: one ID, no nickname check.
    public static final TargetRequirement GENERIC = new TargetRequirement("generic", false, 1, 64, ZoneKind.NONE, 0, 0, List.of(), "");

    private static final List<String> MOBILE_LEGENDS_REGIONS = List.of("global", "malaysia", "philippines", "singapore", "russia", "brazil",
            "region");

    private TargetRequirements() {
    }

    public static TargetRequirement forGame(String supplierGameName) {
        String game = supplierGameName == null ? "" : supplierGameName.toLowerCase(Locale.ROOT).strip();
        if (game.startsWith("mobile legends")) {
            return MOBILE_LEGENDS_REGIONS.stream().anyMatch(game::contains) ? MOBILE_LEGENDS_REGION : MOBILE_LEGENDS;
        }
        if (game.startsWith("free fire")) {
            return FREE_FIRE;
        }
        if (game.startsWith("pubg")) {
            return PUBG_MOBILE;
        }
        if (game.startsWith("genshin")) {
            return GENSHIN_IMPACT;
        }
        if (game.startsWith("honkai star rail") || game.startsWith("honkai: star rail")) {
            return HONKAI_STAR_RAIL;
        }
        if (game.startsWith("valorant")) {
            return VALORANT;
        }
        if (game.startsWith("point blank")) {
            return POINT_BLANK;
        }
        if (game.startsWith("honor of kings")) {
            return HONOR_OF_KINGS;
        }
        return GENERIC;
    }
}
