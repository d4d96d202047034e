package com.wmxtopup.counter.bootstrap;

/// The steps of a start, in order, as the splash window shows them. Each carries how far along
/// the start is when the step begins (0..1), from measured start-ups: the database is the
/// longest part.
enum StartupPhase {
    DATABASE(0.05),
    CONNECTIONS(0.55),
    SERVICES(0.70),
    SERVING(0.85),
    WINDOW(0.95);

    private final double progress;

    StartupPhase(double progress) {
        this.progress = progress;
    }

    double progress() {
        return progress;
    }

    /// The message key of the splash text for this step.
    String messageKey() {
        return "startup.phase." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
