package com.wmxtopup.counter.bootstrap;

import com.wmxtopup.counter.adapter.persistence.DatabaseStartException;
import com.wmxtopup.counter.bootstrap.config.ConfigurationException;
import java.util.Optional;

/// Start-up failures that have a one-sentence explanation for a person (no stack trace).
final class StartupFailures {

    private StartupFailures() {
    }

    /// The sentence to show, when `e` is a failure we can explain.
    static Optional<String> explain(Throwable e) {
        if (e instanceof ConfigurationException || e instanceof DatabaseStartException) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }
}
