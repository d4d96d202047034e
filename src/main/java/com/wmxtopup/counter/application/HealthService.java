package com.wmxtopup.counter.application;

import com.wmxtopup.counter.application.port.DatabaseHealth;

/// Answers "is this instance working" for `/health` and the status bar.
public final class HealthService {

    /// @param databaseUp whether a trivial query succeeded just now
    public record Health(boolean databaseUp, RuntimeMode mode) {
        public boolean isUp() {
            return databaseUp;
        }
    }

    private final DatabaseHealth database;
    private final RuntimeMode mode;

    public HealthService(DatabaseHealth database, RuntimeMode mode) {
        this.database = database;
        this.mode = mode;
    }

    public Health check() {
        return new Health(database.isUp(), mode);
    }
}
