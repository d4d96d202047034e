package com.wmxtopup.counter.application.port;

/// A catalog save was cancelled part-way; its transaction was rolled back.
public final class CatalogSaveCancelledException extends RuntimeException {

    public CatalogSaveCancelledException() {
        super("catalog save cancelled; nothing was changed");
    }
}
