package com.wmxtopup.counter.crash;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// What one crash-suite run does, from system properties (all optional):
///
/// | property | meaning | default |
/// |---|---|---|
/// | `crash.seed` | seeds every random choice (printed, so a run can be repeated) | time-based |
/// | `crash.minutes` | load-and-kill time per database; without it the suite kills `crash.kills` times | — |
/// | `crash.kills` | kills per database (at least one of each kind), when `crash.minutes` is not set | 4 |
/// | `crash.settleSeconds` | how long the last run may take to finish paid orders (an order cut off before its request is sent again 40 s after its claim) | 90 |
/// | `crash.databases` | `h2`, `postgresql` or both, comma-separated | `h2,postgresql` |
/// | `crash.idleCloseSeconds` | servers close keep-alive connections idle this long (0: off) | 1 |
/// | `crash.http10` | simulators close every connection after its answer, like an HTTP/1.0 server | false |
/// | `crash.supplierFaultPercent` | share of supplier orders followed by a fault on the next one | 10 |
/// | `crash.duplicatePercent` | share of settlement notifications delivered 2–3 times | 30 |
record CrashSettings(long seed, Optional<Double> minutes, int kills, int settleSeconds, List<Database> databases, int idleCloseSeconds,
                     boolean http10, int supplierFaultPercent, int duplicatePercent) {

    enum Database {
        H2("H2"),
        POSTGRESQL("PostgreSQL");

        private final String label;

        Database(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    static CrashSettings fromSystemProperties() {
        long seed = Long.getLong("crash.seed", System.nanoTime() ^ System.currentTimeMillis());
        Optional<Double> minutes = Optional.ofNullable(System.getProperty("crash.minutes")).filter(s -> !s.isBlank())
                .map(Double::parseDouble);
        int kills = Math.max(KillKind.values().length, Integer.getInteger("crash.kills", 4));
        int settle = Integer.getInteger("crash.settleSeconds", 90);
        List<Database> databases = Arrays.stream(System.getProperty("crash.databases", "h2,postgresql").split(","))
                .map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT).startsWith("p") ? Database.POSTGRESQL : Database.H2)
                .distinct().toList();
        return new CrashSettings(seed, minutes, kills, settle, databases, Integer.getInteger("crash.idleCloseSeconds", 1),
                Boolean.getBoolean("crash.http10"), Integer.getInteger("crash.supplierFaultPercent", 10),
                Integer.getInteger("crash.duplicatePercent", 30));
    }

    String describe() {
        return "seed " + seed + " (-Dcrash.seed=" + seed + "), "
                + minutes.map(m -> m + " min per database").orElse(kills + " kills per database")
                + ", settle " + settleSeconds + " s, supplier faults " + supplierFaultPercent + " %, duplicate notifications "
                + duplicatePercent + " %, idle close " + idleCloseSeconds + " s" + (http10 ? ", HTTP/1.0" : "");
    }
}
