package com.wmxtopup.counter.bootstrap;

/// The steps of a start, in order, as the splash window shows them. Each carries how far along
/// the start is when the step begins (0..1), from measured start-ups: the database is the
/// longest part.
enum StartupPhase {
    DATABASE(5),
    CONNECTIONS(55),
    SERVICES(70),
    SERVING(85),
    WINDOW(95);

    private final int percent;

    StartupPhase(int percent) {
        this.percent = percent;
    }

    /// 0..1, for the progress bar.
    double progress() {
        return percent / 100.0;
    }

    /// The message key of the splash text for this step.
    String messageKey() {
        return "startup.phase." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
