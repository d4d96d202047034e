package com.wmxtopup.counter.application;

import com.wmxtopup.counter.domain.ShopZone;
import java.nio.file.Path;
import java.util.Objects;

/// Facts about this running instance that screens, logs and `/health` show.
///
/// @param databaseLocation where the data lives, without credentials (a path or host/database)
/// @param shopZone         the shop's time zone: every time on screen is shown in it
public record SystemInfo(String version, RuntimeMode mode, String modeReason, DatabaseKind databaseKind,
                         String databaseLocation, Path dataDirectory, ShopZone shopZone) {

    public SystemInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(modeReason, "modeReason");
        Objects.requireNonNull(databaseKind, "databaseKind");
        Objects.requireNonNull(databaseLocation, "databaseLocation");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(shopZone, "shopZone");
    }
}
