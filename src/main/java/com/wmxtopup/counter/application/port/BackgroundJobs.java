package com.wmxtopup.counter.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// What the background sync thread is doing, for the status bar.
public interface BackgroundJobs {

    /// One job: when it last ran, when it runs next, and the error of its last run, if any.
    record JobState(String name, Optional<Instant> lastRun, Optional<Instant> nextRun, Optional<String> lastError) {
    }

    List<JobState> jobs();
}
