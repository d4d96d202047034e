package com.wmxtopup.counter.application.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/// The record of one catalog sync: when, who, what it changed, how long it took, and why it
/// failed if it did.
public record CatalogSyncRun(Long id, Instant startedAt, Duration duration, String triggeredBy, Outcome outcome,
                             int total, int added, int updated, int removed, int priceChanged, String error) {

    public enum Outcome {
        SUCCESS,
        FAILED,
        CANCELLED
    }

    public CatalogSyncRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(outcome, "outcome");
        triggeredBy = Objects.requireNonNullElse(triggeredBy, "");
        error = Objects.requireNonNullElse(error, "");
    }
}
