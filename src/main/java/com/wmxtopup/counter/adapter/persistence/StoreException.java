package com.wmxtopup.counter.adapter.persistence;

/// A backup, restore or migration that cannot go ahead or failed; the message is one sentence
/// for the person at the terminal.
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
