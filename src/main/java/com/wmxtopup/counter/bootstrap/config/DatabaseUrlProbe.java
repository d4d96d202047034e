package com.wmxtopup.counter.bootstrap.config;

import com.wmxtopup.counter.adapter.persistence.DatabaseSettings;
import com.wmxtopup.counter.adapter.persistence.JdbcDatabaseProbe;
import com.wmxtopup.counter.application.port.DatabaseProbe;
import java.nio.file.Path;
import java.time.Duration;

/// The database test: `DATABASE_URL` as typed, read as at start-up, then one connection.
public final class DatabaseUrlProbe implements DatabaseProbe {

    private final Path dataDirectory;

    public DatabaseUrlProbe(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public String serverVersion(String databaseUrl, Duration timeout) throws DatabaseProbeException {
        DatabaseSettings settings;
        try {
            settings = DatabaseUrl.parse(databaseUrl, dataDirectory, "", "");
        } catch (ConfigurationException e) {
            throw new DatabaseProbeException(DatabaseProbeException.Kind.NOT_A_DATABASE_URL, "not a database URL", null);
        }
        return JdbcDatabaseProbe.serverVersion(settings, timeout);
    }
}
