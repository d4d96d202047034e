package com.wmxtopup.counter.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/// The shop's time zone: what receipts, order numbers and screens show, and where the shop's day
/// begins (for receipts and reports). Indonesia has three: WIB (Jakarta, Pontianak), WITA
/// (Makassar, Bali) and WIT (Jayapura). Storage never uses it: times are stored as instants.
///
/// @param zone  the zone rules
/// @param label what Indonesians write after a time: `WIB`, `WITA` or `WIT`
public record ShopZone(ZoneId zone, String label) {

    public static final ShopZone WIB = new ShopZone(ZoneId.of("Asia/Jakarta"), "WIB");
    public static final ShopZone WITA = new ShopZone(ZoneId.of("Asia/Makassar"), "WITA");
    public static final ShopZone WIT = new ShopZone(ZoneId.of("Asia/Jayapura"), "WIT");
    private static final List<ShopZone> ALL = List.of(WIB, WITA, WIT);

    public ShopZone {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(label, "label");
    }

    /// `Asia/Jakarta`, `Asia/Makassar`, `Asia/Jayapura` (and the zones that share their time:
    /// `Asia/Pontianak`, `Asia/Makassar`'s Bali) or the labels themselves; empty for anything else.
    public static Optional<ShopZone> of(String text) {
        String wanted = Objects.requireNonNullElse(text, "").strip();
        for (ShopZone candidate : ALL) {
            if (candidate.zone.getId().equals(wanted) || candidate.label.equals(wanted.toUpperCase(Locale.ROOT))) {
                return Optional.of(candidate);
            }
        }
        return switch (wanted) {
            case "Asia/Pontianak" -> Optional.of(new ShopZone(ZoneId.of("Asia/Pontianak"), "WIB"));
            case "Asia/Ujung_Pandang" -> Optional.of(WITA);
            default -> Optional.empty();
        };
    }

    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zone);
    }

    /// The shop's calendar day of `instant` (a sale at 23:30 WITA is on that day, not the next UTC one).
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
