package com.wmxtopup.counter.application.port;

import java.time.Duration;

/// Connects to a database URL that is not the running one, runs `select 1` and tells the server's
/// version: the settings screen's database test.
@FunctionalInterface
public interface DatabaseProbe {

    String serverVersion(String databaseUrl, Duration timeout) throws DatabaseProbeException;

    final class DatabaseProbeException extends Exception {
        private static final long serialVersionUID = 1L;

        public enum Kind {
            WRONG_PASSWORD,
            UNKNOWN_HOST,
            NO_ANSWER,
            NO_SUCH_DATABASE,
            NOT_A_DATABASE_URL,
            OTHER
        }

        private final Kind kind;

        public DatabaseProbeException(Kind kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }
}
