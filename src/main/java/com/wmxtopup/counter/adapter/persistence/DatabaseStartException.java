package com.wmxtopup.counter.adapter.persistence;

/// The database could not be opened or migrated. The message is one sentence for a person:
/// what is wrong and which setting to fix.
public final class DatabaseStartException extends RuntimeException {

    public DatabaseStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
