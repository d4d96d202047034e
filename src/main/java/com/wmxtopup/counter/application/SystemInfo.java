package com.wmxtopup.counter.application;

import java.nio.file.Path;
import java.util.Objects;

/// Facts about this running instance that screens, logs and `/health` show.
///
/// @param databaseLocation where the data lives, without credentials (a path or host/database)
public record SystemInfo(String version, RuntimeMode mode, String modeReason, DatabaseKind databaseKind,
                         String databaseLocation, Path dataDirectory) {

    public SystemInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(modeReason, "modeReason");
        Objects.requireNonNull(databaseKind, "databaseKind");
        Objects.requireNonNull(databaseLocation, "databaseLocation");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
    }
}
