package com.wmxtopup.counter.sandbox.vip;

import java.util.List;
import java.util.regex.Pattern;

/// The simulator's stand-in for "does this game account exist": a simple, documented rule, so
/// tests and demos can produce both answers on purpose.
///
/// - A user ID starting with `0` never exists (nor does an empty one).
/// - Numeric games ([Kind#NUMERIC], [Kind#ZONE], [Kind#SERVER]) need a digits-only ID.
/// - [Kind#ZONE] games (Mobile Legends) need a digits-only zone.
/// - [Kind#SERVER] games need one of their server codes.
///
/// Orders for a target that fails the rule are accepted (the supplier cannot tell at once) and
/// end in `error` with the note of [#failureNote].
record TargetRule(Kind kind, List<String> servers) {

    enum Kind {
        /// Any non-empty ID (Riot IDs like `name#tag`, logins).
        ANY_ID,
        NUMERIC,
        ZONE,
        SERVER
    }

    static final TargetRule ANY = new TargetRule(Kind.ANY_ID, List.of());
    static final TargetRule NUMERIC_ID = new TargetRule(Kind.NUMERIC, List.of());
    static final TargetRule ID_AND_ZONE = new TargetRule(Kind.ZONE, List.of());
    static final TargetRule GENSHIN_SERVERS = new TargetRule(Kind.SERVER, List.of("os_asia", "os_usa", "os_euro", "os_cht"));
    static final TargetRule HONKAI_SERVERS = new TargetRule(Kind.SERVER,
            List.of("prod_official_asia", "prod_official_usa", "prod_official_eur", "prod_official_cht"));

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    TargetRule {
        servers = List.copyOf(servers);
    }

    boolean accepts(String userId, String zone) {
        if (userId.isEmpty() || userId.startsWith("0")) {
            return false;
        }
        boolean numericId = DIGITS.matcher(userId).matches();
        return switch (kind) {
            case ANY_ID -> true;
            case NUMERIC -> numericId;
            case ZONE -> numericId && DIGITS.matcher(zone).matches();
            case SERVER -> numericId && servers.contains(zone);
        };
    }

    /// The `note` of an order that fails the rule, in the supplier's wording where it has one.
    String failureNote(String userId, String zone) {
        boolean idLooksFine = !userId.isEmpty() && !userId.startsWith("0")
                && (kind == Kind.ANY_ID || DIGITS.matcher(userId).matches());
        return idLooksFine && (kind == Kind.ZONE || kind == Kind.SERVER) ? "Zone tujuan salah." : "ID tujuan salah.";
    }

    boolean hasZone() {
        return kind == Kind.ZONE || kind == Kind.SERVER;
    }
}
